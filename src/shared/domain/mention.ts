import { z } from 'zod';
import { classificationSchema } from '../classify/types';
import { identitySchema } from './identity';
import { platformSchema } from './platform';

/** Largest post text we accept (a hostile or broken source must not exhaust memory). */
export const MAX_MENTION_TEXT = 200_000;

/**
 * What a platform needs to answer this post (e.g. Bluesky's root/parent strong refs).
 * Opaque to everything but the source that made it.
 */
export const replyTargetSchema = z.record(z.string(), z.string().max(4000));

/**
 * One post about the brand, normalised at the source's edge. `id` is
 * `<sourceId>:<platformId>`, which makes every write idempotent.
 */
export const mentionSchema = z.object({
  id: z.string().min(3).max(2000),
  sourceId: z.string().min(1).max(200),
  platform: platformSchema,
  platformId: z.string().min(1).max(1500),
  url: z.string().max(4000).nullable(),
  text: z.string().max(MAX_MENTION_TEXT),
  /** Optional title (feeds) shown above the text. */
  title: z.string().max(4000).nullable(),
  /** ISO 8601 time the platform gives for the post (or first-seen time if it gives none). */
  createdAt: z.iso.datetime({ offset: true }),
  /** ISO 8601 time Luister fetched it. */
  fetchedAt: z.iso.datetime({ offset: true }),
  author: identitySchema,
  /** Thread this post belongs to (`<sourceId>:<root platformId>`); its own id when it starts one. */
  threadId: z.string().max(2000),
  /** The mention id this post answers, if it is a reply. */
  inReplyToId: z.string().max(2000).nullable(),
  /** True when the brand's own account wrote it (our replies, seen back through the source). */
  fromBrand: z.boolean(),
  /** The brand term that matched, if the source filters by terms. */
  matchedTerm: z.string().max(500).nullable(),
  replyTarget: replyTargetSchema.nullable(),
  classification: classificationSchema,
});
export type Mention = z.infer<typeof mentionSchema>;

/** Builds the idempotency key of a mention. */
export function mentionId(sourceId: string, platformId: string): string {
  return `${sourceId}:${platformId}`;
}
