import type { Token } from './tokenize';
import { buildPhraseIndex } from './phrases';

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
  ].map((phrase) => [phrase, true] as const),
);

/** Words that make preceding praise sarcastic ("Top service weer", "great, again"). */
export const REPEAT_WORDS: ReadonlySet<string> = new Set(['weer', 'alweer', 'again']);

/** Praise directly followed (a comma or one word between) by "weer"/"again". */
export function praiseFollowedByRepeat(
  tokens: readonly Token[],
  praiseEnd: number,
): {
  found: boolean;
  afterComma: boolean;
} {
  let afterComma = false;
  let words = 0;
  for (let k = praiseEnd + 1; k < tokens.length && words < 2; k++) {
    const token = tokens[k];
    if (token === undefined) break;
    if (token.kind === 'punct') {
      if (token.text !== ',' && token.text !== '...') break;
      afterComma = true;
      continue;
    }
    if (token.kind !== 'word') continue;
    if (REPEAT_WORDS.has(token.text)) return { found: true, afterComma };
    words += 1;
  }
  return { found: false, afterComma };
}

/** "Not." at the end, or "#not" anywhere: the writer took back the praise. */
export function endsWithRetraction(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.hashtag && (token.text === 'not' || token.text === 'niet')) return true;
  }
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.kind !== 'word') last -= 1;
  const final = tokens[last];
  return final !== undefined && final.text === 'not' && tokens.length > 3;
}
