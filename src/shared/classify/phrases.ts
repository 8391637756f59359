import type { Tokens } from './tokenize';
import { isText, WORD } from './tokenize';

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
  readonly value: T;
}

export function buildPhraseIndex<T>(entries: Iterable<readonly [string, T]>): PhraseIndex<T> {
  const byFirstWord = new Map<string, PhraseEntry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? phrase;
    const list = byFirstWord.get(first) ?? [];
    list.push({ phrase, words, value });
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
    if (matchesFrom(entry.words, tokens, start)) return entry;
  }
  return undefined;
}

function matchesFrom(words: readonly string[], tokens: Tokens, start: number): boolean {
  if (start + words.length > tokens.count) return false;
  for (let k = 1; k < words.length; k++) {
    if (tokens.kind[start + k] !== WORD || !isText(tokens, start + k, words[k] ?? '')) return false;
  }
  return true;
}
