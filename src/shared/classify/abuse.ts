import type { Token } from './tokenize';
import { ABUSIVE_PREFIXES, ABUSIVE_WORDS } from './lexicon/abusive';

const MIN_COMPOUND_REST = 3;

/** The first swear word or insult in the post, if any ("kutservice" counts as "kut…"). */
export function findAbuse(tokens: readonly Token[]): string | undefined {
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const word = token.text;
    if (ABUSIVE_WORDS.has(word)) return word;
    for (const prefix of ABUSIVE_PREFIXES) {
      if (word.startsWith(prefix) && word.length - prefix.length >= MIN_COMPOUND_REST) return word;
    }
  }
  return undefined;
}
