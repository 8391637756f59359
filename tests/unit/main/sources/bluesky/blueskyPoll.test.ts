import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PollBatch } from '../../../../../src/main/sources/source';
import type { Result } from '../../../../../src/shared/result';
import { startFakeBluesky, type FakeBluesky } from '../../../../helpers/platforms/fakeBluesky';
import { blueskySecrets, blueskySourceFor, signal } from './blueskyTestKit';

let fake: FakeBluesky;
beforeEach(async () => {
  fake = await startFakeBluesky();
});
afterEach(async () => {
  await fake.close();
});

function batch(result: Result<PollBatch, unknown>): PollBatch {
  if (!result.ok) throw new Error(`poll failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
const calls = (nsid: string) => fake.state.requests.filter((r) => r.path === `/xrpc/${nsid}`);

describe('polling Bluesky', () => {
  it('logs in once, moves to the PDS and finds brand posts and mentions with follower counts', async () => {
    fake.seedPost({
      text: 'Is er een storing bij Ziggo in Utrecht?',
      langs: ['nl'],
      minutesAgo: 2,
    });
    fake.seedPost({
      text: 'kunnen jullie me terugbellen',
      mentionsBrand: true,
      author: { did: 'did:plc:anna', handle: 'anna.example.com', followers: 12000 },
    });
    fake.seedPost({ text: 'Mooi weer' });
    const secrets = blueskySecrets(fake);

    const result = batch(await blueskySourceFor(fake, secrets).poll(null, signal()));

    expect(result.mentions.map((m) => m.text).sort()).toEqual([
      '@ziggo.bsky.social kunnen jullie me terugbellen',
      'Is er een storing bij Ziggo in Utrecht?',
    ]);
    const anna = result.mentions.find((m) => m.author.id === 'bluesky:did:plc:anna');
    expect(anna).toMatchObject({
      author: {
        handle: '@anna.example.com',
        displayName: 'anna.example.com',
        followers: 12000,
        profileUrl: 'https://bsky.app/profile/anna.example.com',
      },
      matchedTerm: 'ziggo',
      fromBrand: false,
    });
    const storing = result.mentions.find((m) => m.text.includes('storing'));
    expect(storing?.replyTarget).toMatchObject({
      lang: 'nl',
      did: 'did:plc:klant000000000000000000',
    });
    expect(storing?.url).toMatch(
      /^https:\/\/bsky\.app\/profile\/klant\.bsky\.social\/post\/3lbc\w{9}$/,
    );
    expect(storing?.author.followers).toBe(321);

    expect(fake.state.createSessionCalls).toBe(1);
    const [search] = calls('app.bsky.feed.searchPosts');
    expect(search?.server).toBe('pds');
    expect(search?.query).toEqual([
      ['q', 'ziggo'],
      ['sort', 'latest'],
      ['limit', '50'],
    ]);
    expect(search?.headers.authorization).toMatch(/^Bearer access-/);
    expect(calls('app.bsky.notification.listNotifications')[0]?.query).toEqual([
      ['reasons', 'mention'],
      ['reasons', 'reply'],
      ['reasons', 'quote'],
      ['limit', '50'],
    ]);
    expect(JSON.parse((await secrets.get('source:sky:session')) ?? '{}')).toMatchObject({
      did: fake.state.brand.did,
      pds: fake.pdsUrl,
    });
  });

  it('reuses the stored session in a new process and reports only new posts', async () => {
    const secrets = blueskySecrets(fake);
    fake.seedPost({ text: 'ziggo oud bericht', minutesAgo: 10 });
    const first = batch(await blueskySourceFor(fake, secrets).poll(null, signal()));
    fake.seedPost({ text: 'ziggo nieuw bericht' });

    const second = batch(await blueskySourceFor(fake, secrets).poll(first.cursor, signal()));

    expect(second.mentions.map((m) => m.text)).toEqual(['ziggo nieuw bericht']);
    expect(fake.state.createSessionCalls).toBe(1);
    expect(
      calls('app.bsky.feed.searchPosts')
        .at(-1)
        ?.query.some(([k]) => k === 'since'),
    ).toBe(true);
  });

  it('walks search cursors until it reaches what it has seen', async () => {
    const source = blueskySourceFor(fake, undefined, { notifications: false });
    fake.seedPost({ text: 'ziggo eerste', minutesAgo: 3 });
    const first = batch(await source.poll(null, signal()));
    for (let i = 0; i < 120; i += 1) fake.seedPost({ text: `ziggo bericht ${i}` });

    const second = batch(await source.poll(first.cursor, signal()));

    expect(second.mentions).toHaveLength(120);
    expect(
      calls('app.bsky.feed.searchPosts')
        .slice(1)
        .map((r) => r.query.find(([k]) => k === 'cursor')?.[1] ?? null),
    ).toEqual([null, '50', '100']);
  });

  it('shows full link URLs, image alt text and the thread of a reply', async () => {
    const root = fake.seedPost({ text: 'ziggo vraag' });
    const reply = fake.seedPost({
      text: 'ziggo zie example.com/storing...',
      replyTo: root.uri,
      link: { shown: 'example.com/storing...', uri: 'https://example.com/storing/utrecht' },
      images: [{ alt: 'kapotte modem' }],
    });
    const result = batch(await blueskySourceFor(fake).poll(null, signal()));
    const mention = result.mentions.find((m) => m.platformId === reply.uri);
    expect(mention?.text).toBe(
      'ziggo zie https://example.com/storing/utrecht\n\n[image: kapotte modem]',
    );
    expect(mention?.threadId).toBe(`sky:${root.uri}`);
    expect(mention?.inReplyToId).toBe(`sky:${root.uri}`);
  });

  it('counts a malformed post as skipped and keeps the rest', async () => {
    fake.seedPost({ text: 'ziggo goed' });
    fake.seedRaw({ record: { text: 'ziggo zonder auteur' } });
    const result = batch(await blueskySourceFor(fake).poll(null, signal()));
    expect(result.mentions).toHaveLength(1);
    expect(result.skipped).toBe(1);
  });
});

describe('Bluesky sessions and failures', () => {
  it('refreshes an expired access token once, persists the rotated pair and retries', async () => {
    const secrets = blueskySecrets(fake);
    const source = blueskySourceFor(fake, secrets);
    batch(await source.poll(null, signal()));
    fake.expireAccessTokens();
    fake.seedPost({ text: 'ziggo na verloop' });

    const [a, b] = await Promise.all([source.poll(null, signal()), source.poll(null, signal())]);

    expect(a.ok && b.ok).toBe(true);
    expect(fake.state.refreshCalls).toBe(1);
    expect(fake.state.createSessionCalls).toBe(1);
    const stored = JSON.parse((await secrets.get('source:sky:session')) ?? '{}') as {
      refreshJwt: string;
    };
    expect(fake.state.refreshTokens.get(stored.refreshJwt)?.revoked).toBe(false);
  });

  it('reports a wrong app password as an auth error', async () => {
    const result = await blueskySourceFor(fake, blueskySecrets(fake, 'wrong')).poll(null, signal());
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });

  it('reports 429 as rate limited until RateLimit-Reset', async () => {
    const source = blueskySourceFor(fake);
    batch(await source.poll(null, signal()));
    const reset = Math.ceil(Date.now() / 1000) + 120;
    fake.fail({
      kind: 'status',
      status: 429,
      body: '{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
      headers: { 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(reset) },
    });
    const result = await source.poll(null, signal());
    expect(result).toMatchObject({ ok: false, error: { kind: 'rateLimited' } });
    if (!result.ok && result.error.kind === 'rateLimited')
      expect(result.error.retryAfterMs).toBeGreaterThan(100_000);
  });

  it('treats an HTML 403 from a CDN as transient, not as revoked credentials', async () => {
    fake.fail(
      {
        kind: 'status',
        status: 403,
        body: '<html><body>403 Forbidden</body></html>',
        headers: { 'Content-Type': 'text/html' },
      },
      '/xrpc/app.bsky.feed.searchPosts',
    );
    const result = await blueskySourceFor(fake).poll(null, signal());
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'transient', message: expect.stringMatching(/without JSON/) as string },
    });
  });

  it('treats 5xx, malformed JSON and timeouts as transient', async () => {
    fake.fail(
      { kind: 'status', status: 502, body: '{"error":"UpstreamFailure"}' },
      '/xrpc/app.bsky.feed.searchPosts',
    );
    expect(await blueskySourceFor(fake).poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient' },
    });
    fake.fail({ kind: 'malformed' }, '/xrpc/app.bsky.feed.searchPosts');
    expect(await blueskySourceFor(fake).poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient' },
    });
    fake.fail({ kind: 'hang' }, '/xrpc/app.bsky.feed.searchPosts');
    expect(await blueskySourceFor(fake).poll(null, signal())).toMatchObject({
      ok: false,
      error: { kind: 'transient', message: expect.stringMatching(/No answer/) as string },
    });
  });
});
