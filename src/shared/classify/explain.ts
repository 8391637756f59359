import type { Sentiment } from './types';
import type { SentimentEvidence } from './sentiment';
import type { TriggerHit } from './triggers';
import { reason } from './reasons';

export interface ExplainInput {
  sentiment: Sentiment;
  evidence: SentimentEvidence;
  triggers: readonly TriggerHit[];
  highReach: boolean;
  /** The urgency model, not a trigger, found the post urgent. */
  urgentByModel: boolean;
  abuse: string | undefined;
  question: boolean;
  /** The model, not the rules, found the post negative. */
  negativeByModel: boolean;
}

/**
 * The reasons, most actionable first: what makes the post urgent, then why it reads as
 * negative or positive, then swearing and questions.
 */
export function explain(input: ExplainInput): string[] {
  const { evidence, sentiment } = input;
  const reasons: string[] = [];
  if (sentiment === 'negative') {
    for (const hit of input.triggers) reasons.push(reason(hit.kind, hit.word));
    if (input.highReach) reasons.push(reason('reach'));
    if (input.urgentByModel) reasons.push(reason('urgentWording'));
  }
  if (sentiment !== 'neutral') {
    if (evidence.sarcasm) reasons.push(reason('sarcasm'));
    if (sentiment === 'negative' && evidence.notWorking !== undefined) {
      reasons.push(reason('notWorking', evidence.notWorking));
    }
    if (sentiment === 'negative' && evidence.waiting) reasons.push(reason('waiting'));
    if (evidence.negation) reasons.push(reason('negation'));
    if (evidence.contrast) reasons.push(reason('contrast'));
    if (evidence.emphasis) reasons.push(reason('emphasis'));
    const word = sentiment === 'negative' ? evidence.strongestNegative : evidence.strongestPositive;
    const emoji = sentiment === 'negative' ? evidence.negativeEmoji : evidence.positiveEmoji;
    if (word !== undefined && word !== emoji) {
      reasons.push(reason(sentiment === 'negative' ? 'negativeWords' : 'positiveWords', word));
    }
    if (emoji !== undefined) reasons.push(reason('emoji', emoji));
    if (input.negativeByModel && sentiment === 'negative') reasons.push(reason('complaintWording'));
  }
  if (input.abuse !== undefined) reasons.push(reason('abusive', input.abuse));
  if (input.question) reasons.push(reason('question'));
  return reasons;
}
