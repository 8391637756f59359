import { err, ok, type Result } from '../../../shared/result';
import type { PollError } from '../source';
import { newestId, rawId } from './entities';
import type { MastodonClient } from './mastodonClient';
import { PAGE_LIMIT, type TimelinePage } from './timelinePaging';

/** Search pages per poll: search is the most expensive call for the server. */
const MAX_SEARCH_PAGES = 5;

/**
 * Polls `/api/v2/search` for one term. Search results may be relevance-sorted and carry no
 * Link header, so after the first run we ask for everything newer than the newest id seen
 * (`min_id`) and page with `offset` while pages come back full; callers dedupe by id.
 */
export async function pollSearch(
  client: MastodonClient,
  term: string,
  since: string | null,
  signal: AbortSignal,
): Promise<Result<TimelinePage, PollError>> {
  const items: unknown[] = [];
  let newest = since;
  const pages = since === null ? 1 : MAX_SEARCH_PAGES;
  for (let page = 0; page < pages; page += 1) {
    const query: [string, string][] = [
      ['q', term],
      ['type', 'statuses'],
      ['limit', String(PAGE_LIMIT)],
    ];
    if (since !== null) query.push(['min_id', since]);
    if (page > 0) query.push(['offset', String(page * PAGE_LIMIT)]);
    const response = await client.request('/api/v2/search', { query }, signal);
    if (!response.ok) return response;
    const { status, data, errorText } = response.value;
    if (status !== 200) {
      return err({
        kind: 'transient',
        message: `Mastodon search answered HTTP ${status}${errorText ? `: ${errorText}` : ''}.`,
      });
    }
    const statuses = (data as { statuses?: unknown } | null)?.statuses;
    if (!Array.isArray(statuses)) {
      return err({ kind: 'transient', message: 'Mastodon search sent no status list.' });
    }
    items.push(...(statuses as unknown[]));
    newest = newestId(statuses.map(rawId), newest);
    if (statuses.length < PAGE_LIMIT) break;
  }
  return ok({ items, newest });
}
