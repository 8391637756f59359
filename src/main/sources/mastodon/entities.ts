import { z } from 'zod';

/**
 * The parts of Mastodon's entities a webcare client reads
 * (https://docs.joinmastodon.org/entities/). Lenient on purpose: optional fields may be
 * missing or null, unknown fields are ignored, ids stay strings (64-bit numbers).
 */
export const mastodonAccountSchema = z.object({
  id: z.string().min(1),
  username: z.string(),
  acct: z.string().min(1),
  display_name: z.string().nullish(),
  url: z.string().nullish(),
  followers_count: z.number().int().nonnegative().nullish(),
  bot: z.boolean().nullish(),
  suspended: z.boolean().nullish(),
});
export type MastodonAccount = z.infer<typeof mastodonAccountSchema>;

const mediaSchema = z.object({
  type: z.string(),
  url: z.string().nullish(),
  description: z.string().nullish(),
});

const statusFields = {
  id: z.string().min(1),
  uri: z.string(),
  url: z.string().nullish(),
  created_at: z.iso.datetime({ offset: true }),
  content: z.string().nullish(),
  spoiler_text: z.string().nullish(),
  language: z.string().nullish(),
  visibility: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  in_reply_to_account_id: z.string().nullish(),
  account: mastodonAccountSchema,
  media_attachments: z.array(mediaSchema).nullish(),
};

const baseStatusSchema = z.object(statusFields);
export type MastodonBaseStatus = z.infer<typeof baseStatusSchema>;

/** A status; a boost carries the boosted status in `reblog`. */
export const mastodonStatusSchema = z.object({
  ...statusFields,
  reblog: baseStatusSchema.nullish(),
});
export type MastodonStatus = z.infer<typeof mastodonStatusSchema>;

/** A notification; `status` is null when the post was deleted or is no longer visible. */
export const mastodonNotificationSchema = z.object({
  id: z.string().min(1),
  type: z.string(),
  created_at: z.string(),
  account: mastodonAccountSchema.nullish(),
  status: mastodonStatusSchema.nullish(),
});
export type MastodonNotification = z.infer<typeof mastodonNotificationSchema>;

export const mastodonContextSchema = z.object({
  ancestors: z.array(z.unknown()),
  descendants: z.array(z.unknown()),
});

/** Mastodon's error entity: decide on the status code; the text is localised. */
export const mastodonErrorSchema = z.object({
  error: z.string(),
  error_description: z.string().nullish(),
});

/** The id of a raw item, if it has one (malformed items still move the cursor). */
export function rawId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** Mastodon ids are numeric strings beyond 2^53: compare by length, then lexically. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function newestId(ids: Iterable<string | null>, start: string | null): string | null {
  let newest = start;
  for (const id of ids) {
    if (id !== null && (newest === null || compareIds(id, newest) > 0)) newest = id;
  }
  return newest;
}
