import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTid, tidFromKey } from '../../../../../src/main/sources/bluesky/tid';
import type { RawMention, ReplyRequest } from '../../../../../src/main/sources/source';
import { startFakeBluesky, type FakeBluesky } from '../../../../helpers/platforms/fakeBluesky';
import { blueskySourceFor, signal } from './blueskyTestKit';

let fake: FakeBluesky;
beforeEach(async () => {
  fake = await startFakeBluesky();
});
afterEach(async () => {
  await fake.close();
});

async function threadReply(): Promise<{ root: string; mention: RawMention }> {
  const root = fake.seedPost({ text: 'ziggo waarom is mijn tv zwart', langs: ['nl'] });
  const child = fake.seedPost({
    text: 'ziggo hier ook!',
    replyTo: root.uri,
    langs: ['nl'],
    author: { did: 'did:plc:bram', handle: 'bram.bsky.social' },
  });
  const polled = await blueskySourceFor(fake).poll(null, signal());
  const mention = polled.ok
    ? polled.value.mentions.find((m) => m.platformId === child.uri)
    : undefined;
  if (!mention) throw new Error('no mention');
  return { root: root.uri, mention };
}

const request = (mention: RawMention, text: string): ReplyRequest => ({
  idempotencyKey: 'outbox-7',
  inReplyTo: mention,
  text,
});

describe('replying on Bluesky', () => {
  it('posts under the thread root and the parent, with a deterministic record key and facets', async () => {
    const { root, mention } = await threadReply();
    const result = await blueskySourceFor(fake).reply?.(
      request(mention, '@bram.bsky.social kijk op https://ziggo.nl/storing 🙏'),
      signal(),
    );

    const rkey = tidFromKey('outbox-7');
    expect(result).toMatchObject({
      ok: true,
      value: { platformId: `at://${fake.state.brand.did}/app.bsky.feed.post/${rkey}` },
    });
    const stored = fake.state.records.get(rkey)?.value as Record<string, unknown>;
    expect(stored.reply).toEqual({
      root: { uri: root, cid: fake.state.posts.find((p) => p.uri === root)?.cid },
      parent: { uri: mention.platformId, cid: mention.replyTarget?.cid },
    });
    expect(stored.langs).toEqual(['nl']);
    expect(stored.facets).toEqual([
      {
        index: { byteStart: 26, byteEnd: 50 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://ziggo.nl/storing' }],
      },
      {
        index: { byteStart: 0, byteEnd: 17 },
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:bram' }],
      },
    ]);
  });

  it('cannot post twice when the first answer was lost', async () => {
    const { mention } = await threadReply();
    const source = blueskySourceFor(fake);
    fake.state.loseNextCreateResponses = 1;
    const first = await source.reply?.(request(mention, 'We bellen je'), signal());
    expect(first).toMatchObject({ ok: false, error: { kind: 'transient' } });

    const second = await source.reply?.(request(mention, 'We bellen je'), signal());

    expect(second?.ok).toBe(true);
    expect(fake.state.records.size).toBe(1);
    expect(
      fake.state.requests.filter((r) => r.path === '/xrpc/com.atproto.repo.createRecord'),
    ).toHaveLength(1);
  });

  it('resolves a create conflict on its record key to the existing record', async () => {
    const { mention } = await threadReply();
    const source = blueskySourceFor(fake);
    // The getRecord check misses (e.g. a replica lag), the create then hits the taken key.
    await source.reply?.(request(mention, 'Eerste'), signal());
    fake.fail(
      {
        kind: 'status',
        status: 400,
        body: '{"error":"RecordNotFound","message":"Could not locate record"}',
      },
      '/xrpc/com.atproto.repo.getRecord',
    );
    const again = await source.reply?.(request(mention, 'Eerste'), signal());
    expect(again?.ok).toBe(true);
    expect(fake.state.records.size).toBe(1);
  });

  it('refuses a reply over 300 graphemes before sending anything', async () => {
    const { mention } = await threadReply();
    const before = fake.state.requests.length;
    const result = await blueskySourceFor(fake).reply?.(
      request(mention, '👍🏽'.repeat(301)),
      signal(),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'rejected',
        message: 'The reply is too long for Bluesky: 301 characters, at most 300.',
      },
    });
    expect(fake.state.requests.length).toBe(before);
  });
});

describe('record keys', () => {
  it('are valid TIDs, stable per idempotency key and different between keys', () => {
    const keys = Array.from({ length: 200 }, (_, i) => tidFromKey(`key-${i}`));
    expect(keys.every(isTid)).toBe(true);
    expect(keys.every((k) => k.length === 13 && /^[234567abcdefghij]/.test(k))).toBe(true);
    expect(new Set(keys).size).toBe(200);
    expect(tidFromKey('key-1')).toBe(tidFromKey('key-1'));
  });
});
