import type { LuisterDatabase } from './database';
import { appendAudit } from './auditRepo';
import type { MentionRecord, OutboxRecord } from './records';

export interface OutboxRepo {
  /** Queues a reply with a fresh idempotency key; the key is kept until the platform confirms. */
  enqueue(mention: MentionRecord, text: string, userId: string): Promise<OutboxRecord>;
  /** Replies due to be sent: queued ones whose retry time has come, and ones cut off mid-send. */
  due(now: Date): Promise<OutboxRecord[]>;
  update(id: string, patch: Partial<Omit<OutboxRecord, 'id'>>): Promise<void>;
  forMention(mentionId: string): Promise<OutboxRecord[]>;
}

export function createOutboxRepo(
  db: LuisterDatabase,
  now: () => Date = () => new Date(),
): OutboxRepo {
  return {
    async enqueue(mention, text, userId) {
      const at = now().toISOString();
      const record: OutboxRecord = {
        id: crypto.randomUUID(),
        mentionId: mention.id,
        sourceId: mention.sourceId,
        inReplyTo: {
          platformId: mention.platformId,
          replyTarget: mention.replyTarget,
          author: mention.author,
          threadId: mention.threadId,
          url: mention.url,
        },
        text,
        state: 'queued',
        attempts: 0,
        lastError: null,
        retryAt: null,
        platformId: null,
        url: null,
        createdAt: at,
        updatedAt: at,
      };
      await db.transaction('rw', [db.outbox, db.audit], async () => {
        await db.outbox.add(record);
        await appendAudit(
          db,
          { entityId: mention.id, action: 'reply:queued', detail: record.id, userId },
          now(),
        );
      });
      return record;
    },
    async due(at) {
      const candidates = await db.outbox.where('state').anyOf('queued', 'sending').toArray();
      return candidates
        .filter((record) => record.retryAt === null || record.retryAt <= at.toISOString())
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async update(id, patch) {
      await db.outbox.update(id, { ...patch, updatedAt: now().toISOString() });
    },
    forMention: (mentionId) => db.outbox.where('mentionId').equals(mentionId).sortBy('createdAt'),
  };
}
