import type { ClassifiedLanguage } from './types';
import type { Tokens } from './tokenize';
import { ELONGATED, featuresAt, lexiconCompoundAt, storedText, textOf, WORD } from './tokenize';
import { squeeze } from './squeeze';
import type { PhraseEntry, PhraseIndex } from './phrases';
import { buildPhraseIndex, matchAt, matchCandidates, singleWordEntry } from './phrases';
import { DUTCH_VALENCE } from './lexicon/dutchValence';
import { ENGLISH_VALENCE } from './lexicon/englishValence';
import { compoundValence } from './compounds';
import { COMPOUND_LENGTH, VALENCE_EN, VALENCE_NL } from './wordBits';

// Posts switch language mid-sentence, so each language falls back on the other's lexicon,
// except for words that mean something else in the post's own language.
const ENGLISH_WORDS_THAT_ARE_DUTCH = new Set([
  'bad',
  'hard',
  'die',
  'lag',
  'arm',
  'mist',
  'kind',
  'want',
  'slim',
  'boot',
  'brand',
  'door',
  'late',
  'best',
  'lost',
  'star',
  'fine',
  'hell',
  'ages',
  'rip',
  'wait',
]);
const DUTCH_WORDS_THAT_ARE_ENGLISH = new Set(['ramp', 'dank', 'storing', 'mis', 'boos', 'dom']);

function mergedIndex(
  primary: Readonly<Record<string, number>>,
  fallback: Readonly<Record<string, number>>,
  falseFriends: ReadonlySet<string>,
): PhraseIndex<number> {
  const merged = new Map<string, number>();
  for (const [phrase, value] of Object.entries(fallback)) {
    if (!falseFriends.has(phrase.split(' ')[0] ?? phrase)) merged.set(phrase, value);
  }
  for (const [phrase, value] of Object.entries(primary)) merged.set(phrase, value);
  return buildPhraseIndex(merged);
}

/** The sentiment lexicon per post language; English and other posts share one. */
export const VALENCE_INDEX = {
  nl: mergedIndex(DUTCH_VALENCE, ENGLISH_VALENCE, ENGLISH_WORDS_THAT_ARE_DUTCH),
  en: mergedIndex(ENGLISH_VALENCE, DUTCH_VALENCE, DUTCH_WORDS_THAT_ARE_ENGLISH),
} as const;

/**
 * The sentiment entry starting at `tokens[start]`: a phrase, a word, the same word without
 * its elongation ("slechttt"), or, in Dutch, a compound or diminutive ("storinkje").
 */
export function lookupValence(
  tokens: Tokens,
  start: number,
  lang: ClassifiedLanguage,
): PhraseEntry<number> | undefined {
  if (start >= tokens.count || tokens.kind[start] !== WORD) return undefined;
  const bits = tokens.bits[start] ?? 0;
  const candidates =
    lang === 'nl'
      ? (bits & VALENCE_NL) !== 0
        ? featuresAt(tokens, start)?.valenceNl
        : undefined
      : (bits & VALENCE_EN) !== 0
        ? featuresAt(tokens, start)?.valenceEn
        : undefined;
  if (candidates !== undefined) {
    const direct = matchCandidates(candidates, tokens, start);
    if (direct) return direct;
  }
  if (((tokens.flags[start] ?? 0) & ELONGATED) !== 0) {
    const index = lang === 'nl' ? VALENCE_INDEX.nl : VALENCE_INDEX.en;
    const squeezed = matchAt(index, tokens, start, squeeze(textOf(tokens, start)));
    if (squeezed) return squeezed;
  }
  // Only a word that may have a compound reading has this bit (see wordBits.ts).
  if (lang === 'en' || (bits & COMPOUND_LENGTH) === 0) return undefined;
  return compoundAt(tokens, start);
}

/**
 * The compound or diminutive reading of word token `at` ("storinkje"), if it has one. A
 * lexicon word's was read when the word table was built.
 */
function compoundAt(tokens: Tokens, at: number): PhraseEntry<number> | undefined {
  if ((tokens.word[at] ?? 0) !== 0) return lexiconCompoundAt(tokens, at);
  const stored = storedText(tokens, at);
  const value =
    stored === undefined
      ? compoundValence(tokens.source, tokens.start[at] ?? 0, tokens.end[at] ?? 0)
      : compoundValence(stored, 0, stored.length);
  return Number.isNaN(value) ? undefined : singleWordEntry(textOf(tokens, at), value);
}

/** Whether a sentiment word starts at `start` (used to tell "super goed" from "super!"). */
export function hasValenceAt(tokens: Tokens, start: number, lang: ClassifiedLanguage): boolean {
  const entry = lookupValence(tokens, start, lang);
  return entry !== undefined && entry.value !== 0;
}
