import type { Tokens } from './tokenize';
import { isText, WORD } from './tokenize';
import { hashText } from './wordHash';

/**
 * Looks up single words and multi-word phrases in one pass: entries are grouped by their
 * first word, longest first, so "nog steeds" wins over "nog" and a lookup costs one Map get.
 */
export interface PhraseIndex<T> {
  readonly byFirstWord: ReadonlyMap<string, PhraseCandidates<T>>;
}

/** The entries that start with one word. */
export interface PhraseCandidates<T> {
  /** Longest first. */
  readonly entries: readonly PhraseEntry<T>[];
  /**
   * The hashes of the multi-word entries' second words. Most words are not followed by
   * one of them ("geen" has twenty phrases, and is mostly followed by something else), so
   * one scan of this short array leaves only `single` to answer.
   */
  readonly secondHashes: Int32Array;
  /** The entry of the word alone, if there is one. */
  readonly single: PhraseEntry<T> | undefined;
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
  const lists = new Map<string, PhraseEntry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? phrase;
    const list = lists.get(first) ?? [];
    list.push({ phrase, words, hashes: hashesOf(words), value });
    lists.set(first, list);
  }
  const byFirstWord = new Map<string, PhraseCandidates<T>>();
  for (const [first, list] of lists) {
    list.sort((a, b) => b.words.length - a.words.length);
    const seconds = list.filter((entry) => entry.words.length > 1).map((entry) => entry.hashes[1]);
    byFirstWord.set(first, {
      entries: list,
      secondHashes: Int32Array.from(new Set(seconds), (hash) => hash ?? 0),
      single: list.find((entry) => entry.words.length === 1),
    });
  }
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
  candidates: PhraseCandidates<T>,
  tokens: Tokens,
  start: number,
): PhraseEntry<T> | undefined {
  if (mayContinue(candidates.secondHashes, tokens, start + 1)) {
    for (const entry of candidates.entries) {
      if (matchesFrom(entry, tokens, start)) return entry;
    }
    return undefined;
  }
  return candidates.single;
}

/** Whether token `next` is a word whose hash is one of `secondHashes`. */
function mayContinue(secondHashes: Int32Array, tokens: Tokens, next: number): boolean {
  if (secondHashes.length === 0 || next >= tokens.count || tokens.kind[next] !== WORD) return false;
  const hash = tokens.hash[next];
  for (let k = 0; k < secondHashes.length; k++) if (secondHashes[k] === hash) return true;
  return false;
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
