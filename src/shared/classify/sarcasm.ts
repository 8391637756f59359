import type { ClassifiedLanguage } from './types';
import type { Tokens } from './tokenize';
import { HASHTAG, isText, PUNCT, textAt, textOf, WORD } from './tokenize';
import { buildPhraseIndex } from './phrases';
import { HASHTAG_WORD } from './wordBits';
import { REPEAT_WORDS } from './lexicon/modifiers';
import { complaintAt } from './triggers';
import { lookupValence } from './valence';

/**
 * Webcare sarcasm: praise that means the opposite. Customers rarely mark it, but they use
 * the same few shapes over and over: set phrases ("lekker dan", "thanks for nothing"),
 * praise followed by "again" ("top service weer", "great, again"), praise with an eye-roll
 * emoji, and a closing "Not." or "#not".
 */
export const SARCASM_PHRASES = buildPhraseIndex(
  [
    'lekker dan',
    'nou lekker',
    'lekker hoor',
    'bedankt voor niks',
    'bedankt voor niets',
    'dank voor niks',
    'dank voor niets',
    'dank je voor niks',
    'dank je wel voor niks',
    'dankjewel voor niks',
    'dank u voor niets',
    'dank u wel voor niets',
    'dank je de koekoek',
    'ja hoor',
    'jaja',
    'fijn hoor',
    'top service weer',
    'goed bezig weer',
    'echt top weer',
    'wat een service weer',
    'complimenten weer',
    'thanks for nothing',
    'thank you for nothing',
    'thankyou for nothing',
    'thx for nothing',
    'cheers for nothing',
    'thanks a bunch',
    'yeah right',
    'oh great',
    'oh fantastic',
    'oh brilliant',
    'oh lovely',
    'oh wonderful',
    'oh perfect',
    'oh joy',
    'great service again',
    'love that for me',
    'just what i needed',
    'way to go',
    'what a surprise',
    'big surprise',
    'nice one again',
    'well done again',
    'you had one job',
    // "So much for next day delivery": what was promised did not come.
    'so much for',
    'je had een taak',
    'je had 1 taak',
  ].map((phrase) => [phrase, true] as const),
);

/**
 * Praise directly followed (a comma or one word between) by a repeat word ("weer",
 * "again"; not when thanks follow it, "wederom bedankt"), or by "another"/"nog een" and a
 * complaint word ("Great, another delay", "Super, nog een storing"; "great, another happy
 * customer" is praise).
 */
export function praiseFollowedByRepeat(
  tokens: Tokens,
  praiseEnd: number,
  lang: ClassifiedLanguage,
): RepeatAfterPraise {
  let afterComma = false;
  let words = 0;
  for (let k = praiseEnd + 1; k < tokens.count && words < 2; k++) {
    const kind = tokens.kind[k];
    if (kind !== PUNCT && kind !== WORD) continue;
    const text = textOf(tokens, k);
    if (kind === PUNCT) {
      if (text !== ',' && text !== '...') break;
      afterComma = true;
      continue;
    }
    if (REPEAT_WORDS.has(text)) {
      // "Top geholpen, wederom bedankt": thanks again, no mockery.
      if (praiseAt(tokens, k + 1, lang)) break;
      return afterComma ? FOUND_AFTER_COMMA : FOUND;
    }
    if (anotherComplaintAt(tokens, k, text, lang)) {
      return afterComma ? FOUND_AFTER_COMMA : FOUND;
    }
    words += 1;
  }
  return afterComma ? NOT_FOUND_AFTER_COMMA : NOT_FOUND;
}

/**
 * Whether word `at` (reading `text`) is "another" or "nog een" before a complaint word or
 * trigger that no praise word follows ("another problem fixed" is praise).
 */
function anotherComplaintAt(
  tokens: Tokens,
  at: number,
  text: string,
  lang: ClassifiedLanguage,
): boolean {
  let complaint = -1;
  if (text === 'another') complaint = at + 1;
  else if (text === 'nog' && textAt(tokens, at + 1) === 'een') complaint = at + 2;
  if (complaint === -1 || !complaintAt(tokens, complaint, lang)) return false;
  return !praiseAt(tokens, complaint + 1, lang) && !praiseAt(tokens, complaint + 2, lang);
}

/** Whether a praise word starts at token `at` ("fixed", "opgelost", "bedankt"). */
function praiseAt(tokens: Tokens, at: number, lang: ClassifiedLanguage): boolean {
  return (lookupValence(tokens, at, lang)?.value ?? 0) > 0;
}

export interface RepeatAfterPraise {
  readonly found: boolean;
  readonly afterComma: boolean;
}

// The four possible answers, shared: no object per praise word.
const FOUND: RepeatAfterPraise = { found: true, afterComma: false };
const FOUND_AFTER_COMMA: RepeatAfterPraise = { found: true, afterComma: true };
const NOT_FOUND: RepeatAfterPraise = { found: false, afterComma: false };
const NOT_FOUND_AFTER_COMMA: RepeatAfterPraise = { found: false, afterComma: true };

/** "Not." at the end, or "#not" anywhere: the writer took back the praise. */
export function endsWithRetraction(tokens: Tokens): boolean {
  for (let i = 0; (tokens.seen & HASHTAG_WORD) !== 0 && i < tokens.count; i++) {
    if (((tokens.flags[i] ?? 0) & HASHTAG) === 0) continue;
    const text = textOf(tokens, i);
    if (text === 'not' || text === 'niet') return true;
  }
  let last = tokens.count - 1;
  while (last >= 0 && tokens.kind[last] !== WORD) last -= 1;
  return last >= 0 && isText(tokens, last, 'not') && tokens.count > 3;
}
