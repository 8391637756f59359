import type { Classification, ClassifyInput, Sentiment } from './types';
import type { PostAnalysis } from './analyse';
import { analysePost, ordinaryThresholdApplies } from './analyse';
import { newTokens } from './tokenize';
import { predict, MODEL } from './model/linearModel';
import { detectIntent } from './intent';
import { assessUrgency, hasHighReach } from './urgency';
import { readsAsUrgent } from './model/urgencyModel';
import { explain } from './explain';

export type { Classification, ClassifiedLanguage, ClassifyInput, Intent, Sentiment } from './types';

// The rules' own verdict still stands where it is sure: a valence total at or below this
// is negative whatever the model says (the rules are precise; the model adds recall).
const NEGATIVE_AT = -0.5;
// Squashes a valence total into -1..1; a total of ±2.5 (one strong word) lands near ±0.7.
const SQUASH = 6;
// A post the model calls negative or positive has a score of at least this on that side,
// so the score never contradicts the label.
const MIN_SIGNED_SCORE = 0.1;

// One token store for every post: `classify` is synchronous and keeps nothing of it.
const scratch = newTokens();

/** Classifies one post: language, sentiment, intent, abuse and urgency, with reasons. Pure and synchronous. */
export function classify(input: ClassifyInput): Classification {
  const post = analysePost(input, scratch);
  const { evidence, triggers, tokens, abuse } = post;
  const sentiment = toSentiment(post);
  const score = signedScore(squash(evidence.total), sentiment);
  const intent = detectIntent(tokens, sentiment, evidence.questionMark);
  // The urgency model is asked only about a negative post nothing else made urgent.
  const urgentByModel =
    sentiment === 'negative' &&
    triggers.length === 0 &&
    !hasHighReach(input.followers) &&
    readsAsUrgent(post);
  const verdict = assessUrgency({
    sentiment,
    score,
    triggers,
    followers: input.followers,
    abusive: abuse !== undefined,
    readsUrgent: urgentByModel,
  });
  const reasons = explain({
    sentiment,
    evidence,
    triggers,
    highReach: verdict.highReach,
    urgentByModel,
    abuse,
    question: intent === 'question',
    negativeByModel: sentiment === 'negative' && evidence.total > NEGATIVE_AT,
  });
  return {
    lang: post.lang,
    sentiment,
    score,
    intent,
    abusive: abuse !== undefined,
    urgent: verdict.urgent,
    urgency: verdict.urgency,
    reasons,
  };
}

/**
 * Negative when the rules are sure (the model is then not asked) or the model gives
 * negative at least its threshold (chosen low on purpose: a missed complaint costs webcare
 * more than a false one); otherwise the likelier of neutral and positive.
 */
function toSentiment(post: PostAnalysis): Sentiment {
  if (post.evidence.total <= NEGATIVE_AT) return 'negative';
  const model = predict(post);
  const threshold = ordinaryThresholdApplies(post)
    ? MODEL.negativeThreshold
    : MODEL.negativeThresholdWithoutCue;
  if (model.negative >= threshold) return 'negative';
  return model.positive > model.neutral ? 'positive' : 'neutral';
}

function signedScore(score: number, sentiment: Sentiment): number {
  if (sentiment === 'negative') return Math.min(score, -MIN_SIGNED_SCORE);
  if (sentiment === 'positive') return Math.max(score, MIN_SIGNED_SCORE);
  return score;
}

function squash(total: number): number {
  const value = total / Math.sqrt(total * total + SQUASH);
  return Math.round(value * 1000) / 1000;
}
