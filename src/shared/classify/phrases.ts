import type { Tokens } from './tokenize';
import { isText, WORD } from './tokenize';
import { hashText } from './wordHash';

/**
 * Looks up single words and multi-word phrases in one pass: entries are grouped by their
 * first word, longest first, so "nog steeds" wins over "nog" and a lookup costs one Map get.
 */
export interface PhraseIndex<T> {
  readonly byFirstWord: ReadonlyMap<string, readonly PhraseEntry<T>[]>;
}

export interface PhraseEntry<T> {
  readonly phrase: string;
  readonly words: readonly string[];
  /**
   * `hashText` of each word, as the tokenizer stores it in `Tokens.hash`: a token whose
   * hash differs cannot read the word, so most mismatches cost one integer comparison.
   */
  readonly hashes: Int32Array;
  readonly value: T;
}

/** An entry of one word, as the compound reading makes them. */
export function singleWordEntry<T>(word: string, value: T): PhraseEntry<T> {
  return { phrase: word, words: [word], hashes: hashesOf([word]), value };
}

function hashesOf(words: readonly string[]): Int32Array {
  return Int32Array.from(words, (word) => hashText(word) | 0);
}

export function buildPhraseIndex<T>(entries: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const byFirstWord = new Map<string, PhraseEntry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? phrase;
    const list = byFirstWord.get(first) ?? [];
    list.push({ phrase, words, hashes: hashesOf(words), value });
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** The longest entry starting at `tokens[start]`, matching consecutive word tokens only. */
export function matchAt<T>(
  index: PhraseIndex<T>,
  tokens: Tokens,
  start: number,
  firstWord: string,
): PhraseEntry<T> | undefined {
  const candidates = index.byFirstWord.get(firstWord);
  return candidates === undefined ? undefined : matchCandidates(candidates, tokens, start);
}

/** The longest of `candidates` (all starting with the word at `start`) that matches. */
export function matchCandidates<T>(
  candidates: readonly PhraseEntry<T>[],
  tokens: Tokens,
  start: number,
): PhraseEntry<T> | undefined {
  for (const entry of candidates) {
    if (matchesFrom(entry, tokens, start)) return entry;
  }
  return undefined;
}

function matchesFrom<T>(entry: PhraseEntry<T>, tokens: Tokens, start: number): boolean {
  const { words, hashes } = entry;
  if (start + words.length > tokens.count) return false;
  for (let k = 1; k < words.length; k++) {
    const at = start + k;
    if (tokens.kind[at] !== WORD || tokens.hash[at] !== hashes[k]) return false;
    if (!isText(tokens, at, words[k] ?? '')) return false;
  }
  return true;
}
