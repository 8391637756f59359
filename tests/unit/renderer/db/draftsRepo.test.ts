import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LuisterDatabase } from '../../../../src/renderer/db/database';
import { createDraftsRepo } from '../../../../src/renderer/db/draftsRepo';

let db: LuisterDatabase;
afterEach(async () => db?.delete());

describe('drafts repository', () => {
  it('keeps one draft per mention and author, and forgets an emptied one', async () => {
    db = new LuisterDatabase(`test-${crypto.randomUUID()}`);
    const drafts = createDraftsRepo(db, () => new Date('2026-11-23T10:00:00Z'));
    await drafts.save('demo:p1', 'sanne', 'Sorry voor het ongemak');
    await drafts.save('demo:p1', 'bram', 'Hoi!');
    expect(await drafts.get('demo:p1', 'sanne')).toMatchObject({
      text: 'Sorry voor het ongemak',
      authorUserId: 'sanne',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    await drafts.save('demo:p1', 'sanne', '   ');
    expect(await drafts.get('demo:p1', 'sanne')).toBeUndefined();
    expect(await drafts.get('demo:p1', 'bram')).toMatchObject({ text: 'Hoi!' });
    await drafts.clear('demo:p1', 'bram');
    expect(await db.drafts.count()).toBe(0);
  });
});
