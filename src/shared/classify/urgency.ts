import type { Sentiment } from './types';
import type { TriggerHit } from './triggers';
import { HIGH_REACH_FOLLOWERS } from './lexicon/urgencyTriggers';

export interface UrgencyInput {
  sentiment: Sentiment;
  /** -1..1 */
  score: number;
  triggers: readonly TriggerHit[];
  followers: number | null | undefined;
  abusive: boolean;
  /** The urgency model reads the post as urgent (asked only when nothing else made it so). */
  readsUrgent: boolean;
}

export interface UrgencyVerdict {
  urgent: boolean;
  /** 0..1, orders the queue. */
  urgency: number;
  highReach: boolean;
}

// Bands keep the queue order readable: urgent posts always sit above 0.65, plain
// complaints between 0.35 and 0.6, everything else below 0.3.
const URGENT_FLOOR = 0.65;
const PER_EXTRA_TRIGGER = 0.06;
const URGENT_INTENSITY = 0.15;
const NEGATIVE_FLOOR = 0.35;
const NEGATIVE_INTENSITY = 0.2;
const NEUTRAL_BASE = 0.12;
const NEUTRAL_WITH_TRIGGER = 0.22;
const POSITIVE_BASE = 0.05;
// Swearing makes a post a little more pressing to look at, never urgent by itself.
const ABUSE_BUMP = 0.03;

/**
 * Urgent means negative plus a reason webcare must act now: repeat contact, intent to
 * leave, escalation, safety/outage/data, or a large audience. Urgency grades the rest.
 */
export function assessUrgency(input: UrgencyInput): UrgencyVerdict {
  const highReach = hasHighReach(input.followers);
  const strength = Math.min(1, Math.abs(input.score));
  switch (input.sentiment) {
    case 'negative': {
      const reasons = input.triggers.length + (highReach ? 1 : 0) + (input.readsUrgent ? 1 : 0);
      const abuse = input.abusive ? ABUSE_BUMP : 0;
      if (reasons === 0) {
        return {
          urgent: false,
          urgency: clamp(NEGATIVE_FLOOR + NEGATIVE_INTENSITY * strength + abuse),
          highReach,
        };
      }
      const extra = PER_EXTRA_TRIGGER * (reasons - 1);
      return {
        urgent: true,
        urgency: clamp(URGENT_FLOOR + extra + URGENT_INTENSITY * strength + abuse),
        highReach,
      };
    }
    case 'neutral':
      return {
        urgent: false,
        urgency: input.triggers.length > 0 ? NEUTRAL_WITH_TRIGGER : NEUTRAL_BASE,
        highReach,
      };
    case 'positive':
      return { urgent: false, urgency: POSITIVE_BASE, highReach };
  }
}

/** A following large enough to make any negative post urgent. */
export function hasHighReach(followers: number | null | undefined): boolean {
  return (followers ?? 0) >= HIGH_REACH_FOLLOWERS;
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
}
