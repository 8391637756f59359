import type { PhraseEntry } from './phrases';
import { singleWordEntry } from './phrases';
import type { Tokens } from './tokenize';
import { isText, textOf } from './tokenize';

/**
 * Dutch writes compounds as one word ("internetstoring", "kutservice", "keigoed") and
 * softens with diminutives ("storinkje", "foutje"). Neither is in a word list, so we find
 * the part that is: the head at the end, a swear or booster at the start, or the base
 * under the diminutive.
 */
type DutchLookup = (word: string) => number | undefined;

const NEGATIVE_PREFIXES = ['kanker', 'kut', 'klote', 'tering', 'tyfus', 'kolere', 'waardeloze'];
const BOOSTER_PREFIXES = ['super', 'mega', 'kei', 'hyper', 'loei', 'snoei', 'bere', 'reuze', 'oer'];
const SWEAR_VALENCE = -2.5;
const BOOST = 1.5;
// Diminutives soften ("een storinkje") but in webcare they are mostly understatement.
const DIMINUTIVE_WEIGHT = 0.8;
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;
const MIN_COMPOUND = 7;
/** Shorter words have no compound reading: a diminutive needs a base before "je". */
export const SHORTEST_COMPOUND = MIN_COMPOUND - 2;

// Results are memoised: the same compounds recur all through a storm of posts. The memo
// only caches a pure function. It is a direct-mapped cache in two flat arrays, indexed by
// the word's hash, which the tokenizer already has: no Map hashing, no record per entry,
// and a fixed size, since a newer word simply takes its slot. The word is kept to rule
// out a collision.
const MEMO_SIZE = 1 << 13;
const MEMO_MASK = MEMO_SIZE - 1;
const memoWords = new Array<string | undefined>(MEMO_SIZE).fill(undefined);
const memoEntries = new Array<PhraseEntry<number> | undefined>(MEMO_SIZE).fill(undefined);

/**
 * The compound reading of word token `at`, which is at least `SHORTEST_COMPOUND` long. A
 * remembered word is recognised against the token without making its text, so only a word
 * the memo lacks costs a string.
 */
export function lookupCompoundAt(
  tokens: Tokens,
  at: number,
  lookup: DutchLookup,
): PhraseEntry<number> | undefined {
  const slot = (tokens.hash[at] ?? 0) & MEMO_MASK;
  const known = memoWords[slot];
  if (known !== undefined && isText(tokens, at, known)) return memoEntries[slot];
  const word = textOf(tokens, at);
  const value = analyse(word, lookup);
  const entry = value === undefined ? undefined : singleWordEntry(word, value);
  memoWords[slot] = word;
  memoEntries[slot] = entry;
  return entry;
}

function analyse(word: string, lookup: DutchLookup): number | undefined {
  for (const base of diminutiveBases(word)) {
    const value = lookup(base);
    if (value !== undefined) return value * DIMINUTIVE_WEIGHT;
  }
  if (word.length < MIN_COMPOUND) return undefined;
  for (const prefix of NEGATIVE_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= MIN_MODIFIER)
      return SWEAR_VALENCE;
  }
  for (const prefix of BOOSTER_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const value = lookup(word.slice(prefix.length));
    if (value !== undefined) return value * BOOST;
  }
  // "on" + a positive word is its opposite: "onprettig", "onbetrouwbaar".
  if (word.startsWith('on')) {
    const value = lookup(word.slice(2));
    if (value !== undefined && value > 0) return -value;
  }
  for (let split = MIN_MODIFIER; split <= word.length - MIN_HEAD; split++) {
    const value = lookup(word.slice(split));
    if (value !== undefined) return value;
  }
  return undefined;
}

const NO_BASES: readonly string[] = [];

/** Candidate bases: "storinkje" → "storing", "probleempje" → "probleem", "foutje" → "fout". */
export function diminutiveBases(word: string): readonly string[] {
  if (!word.endsWith('je')) return NO_BASES;
  if (word.endsWith('nkje')) return [`${word.slice(0, -4)}ng`];
  const bases = [word.slice(0, -2)];
  if (word.endsWith('etje')) bases.push(word.slice(0, -4));
  if (word.endsWith('tje') || word.endsWith('pje')) bases.push(word.slice(0, -3));
  return bases;
}
