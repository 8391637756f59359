import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../src/shared/domain/settings';
import { freePort, startWebShell, temporaryProfile } from '../tests/e2e/support/webShell';
import { launchChromium } from './browser';
import { demoMentions } from './demoMentions';
import { printFigure } from './report';

const STORED = 100_000;

/**
 * With 100,000 mentions stored: web shell start → first queue paint, and one filter change.
 * The mentions reach the browser's IndexedDB through the real path (journal → renderer).
 */
export async function runQueueBench(): Promise<void> {
  const profileDir = await seededProfile();
  const port = await freePort();
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    const seeding = await startWebShell({ profileDir, port });
    const seedStart = Date.now();
    await page.goto(seeding.url);
    await page.waitForFunction(
      (count) =>
        document
          .querySelector('.queue-summary')
          ?.textContent?.includes(`${count.toLocaleString('en-GB').replace(/,/g, '')} mentions`) ??
        false,
      STORED,
      { timeout: 600_000, polling: 1_000 },
    );
    console.log(
      `  (seeded ${STORED} mentions through the ingest path in ${((Date.now() - seedStart) / 1000).toFixed(1)} s)`,
    );
    await seeding.stop();

    const emptyPaint = await startToFirstPaint(
      page,
      { port: await freePort(), profileDir: emptyProfile() },
      'empty',
    );
    const fullPaint = await startToFirstPaint(page, { port, profileDir }, 'stored');
    printFigure({
      name: `web shell start → first queue paint, ${STORED} stored`,
      value: fullPaint,
      unit: 'ms',
      baseline: { name: 'same with an empty profile', value: emptyPaint },
      target: '<= 1500 ms',
      met: fullPaint <= 1500,
    });

    const shell = await startWebShell({ profileDir, port });
    await page.goto(shell.url);
    await page.getByText('Loading all mentions…').waitFor({ state: 'detached', timeout: 120_000 });
    const filter = await filterChange(page);
    printFigure({
      name: `queue filter change, ${STORED} stored`,
      value: filter.app,
      unit: 'ms',
      baseline: { name: `bare Array.filter over ${STORED} objects`, value: filter.bare },
      target: '<= 100 ms',
      met: filter.app <= 100,
    });
    await shell.stop();
  } finally {
    await context.close();
  }
}

async function startToFirstPaint(
  page: Page,
  where: { port: number; profileDir: string },
  kind: 'empty' | 'stored',
): Promise<number> {
  const start = Date.now();
  const shell = await startWebShell(where);
  const listening = Date.now();
  await page.goto(shell.url);
  const loaded = Date.now();
  if (kind === 'stored')
    await page
      .getByRole('listbox', { name: 'Queue' })
      .getByRole('option')
      .first()
      .waitFor({ timeout: 60_000 });
  else await page.getByText('No mentions yet').waitFor({ timeout: 60_000 });
  const elapsed = Date.now() - start;
  console.log(
    `  (${kind}: shell listening after ${listening - start} ms, page loaded after ${loaded - start} ms, first paint after ${elapsed} ms)`,
  );
  await shell.stop();
  return elapsed;
}

/** Median of five sentiment filter changes, measured in the page until the next frame. */
async function filterChange(page: Page): Promise<{ app: number; bare: number }> {
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  return page.evaluate(`(async (stored) => {
    const select = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Sentiment').control;
    const times = [];
    for (const value of ['negative', 'positive', 'all', 'neutral', 'all']) {
      const start = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      times.push(performance.now() - start);
    }
    const objects = Array.from({ length: stored }, (_, index) => ({ sentiment: index % 3 === 0 ? 'negative' : 'neutral', status: 'open' }));
    const bareStart = performance.now();
    const kept = objects.filter((entry) => entry.status === 'open' && entry.sentiment === 'negative').length;
    const bare = performance.now() - bareStart + (kept < 0 ? 1 : 0);
    times.sort((a, b) => a - b);
    return { app: times[2], bare };
  })(${STORED})`);
}

async function seededProfile(): Promise<string> {
  const profileDir = emptyProfile();
  const mentions = await demoMentions(STORED, 'bench');
  const lines = [JSON.stringify({ t: 'seq', next: Math.ceil(STORED / 1000) + 1 })];
  for (let index = 0; index < mentions.length; index += 1000) {
    lines.push(
      JSON.stringify({
        t: 'batch',
        seq: index / 1000 + 1,
        sourceId: 'bench',
        cursor: null,
        mentions: mentions.slice(index, index + 1000),
      }),
    );
  }
  writeFileSync(join(profileDir, 'journal.ndjson'), `${lines.join('\n')}\n`);
  return profileDir;
}

/** A profile with no sources, so nothing but the stored mentions is measured. */
function emptyProfile(): string {
  const profileDir = temporaryProfile();
  const settings = defaultSettings();
  settings.sources = [];
  writeFileSync(join(profileDir, 'settings.json'), JSON.stringify(settings));
  return profileDir;
}
