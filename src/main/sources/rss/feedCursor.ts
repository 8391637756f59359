import { z } from 'zod';
import type { JsonValue } from '../../../shared/json';

/** How long an item id stays remembered after it was last seen in the feed. */
export const SEEN_TTL_MS = 30 * 24 * 3600 * 1000;
/** Bounds the cursor (and the journal line it is written to) for very busy feeds. */
const MAX_SEEN = 3000;

/**
 * A feed's cursor: validators for conditional GET plus a seen-set with expiry. A single
 * watermark does not work for feeds: items disappear and reappear, and dates lie.
 */
export interface FeedCursor {
  etag: string | null;
  lastModified: string | null;
  /** Item id → epoch ms after which it may be reported again. */
  seen: Record<string, number>;
}

const feedCursorSchema = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  seen: z.record(z.string(), z.number()),
});

/** Reads a stored cursor; anything unreadable starts afresh (the seen-set only dedupes). */
export function readFeedCursor(value: JsonValue | null): FeedCursor {
  const parsed = feedCursorSchema.safeParse(value);
  return parsed.success ? parsed.data : { etag: null, lastModified: null, seen: {} };
}

/**
 * Drops expired ids and, past the cap, the ones that expire first. The cap never drops
 * below the size of the feed itself (`feedSize`), or a long feed would report its own
 * older items again on every poll.
 */
export function pruneSeen(
  seen: Record<string, number>,
  now: number,
  feedSize = 0,
): Record<string, number> {
  const alive = Object.entries(seen).filter(([, expires]) => expires > now);
  alive.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(alive.slice(0, Math.max(MAX_SEEN, 2 * feedSize)));
}

export function feedCursorToJson(cursor: FeedCursor): JsonValue {
  return { etag: cursor.etag, lastModified: cursor.lastModified, seen: cursor.seen };
}
