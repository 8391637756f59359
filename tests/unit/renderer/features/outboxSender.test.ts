import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MentionChangeFeed } from '../../../../src/renderer/db/changeFeed';
import { LuisterDatabase } from '../../../../src/renderer/db/database';
import { createMentionsRepo } from '../../../../src/renderer/db/mentionsRepo';
import { createOutboxRepo } from '../../../../src/renderer/db/outboxRepo';
import { OutboxSender } from '../../../../src/renderer/features/outbox/outboxSender';
import type { Result } from '../../../../src/shared/result';
import { createFakeBridge } from '../../../helpers/fakeBridge';
import { sampleMention } from '../../../helpers/sampleMention';

let db: LuisterDatabase;
let sender: OutboxSender | null = null;
afterEach(async () => {
  sender?.dispose();
  await db?.delete();
});

async function setup(answers: Result<unknown>[]) {
  db = new LuisterDatabase(`test-${crypto.randomUUID()}`);
  const mentions = createMentionsRepo(db, new MentionChangeFeed());
  const [mention] = await mentions.ingest([sampleMention('mastodon', '111')]);
  let clock = Date.parse('2026-11-23T09:00:00Z');
  const outbox = createOutboxRepo(db, () => new Date(clock));
  const keys: string[] = [];
  const fake = createFakeBridge({
    'replies.send': (input) => {
      keys.push((input as { idempotencyKey: string }).idempotencyKey);
      return (
        answers.shift() ?? { ok: false, error: { code: 'unexpected', message: 'no more answers' } }
      );
    },
  });
  sender = new OutboxSender(outbox, fake.bridge, () => new Date(clock));
  return { outbox, mention: mention!, keys, sender, advance: (ms: number) => (clock += ms) };
}

describe('OutboxSender', () => {
  it('retries a transient failure later with the same idempotency key, then marks it sent', async () => {
    const { outbox, mention, keys, sender, advance } = await setup([
      { ok: false, error: { code: 'reply.transient', message: 'Mastodon did not answer' } },
      { ok: true, value: { platformId: '999', url: 'https://social.example/@brand/999' } },
    ]);
    const record = await outbox.enqueue(mention, 'Sorry! We kijken ernaar.', 'agent-1');
    await sender.drain();
    expect(await db.outbox.get(record.id)).toMatchObject({
      state: 'queued',
      lastError: 'Mastodon did not answer',
    });
    await sender.drain();
    expect(keys).toHaveLength(1);
    advance(60_000);
    await sender.drain();
    expect(keys).toEqual([record.id, record.id]);
    expect(await db.outbox.get(record.id)).toMatchObject({ state: 'sent', platformId: '999' });
  });

  it('re-sends a reply cut off mid-send at the next start, with its own key', async () => {
    const { outbox, mention, keys, sender } = await setup([
      { ok: true, value: { platformId: '1', url: null } },
    ]);
    const record = await outbox.enqueue(mention, 'Hallo', 'agent-1');
    await outbox.update(record.id, { state: 'sending', attempts: 1 });
    await sender.drain();
    expect(keys).toEqual([record.id]);
    expect(await db.outbox.get(record.id)).toMatchObject({ state: 'sent' });
  });

  it('stops on a rejection and keeps the reason for the agent', async () => {
    const { outbox, mention, sender } = await setup([
      {
        ok: false,
        error: { code: 'reply.rejected', message: 'Text too long (500 characters at most)' },
      },
    ]);
    const record = await outbox.enqueue(mention, 'x'.repeat(600), 'agent-1');
    await sender.drain();
    expect(await db.outbox.get(record.id)).toMatchObject({
      state: 'failed',
      lastError: 'Text too long (500 characters at most)',
    });
  });
});
