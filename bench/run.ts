import { runClassifyBench } from './classify';
import { runIngestBench } from './ingest';
import { runQueueBench } from './queue';
import { runSourceBench } from './sources';

/**
 * `npm run bench`: every speed and memory target of the issues, each printed with the
 * baseline measured in the same run and the ratio to it. Needs `npm run build` first
 * (the npm script does it) and Chromium at /usr/bin/chromium.
 */
async function main(): Promise<void> {
  console.log(`Luister bench — ${new Date().toISOString()} — Node ${process.version}`);
  const only = process.argv.slice(2);
  const benches: [string, () => Promise<void>][] = [
    ['classify', runClassifyBench],
    ['ingest', runIngestBench],
    ['queue', runQueueBench],
    ['sources', runSourceBench],
  ];
  for (const [name, run] of benches) {
    if (only.length > 0 && !only.includes(name)) continue;
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
