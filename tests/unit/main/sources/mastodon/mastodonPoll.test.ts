import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PollBatch } from '../../../../../src/main/sources/source';
import type { JsonValue } from '../../../../../src/shared/json';
import type { Result } from '../../../../../src/shared/result';
import { startFakeMastodon, type FakeMastodon } from '../../../../helpers/platforms/fakeMastodon';
import { mastodonSourceFor, signal } from './mastodonTestKit';

let fake: FakeMastodon;
beforeEach(async () => {
  fake = await startFakeMastodon();
});
afterEach(async () => {
  await fake.close();
});

function batch(result: Result<PollBatch, unknown>): PollBatch {
  if (!result.ok) throw new Error(`poll failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function requestsTo(path: string) {
  return fake.state.requests.filter((r) => r.path === path);
}

describe('polling Mastodon', () => {
  it('finds brand posts through search and mentions through notifications on the first run', async () => {
    fake.seedStatus({
      text: 'Weer geen internet bij Zíggo vandaag',
      author: { username: 'piet', followers: 420 },
    });
    fake.seedStatus({ text: 'Mooi weer vandaag' });
    fake.seedStatus({
      text: 'kunnen jullie even bellen?',
      mentionsBrand: true,
      author: { username: 'marie', domain: 'mas.to' },
    });

    const result = batch(await mastodonSourceFor(fake).poll(null, signal()));

    expect(result.mentions.map((m) => m.text).sort()).toEqual([
      '@ziggo kunnen jullie even bellen?',
      'Weer geen internet bij Zíggo vandaag',
    ]);
    const piet = result.mentions.find((m) => m.author.handle.startsWith('@piet'));
    expect(piet).toMatchObject({
      matchedTerm: 'Ziggo',
      fromBrand: false,
      author: { followers: 420 },
    });
    const marie = result.mentions.find((m) => m.author.handle === '@marie@mas.to');
    expect(marie?.matchedTerm).toBe('Ziggo');
    const [search] = requestsTo('/api/v2/search');
    expect(search?.query).toEqual([
      ['q', 'Ziggo'],
      ['type', 'statuses'],
      ['limit', '40'],
    ]);
    expect(search?.headers.authorization).toBe(`Bearer ${fake.state.token}`);
    expect(search?.headers['user-agent']).toBe('Luister-test/1.0');
    expect(requestsTo('/api/v1/notifications')[0]?.query).toEqual([
      ['types[]', 'mention'],
      ['limit', '40'],
    ]);
  });

  it('keeps a mention of the brand account even without a brand term', async () => {
    fake.seedStatus({ text: 'hoe zeg ik mijn abonnement op?', mentionsBrand: true });
    const source = mastodonSourceFor(fake, { terms: ['KPN'] });
    const result = batch(await source.poll(null, signal()));
    expect(result.mentions).toHaveLength(1);
    expect(result.mentions[0]?.matchedTerm).toBeNull();
  });

  it('walks min_id pages forward with Link rel="prev" until caught up, without gaps or repeats', async () => {
    const source = mastodonSourceFor(fake, { terms: [] });
    const first = batch(await source.poll(null, signal()));
    expect(first.mentions).toEqual([]);
    fake.seedStatus({ text: 'eerste', mentionsBrand: true });
    let cursor: JsonValue = batch(await source.poll(first.cursor, signal())).cursor;

    for (let i = 0; i < 95; i += 1) fake.seedStatus({ text: `vraag ${i}`, mentionsBrand: true });
    fake.state.requests.length = 0;
    const second = batch(await source.poll(cursor, signal()));
    cursor = second.cursor;

    expect(second.mentions.map((m) => m.text).sort()).toEqual(
      Array.from({ length: 95 }, (_, i) => `@ziggo vraag ${i}`).sort(),
    );
    const pages = requestsTo('/api/v1/notifications');
    expect(pages).toHaveLength(4);
    expect(pages[0]?.query.find(([k]) => k === 'min_id')).toBeDefined();
    expect(pages.every((p) => p.query.some(([k, v]) => k === 'types[]' && v === 'mention'))).toBe(
      true,
    );

    const third = batch(await source.poll(cursor, signal()));
    expect(third.mentions).toEqual([]);
  });

  it('dedupes boosts and relevance-sorted search results to one mention per status', async () => {
    const original = fake.seedStatus({ text: 'Ziggo helpdesk is top #ziggo' });
    fake.seedStatus({ boostOf: original.id, author: { username: 'booster' } });
    const source = mastodonSourceFor(fake, { hashtags: ['ziggo'], notifications: false });
    const result = batch(await source.poll(null, signal()));
    expect(result.mentions.map((m) => m.platformId)).toEqual([original.id]);
  });

  it('follows a hashtag timeline and marks the hashtag when no term matched', async () => {
    fake.seedStatus({ text: 'Wie kijkt er mee? #ZiggoSport' });
    const source = mastodonSourceFor(fake, {
      terms: ['KPN'],
      hashtags: ['ZiggoSport'],
      notifications: false,
    });
    const result = batch(await source.poll(null, signal()));
    expect(result.mentions).toHaveLength(1);
    expect(result.mentions[0]?.matchedTerm).toBe('#ZiggoSport');
    expect(requestsTo('/api/v1/timelines/tag/ZiggoSport')).toHaveLength(1);
  });

  it('skips deleted mentions silently and counts malformed items', async () => {
    fake.seedStatus({ text: 'Ziggo werkt weer', mentionsBrand: true });
    fake.seedDeletedMention();
    fake.seedRaw(
      { type: 'mention', created_at: '2026-01-01T00:00:00Z', status: { content: 'kapot' } },
      true,
    );
    const result = batch(await mastodonSourceFor(fake, { terms: [] }).poll(null, signal()));
    expect(result.mentions).toHaveLength(1);
    expect(result.skipped).toBe(1);
  });

  it('marks the brand account’s own posts', async () => {
    const question = fake.seedStatus({ text: 'Ziggo storing?' });
    fake.seedStatus({
      text: 'Ziggo hier: we kijken ernaar',
      author: { username: 'ziggo' },
      inReplyToId: question.id,
    });
    const result = batch(
      await mastodonSourceFor(fake, { notifications: false }).poll(null, signal()),
    );
    const ours = result.mentions.find((m) => m.fromBrand);
    expect(ours?.inReplyToId).toBe(`masto:${question.id}`);
  });
});

describe('Mastodon failures', () => {
  it('reports 429 with Retry-After as rate limited and sends nothing until then', async () => {
    fake.fail({
      kind: 'status',
      status: 429,
      body: '{"error":"Too many requests"}',
      headers: { 'Retry-After': '30' },
    });
    const source = mastodonSourceFor(fake);
    const result = await source.poll(null, signal());
    expect(result).toMatchObject({ ok: false, error: { kind: 'rateLimited' } });
    if (!result.ok && result.error.kind === 'rateLimited') {
      expect(result.error.retryAfterMs).toBe(30_000);
    }
    const before = fake.state.requests.length;
    expect(await source.poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'rateLimited' },
    });
    expect(fake.state.requests.length).toBe(before);
  });

  it('waits for X-RateLimit-Reset once the budget is used up', async () => {
    fake.state.rateLimit.remaining = 2;
    const source = mastodonSourceFor(fake, { notifications: false });
    expect((await source.poll(null, signal())).ok).toBe(true);
    const next = await source.poll(null, signal());
    expect(next).toMatchObject({ ok: false, error: { kind: 'rateLimited' } });
    if (!next.ok && next.error.kind === 'rateLimited') {
      expect(next.error.retryAfterMs).toBeGreaterThan(200_000);
    }
  });

  it('treats a burst of 500s as transient and recovers', async () => {
    fake.fail(
      { kind: 'status', status: 503, body: '{"error":"Remote data could not be fetched"}' },
      '/',
      3,
    );
    const source = mastodonSourceFor(fake);
    for (let i = 0; i < 3; i += 1) {
      expect(await source.poll(null, signal())).toMatchObject({
        ok: false,
        error: { kind: 'transient' },
      });
    }
    expect((await source.poll(null, signal())).ok).toBe(true);
  });

  it('gives up on a server that never answers within the timeout', async () => {
    fake.fail({ kind: 'hang' });
    const started = Date.now();
    const result = await mastodonSourceFor(fake, {}, fake.state.token, 300).poll(null, signal());
    expect(result).toMatchObject({ ok: false, error: { kind: 'transient' } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('treats a malformed JSON body as transient', async () => {
    fake.fail({ kind: 'malformed' }, '/api/v2/search');
    const result = await mastodonSourceFor(fake).poll(null, signal());
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'transient', message: expect.stringMatching(/malformed JSON/) as string },
    });
  });

  it('reports a rejected token as an auth error', async () => {
    const result = await mastodonSourceFor(fake, {}, 'wrong-token').poll(null, signal());
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'auth', message: expect.stringMatching(/401.*invalid/) as string },
    });
  });

  it('reports a network failure as transient', async () => {
    fake.fail({ kind: 'destroy' });
    expect(await mastodonSourceFor(fake).poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient' },
    });
  });
});
