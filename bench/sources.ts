import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../src/shared/domain/settings';
import type { SourceConfig } from '../src/shared/domain/sourceConfig';
import { startWebShell, temporaryProfile } from '../tests/e2e/support/webShell';
import { launchChromium } from './browser';
import { printFigure } from './report';

const ITEMS = 5_000;

/**
 * A feed poll through the whole app: the web shell polls a local RSS server, classifies,
 * journals, pushes to the page, which stores in IndexedDB. Measures the ingest rate of one
 * poll of 5,000 items and the latency of one new item, from the poll's response to its row.
 */
export async function runSourceBench(): Promise<void> {
  const feed = await startFeed();
  const profileDir = temporaryProfile();
  const settings = defaultSettings();
  const source: SourceConfig = {
    type: 'rss',
    id: 'bench-feed',
    name: 'Bench feed',
    enabled: true,
    intervalSeconds: 15,
    terms: ['Polderstroom'],
    exclude: [],
    url: `${feed.url}/feed.xml`,
  };
  settings.sources = [source];
  writeFileSync(join(profileDir, 'settings.json'), JSON.stringify(settings));
  feed.publish(ITEMS);
  const context = await launchChromium();
  const shell = await startWebShell({ profileDir });
  try {
    const page = await context.newPage();
    await page.goto(shell.url);
    const bulkRows = await waitForRows(page, ITEMS);
    const requested = feed.requests[0];
    if (!requested) throw new Error('the feed was never polled');
    const rate = ITEMS / ((bulkRows - requested.at) / 1000);
    const baseline = await plainPutOfStoredRows(page);
    printFigure({
      name: `one poll of ${ITEMS} feed items → rows in IndexedDB`,
      value: bulkRows - requested.at,
      unit: 'ms',
      baseline: { name: 'plain IndexedDB put of the same rows', value: baseline },
      target: 'reported (no target set)',
      met: true,
    });
    console.log(
      `  ingest rate: ${rate.toFixed(0)} mentions/s (request received → last row stored); response sent → last row ${bulkRows - requested.finished} ms`,
    );

    feed.publish(ITEMS + 1);
    const oneRow = await waitForRows(page, ITEMS + 1, 60_000);
    const second = feed.requests.find((request) => request.status === 200 && request !== requested);
    if (!second) throw new Error('the second poll was not seen');
    printFigure({
      name: 'latency: poll response → new row in IndexedDB',
      value: oneRow - second.finished,
      unit: 'ms',
      target: 'reported (no target set)',
      met: true,
    });
  } finally {
    await shell.stop();
    await context.close();
    await feed.close();
  }
}

/** A minimal RSS host that records when each response was requested and sent. */
async function startFeed() {
  let body = '';
  const requests: { at: number; finished: number; status: number }[] = [];
  const server = createServer((request, response) => {
    const entry = { at: Date.now(), finished: 0, status: 200 };
    requests.push(entry);
    response.on('finish', () => (entry.finished = Date.now()));
    response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    publish(count: number) {
      const items = Array.from({ length: count }, (_, index) => {
        const id = count - index;
        return `<item><title>Storing bij Polderstroom #${id}</title><link>https://news.example/artikel/${id}</link><guid isPermaLink="false">bench-${id}</guid><pubDate>${new Date(Date.now() - index * 60_000).toUTCString()}</pubDate><description>&lt;p&gt;Klanten van Polderstroom melden al uren een storing in regio ${id % 40}. &lt;b&gt;Nog steeds&lt;/b&gt; geen oplossing.&lt;/p&gt;</description></item>`;
      });
      body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Nieuws</title><link>https://news.example/</link><description>Nieuws</description>${items.join('')}</channel></rss>`;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Polls the page's IndexedDB until it holds `count` mentions; returns the time it did. */
async function waitForRows(page: Page, count: number, timeout = 120_000): Promise<number> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const stored = await page.evaluate(`new Promise((resolve) => {
      const request = indexedDB.open('luister');
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('mentions')) { db.close(); return resolve(0); }
        const counting = db.transaction('mentions').objectStore('mentions').count();
        counting.onsuccess = () => { resolve(counting.result); db.close(); };
      };
      request.onerror = () => resolve(0);
    })`);
    if (Number(stored) >= count) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`IndexedDB did not reach ${count} mentions`);
}

/** The same rows written with a plain IndexedDB put in one transaction, same indexes. */
async function plainPutOfStoredRows(page: Page): Promise<number> {
  return Number(
    await page.evaluate(`new Promise((resolve, reject) => {
      const source = indexedDB.open('luister');
      source.onsuccess = () => {
        const rows = source.result.transaction('mentions').objectStore('mentions').getAll();
        rows.onsuccess = () => {
          const open = indexedDB.open('bench-plain-' + Math.random(), 1);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('mentions', { keyPath: 'id' });
            store.createIndex('[status+rank]', ['status', 'rank']);
            for (const index of ['threadId', 'authorId', 'updatedAt']) store.createIndex(index, index);
          };
          open.onsuccess = () => {
            const start = performance.now();
            const transaction = open.result.transaction('mentions', 'readwrite');
            for (const row of rows.result) transaction.objectStore('mentions').put(row);
            transaction.oncomplete = () => resolve(performance.now() - start);
            transaction.onerror = () => reject(transaction.error);
          };
        };
      };
    })`),
  );
}
