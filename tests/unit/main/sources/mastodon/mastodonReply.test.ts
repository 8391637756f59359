import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawMention, ReplyRequest } from '../../../../../src/main/sources/source';
import { startFakeMastodon, type FakeMastodon } from '../../../../helpers/platforms/fakeMastodon';
import { mastodonSourceFor, signal } from './mastodonTestKit';

let fake: FakeMastodon;
beforeEach(async () => {
  fake = await startFakeMastodon();
});
afterEach(async () => {
  await fake.close();
});

async function mentionToAnswer(visibility: 'public' | 'private' = 'public'): Promise<RawMention> {
  fake.seedStatus({
    text: 'Ziggo mijn tv doet het niet',
    author: { username: 'klant', domain: 'mas.to' },
    visibility,
  });
  const polled = await mastodonSourceFor(fake, { notifications: false }).poll(null, signal());
  if (!polled.ok || !polled.value.mentions[0]) throw new Error('no mention');
  return polled.value.mentions[0];
}

function replyTo(mention: RawMention, text: string, key = 'reply-key-1'): ReplyRequest {
  return { idempotencyKey: key, inReplyTo: mention, text };
}

describe('replying on Mastodon', () => {
  it('addresses the author, keeps the visibility and sends the Idempotency-Key', async () => {
    const mention = await mentionToAnswer('private');
    const source = mastodonSourceFor(fake);
    const receipt = await source.reply?.(
      replyTo(mention, 'Wat vervelend! Stuur ons een DM.'),
      signal(),
    );

    expect(receipt?.ok).toBe(true);
    const post = fake.state.requests.find((r) => r.method === 'POST');
    expect(post?.headers['idempotency-key']).toBe('reply-key-1');
    expect(JSON.parse(post?.body ?? '{}')).toEqual({
      status: '@klant@mas.to Wat vervelend! Stuur ons een DM.',
      in_reply_to_id: mention.platformId,
      visibility: 'private',
      language: 'nl',
    });
    expect(fake.state.posted).toHaveLength(1);
  });

  it('returns the single status when the first answer was lost and the server dedupes by key', async () => {
    const mention = await mentionToAnswer();
    const source = mastodonSourceFor(fake);
    fake.state.loseNextCreateResponses = 1;
    // Hide the thread check's view of the first copy, so only the key dedupes.
    fake.fail(
      { kind: 'status', status: 200, body: '{"ancestors":[],"descendants":[]}' },
      '/api/v1/statuses/',
      2,
    );

    const first = await source.reply?.(replyTo(mention, 'We kijken mee'), signal());
    expect(first).toMatchObject({ ok: false, error: { kind: 'transient' } });
    const second = await source.reply?.(replyTo(mention, 'We kijken mee'), signal());

    expect(fake.state.posted).toHaveLength(1);
    expect(second).toEqual({
      ok: true,
      value: { platformId: fake.state.posted[0]?.id, url: fake.state.posted[0]?.url },
    });
  });

  it('finds its earlier copy in the thread once the server has forgotten the key', async () => {
    const mention = await mentionToAnswer();
    const source = mastodonSourceFor(fake);
    fake.state.loseNextCreateResponses = 1;
    await source.reply?.(replyTo(mention, 'We kijken mee https://ziggo.nl/storingen'), signal());
    fake.state.idempotency.clear();

    const retry = await source.reply?.(
      replyTo(mention, 'We kijken mee https://ziggo.nl/storingen'),
      signal(),
    );

    expect(retry).toMatchObject({ ok: true, value: { platformId: fake.state.posted[0]?.id } });
    expect(fake.state.posted).toHaveLength(1);
    expect(fake.state.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('passes on the server’s message when it rejects the reply', async () => {
    const mention = await mentionToAnswer();
    const result = await mastodonSourceFor(fake).reply?.(
      replyTo(mention, 'x'.repeat(600)),
      signal(),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'rejected',
        message: 'Validation failed: Text character limit of 500 exceeded',
      },
    });
  });
});
