import { z } from 'zod';
import { ok, type Result } from '../../../shared/result';
import type { PollError } from '../source';
import type { PostView } from './entities';

/**
 * Per stream (a search term or notifications): the newest `indexedAt` seen and the uris
 * seen near it. Bluesky cursors only go towards older items, so each poll reads from the
 * head and stops at what it already knows.
 */
export interface StreamState {
  watermark: string | null;
  seen: string[];
}

export const streamStateSchema = z.object({
  watermark: z.string().nullable(),
  seen: z.array(z.string()),
});

/** Late-indexed posts and clock skew: look this far behind the watermark. */
export const WATERMARK_MARGIN_MS = 5 * 60_000;
const MAX_PAGES = 5;
const MAX_SEEN = 500;

export interface WalkPage {
  /** Parsed posts; items that failed to parse are counted, not returned. */
  posts: PostView[];
  skipped: number;
  cursor: string | null;
}

export interface WalkResult {
  posts: PostView[];
  skipped: number;
  state: StreamState;
}

/**
 * Reads pages from the head until a page reaches a post already seen or older than the
 * watermark (minus a margin), there is no cursor, or the page budget is spent. The first
 * run reads only the head page: no backfill.
 */
export async function walkFromHead(
  state: StreamState,
  fetchPage: (cursor: string | null) => Promise<Result<WalkPage, PollError>>,
): Promise<Result<WalkResult, PollError>> {
  const seen = new Set(state.seen);
  const floor = state.watermark === null ? null : Date.parse(state.watermark) - WATERMARK_MARGIN_MS;
  const fresh: PostView[] = [];
  let skipped = 0;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(cursor);
    if (!result.ok) return result;
    skipped += result.value.skipped;
    let reachedKnown = false;
    for (const post of result.value.posts) {
      const indexed = Date.parse(post.indexedAt);
      const old = floor !== null && !Number.isNaN(indexed) && indexed < floor;
      if (seen.has(post.uri) || old) {
        reachedKnown = true;
        continue;
      }
      seen.add(post.uri);
      fresh.push(post);
    }
    cursor = result.value.cursor;
    if (reachedKnown || cursor === null || state.watermark === null) break;
  }
  return ok({ posts: fresh, skipped, state: advance(state, fresh) });
}

function advance(state: StreamState, fresh: PostView[]): StreamState {
  let watermark = state.watermark;
  for (const post of fresh) {
    if (watermark === null || Date.parse(post.indexedAt) > Date.parse(watermark)) {
      watermark = post.indexedAt;
    }
  }
  const floor = watermark === null ? 0 : Date.parse(watermark) - 2 * WATERMARK_MARGIN_MS;
  const recent = fresh.filter((post) => Date.parse(post.indexedAt) >= floor).map((p) => p.uri);
  return { watermark, seen: [...recent, ...state.seen].slice(0, MAX_SEEN) };
}
