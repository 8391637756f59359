import type { LuisterDatabase } from './database';
import type { DraftRecord } from './records';

/** Unsent reply text, kept per mention and author so switching mentions loses nothing. */
export interface DraftsRepo {
  get(mentionId: string, userId: string): Promise<DraftRecord | undefined>;
  save(mentionId: string, userId: string, text: string): Promise<void>;
  clear(mentionId: string, userId: string): Promise<void>;
}

export function createDraftsRepo(
  db: LuisterDatabase,
  now: () => Date = () => new Date(),
): DraftsRepo {
  const idOf = (mentionId: string, userId: string) => `draft:${userId}:${mentionId}`;
  return {
    get: (mentionId, userId) => db.drafts.get(idOf(mentionId, userId)),
    async save(mentionId, userId, text) {
      if (text.trim() === '') return db.drafts.delete(idOf(mentionId, userId));
      await db.drafts.put({
        id: idOf(mentionId, userId),
        mentionId,
        text,
        authorUserId: userId,
        updatedAt: now().toISOString(),
      });
    },
    clear: (mentionId, userId) => db.drafts.delete(idOf(mentionId, userId)),
  };
}
