import type { LuisterDatabase } from './database';
import type { AuditRecord } from './records';

/** Appends one entry to the audit trail (who changed what, when). Call inside a transaction. */
export async function appendAudit(
  db: LuisterDatabase,
  entry: Pick<AuditRecord, 'entityId' | 'action' | 'detail' | 'userId'>,
  at: Date,
): Promise<void> {
  const iso = at.toISOString();
  await db.audit.add({ ...entry, id: crypto.randomUUID(), at: iso, updatedAt: iso });
}

export function auditOf(db: LuisterDatabase, entityId: string): Promise<AuditRecord[]> {
  return db.audit.where('entityId').equals(entityId).sortBy('at');
}
