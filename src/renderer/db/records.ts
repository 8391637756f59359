import type { Identity } from '../../shared/domain/identity';
import type { Mention } from '../../shared/domain/mention';

/**
 * Records in the renderer's database. Every record has a stable global id and an
 * `updatedAt`, so a later team-sync can replicate them; only the repositories write them.
 */

export type MentionStatus = 'open' | 'handled';

export interface MentionRecord extends Mention {
  status: MentionStatus;
  unread: boolean;
  /** Queue order key: urgent first, then urgency, then oldest first. */
  rank: string;
  authorId: string;
  updatedAt: string;
}

export interface IdentityRecord extends Identity {
  customerId: string;
  updatedAt: string;
}

export type CustomerType = 'ambassador' | 'critic' | 'introvert' | 'temporarilyAngry' | 'new';

export interface CustomerRecord {
  id: string;
  name: string;
  identityIds: string[];
  type: CustomerType;
  /** 1..5 */
  influence: number;
  notes: string;
  updatedAt: string;
}

export interface DraftRecord {
  id: string;
  mentionId: string;
  text: string;
  authorUserId: string;
  updatedAt: string;
}

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

/** A reply on its way out. `id` is the idempotency key, chosen once, reused on every retry. */
export interface OutboxRecord {
  id: string;
  mentionId: string;
  sourceId: string;
  inReplyTo: Pick<Mention, 'platformId' | 'replyTarget' | 'author' | 'threadId' | 'url'>;
  text: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  /** Earliest time of the next attempt (ISO), after a transient failure. */
  retryAt: string | null;
  platformId: string | null;
  url: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AuditRecord {
  id: string;
  entityId: string;
  action: string;
  detail: string;
  userId: string;
  at: string;
  updatedAt: string;
}

export interface ListRecord {
  id: string;
  name: string;
  customerIds: string[];
  updatedAt: string;
}

export interface UserRecord {
  id: string;
  name: string;
  role: 'agent' | 'supervisor';
  updatedAt: string;
}
