import { MIN_COMPOUND_WITH_HEAD, mayEndInCompoundHead } from './triggers';
import { MIN_PREFIXED, mayStartWithAbusivePrefix } from './abuse';
import { SHORTEST_COMPOUND } from './compounds';
import { ABUSIVE_PREFIX, COMPOUND_LENGTH, COMPOUND_TAIL, TIMES_SHAPE } from './wordBits';

/**
 * The bits (see wordBits.ts) a word token gets from its shape, whatever the word: the
 * tokenizer knows its length and first and last letters, the stages' cheapest tests.
 * Separate from wordBits.ts because it reads the stages' tables, which import the tokenizer.
 */
export function shapeBits(length: number, first: number, beforeLast: number, last: number): number {
  let bits = 0;
  if (length <= 3 && last === LOWER_X) bits |= TIMES_SHAPE;
  if (length >= SHORTEST_COMPOUND) bits |= COMPOUND_LENGTH;
  if (length >= MIN_PREFIXED && mayStartWithAbusivePrefix(first)) bits |= ABUSIVE_PREFIX;
  if (length >= MIN_COMPOUND_WITH_HEAD && mayEndInCompoundHead(beforeLast, last))
    bits |= COMPOUND_TAIL;
  return bits;
}

const LOWER_X = 0x78;
