import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultSettings } from '../../src/shared/domain/settings';
import { storedMentionIds, waitForMentions } from './support/queue';
import { freePort, startWebShell, temporaryProfile } from './support/webShell';

/** The demo cursor's `next` in the journal: mentions p0..p(next-1) were journaled. */
function journaledDemoCount(profileDir: string): number {
  let next = 0;
  for (const line of readFileSync(join(profileDir, 'journal.ndjson'), 'utf8').split('\n')) {
    try {
      const entry = JSON.parse(line) as { sourceId?: string; cursor?: { next?: number } };
      if (entry.sourceId === 'demo' && typeof entry.cursor?.next === 'number')
        next = Math.max(next, entry.cursor.next);
    } catch {
      // A line torn by the kill: the test is about the lines that made it.
    }
  }
  return next;
}

test('after a SIGKILL mid-stream every journaled mention is in the queue exactly once', async ({
  page,
}) => {
  const profileDir = temporaryProfile();
  const settings = defaultSettings();
  // A fast stream, so the kill lands between journal appends and acks.
  settings.sources = [
    {
      ...settings.sources[0]!,
      type: 'demo',
      intervalSeconds: 1,
      paceSeconds: 0.1,
      burstChance: 0,
    } as (typeof settings.sources)[number],
  ];
  writeFileSync(join(profileDir, 'settings.json'), JSON.stringify(settings));
  const port = await freePort();

  const first = await startWebShell({ profileDir, port });
  await page.goto(first.url);
  await waitForMentions(page, 10);
  await page.waitForTimeout(2_500);
  await first.crash();
  const journaled = journaledDemoCount(profileDir);
  expect(journaled).toBeGreaterThan(20);

  const second = await startWebShell({ profileDir, port });
  await page.goto(second.url);
  await expect
    .poll(
      async () => {
        const ids = new Set(await storedMentionIds(page));
        return Array.from({ length: journaled }, (_, index) => `demo:p${index}`).filter(
          (id) => !ids.has(id),
        ).length;
      },
      { timeout: 15_000 },
    )
    .toBe(0);
  await second.crash();
  const ids = await storedMentionIds(page);
  expect(new Set(ids).size).toBe(ids.length);
  // The queue shows each stored mention once: its count equals the stored count.
  const summary = await page.locator('.queue-summary').innerText();
  expect(Number(/(\d+) mentions?/.exec(summary)?.[1])).toBe(
    ids.filter((id) => !id.includes(':r-')).length,
  );
});
