import { err, ok, type Result } from '../../../shared/result';
import type { PollError } from '../source';
import { newestId, rawId } from './entities';
import type { MastodonClient } from './mastodonClient';

/** Mastodon's maximum page size for timelines (notifications allow 80; 40 keeps it uniform). */
export const PAGE_LIMIT = 40;
/** A backlog beyond this many pages is fetched over the next polls, not in one go. */
const MAX_PAGES = 10;

export interface TimelinePage {
  /** Raw items, newest first within each page; parsed by the caller. */
  items: unknown[];
  /** The newest id seen, or the old cursor when nothing arrived. */
  newest: string | null;
}

/**
 * Gap-free polling of a Mastodon list (timeline or notifications). With no cursor it
 * fetches only the newest page. With a cursor it asks for the page right after it
 * (`min_id`) and follows `Link rel="prev"` towards newer pages until the server answers
 * `[]` (or stops sending a prev link).
 */
export async function pollTimeline(
  client: MastodonClient,
  path: string,
  filters: [string, string][],
  since: string | null,
  signal: AbortSignal,
): Promise<Result<TimelinePage, PollError>> {
  const limit: [string, string] = ['limit', String(PAGE_LIMIT)];
  const first = since === null ? [...filters, limit] : [...filters, ['min_id', since], limit];
  let next: { url: string; query: [string, string][] } | null = {
    url: path,
    query: first as [string, string][],
  };
  const items: unknown[] = [];
  let newest = since;
  for (let page = 0; next !== null && page < MAX_PAGES; page += 1) {
    const response = await client.request(next.url, { query: next.query }, signal);
    if (!response.ok) return response;
    const { status, data, links, errorText } = response.value;
    if (status !== 200) {
      return err({
        kind: 'transient',
        message: `Mastodon answered HTTP ${status}${errorText ? `: ${errorText}` : ''}.`,
      });
    }
    if (!Array.isArray(data)) {
      return err({ kind: 'transient', message: 'Mastodon sent something other than a list.' });
    }
    if (data.length === 0) break;
    items.push(...(data as unknown[]));
    newest = newestId(data.map(rawId), newest);
    // The first run takes the newest page only: no backfill of old posts.
    const prev = since === null ? undefined : links.prev;
    next = prev ? { url: prev, query: [] } : null;
  }
  return ok({ items, newest });
}
