import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../../../src/main/ports';
import { createRssSource } from '../../../../../src/main/sources/rss/rssSource';
import type { PollBatch } from '../../../../../src/main/sources/source';
import type { RssSourceConfig } from '../../../../../src/shared/domain/sourceConfig';
import type { Result } from '../../../../../src/shared/result';
import { startFakeFeedServer, type FakeFeedServer } from '../../../../helpers/platforms/fakeFeed';

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../../../fixtures/rss/${name}`, import.meta.url));

let feeds: FakeFeedServer;
beforeEach(async () => {
  feeds = await startFakeFeedServer();
});
afterEach(async () => {
  await feeds.close();
});

function sourceFor(path: string, overrides: Partial<RssSourceConfig> = {}) {
  const config: RssSourceConfig = {
    id: 'feed',
    name: 'Feed',
    type: 'rss',
    enabled: true,
    intervalSeconds: 300,
    terms: ['Ziggo'],
    exclude: [],
    url: `${feeds.url}${path}`,
    ...overrides,
  };
  return createRssSource(config, {
    fetch,
    clock: systemClock,
    userAgent: 'Luister-test/1.0',
    timeoutMs: 1000,
  });
}

function batch(result: Result<PollBatch, unknown>): PollBatch {
  if (!result.ok) throw new Error(`poll failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
const signal = (): AbortSignal => new AbortController().signal;

describe('polling a feed', () => {
  it('reads a Google Alerts feed: unwrapped links, plain titles, double-escaped entities', async () => {
    feeds.publish('/alerts/feeds/1/2', {
      body: fixture('google-alerts.xml'),
      contentType: 'application/atom+xml; charset=utf-8',
    });
    const result = batch(await sourceFor('/alerts/feeds/1/2').poll(null, signal()));
    expect(result.mentions).toHaveLength(1);
    expect(result.mentions[0]).toMatchObject({
      id: 'feed:tag:google.com,2013:googlealerts/feed:10408375309432166913',
      url: 'https://www.nu.nl/tech/6312345/ziggo-storing-utrecht.html',
      title: 'Ziggo-storing treft duizenden klanten in Utrecht',
      text: "Klanten van Ziggo kampen sinds vanochtend met een storing ... volgens Allestoringen.nl is het 'landelijk'.",
      createdAt: '2026-03-02T07:41:15.000Z',
      matchedTerm: 'Ziggo',
      replyTarget: null,
    });
    expect(feeds.requests[0]?.headers['user-agent']).toBe('Luister-test/1.0');
  });

  it('sends the validators back and treats 304 as nothing new', async () => {
    feeds.publish('/r', {
      body: fixture('reddit-search.xml'),
      contentType: 'application/atom+xml; charset=UTF-8',
    });
    const source = sourceFor('/r');
    const first = batch(await source.poll(null, signal()));
    expect(first.mentions.map((m) => m.platformId)).toEqual(['t3_1j0abcd', 't3_1j0zzzz']);
    expect(first.mentions[0]).toMatchObject({
      author: {
        handle: '/u/moe_van_modem',
        profileUrl: 'https://www.reddit.com/user/moe_van_modem',
      },
    });
    expect(first.mentions[0]?.text).toContain('Storingspagina (https://www.ziggo.nl/storingen)');
    const second = batch(await source.poll(first.cursor, signal()));
    expect(second.mentions).toEqual([]);
    expect(feeds.requests[1]?.headers['if-none-match']).toMatch(/^"/);
    expect(feeds.requests[1]?.headers['if-modified-since']).toBe('Mon, 02 Mar 2026 07:41:15 GMT');
  });

  it('reports an item once even when the feed changes around it', async () => {
    feeds.publish('/r', {
      body: fixture('reddit-search.xml'),
      contentType: 'application/atom+xml',
    });
    const source = sourceFor('/r');
    const first = batch(await source.poll(null, signal()));
    const changed = fixture('reddit-search.xml')
      .toString('utf8')
      .replace(
        '</feed>',
        '<entry><id>t3_new</id><title>Ziggo nieuw</title><link href="https://www.reddit.com/r/nl/comments/new/"/></entry></feed>',
      );
    feeds.publish('/r', { body: changed, contentType: 'application/atom+xml' });
    const second = batch(await source.poll(first.cursor, signal()));
    expect(second.mentions.map((m) => m.platformId)).toEqual(['t3_new']);
  });

  it('reads undeclared Latin-1, RFC 822 oddities, epoch dates and keeps what a truncated feed delivered', async () => {
    feeds.publish('/news', { body: fixture('news-latin1-truncated.xml'), contentType: 'text/xml' });
    const before = Date.now();
    const result = batch(await sourceFor('/news').poll(null, signal()));
    const byId = new Map(result.mentions.map((m) => [m.platformId, m]));

    expect(result.skipped).toBe(1);
    expect(byId.get('tweakers-1')).toMatchObject({
      title: 'Ziggo verhoogt prijzen & snelheden',
      text: 'Ziggo verhoogt per 1 april de prijzen met €2. Lees meer (https://tweakers.net/x)\n\ngrafiek',
      createdAt: new Date(1740900000 * 1000).toISOString(),
      author: { handle: 'Arnoud Wokke', id: 'rss:127.0.0.1:Arnoud Wokke' },
    });
    const kpn = byId.get('https://tweakers.net/nieuws/2/kpn.html');
    expect(kpn?.title).toBe('KPN en Odido: café zonder wifi');
    expect(kpn?.createdAt).toBe('2002-04-03T15:00:00.000Z');
    const undated = byId.get('https://tweakers.net/nieuws/3/geen-datum.html');
    expect(Date.parse(undated?.createdAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(byId.get('https://tweakers.net/nieuws/4/sport.html')?.createdAt).toBe(
      '2017-10-17T10:17:00.000Z',
    );
  });

  it('drops excluded items', async () => {
    feeds.publish('/alerts', {
      body: fixture('google-alerts.xml'),
      contentType: 'application/atom+xml',
    });
    const result = batch(await sourceFor('/alerts', { exclude: ['storing'] }).poll(null, signal()));
    expect(result.mentions).toEqual([]);
  });

  it('turns failures into poll errors', async () => {
    feeds.publish('/f', {
      body: fixture('google-alerts.xml'),
      contentType: 'application/atom+xml',
    });
    feeds.fail({ kind: 'status', status: 429, headers: { 'Retry-After': '120' } }, '/f');
    expect(await sourceFor('/f').poll(null, signal())).toEqual({
      ok: false,
      error: {
        kind: 'rateLimited',
        retryAfterMs: 120_000,
        message: 'The feed asked us to slow down.',
      },
    });
    feeds.fail({ kind: 'hang' }, '/f');
    expect(await sourceFor('/f').poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient' },
    });
    expect(await sourceFor('/missing').poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient', message: 'The feed answered HTTP 404.' },
    });
    feeds.publish('/html', { body: '<html><body>Sign in</body></html>', contentType: 'text/html' });
    expect(await sourceFor('/html').poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient' },
    });
  });
});

describe('a very long feed', () => {
  function longFeed(count: number): string {
    const items = Array.from(
      { length: count },
      (_, index) =>
        `<item><title>Ziggo bericht ${count - index}</title><guid isPermaLink="false">item-${count - index}</guid></item>`,
    );
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Lang</title>${items.join('')}</channel></rss>`;
  }

  it('reports only the new item of a 5,000-item feed on the next poll', async () => {
    feeds.publish('/long.xml', { body: longFeed(5_000), contentType: 'application/rss+xml' });
    const source = sourceFor('/long.xml');
    const first = batch(await source.poll(null, signal()));
    expect(first.mentions).toHaveLength(5_000);
    feeds.publish('/long.xml', { body: longFeed(5_001), contentType: 'application/rss+xml' });
    const second = batch(await source.poll(first.cursor, signal()));
    expect(second.mentions.map((mention) => mention.title)).toEqual(['Ziggo bericht 5001']);
  });
});
