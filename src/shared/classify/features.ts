import type { ClassifiedLanguage } from './types';
import type { PhraseCandidates } from './phrases';
import type { TriggerKind } from './lexicon/urgencyTriggers';
import { DUTCH_WORDS, ENGLISH_WORDS, OTHER_WORDS } from './lexicon/languageWords';
import { CONTRAST_WORDS, EXPECTED_THINGS, INTENSITY, NEGATORS } from './lexicon/modifiers';
import { ABUSIVE_WORDS } from './lexicon/abusive';
import { VALENCE_INDEX } from './valence';
import { SARCASM_PHRASES } from './sarcasm';
import { OCCASIONS, SEPARABLE_VERBS, TRIGGERS } from './triggers';
import { DEPRIVATION_WORDS, TRIGGER_STEMS } from './lexicon/urgencyTriggers';
import { DURATION_UNITS, VERBS_NEGATED_AFTER } from './complaintShapes';
import { HYPOTHETICAL_OPENERS, QUESTION_OPENERS, REPROACH_OPENERS } from './question';

/**
 * Everything the classifier's stages want to know about one word, looked up once per
 * token: one Map get replaces a dozen set lookups and phrase-index gets per token, which is
 * what keeps `classify` as fast as a plain word-list scorer. Built once at module load.
 */
export interface WordFeatures {
  /** The language this is a function word of, if any. */
  readonly language: ClassifiedLanguage | undefined;
  readonly negator: boolean;
  readonly contrast: boolean;
  /** Something a customer expects to work or arrive ("werkt", "reply", "internet"). */
  readonly expected: boolean;
  readonly abusive: boolean;
  /** A Dutch verb whose negation follows it ("werkt niet"). */
  readonly negatedAfter: boolean;
  readonly durationUnit: boolean;
  readonly intensity: number | undefined;
  /** Sentiment phrases starting with this word, longest first, per lexicon. */
  readonly valenceNl: PhraseCandidates<number> | undefined;
  readonly valenceEn: PhraseCandidates<number> | undefined;
  readonly sarcasm: PhraseCandidates<boolean> | undefined;
  readonly triggers: PhraseCandidates<TriggerKind> | undefined;
  /** "geen", "without": before a supply it makes an outage ("geen stroom"). */
  readonly deprivation: boolean;
  /** Counts occasions after a number ("3 keer"). */
  readonly occasion: boolean;
  /** A Dutch separable verb whose particle makes a trigger ("zeg … op"). */
  readonly separable: readonly (readonly [string, TriggerKind])[] | undefined;
  /** Opening a post, it asks something ("hoe", "can", "iemand"). */
  readonly questionOpener: boolean;
  /** Opening a post, it reproaches ("waarom", "why"). */
  readonly reproachOpener: boolean;
  /** Opening a question, it asks about a case that has not happened ("if", "stel"). */
  readonly hypotheticalOpener: boolean;
}

function buildFeatures(): ReadonlyMap<string, WordFeatures> {
  const words = new Set<string>([
    ...DUTCH_WORDS,
    ...ENGLISH_WORDS,
    ...OTHER_WORDS,
    ...NEGATORS,
    ...CONTRAST_WORDS,
    ...EXPECTED_THINGS,
    ...ABUSIVE_WORDS,
    ...VERBS_NEGATED_AFTER,
    ...DURATION_UNITS,
    ...Object.keys(INTENSITY),
    ...VALENCE_INDEX.nl.byFirstWord.keys(),
    ...VALENCE_INDEX.en.byFirstWord.keys(),
    ...SARCASM_PHRASES.byFirstWord.keys(),
    ...TRIGGERS.byFirstWord.keys(),
    ...OCCASIONS,
    ...SEPARABLE_VERBS.keys(),
    ...QUESTION_OPENERS,
    ...REPROACH_OPENERS,
    ...HYPOTHETICAL_OPENERS,
  ]);
  const features = new Map<string, WordFeatures>();
  for (const word of words) {
    features.set(word, {
      language: languageOf(word),
      negator: NEGATORS.has(word),
      contrast: CONTRAST_WORDS.has(word),
      expected: EXPECTED_THINGS.has(word),
      abusive: ABUSIVE_WORDS.has(word),
      negatedAfter: VERBS_NEGATED_AFTER.has(word),
      durationUnit: DURATION_UNITS.has(word),
      intensity: INTENSITY[word],
      valenceNl: VALENCE_INDEX.nl.byFirstWord.get(word),
      valenceEn: VALENCE_INDEX.en.byFirstWord.get(word),
      sarcasm: SARCASM_PHRASES.byFirstWord.get(word),
      triggers: TRIGGERS.byFirstWord.get(word),
      deprivation: DEPRIVATION_WORDS.has(word),
      occasion: OCCASIONS.has(word),
      separable: SEPARABLE_VERBS.get(word),
      questionOpener: QUESTION_OPENERS.has(word),
      reproachOpener: REPROACH_OPENERS.has(word),
      hypotheticalOpener: HYPOTHETICAL_OPENERS.has(word),
    });
  }
  return features;
}

function languageOf(word: string): ClassifiedLanguage | undefined {
  if (DUTCH_WORDS.has(word)) return 'nl';
  if (ENGLISH_WORDS.has(word)) return 'en';
  if (OTHER_WORDS.has(word)) return 'other';
  return undefined;
}

/** Every lexicon word with its features. */
export const FEATURES = buildFeatures();

/** The features of a normalised word, or `undefined` for a word in no lexicon. */
export function featuresOf(word: string): WordFeatures | undefined {
  return FEATURES.get(word);
}

/** A trigger carried by the beginning of a word ("opzeg…", "gehack…"). */
export interface StemHit {
  readonly stem: string;
  readonly kind: TriggerKind;
}

/** Every stem trigger, in lexicon order. */
export const STEM_HITS: readonly StemHit[] = (Object.keys(TRIGGER_STEMS) as TriggerKind[]).flatMap(
  (kind) => TRIGGER_STEMS[kind].map((stem) => ({ stem, kind })),
);

/**
 * The stem trigger a word begins with, for words that are not plain ASCII (accents, "ë"),
 * as its stem number (1 + its index in `STEM_HITS`), or 0 for none.
 */
export function stemOf(word: string): number {
  const index = STEM_HITS.findIndex((hit) => word.startsWith(hit.stem));
  return index + 1;
}

/** The stem trigger with this number, or undefined for 0. */
export function stemHitOf(number: number): StemHit | undefined {
  return number === 0 ? undefined : STEM_HITS[number - 1];
}
