import { DUTCH_VALENCE } from './lexicon/dutchValence';
import { FNV_OFFSET, FNV_PRIME, lowerAscii, spanReads } from './wordHash';

/**
 * Dutch writes compounds as one word ("internetstoring", "kutservice", "keigoed") and
 * softens with diminutives ("storinkje", "foutje"). Neither is in a word list, so we find
 * the part that is: the head at the end, a swear or booster at the start, or the base
 * under the diminutive.
 *
 * The word is read where it stands in the post, character by character, and its parts are
 * found by hash: no string is sliced for every split. A compound reading is asked for
 * almost every long Dutch word, and nearly all have none, so the cheapest tests that rule
 * one out come first.
 */

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
/** What `compoundValence` returns for a word without a compound reading. */
export const NO_READING = Number.NaN;

const LOWER_O = 0x6f;
// "storinkje" is the diminutive of "storing": the base gets its "ng" back.
const RESTORED = 'ng';

function foldForward(text: string, start: number, end: number, from: number): number {
  let hash = from;
  for (let k = start; k < end; k++)
    hash = Math.imul(hash ^ lowerAscii(text.charCodeAt(k)), FNV_PRIME);
  return hash;
}

/** FNV-1a of `text[start..end)` read from its last letter to its first. */
function hashBackward(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = end - 1; k >= start; k--) {
    hash = Math.imul(hash ^ lowerAscii(text.charCodeAt(k)), FNV_PRIME);
  }
  return hash;
}

/**
 * The single Dutch sentiment words, the parts a compound is read into, in open-addressing
 * tables: one keyed by the word's FNV-1a hash (a diminutive's base starts the word) and one
 * by the hash of the word read backwards (a head, or the rest after a prefix, ends it, and
 * reading backwards hashes every ending of a word in one pass).
 */
interface PartTable {
  readonly keys: Int32Array;
  /** 1 + the index into `PART_WORDS`; 0 marks an empty slot. */
  readonly ids: Uint16Array;
  readonly mask: number;
}

const PART_WORDS = Object.keys(DUTCH_VALENCE).filter((phrase) => !phrase.includes(' '));
const PART_VALUES = Float64Array.from(PART_WORDS, (word) => DUTCH_VALENCE[word] ?? 0);
const FORWARD = buildPartTable((word) => foldForward(word, 0, word.length, FNV_OFFSET));
const BACKWARD = buildPartTable((word) => hashBackward(word, 0, word.length));

function buildPartTable(hashOf: (word: string) => number): PartTable {
  let size = 1;
  while (size < PART_WORDS.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const ids = new Uint16Array(size);
  const mask = size - 1;
  PART_WORDS.forEach((word, index) => {
    const hash = hashOf(word);
    let slot = hash & mask;
    while (ids[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = hash;
    ids[slot] = index + 1;
  });
  return { keys, ids, mask };
}

/**
 * The valence of the part `text[start..end)` followed by `tail` (a diminutive's restored
 * "ng"), found by its `hash` in `table`; `NO_READING` when it is no sentiment word.
 */
function partValence(
  table: PartTable,
  hash: number,
  text: string,
  start: number,
  end: number,
  tail: string,
): number {
  let slot = hash & table.mask;
  for (;;) {
    const id = table.ids[slot] ?? 0;
    if (id === 0) return NO_READING;
    if (table.keys[slot] === hash && spells(PART_WORDS[id - 1] ?? '', text, start, end, tail)) {
      return PART_VALUES[id - 1] ?? NO_READING;
    }
    slot = (slot + 1) & table.mask;
  }
}

/** Whether `word` is `text[start..end)` (ASCII capitals folded) followed by `tail`. */
function spells(word: string, text: string, start: number, end: number, tail: string): boolean {
  const length = end - start;
  if (word.length !== length + tail.length || !word.endsWith(tail)) return false;
  return spanReads(text, start, end, tail === '' ? word : word.slice(0, length));
}

function startsWith(text: string, start: number, end: number, prefix: string): boolean {
  return end - start >= prefix.length && spanReads(text, start, start + prefix.length, prefix);
}

function endsWith(text: string, start: number, end: number, suffix: string): boolean {
  return end - start >= suffix.length && startsWith(text, end - suffix.length, end, suffix);
}

/** The prefixes starting with each ASCII letter, in their order, by its lowercase code. */
function byFirstLetter(prefixes: readonly string[]): (readonly string[] | undefined)[] {
  const lists = new Array<string[] | undefined>(0x80).fill(undefined);
  for (const prefix of prefixes) (lists[prefix.charCodeAt(0)] ??= []).push(prefix);
  return lists;
}

// Most words start with a letter no prefix does.
const NEGATIVE_BY_FIRST = byFirstLetter(NEGATIVE_PREFIXES);
const BOOSTERS_BY_FIRST = byFirstLetter(BOOSTER_PREFIXES);
const NONE: readonly string[] = [];

/**
 * A filter of the last `MIN_HEAD` letters of every head a compound can end in: the bit at
 * their backward hash (masked) is set. A clear bit rules a word out; a set bit is a maybe,
 * which the lookups settle.
 */
const HEAD_ENDING_BITS = 1 << 15;
const HEAD_ENDING_MASK = HEAD_ENDING_BITS - 1;
const HEAD_ENDINGS = new Uint32Array(HEAD_ENDING_BITS / 32);
for (const word of PART_WORDS) {
  if (word.length < MIN_HEAD) continue;
  const bit = hashBackward(word, word.length - MIN_HEAD, word.length) & HEAD_ENDING_MASK;
  HEAD_ENDINGS[bit >>> 5] = (HEAD_ENDINGS[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

function mayEndInHead(hash: number): boolean {
  const bit = hash & HEAD_ENDING_MASK;
  return ((HEAD_ENDINGS[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

// The backward hash of each ending of the word being read: `endingHashes[k]` is that of
// its letters from `k` on. Words are read one at a time, synchronously.
let endingHashes = new Int32Array(64);

/**
 * The compound or diminutive valence of the word `text[start..end)` (lowercase, or ASCII
 * with capitals), or `NO_READING`. In order: the base under a diminutive ("storinkje"), a
 * swear prefix ("kutservice"), a booster prefix ("keigoed"), "on" before a positive word
 * ("onprettig"), and the longest sentiment word that ends the compound ("wachttijdellende").
 */
export function compoundValence(text: string, start: number, end: number): number {
  const diminutive = diminutiveValence(text, start, end);
  if (!Number.isNaN(diminutive)) return diminutive * DIMINUTIVE_WEIGHT;
  const length = end - start;
  if (length < MIN_COMPOUND) return NO_READING;
  const first = lowerAscii(text.charCodeAt(start));
  for (const prefix of NEGATIVE_BY_FIRST[first] ?? NONE) {
    if (length - prefix.length >= MIN_MODIFIER && startsWith(text, start, end, prefix)) {
      return SWEAR_VALENCE;
    }
  }
  for (const prefix of BOOSTERS_BY_FIRST[first] ?? NONE) {
    if (!startsWith(text, start, end, prefix)) continue;
    const value = restValence(text, start + prefix.length, end);
    if (!Number.isNaN(value)) return value * BOOST;
  }
  // "on" + a positive word is its opposite: "onprettig", "onbetrouwbaar".
  if (first === LOWER_O && startsWith(text, start, end, 'on')) {
    const value = restValence(text, start + 2, end);
    if (value > 0) return -value;
  }
  return headValence(text, start, end);
}

/** The valence of the word's rest `text[start..end)` after a prefix, or `NO_READING`. */
function restValence(text: string, start: number, end: number): number {
  return partValence(BACKWARD, hashBackward(text, start, end), text, start, end, '');
}

/**
 * The valence of the longest sentiment word of at least `MIN_HEAD` letters that ends the
 * word after a modifier of at least `MIN_MODIFIER` ("wachttijdellende"), or `NO_READING`.
 * Every such head ends in the word's last `MIN_HEAD` letters, so where no sentiment word
 * does (`mayEndInHead`), as for nearly every word, no split is looked up.
 */
function headValence(text: string, start: number, end: number): number {
  const length = end - start;
  if (endingHashes.length < length) endingHashes = new Int32Array(length * 2);
  let hash = FNV_OFFSET;
  for (let k = length - 1; k >= MIN_MODIFIER; k--) {
    hash = Math.imul(hash ^ lowerAscii(text.charCodeAt(start + k)), FNV_PRIME);
    endingHashes[k] = hash;
    if (k === length - MIN_HEAD && !mayEndInHead(hash)) return NO_READING;
  }
  for (let split = MIN_MODIFIER; split <= length - MIN_HEAD; split++) {
    const value = partValence(BACKWARD, endingHashes[split] ?? 0, text, start + split, end, '');
    if (!Number.isNaN(value)) return value;
  }
  return NO_READING;
}

/**
 * The valence of the base under a diminutive: "storinkje" → "storing", "probleempje" →
 * "probleem", "foutje" → "fout", "ventje" → "vent"; `NO_READING` for none.
 */
function diminutiveValence(text: string, start: number, end: number): number {
  if (!endsWith(text, start, end, 'je')) return NO_READING;
  if (endsWith(text, start, end, 'nkje')) {
    const base = end - 4;
    const hash = foldForward(
      RESTORED,
      0,
      RESTORED.length,
      foldForward(text, start, base, FNV_OFFSET),
    );
    return partValence(FORWARD, hash, text, start, base, RESTORED);
  }
  const value = baseValence(text, start, end - 2);
  if (!Number.isNaN(value)) return value;
  if (endsWith(text, start, end, 'etje')) {
    const shorter = baseValence(text, start, end - 4);
    if (!Number.isNaN(shorter)) return shorter;
  }
  if (endsWith(text, start, end, 'tje') || endsWith(text, start, end, 'pje')) {
    return baseValence(text, start, end - 3);
  }
  return NO_READING;
}

function baseValence(text: string, start: number, end: number): number {
  return partValence(FORWARD, foldForward(text, start, end, FNV_OFFSET), text, start, end, '');
}
