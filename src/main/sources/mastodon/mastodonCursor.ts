import { z } from 'zod';
import type { JsonValue } from '../../../shared/json';

/** Newest id seen per stream: per search term, per hashtag, and for notifications. */
export interface MastodonCursor {
  search: Record<string, string>;
  tags: Record<string, string>;
  notifications: string | null;
}

const cursorSchema = z.object({
  search: z.record(z.string(), z.string()),
  tags: z.record(z.string(), z.string()),
  notifications: z.string().nullable(),
});

/** An unreadable cursor starts afresh (newest page only), which can skip but never repeat. */
export function readMastodonCursor(value: JsonValue | null): MastodonCursor {
  const parsed = cursorSchema.safeParse(value);
  return parsed.success ? parsed.data : { search: {}, tags: {}, notifications: null };
}

export function mastodonCursorToJson(cursor: MastodonCursor): JsonValue {
  return { search: cursor.search, tags: cursor.tags, notifications: cursor.notifications };
}
