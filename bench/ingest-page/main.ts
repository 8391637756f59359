import { MentionChangeFeed } from '../../src/renderer/db/changeFeed';
import { LuisterDatabase } from '../../src/renderer/db/database';
import { createMentionsRepo, toMentionRecord } from '../../src/renderer/db/mentionsRepo';
import { IngestSync } from '../../src/renderer/features/ingest/ingestSync';
import type { IngestBatch } from '../../src/shared/contract';
import type { Mention } from '../../src/shared/domain/mention';
import { createFakeBridge } from '../../tests/helpers/fakeBridge';

/**
 * Runs in Chromium: ingest through the real renderer path (IngestSync → repository →
 * Dexie, one transaction per write) vs a plain IndexedDB put of the same rows, into a
 * store with the same indexes, in one transaction.
 */
async function ingestThroughApp(mentions: Mention[], batchSize: number): Promise<number> {
  const db = new LuisterDatabase(`bench-app-${crypto.randomUUID()}`);
  await db.open();
  const repo = createMentionsRepo(db, new MentionChangeFeed());
  let lastSeq = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const fake = createFakeBridge({
    'ingest.pending': () => ({ ok: true, value: { batches: [] } }),
    'ingest.ack': (input) => {
      if ((input as { seq: number }).seq === lastSeq) done();
      return { ok: true, value: null };
    },
  });
  const sync = new IngestSync(fake.bridge, repo, (message) => console.error(message));
  await sync.start();
  const batches: IngestBatch[] = [];
  for (let index = 0; index < mentions.length; index += batchSize)
    batches.push({
      seq: batches.length + 1,
      sourceId: 'demo',
      mentions: mentions.slice(index, index + batchSize),
    });
  lastSeq = batches.length;
  const start = performance.now();
  for (const batch of batches) fake.emit('mentions', batch);
  await finished;
  const elapsed = performance.now() - start;
  if ((await db.mentions.count()) !== mentions.length)
    throw new Error('not every mention was stored');
  db.close();
  return elapsed;
}

async function plainBulkPut(mentions: Mention[]): Promise<number> {
  const name = `bench-plain-${crypto.randomUUID()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    // The same store the app writes to: same key, same indexes (see db/database.ts).
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('mentions', { keyPath: 'id' });
      store.createIndex('[status+rank]', ['status', 'rank']);
      for (const index of ['threadId', 'authorId', 'updatedAt']) store.createIndex(index, index);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(String(request.error)));
  });
  const updatedAt = new Date().toISOString();
  const rows = mentions.map((mention) => toMentionRecord(mention, updatedAt));
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('mentions', 'readwrite');
    const store = transaction.objectStore('mentions');
    for (const row of rows) store.put(row);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(new Error(String(transaction.error)));
  });
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

declare global {
  interface Window {
    runIngestBench(mentions: Mention[], batchSize: number): Promise<{ app: number; plain: number }>;
  }
}

window.runIngestBench = async (mentions, batchSize) => {
  const plain = await plainBulkPut(mentions);
  const app = await ingestThroughApp(mentions, batchSize);
  return { app, plain };
};
