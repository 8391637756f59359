import type { Tokens } from './tokenize';
import { textAt, textOf, WORD } from './tokenize';
import { ABUSIVE_PREFIXES } from './lexicon/abusive';
import { ABUSIVE, ABUSIVE_PREFIX } from './wordBits';

const MIN_COMPOUND_REST = 3;
/** The shortest word an abusive prefix is looked for in. */
export const MIN_PREFIXED = 6;
// Most words start with a letter no prefix starts with; the tokenizer tests that (one
// table read) and flags the rest, sparing most words a startsWith per prefix.
const PREFIX_STARTS = buildPrefixStarts();

function buildPrefixStarts(): Uint8Array {
  const starts = new Uint8Array(0x10000);
  for (const prefix of ABUSIVE_PREFIXES) starts[prefix.charCodeAt(0)] = 1;
  return starts;
}

/** Whether a word starting with code unit `first` may start with an abusive prefix. */
export function mayStartWithAbusivePrefix(first: number): boolean {
  return PREFIX_STARTS[first] === 1;
}

/** The first swear word or insult in the post, if any ("kutservice" counts as "kut…"). */
export function findAbuse(tokens: Tokens): string | undefined {
  if ((tokens.seen & (ABUSIVE | ABUSIVE_PREFIX)) === 0) return undefined;
  const { bits } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    const wordBits = bits[i] ?? 0;
    if ((wordBits & ABUSIVE) !== 0) {
      const word = textOf(tokens, i);
      if (!isFrenchDelay(tokens, i, word)) return word;
      continue;
    }
    if ((wordBits & ABUSIVE_PREFIX) === 0) continue;
    const word = textOf(tokens, i);
    for (const prefix of ABUSIVE_PREFIXES) {
      if (word.startsWith(prefix) && word.length - prefix.length >= MIN_COMPOUND_REST) return word;
    }
  }
  return undefined;
}

// French "en retard", "un retard de 40 minutes" (late, a delay): Belgian and French
// customers write to Dutch brands in French, and the English slur must not flag them.
const FRENCH_BEFORE_RETARD: ReadonlySet<string> = new Set([
  'en',
  'du',
  'de',
  'un',
  'le',
  'ce',
  'mon',
  'votre',
  'gros',
  'trop',
  'sans',
  'avec',
  'encore',
]);

function isFrenchDelay(tokens: Tokens, at: number, word: string): boolean {
  if (word !== 'retard') return false;
  const next = textAt(tokens, at + 1);
  if (next === 'de' || next?.startsWith("d'") === true) return true;
  return at > 0 && tokens.kind[at - 1] === WORD && FRENCH_BEFORE_RETARD.has(textOf(tokens, at - 1));
}
