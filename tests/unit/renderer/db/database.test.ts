import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LuisterDatabase } from '../../../../src/renderer/db/database';

describe('LuisterDatabase version 1', () => {
  it('creates every table with exactly the indexes the UI queries', async () => {
    const db = new LuisterDatabase(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(1);
    const schema = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        [table.schema.primKey.name, ...table.schema.indexes.map((index) => index.name)].sort(),
      ]),
    );
    expect(schema).toEqual({
      mentions: ['[status+rank]', 'authorId', 'id', 'threadId', 'updatedAt'].sort(),
      identities: ['customerId', 'id', 'updatedAt'],
      customers: ['id', 'updatedAt'],
      drafts: ['id', 'mentionId', 'updatedAt'],
      outbox: ['id', 'mentionId', 'state', 'updatedAt'],
      audit: ['at', 'entityId', 'id', 'updatedAt'],
      lists: ['id', 'updatedAt'],
      users: ['id', 'updatedAt'],
    });
    await db.delete();
  });

  it('keeps data across a reopen (the origin and name never change)', async () => {
    const name = `reopen-${crypto.randomUUID()}`;
    const first = new LuisterDatabase(name);
    await first.users.put({
      id: 'u1',
      name: 'Sanne',
      role: 'agent',
      updatedAt: '2026-11-23T08:00:00.000Z',
    });
    first.close();
    const second = new LuisterDatabase(name);
    expect(await second.users.get('u1')).toMatchObject({ name: 'Sanne' });
    await second.delete();
  });
});
