import type { Identity } from '../../shared/domain/identity';
import type { LuisterDatabase } from './database';
import type { CustomerRecord, IdentityRecord } from './records';

/**
 * Records each author's platform identity and gives a first-seen identity its own customer
 * (identities of one person can be merged into one customer later). Keeps the latest
 * display name and follower count. Call inside a transaction over identities and customers.
 */
export async function linkIdentities(
  db: LuisterDatabase,
  authors: readonly Identity[],
  updatedAt: string,
): Promise<void> {
  const unique = [...new Map(authors.map((author) => [author.id, author])).values()];
  if (unique.length === 0) return;
  const known = await db.identities.bulkGet(unique.map((author) => author.id));
  const identities: IdentityRecord[] = [];
  const customers: CustomerRecord[] = [];
  unique.forEach((author, index) => {
    const existing = known[index];
    const customerId = existing?.customerId ?? `customer:${author.id}`;
    identities.push({
      ...author,
      followers: author.followers ?? existing?.followers ?? null,
      customerId,
      updatedAt,
    });
    if (!existing) {
      customers.push({
        id: customerId,
        name: author.displayName || author.handle,
        identityIds: [author.id],
        type: 'new',
        influence: influenceFromFollowers(author.followers),
        notes: '',
        updatedAt,
      });
    }
  });
  await db.identities.bulkPut(identities);
  if (customers.length > 0) await db.customers.bulkPut(customers);
}

/** A first estimate of influence (1-5) from reach; later scoring refines it from history. */
export function influenceFromFollowers(followers: number | null): number {
  if (followers === null) return 1;
  if (followers >= 100_000) return 5;
  if (followers >= 10_000) return 4;
  if (followers >= 1_000) return 3;
  if (followers >= 100) return 2;
  return 1;
}
