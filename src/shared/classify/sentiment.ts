import type { ClassifiedLanguage } from './types';
import type { Tokens } from './tokenize';
import {
  ASKS,
  CAPS,
  ELONGATED,
  EMOJI,
  EXCLAIMS,
  featuresAt,
  PUNCT,
  QUOTED,
  textOf,
} from './tokenize';
import { squeeze } from './squeeze';
import { lookupValence, hasValenceAt } from './valence';
import { matchCandidates } from './phrases';
import { INTENSITY, NEGATORS } from './lexicon/modifiers';
import { EMOJI_VALENCE, MOCKING_EMOJI } from './lexicon/emoji';
import { endsWithRetraction, praiseFollowedByRepeat } from './sarcasm';
import { durationComplaintAt, isNegatedAfter } from './complaintShapes';
import {
  BOOSTER,
  COMPOUND_LENGTH,
  CONTRAST,
  DURATION_UNIT,
  EXPECTED,
  NEGATOR,
  SARCASM_START,
  VALENCE_EN,
  VALENCE_NL,
} from './wordBits';

/** What the sentiment walk found: the total and the evidence the reasons are built from. */
export interface SentimentEvidence {
  /** Weighted sum of valences; below zero is negative. */
  total: number;
  strongestNegative?: string;
  strongestPositive?: string;
  /** A negator flipped a sentiment word ("niet goed", "not bad"). */
  negation: boolean;
  /** Something expected was negated ("werkt niet", "geen reactie"); holds the word. */
  notWorking?: string;
  sarcasm: boolean;
  negativeEmoji?: string;
  positiveEmoji?: string;
  /** A "maar"/"but" shifted the weight to what followed. */
  contrast: boolean;
  /** Capitals, elongation or "!!!" strengthened what was said. */
  emphasis: boolean;
  /** A duration complaint: "al 9 dagen", "for two weeks". */
  waiting: boolean;
  questionMark: boolean;
  /** The weighted sums of the negative and of the positive words, before tone and sarcasm. */
  negativeSum: number;
  positiveSum: number;
  /** A request for information or a news report, whose sentiment words were damped. */
  informational: boolean;
}

const NEGATION_WINDOW = 3;
const INTENSITY_WINDOW = 2;
// Negating praise is as strong as blame ("niet goed" ≈ "slecht"), negating blame is
// mild ("niet slecht" is faint praise, "geen probleem" is merely fine).
const NEGATED_BLAME_WEIGHT = 0.5;
const NOT_WORKING_VALENCE = -1.5;
const WAITING_VALENCE = -1;
const SCARE_QUOTE_VALENCE = -1;
const SARCASM_VALENCE = -1.5;
const FRUSTRATION_VALENCE = -1;
const CAPS_BOOST = 1.4;
const ELONGATION_BOOST = 1.3;
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
const EXCLAMATION_STEP = 0.1;
const MAX_EXCLAMATIONS = 4;
// Requests for information and news describe a situation, not the writer's mood.
const INFORMATION_WEIGHT = 0.3;

/**
 * Positive and negative sums, weighted by where in the post a word stands, and the
 * strongest word on each side for the reasons.
 */
class Tally {
  positive = 0;
  negative = 0;
  weight = 1;
  private strongestNegative = 0;
  private strongestPositive = 0;

  constructor(private readonly evidence: SentimentEvidence) {}

  /** Adds a value; a `label` may become the strongest word the reasons name. */
  add(value: number, label?: string): void {
    const weighted = value * this.weight;
    if (weighted < 0) {
      this.negative += weighted;
      if (label !== undefined && weighted < this.strongestNegative) {
        this.strongestNegative = weighted;
        this.evidence.strongestNegative = label;
      }
    } else {
      this.positive += weighted;
      if (label !== undefined && weighted > this.strongestPositive) {
        this.strongestPositive = weighted;
        this.evidence.strongestPositive = label;
      }
    }
  }
}

/**
 * Walks the tokens once, adding up valence with negation, intensity, contrast and tone.
 * @param cueValence valence of the urgency triggers, which count as complaint words.
 * @param informational the post asks for information or reports news (see analyse.ts):
 *   its sentiment words describe a situation and count for less.
 */
export function analyseSentiment(
  tokens: Tokens,
  lang: ClassifiedLanguage,
  cueValence: number,
  informational: boolean,
): SentimentEvidence {
  // Every field is set up front, optional ones too: evidence objects then share one
  // hidden class, which keeps the model's and the reasons' reads of them monomorphic.
  const evidence: SentimentEvidence = {
    total: 0,
    strongestNegative: undefined,
    strongestPositive: undefined,
    negation: false,
    notWorking: undefined,
    negativeEmoji: undefined,
    positiveEmoji: undefined,
    sarcasm: false,
    contrast: false,
    emphasis: false,
    waiting: false,
    questionMark: false,
    negativeSum: 0,
    positiveSum: 0,
    informational: false,
  };
  const tally = new Tally(evidence);
  let negatorAt = -10;
  let intensity = 1;
  let intensityAt = -10;
  let exclamations = 0;
  let frustrated = false;
  let scareQuoted = false;

  // Words with none of these bits, and neither stretched nor scare-quoted, pass through
  // every rule below without effect: they are skipped in one test.
  const relevant =
    CONTRAST |
    SARCASM_START |
    BOOSTER |
    NEGATOR |
    EXPECTED |
    DURATION_UNIT |
    (lang === 'nl' ? VALENCE_NL : VALENCE_EN) |
    (lang === 'en' ? 0 : COMPOUND_LENGTH);
  const { kind, flags, bits } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] === PUNCT) {
      const marks = flags[i] ?? 0;
      if ((marks & ASKS) !== 0) evidence.questionMark = true;
      if ((marks & EXCLAIMS) !== 0) exclamations += (tokens.end[i] ?? 0) - (tokens.start[i] ?? 0);
      if ((marks & (ASKS | EXCLAIMS)) === (ASKS | EXCLAIMS)) frustrated = true;
      negatorAt = -10;
      intensity = 1;
      continue;
    }
    if (kind[i] === EMOJI) {
      const word = textOf(tokens, i);
      const value = EMOJI_VALENCE[word];
      if (value === undefined) continue;
      if (MOCKING_EMOJI.has(word) && tally.positive > 0) evidence.sarcasm = true;
      tally.add(value, word);
      if (value < 0 && evidence.negativeEmoji === undefined) evidence.negativeEmoji = word;
      if (value > 0 && evidence.positiveEmoji === undefined) evidence.positiveEmoji = word;
      continue;
    }
    const tone = flags[i] ?? 0;
    const wordBits = bits[i] ?? 0;
    if ((wordBits & relevant) === 0 && (tone & (ELONGATED | QUOTED)) === 0) continue;
    // The bits answer the yes/no questions; the features are read only for their lists.
    const elongated = (tone & ELONGATED) !== 0;
    if ((wordBits & CONTRAST) !== 0 && i > 0) {
      tally.positive *= CONTRAST_BEFORE;
      tally.negative *= CONTRAST_BEFORE;
      tally.weight = CONTRAST_AFTER;
      evidence.contrast = true;
      negatorAt = -10;
      continue;
    }
    const sarcasm = (wordBits & SARCASM_START) !== 0 ? featuresAt(tokens, i)?.sarcasm : undefined;
    const sarcastic = sarcasm && matchCandidates(sarcasm, tokens, i);
    if (sarcastic) {
      evidence.sarcasm = true;
      tally.add(SARCASM_VALENCE, sarcastic.phrase);
      i += sarcastic.words.length - 1;
      continue;
    }
    if ((tone & QUOTED) !== 0 && !scareQuoted) scareQuoted = true;

    const entry = lookupValence(tokens, i, lang);
    // "sooo" boosts like "so", and a little more.
    const boost =
      (wordBits & BOOSTER) !== 0
        ? featuresAt(tokens, i)?.intensity
        : elongated
          ? boostOfElongated(textOf(tokens, i))
          : undefined;
    if (boost !== undefined && (entry === undefined || hasValenceAt(tokens, i + 1, lang))) {
      intensity *= boost;
      intensityAt = i;
      continue;
    }
    if (entry !== undefined && entry.value !== 0) {
      let value = entry.value;
      const negated = negatorAt >= i - NEGATION_WINDOW && !NEGATORS.has(entry.words[0] ?? '');
      if (negated) {
        value = value > 0 ? -value : -value * NEGATED_BLAME_WEIGHT;
        evidence.negation = true;
      }
      if (intensityAt >= i - INTENSITY_WINDOW) value *= intensity;
      intensity = 1;
      const caps = (tone & CAPS) !== 0;
      if (elongated) value *= ELONGATION_BOOST;
      if (caps) value *= CAPS_BOOST;
      if (elongated || caps) evidence.emphasis = true;
      const end = i + entry.words.length - 1;
      if (value > 0) {
        const repeat = praiseFollowedByRepeat(tokens, end, lang);
        if (repeat.found && (repeat.afterComma || tally.negative < 0 || scareQuoted)) {
          evidence.sarcasm = true;
        }
      }
      tally.add(value, entry.phrase);
      i = end;
      continue;
    }
    if (entry !== undefined) {
      i += entry.words.length - 1;
      continue;
    }
    if ((wordBits & NEGATOR) !== 0) {
      negatorAt = i;
      continue;
    }
    if (
      (wordBits & EXPECTED) !== 0 &&
      (negatorAt >= i - NEGATION_WINDOW || isNegatedAfter(tokens, i))
    ) {
      const word = textOf(tokens, i);
      evidence.notWorking ??= word;
      // Its own reason names it ("werkt niet"); the strongest word names another.
      tally.add(NOT_WORKING_VALENCE);
      continue;
    }
    if ((wordBits & DURATION_UNIT) !== 0 && !evidence.waiting && durationComplaintAt(tokens, i)) {
      evidence.waiting = true;
      tally.add(WAITING_VALENCE, textOf(tokens, i));
    }
  }

  const positive = tally.positive;
  let negative = tally.negative;
  if (scareQuoted && (negative < 0 || cueValence < 0)) negative += SCARE_QUOTE_VALENCE;
  negative += cueValence * tally.weight;
  if (endsWithRetraction(tokens) && positive > 0) evidence.sarcasm = true;
  let total = evidence.sarcasm ? negative - positive + SARCASM_VALENCE : positive + negative;
  if (exclamations > 0) {
    total *= 1 + EXCLAMATION_STEP * Math.min(exclamations, MAX_EXCLAMATIONS);
    if (exclamations >= 2) evidence.emphasis = true;
  }
  if (frustrated) total += FRUSTRATION_VALENCE;
  if (informational) {
    total *= INFORMATION_WEIGHT;
    evidence.informational = true;
  }
  evidence.total = total;
  evidence.negativeSum = negative;
  evidence.positiveSum = positive;
  return evidence;
}

function boostOfElongated(word: string): number | undefined {
  const boost = INTENSITY[squeeze(word)];
  return boost === undefined ? undefined : boost * ELONGATION_BOOST;
}
