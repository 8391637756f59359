import type { ClassifiedLanguage } from './types';
import type { PhraseEntry } from './phrases';
import type { TriggerKind } from './lexicon/urgencyTriggers';
import { DUTCH_WORDS, ENGLISH_WORDS, OTHER_WORDS } from './lexicon/languageWords';
import { CONTRAST_WORDS, EXPECTED_THINGS, INTENSITY, NEGATORS } from './lexicon/modifiers';
import { ABUSIVE_WORDS } from './lexicon/abusive';
import { VALENCE_INDEX } from './valence';
import { SARCASM_PHRASES } from './sarcasm';
import { OCCASIONS, SEPARABLE_VERBS, TRIGGERS } from './triggers';
import { DEPRIVATION_WORDS, TRIGGER_STEMS } from './lexicon/urgencyTriggers';
import { DURATION_UNITS, VERBS_NEGATED_AFTER } from './complaintShapes';
import { QUESTION_OPENERS, REPROACH_OPENERS } from './question';

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
  readonly valenceNl: readonly PhraseEntry<number>[] | undefined;
  readonly valenceEn: readonly PhraseEntry<number>[] | undefined;
  readonly sarcasm: readonly PhraseEntry<boolean>[] | undefined;
  readonly triggers: readonly PhraseEntry<TriggerKind>[] | undefined;
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

const FEATURES = buildFeatures();

/** The features of a normalised word, or `undefined` for a word in no lexicon. */
export function featuresOf(word: string): WordFeatures | undefined {
  return FEATURES.get(word);
}

// The same words as a trie over lowercase ASCII letters, digits and the apostrophe, in one
// flat transition table: the tokenizer steps through it as it reads each character, so an
// ASCII word's features cost no string hashing at all. Node 0 is the root; -1 is "no word".
const ALPHABET = 37;
const APOSTROPHE_SLOT = 36;

// Slot of each ASCII code in a trie node, -1 for codes no lexicon word contains: one table
// read per character instead of a chain of range tests.
const SLOTS = buildSlots();

function buildSlots(): Int8Array {
  const slots = new Int8Array(0x80).fill(-1);
  for (let k = 0; k < 26; k++) {
    slots[0x61 + k] = k;
    slots[0x41 + k] = k;
  }
  for (let k = 0; k < 10; k++) slots[0x30 + k] = 26 + k;
  slots[0x27] = APOSTROPHE_SLOT;
  return slots;
}

function slot(code: number): number {
  return code < 0x80 ? (SLOTS[code] ?? -1) : -1;
}

/** A trigger carried by the beginning of a word ("opzeg…", "gehack…"). */
export interface StemHit {
  readonly stem: string;
  readonly kind: TriggerKind;
}

const STEM_HITS: readonly StemHit[] = (Object.keys(TRIGGER_STEMS) as TriggerKind[]).flatMap(
  (kind) => TRIGGER_STEMS[kind].map((stem) => ({ stem, kind })),
);

interface Trie {
  /** 16-bit node numbers halve the table, so more of it stays in the CPU cache. */
  transitions: Uint16Array;
  features: (WordFeatures | undefined)[];
  stems: (StemHit | undefined)[];
}

function buildTrie(): Trie {
  const transitions: number[] = new Array<number>(ALPHABET).fill(0);
  const features: (WordFeatures | undefined)[] = [undefined];
  const stems: (StemHit | undefined)[] = [undefined];
  const paths: [string, WordFeatures | undefined, StemHit | undefined][] = [
    ...[...FEATURES].map(
      ([word, record]) => [word, record, undefined] as [string, WordFeatures, undefined],
    ),
    ...STEM_HITS.map((hit) => [hit.stem, undefined, hit] as [string, undefined, StemHit]),
  ];
  for (const [word, record, stem] of paths) {
    let node = 0;
    for (let i = 0; i < word.length && node >= 0; i++) {
      const s = slot(word.charCodeAt(i));
      if (s < 0) node = -1;
      else {
        const at = node * ALPHABET + s;
        let next = transitions[at] ?? 0;
        if (next === 0) {
          next = features.length;
          features.push(undefined);
          stems.push(undefined);
          for (let k = 0; k < ALPHABET; k++) transitions.push(0);
          transitions[at] = next;
        }
        node = next;
      }
    }
    if (node > 0 && record !== undefined) features[node] = record;
    if (node > 0 && stem !== undefined) stems[node] = stem;
  }
  if (features.length > 0xffff) throw new Error('lexicon trie outgrew 16-bit node numbers');
  return { transitions: Uint16Array.from(transitions), features, stems };
}

const TRIE = buildTrie();

/** The trie node after `code` from `node`; -1 once no lexicon word can match. */
export function trieStep(node: number, code: number): number {
  if (node < 0) return -1;
  const s = slot(code);
  if (s < 0) return -1;
  const next = TRIE.transitions[node * ALPHABET + s] ?? 0;
  return next === 0 ? -1 : next;
}

/** The features of the word that ended at `node`. */
export function trieFeatures(node: number): WordFeatures | undefined {
  return node > 0 ? TRIE.features[node] : undefined;
}

/** The stem trigger whose last letter took the trie to `node`, if any. */
export function trieStem(node: number): StemHit | undefined {
  return node > 0 ? TRIE.stems[node] : undefined;
}

/** The stem trigger a word begins with, for words the trie cannot read (accents, "ë"). */
export function stemOf(word: string): StemHit | undefined {
  for (const hit of STEM_HITS) if (word.startsWith(hit.stem)) return hit;
  return undefined;
}
