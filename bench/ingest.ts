import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium, median } from './browser';
import { demoMentions } from './demoMentions';
import { printFigure } from './report';

const MENTIONS = 10_000;
const BATCH = 100;
const ROUNDS = 3;

/** Ingest of 10,000 demo mentions through the real renderer path vs a plain IndexedDB bulk put. */
export async function runIngestBench(): Promise<void> {
  const outDir = resolve('out/bench-ingest');
  await build({
    root: resolve('bench/ingest-page'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = createServer((request, response) => {
    const path = join(
      outDir,
      request.url === '/' ? 'index.html' : (request.url ?? '').replace(/\?.*$/, ''),
    );
    readFile(path)
      .then((body) =>
        response
          .writeHead(200, {
            'Content-Type': extname(path) === '.js' ? 'text/javascript' : 'text/html',
          })
          .end(body),
      )
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const mentions = await demoMentions(MENTIONS);
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runIngestBench === 'function');
    const apps: number[] = [];
    const plains: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const { app, plain } = await page.evaluate(
        ({ rows, batch }) => window.runIngestBench(rows, batch),
        { rows: mentions, batch: BATCH },
      );
      apps.push(app);
      plains.push(plain);
    }
    const app = median(apps);
    const plain = median(plains);
    printFigure({
      name: `ingest ${MENTIONS} demo mentions (batches of ${BATCH}, real path)`,
      value: app,
      unit: 'ms',
      baseline: {
        name: 'plain IndexedDB put of the same rows (same indexes), one transaction',
        value: plain,
      },
      target: 'ratio <= 1.5',
      met: app / plain <= 1.5,
    });
  } finally {
    await context.close();
    server.close();
  }
}
