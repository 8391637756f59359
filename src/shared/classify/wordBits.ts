import type { WordFeatures } from './features';
import { PERSONAL_WORDS, REPORTING_WORDS } from './lexicon/newsWords';

/**
 * What a word token can matter to, as bits of one integer per token (`Tokens.bits`), set
 * by the tokenizer. Each stage tests its own mask first and skips, in one test, the many
 * words that cannot matter to it; only words with a bit set reach the stage's rules, which
 * decide as before. A bit set is a "maybe", never a verdict: clear bits only ever skip
 * words the rules would have passed over anyway.
 *
 * This module imports no stage, so every stage can use its constants at load time.
 */

// What the lexicons say about the word (the flags of its `WordFeatures`).
export const LANG_NL = 1 << 0;
export const LANG_EN = 1 << 1;
export const LANG_OTHER = 1 << 2;
export const NEGATOR = 1 << 3;
export const CONTRAST = 1 << 4;
export const EXPECTED = 1 << 5;
export const ABUSIVE = 1 << 6;
export const NEGATED_AFTER = 1 << 7;
export const DURATION_UNIT = 1 << 8;
export const BOOSTER = 1 << 9;
export const VALENCE_NL = 1 << 10;
export const VALENCE_EN = 1 << 11;
export const SARCASM_START = 1 << 12;
export const TRIGGER_START = 1 << 13;
export const DEPRIVATION = 1 << 14;
export const OCCASION = 1 << 15;
export const SEPARABLE = 1 << 16;
export const QUESTION_OPENER = 1 << 17;
export const REPROACH_OPENER = 1 << 18;
/** The word "down", an outage after a subject ("app down"). In no lexicon of its own. */
export const DOWN = 1 << 19;

// What the token's shape says, whatever the word.
/** The word begins with a trigger stem (`Tokens.stem`). */
export const STEM = 1 << 20;
/** Three letters at most, ending in "x": perhaps a count ("3x"). */
export const TIMES_SHAPE = 1 << 21;
/** Long and ending in the last letter of a trigger compound's head ("…storing"). */
export const COMPOUND_TAIL = 1 << 22;
/** Long and starting with the first letter of an abusive prefix ("kut…"). */
export const ABUSIVE_PREFIX = 1 << 23;
/**
 * A word in no lexicon long enough for a Dutch compound or diminutive reading
 * ("storinkje"), or a lexicon word that has one.
 */
export const COMPOUND_LENGTH = 1 << 24;
/** The next token is an occasion word: perhaps a count ("3 keer", "third time"). */
export const BEFORE_OCCASION = 1 << 25;

// Per post only (`Tokens.seen`): punctuation and hashtags, which carry no word bits.
/** A punctuation token starting with "!". */
export const EXCLAMATION_FIRST = 1 << 26;
/** A hashtag word. */
export const HASHTAG_WORD = 1 << 27;
/** A mention of a watchdog (`Tokens.watchdog`). */
export const WATCHDOG_MENTION = 1 << 30;

// What frames a post as news (see news.ts).
/** A word that reports news: "meldt", "volgens", "reports", "BBC". */
export const REPORTING = 1 << 28;
/** A first- or second-person word: "ik", "mijn", "jullie", "I", "my", "you". */
export const PERSONAL = 1 << 29;

/**
 * Bits for words a rule names by their bits alone, whether or not a lexicon has them
 * (words in no lexicon join the tokenizer's table for these).
 */
export const EXTRA_WORD_BITS: ReadonlyMap<string, number> = buildExtraWordBits();

function buildExtraWordBits(): Map<string, number> {
  const extra = new Map([['down', DOWN]]);
  for (const word of REPORTING_WORDS) extra.set(word, (extra.get(word) ?? 0) | REPORTING);
  for (const word of PERSONAL_WORDS) extra.set(word, (extra.get(word) ?? 0) | PERSONAL);
  return extra;
}

/** The lexicon bits of a word with these features. */
export function lexiconBits(features: WordFeatures): number {
  let bits = 0;
  if (features.language === 'nl') bits |= LANG_NL;
  else if (features.language === 'en') bits |= LANG_EN;
  else if (features.language === 'other') bits |= LANG_OTHER;
  if (features.negator) bits |= NEGATOR;
  if (features.contrast) bits |= CONTRAST;
  if (features.expected) bits |= EXPECTED;
  if (features.abusive) bits |= ABUSIVE;
  if (features.negatedAfter) bits |= NEGATED_AFTER;
  if (features.durationUnit) bits |= DURATION_UNIT;
  if (features.intensity !== undefined) bits |= BOOSTER;
  if (features.valenceNl !== undefined) bits |= VALENCE_NL;
  if (features.valenceEn !== undefined) bits |= VALENCE_EN;
  if (features.sarcasm !== undefined) bits |= SARCASM_START;
  if (features.triggers !== undefined) bits |= TRIGGER_START;
  if (features.deprivation) bits |= DEPRIVATION;
  if (features.occasion) bits |= OCCASION;
  if (features.separable !== undefined) bits |= SEPARABLE;
  if (features.questionOpener) bits |= QUESTION_OPENER;
  if (features.reproachOpener) bits |= REPROACH_OPENER;
  return bits;
}
