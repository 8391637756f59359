import type { RssSourceConfig } from '../../../shared/domain/sourceConfig';
import type { JsonValue } from '../../../shared/json';
import { err, ok, type Result } from '../../../shared/result';
import { DEFAULT_RATE_LIMIT_WAIT_MS, httpRequest, retryAfterMs, type HttpDeps } from '../http';
import type { PollBatch, PollError, Source } from '../source';
import { createTermMatcher } from '../terms';
import { decodeFeed } from './decodeFeed';
import { feedCursorToJson, pruneSeen, readFeedCursor, SEEN_TTL_MS } from './feedCursor';
import { feedItemsToMentions } from './feedMentions';
import { parseFeed } from './parseFeed';

/**
 * A read-only feed source (Google Alerts, Reddit search feeds, news sites). Polls with a
 * conditional GET and reports each item once while it stays in the seen-set.
 */
export function createRssSource(config: RssSourceConfig, deps: HttpDeps): Source {
  const matcher = createTermMatcher(config.terms, config.exclude);

  async function poll(
    cursorValue: JsonValue | null,
    signal: AbortSignal,
  ): Promise<Result<PollBatch, PollError>> {
    const now = deps.clock.now();
    const cursor = readFeedCursor(cursorValue);
    const headers: Record<string, string> = {
      Accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
    };
    if (cursor.etag) headers['If-None-Match'] = cursor.etag;
    if (cursor.lastModified) headers['If-Modified-Since'] = cursor.lastModified;
    const sent = await httpRequest(deps, { url: config.url, headers }, signal);
    if (!sent.ok) return sent;
    const response = sent.value;
    // Only expiry here: the cap applies once the feed's own size is known.
    const seen = pruneSeen(cursor.seen, now, Number.POSITIVE_INFINITY);
    if (response.status === 304) {
      return ok({ mentions: [], skipped: 0, cursor: feedCursorToJson({ ...cursor, seen }) });
    }
    const failure = statusError(response.status, response.headers, now);
    if (failure) return err(failure);

    const feed = parseFeed(decodeFeed(response.body, response.headers.get('content-type')));
    if (feed.items.length === 0 && feed.problem !== null && feed.skipped > 0) {
      return err({ kind: 'transient', message: feed.problem });
    }
    const fresh = feed.items.filter((item) => seen[item.id] === undefined);
    for (const item of feed.items) seen[item.id] = now + SEEN_TTL_MS;
    const mentions = feedItemsToMentions(fresh, {
      sourceId: config.id,
      feedUrl: config.url,
      feedTitle: feed.title,
      matcher,
      now,
    });
    return ok({
      mentions,
      skipped: feed.skipped,
      cursor: feedCursorToJson({
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        seen: pruneSeen(seen, now, feed.items.length),
      }),
    });
  }

  return { id: config.id, platform: 'rss', poll };
}

function statusError(status: number, headers: Headers, now: number): PollError | null {
  if (status >= 200 && status < 300) return null;
  if (status === 429 || (status === 503 && headers.has('retry-after'))) {
    return {
      kind: 'rateLimited',
      retryAfterMs: retryAfterMs(headers, now) ?? DEFAULT_RATE_LIMIT_WAIT_MS,
      message: 'The feed asked us to slow down.',
    };
  }
  if (status === 401 || status === 403) {
    return { kind: 'auth', message: `The feed refused access (HTTP ${status}).` };
  }
  return { kind: 'transient', message: `The feed answered HTTP ${status}.` };
}
