import { z } from 'zod';

/** Languages the classifier tells apart; everything else is `other`. */
export const classifiedLanguageSchema = z.enum(['nl', 'en', 'other']);
export type ClassifiedLanguage = z.infer<typeof classifiedLanguageSchema>;

export const sentimentSchema = z.enum(['negative', 'neutral', 'positive']);
export type Sentiment = z.infer<typeof sentimentSchema>;

export const intentSchema = z.enum(['question', 'complaint', 'compliment', 'remark']);
export type Intent = z.infer<typeof intentSchema>;

/**
 * Why the classifier decided what it did. Each reason is a stable key (translated by the
 * UI) plus, where useful, the word in the post that triggered it.
 */
export const reasonSchema = z.string().min(1).max(200);

/** The classifier's judgement of one post. Stable API: later work improves, never reshapes. */
export const classificationSchema = z.object({
  lang: classifiedLanguageSchema,
  sentiment: sentimentSchema,
  /** -1 (very negative) .. 1 (very positive). */
  score: z.number().min(-1).max(1),
  intent: intentSchema,
  abusive: z.boolean(),
  urgent: z.boolean(),
  /** 0..1; orders the queue. */
  urgency: z.number().min(0).max(1),
  /** Short human-readable phrases, or `reason.<key>[:detail]` keys the UI translates. */
  reasons: z.array(reasonSchema),
});
export type Classification = z.infer<typeof classificationSchema>;

export interface ClassifyInput {
  text: string;
  /** A language the platform declared (BCP 47 / ISO 639-1), if any. */
  lang?: string | null;
  /** The author's follower count, if the platform gives it. */
  followers?: number | null;
}
