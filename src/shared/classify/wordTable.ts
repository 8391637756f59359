import type { WordFeatures } from './features';
import type { PhraseEntry } from './phrases';
import { FEATURES, STEM_HITS } from './features';
import { singleWordEntry } from './phrases';
import { compoundValence, SHORTEST_COMPOUND } from './compounds';
import { hashText } from './wordHash';
import { COMPOUND_LENGTH, EXTRA_WORD_BITS, lexiconBits } from './wordBits';

/**
 * The lexicons as the tokenizer reads them: words keyed by hash, stems by their first two
 * letters. The tokenizer already folds every ASCII word into its FNV-1a hash as it reads it
 * (the model's feature), so one probe of a small table finds the word's features. This
 * replaces a per-character trie whose 380 KB transition table cost about 25 ms to build at
 * module load; throughput is the same within measurement noise.
 *
 * Hashes are kept as signed 32-bit numbers (`Math.imul`'s result), as the tokenizer has
 * them; a hit is confirmed by comparing the word, so a collision never gives wrong features.
 */
export interface WordTable {
  /** Open addressing: the word hash in each slot, meaningful where `ids` is non-zero. */
  readonly keys: Int32Array;
  /** The word's id, 1 + its index into `words` and `features`; 0 marks an empty slot. */
  readonly ids: Uint16Array;
  readonly mask: number;
  readonly words: readonly string[];
  /** Undefined for the few words in no lexicon that are here for their bits. */
  readonly features: readonly (WordFeatures | undefined)[];
  /** The word's bits (see wordBits.ts) by id; 0 at id 0, for a word in no lexicon. */
  readonly bits: Int32Array;
  /** `asciiStemAt` of the word, by id: a plain ASCII word in the table is not walked again. */
  readonly stems: Uint8Array;
  /**
   * The word's Dutch compound or diminutive reading (see compounds.ts), by id. A word
   * with one has the `COMPOUND_LENGTH` bit; a word without is not read again in a post.
   */
  readonly compounds: readonly (PhraseEntry<number> | undefined)[];
}

function buildWordTable(): WordTable {
  const extra = [...EXTRA_WORD_BITS.keys()].filter((word) => !FEATURES.has(word));
  const words = [...FEATURES.keys(), ...extra];
  const features = [...FEATURES.values(), ...extra.map(() => undefined)];
  const compounds = [undefined, ...words.map(compoundReading)];
  const bits = new Int32Array(words.length + 1);
  words.forEach((word, index) => {
    const known = features[index];
    const compound = compounds[index + 1] === undefined ? 0 : COMPOUND_LENGTH;
    bits[index + 1] =
      (known ? lexiconBits(known) : 0) | (EXTRA_WORD_BITS.get(word) ?? 0) | compound;
  });
  let size = 1;
  // At most half full, so a miss (most words) usually ends on the first empty slot.
  while (size < words.length * 2) size *= 2;
  const keys = new Int32Array(size);
  const ids = new Uint16Array(size);
  const mask = size - 1;
  if (words.length >= 0xffff) throw new Error('lexicon outgrew 16-bit word ids');
  words.forEach((word, index) => {
    const hash = hashText(word) | 0;
    let slot = hash & mask;
    while (ids[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = hash;
    ids[slot] = index + 1;
  });
  const stems = Uint8Array.from([0, ...words.map((word) => asciiStemAt(word, 0, word.length))]);
  return { keys, ids, mask, words, features, bits, stems, compounds };
}

function compoundReading(word: string): PhraseEntry<number> | undefined {
  if (word.length < SHORTEST_COMPOUND) return undefined;
  const value = compoundValence(word, 0, word.length);
  return Number.isNaN(value) ? undefined : singleWordEntry(word, value);
}

/** The id of a normalised word, whose `hashText` is `hash`, or 0 for a word not in the table. */
export function wordIdOf(word: string, hash: number): number {
  const { keys, ids, mask, words } = WORD_TABLE;
  let slot = hash & mask;
  for (;;) {
    const id = ids[slot] ?? 0;
    if (id === 0 || (keys[slot] === hash && words[id - 1] === word)) return id;
    slot = (slot + 1) & mask;
  }
}

const ASCII = 0x80;
// Stems by their first two letters, longest first: most words start with a pair no stem
// does and need no comparison, and the first stem that matches is the longest, as a
// prefix walk would find it.
const STEMS_BY_PAIR = buildStemsByPair();

function buildStemsByPair(): (readonly number[] | undefined)[] {
  if (STEM_HITS.length > 0xff) throw new Error('stem triggers outgrew 8-bit stem numbers');
  const byPair = new Array<number[] | undefined>(ASCII * ASCII).fill(undefined);
  STEM_HITS.forEach((hit, index) => {
    const pair = hit.stem.charCodeAt(0) * ASCII + hit.stem.charCodeAt(1);
    (byPair[pair] ??= []).push(index + 1);
  });
  const length = (stem: number): number => STEM_HITS[stem - 1]?.stem.length ?? 0;
  for (const list of byPair) list?.sort((a, b) => length(b) - length(a));
  return byPair;
}

/**
 * The longest stem trigger the ASCII word `text[start..end)` begins with, in any case, as
 * its stem number (see `stemHitOf`), or 0 for none.
 * `| 0x20` lowercases a letter and leaves digits and apostrophes as they are, and no stem
 * holds a character that only differs from them in that bit.
 */
export function asciiStemAt(text: string, start: number, end: number): number {
  if (end - start < 2) return 0;
  const first = text.charCodeAt(start) | 0x20;
  const second = text.charCodeAt(start + 1) | 0x20;
  if (first >= ASCII || second >= ASCII) return 0;
  const candidates = STEMS_BY_PAIR[first * ASCII + second];
  if (candidates === undefined) return 0;
  for (const number of candidates) {
    const stem = STEM_HITS[number - 1]?.stem ?? '';
    if (stem.length > end - start) continue;
    let k = 0;
    while (k < stem.length && (text.charCodeAt(start + k) | 0x20) === stem.charCodeAt(k)) k += 1;
    if (k === stem.length) return number;
  }
  return 0;
}

/** Built once at module load; the tokenizer binds the table to module-local constants. */
export const WORD_TABLE = buildWordTable();
