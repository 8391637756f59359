/**
 * Classifier throughput, single thread, against the `sentiment` package on the same texts
 * in the same run. Runnable alone (`npx tsx bench/classify.ts`) or from `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { classify } from '../src/shared/classify';
import { printFigure } from './report';

const CORPORA = ['nl.tune', 'nl.heldout', 'en.tune', 'en.heldout'];
const WARM_UP_MS = 300;
const MEASURE_MS = 1500;
const TARGET_PER_SECOND = 50_000;

export async function runClassifyBench(): Promise<void> {
  const texts = loadTexts();
  const analyser = new Sentiment();
  const luister = messagesPerSecond(texts, (text) => classify({ text }));
  const baseline = messagesPerSecond(texts, (text) => analyser.analyze(text));
  printFigure({
    name: 'classify throughput',
    value: luister,
    unit: 'msg/s',
    baseline: { name: 'sentiment', value: baseline },
    target: `>= ${TARGET_PER_SECOND} msg/s and ratio >= 1`,
    met: luister >= TARGET_PER_SECOND && luister >= baseline,
  });
  return Promise.resolve();
}

/** A realistic mix: every labelled post, Dutch and English, in corpus order. */
function loadTexts(): string[] {
  return CORPORA.flatMap((name) => {
    const path = fileURLToPath(new URL(`../tests/fixtures/corpora/${name}.jsonl`, import.meta.url));
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
  });
}

function messagesPerSecond(texts: readonly string[], run: (text: string) => unknown): number {
  let sink = 0;
  const pass = (): void => {
    for (const text of texts) if (run(text) !== undefined) sink += 1;
  };
  const warmUpEnd = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUpEnd) pass();
  let messages = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < MEASURE_MS) {
    pass();
    messages += texts.length;
    elapsed = performance.now() - start;
  }
  // Keep the results observable so the work cannot be optimised away.
  if (sink < 0) console.log(sink);
  return (messages / elapsed) * 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runClassifyBench();
}
