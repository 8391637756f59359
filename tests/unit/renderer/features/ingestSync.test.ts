import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MentionChangeFeed } from '../../../../src/renderer/db/changeFeed';
import { LuisterDatabase } from '../../../../src/renderer/db/database';
import { createMentionsRepo, type MentionsRepo } from '../../../../src/renderer/db/mentionsRepo';
import { IngestSync } from '../../../../src/renderer/features/ingest/ingestSync';
import type { IngestBatch } from '../../../../src/shared/contract';
import { createFakeBridge } from '../../../helpers/fakeBridge';
import { sampleMention } from '../../../helpers/sampleMention';

let db: LuisterDatabase;
afterEach(async () => db?.delete());

function batch(seq: number, ...ids: string[]): IngestBatch {
  return { seq, sourceId: 'demo', mentions: ids.map((id) => sampleMention('demo', id)) };
}

function setup(pending: IngestBatch[], repoOverride?: (repo: MentionsRepo) => MentionsRepo) {
  db = new LuisterDatabase(`test-${crypto.randomUUID()}`);
  const base = createMentionsRepo(db, new MentionChangeFeed());
  const repo = repoOverride ? repoOverride(base) : base;
  const acks: number[] = [];
  const fake = createFakeBridge({
    'ingest.pending': () => ({ ok: true, value: { batches: pending } }),
    'ingest.ack': (input) => {
      acks.push((input as { seq: number }).seq);
      return { ok: true, value: null };
    },
  });
  const errors: string[] = [];
  const sync = new IngestSync(fake.bridge, repo, (message) => errors.push(message));
  return { sync, fake, acks, errors, repo };
}

describe('IngestSync', () => {
  it('replays what main journaled but never saw acknowledged, then acks it', async () => {
    const { sync, acks, repo } = setup([batch(4, 'p1'), batch(5, 'p2')]);
    await sync.start();
    await sync.idle();
    expect(await repo.count()).toBe(2);
    expect(acks).toEqual([5]);
  });

  it('stores live batches after an empty replay', async () => {
    const { sync, fake, acks, repo } = setup([]);
    await sync.start();
    fake.emit('mentions', batch(1, 'p1'));
    await sync.idle();
    fake.emit('mentions', batch(2, 'p2'));
    await sync.idle();
    expect(await repo.count()).toBe(2);
    expect(acks).toEqual([1, 2]);
  });

  it('holds live batches until the replay is in, so an ack never covers an unsaved batch', async () => {
    const { sync, fake, acks } = setup([batch(1, 'p1')]);
    const starting = sync.start();
    fake.emit('mentions', batch(2, 'p2'));
    await starting;
    await sync.idle();
    expect(acks.at(-1)).toBe(2);
    expect(await db.mentions.count()).toBe(2);
  });

  it('writes batches that arrive during a write together, in one transaction', async () => {
    let writes = 0;
    const { sync, fake, acks } = setup([], (repo) => ({
      ...repo,
      ingest: async (mentions) => {
        writes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return repo.ingest(mentions);
      },
    }));
    await sync.start();
    fake.emit('mentions', batch(1, 'p1'));
    fake.emit('mentions', batch(2, 'p2'));
    fake.emit('mentions', batch(3, 'p3'));
    await sync.idle();
    expect(writes).toBe(2);
    expect(acks).toEqual([1, 3]);
  });

  it('stops acknowledging after a failed write and says why', async () => {
    let fail = true;
    const { sync, fake, acks, errors } = setup([], (repo) => ({
      ...repo,
      ingest: (mentions) =>
        fail
          ? Promise.reject(new Error('QuotaExceededError: the disk is full'))
          : repo.ingest(mentions),
    }));
    await sync.start();
    fake.emit('mentions', batch(1, 'p1'));
    await sync.idle();
    fail = false;
    fake.emit('mentions', batch(2, 'p2'));
    await sync.idle();
    expect(acks).toEqual([]);
    expect(errors).toEqual(['QuotaExceededError: the disk is full']);
  });
});
