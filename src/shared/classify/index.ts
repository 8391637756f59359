import type { Classification, ClassifyInput, Sentiment } from './types';
import { tokenize } from './tokenize';
import { detectLanguage } from './language';
import { analyseSentiment } from './sentiment';
import { findTriggers, triggerValence } from './triggers';
import { findAbuse } from './abuse';
import { detectIntent } from './intent';
import { assessUrgency } from './urgency';
import { explain } from './explain';

export type { Classification, ClassifiedLanguage, ClassifyInput, Intent, Sentiment } from './types';

// Valence totals at or beyond these count as negative / positive. The negative side is
// nearer zero on purpose: a missed complaint costs webcare more than a false one.
const NEGATIVE_AT = -0.5;
const POSITIVE_AT = 0.75;
// Squashes a valence total into -1..1; a total of ±2.5 (one strong word) lands near ±0.7.
const SQUASH = 6;

/** Classifies one post: language, sentiment, intent, abuse and urgency, with reasons. Pure and synchronous. */
export function classify(input: ClassifyInput): Classification {
  const tokens = tokenize(input.text);
  const lang = detectLanguage(tokens, input.lang);
  const triggers = findTriggers(tokens);
  const evidence = analyseSentiment(tokens, lang, triggerValence(triggers));
  const sentiment = toSentiment(evidence.total);
  const score = squash(evidence.total);
  const abuse = findAbuse(tokens);
  const intent = detectIntent(tokens, sentiment, evidence.questionMark);
  const verdict = assessUrgency({
    sentiment,
    score,
    triggers,
    followers: input.followers,
    abusive: abuse !== undefined,
  });
  const reasons = explain({
    sentiment,
    evidence,
    triggers,
    highReach: verdict.highReach,
    abuse,
    question: intent === 'question',
  });
  return {
    lang,
    sentiment,
    score,
    intent,
    abusive: abuse !== undefined,
    urgent: verdict.urgent,
    urgency: verdict.urgency,
    reasons,
  };
}

function toSentiment(total: number): Sentiment {
  if (total <= NEGATIVE_AT) return 'negative';
  if (total >= POSITIVE_AT) return 'positive';
  return 'neutral';
}

function squash(total: number): number {
  const value = total / Math.sqrt(total * total + SQUASH);
  return Math.round(value * 1000) / 1000;
}
