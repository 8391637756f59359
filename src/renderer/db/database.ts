import { Dexie, type EntityTable } from 'dexie';
import type {
  AuditRecord,
  CustomerRecord,
  DraftRecord,
  IdentityRecord,
  ListRecord,
  MentionRecord,
  OutboxRecord,
  UserRecord,
} from './records';

export const DATABASE_NAME = 'luister';

/**
 * The renderer's system of record. One class, numbered versions; each version gets an
 * upgrade test. Indexes exist for exactly the queries the UI makes.
 */
export class LuisterDatabase extends Dexie {
  mentions!: EntityTable<MentionRecord, 'id'>;
  identities!: EntityTable<IdentityRecord, 'id'>;
  customers!: EntityTable<CustomerRecord, 'id'>;
  drafts!: EntityTable<DraftRecord, 'id'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  audit!: EntityTable<AuditRecord, 'id'>;
  lists!: EntityTable<ListRecord, 'id'>;
  users!: EntityTable<UserRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // [status+rank]: the queue's first page without loading everything.
      mentions: 'id, [status+rank], threadId, authorId, updatedAt',
      identities: 'id, customerId, updatedAt',
      customers: 'id, updatedAt',
      drafts: 'id, mentionId, updatedAt',
      outbox: 'id, state, mentionId, updatedAt',
      audit: 'id, entityId, at, updatedAt',
      lists: 'id, updatedAt',
      users: 'id, updatedAt',
    });
  }
}
