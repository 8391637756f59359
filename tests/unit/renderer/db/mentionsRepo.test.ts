import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MentionChangeFeed } from '../../../../src/renderer/db/changeFeed';
import { LuisterDatabase } from '../../../../src/renderer/db/database';
import { createMentionsRepo } from '../../../../src/renderer/db/mentionsRepo';
import { queueRank } from '../../../../src/renderer/db/rank';
import { sampleMention } from '../../../helpers/sampleMention';

let db: LuisterDatabase;
afterEach(async () => db?.delete());

function setup() {
  db = new LuisterDatabase(`test-${crypto.randomUUID()}`);
  const feed = new MentionChangeFeed();
  const published: string[][] = [];
  feed.subscribe((changed) => published.push(changed.map((record) => record.id)));
  return { repo: createMentionsRepo(db, feed), published };
}

describe('mentions repository', () => {
  it('stores a batch once, however often it is replayed', async () => {
    const { repo } = setup();
    const batch = [sampleMention('demo', 'p1'), sampleMention('demo', 'p2')];
    expect((await repo.ingest(batch)).map((record) => record.id)).toEqual(['demo:p1', 'demo:p2']);
    expect(await repo.ingest(batch)).toEqual([]);
    expect(await repo.count()).toBe(2);
  });

  it('a replay never resets what the team did', async () => {
    const { repo } = setup();
    await repo.ingest([sampleMention('demo', 'p1')]);
    await repo.setStatus('demo:p1', 'handled', 'agent-1');
    await repo.ingest([sampleMention('demo', 'p1')]);
    expect(await repo.get('demo:p1')).toMatchObject({ status: 'handled', unread: false });
    const audit = await db.audit.where('entityId').equals('demo:p1').toArray();
    expect(audit).toEqual([
      expect.objectContaining({ action: 'status:handled', userId: 'agent-1' }),
    ]);
  });

  it('gives each new author an identity and a customer, and keeps the link on later posts', async () => {
    const { repo } = setup();
    await repo.ingest([sampleMention('demo', 'p1')]);
    await repo.ingest([
      sampleMention('demo', 'p2', {
        author: { ...sampleMention('demo', 'x').author, followers: 15_000 },
      }),
    ]);
    const identity = await db.identities.get('demo:sanne');
    expect(identity).toMatchObject({ customerId: 'customer:demo:sanne', followers: 15_000 });
    expect(await db.customers.count()).toBe(1);
    expect(await db.customers.get('customer:demo:sanne')).toMatchObject({
      identityIds: ['demo:sanne'],
      influence: 2,
    });
  });

  it("files the brand's own replies as handled thread posts, not as work", async () => {
    const { repo } = setup();
    const [record] = await repo.ingest([sampleMention('demo', 'r1', { fromBrand: true })]);
    expect(record).toMatchObject({ status: 'handled', unread: false });
  });

  it('returns a thread oldest first', async () => {
    const { repo } = setup();
    await repo.ingest([
      sampleMention('demo', 'p2', { threadId: 'demo:p1', createdAt: '2026-11-23T08:05:00.000Z' }),
      sampleMention('demo', 'p1', { threadId: 'demo:p1', createdAt: '2026-11-23T08:00:00.000Z' }),
      sampleMention('demo', 'p9', { threadId: 'demo:p9' }),
    ]);
    expect((await repo.thread('demo:p1')).map((record) => record.id)).toEqual([
      'demo:p1',
      'demo:p2',
    ]);
  });

  it('ranks urgent first, then by urgency, then oldest first', () => {
    const base = sampleMention('demo', 'x').classification;
    const urgentOld = queueRank({
      classification: { ...base, urgent: true, urgency: 0.7 },
      createdAt: '2026-11-23T08:00:00Z',
    });
    const urgentNew = queueRank({
      classification: { ...base, urgent: true, urgency: 0.7 },
      createdAt: '2026-11-23T09:00:00Z',
    });
    const urgentHigher = queueRank({
      classification: { ...base, urgent: true, urgency: 0.9 },
      createdAt: '2026-11-23T09:30:00Z',
    });
    const calmButHigh = queueRank({
      classification: { ...base, urgent: false, urgency: 0.95 },
      createdAt: '2026-11-23T07:00:00Z',
    });
    expect([calmButHigh, urgentNew, urgentOld, urgentHigher].sort()).toEqual([
      urgentHigher,
      urgentOld,
      urgentNew,
      calmButHigh,
    ]);
  });

  it('tells the queue what changed', async () => {
    const { repo, published } = setup();
    await repo.ingest([sampleMention('demo', 'p1')]);
    await repo.markRead('demo:p1');
    await repo.markRead('demo:p1');
    expect(published).toEqual([['demo:p1'], ['demo:p1']]);
  });
});
