import type { Mention } from '../../shared/domain/mention';
import type { MentionChangeFeed } from './changeFeed';
import type { LuisterDatabase } from './database';
import { appendAudit } from './auditRepo';
import { linkIdentities } from './identitiesRepo';
import { queueRank } from './rank';
import type { MentionRecord, MentionStatus } from './records';

export interface MentionsRepo {
  /** Stores an ingested batch in one transaction; idempotent by mention id. Returns the new ones. */
  ingest(mentions: readonly Mention[]): Promise<MentionRecord[]>;
  get(id: string): Promise<MentionRecord | undefined>;
  thread(threadId: string): Promise<MentionRecord[]>;
  setStatus(id: string, status: MentionStatus, userId: string): Promise<void>;
  markRead(id: string): Promise<void>;
  count(): Promise<number>;
}

export function createMentionsRepo(
  db: LuisterDatabase,
  feed: MentionChangeFeed,
  now: () => Date = () => new Date(),
): MentionsRepo {
  return {
    async ingest(mentions) {
      const added = await db.transaction(
        'rw',
        [db.mentions, db.identities, db.customers],
        async () => {
          const unique = [...new Map(mentions.map((mention) => [mention.id, mention])).values()];
          const existing = await db.mentions.bulkGet(unique.map((mention) => mention.id));
          const updatedAt = now().toISOString();
          // A replayed batch must not reset what the team did (status, read state).
          const fresh = unique
            .filter((_mention, index) => existing[index] === undefined)
            .map((mention) => toMentionRecord(mention, updatedAt));
          await db.mentions.bulkAdd(fresh);
          await linkIdentities(
            db,
            fresh.map((record) => record.author),
            updatedAt,
          );
          return fresh;
        },
      );
      feed.publish(added);
      return added;
    },
    get: (id) => db.mentions.get(id),
    thread: (threadId) => db.mentions.where('threadId').equals(threadId).sortBy('createdAt'),
    async setStatus(id, status, userId) {
      const updated = await db.transaction('rw', [db.mentions, db.audit], async () => {
        const record = await db.mentions.get(id);
        if (!record || record.status === status) return null;
        const next = { ...record, status, unread: false, updatedAt: now().toISOString() };
        await db.mentions.put(next);
        await appendAudit(
          db,
          { entityId: id, action: `status:${status}`, detail: '', userId },
          now(),
        );
        return next;
      });
      if (updated) feed.publish([updated]);
    },
    async markRead(id) {
      const record = await db.mentions.get(id);
      if (!record?.unread) return;
      const next = { ...record, unread: false, updatedAt: now().toISOString() };
      await db.mentions.put(next);
      feed.publish([next]);
    },
    count: () => db.mentions.count(),
  };
}

/** A new mention as the database keeps it: open, unread, ranked for the queue. */
export function toMentionRecord(mention: Mention, updatedAt: string): MentionRecord {
  return {
    ...mention,
    // Our own replies, seen back through the source, are part of threads, not work.
    status: mention.fromBrand ? 'handled' : 'open',
    unread: !mention.fromBrand,
    rank: queueRank(mention),
    authorId: mention.author.id,
    updatedAt,
  };
}
