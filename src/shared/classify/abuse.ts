import type { Tokens } from './tokenize';
import { codeOf, lengthOf, textOf, WORD } from './tokenize';
import { ABUSIVE_PREFIXES } from './lexicon/abusive';

const MIN_COMPOUND_REST = 3;
const MIN_PREFIXED = 6;
// Most words start with a letter no prefix starts with; testing that first (one table
// read) spares them a startsWith per prefix.
const PREFIX_STARTS = buildPrefixStarts();

function buildPrefixStarts(): Uint8Array {
  const starts = new Uint8Array(0x10000);
  for (const prefix of ABUSIVE_PREFIXES) starts[prefix.charCodeAt(0)] = 1;
  return starts;
}

/** The first swear word or insult in the post, if any ("kutservice" counts as "kut…"). */
export function findAbuse(tokens: Tokens): string | undefined {
  const { kind, features } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== WORD) continue;
    if (features[i]?.abusive === true) return textOf(tokens, i);
    if (lengthOf(tokens, i) < MIN_PREFIXED || PREFIX_STARTS[codeOf(tokens, i, 0)] !== 1) continue;
    const word = textOf(tokens, i);
    for (const prefix of ABUSIVE_PREFIXES) {
      if (word.startsWith(prefix) && word.length - prefix.length >= MIN_COMPOUND_REST) return word;
    }
  }
  return undefined;
}
