import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultSettings } from '../../src/shared/domain/settings';
import { startFakeMastodon, type FakeMastodon } from '../helpers/platforms/fakeMastodon';
import { detail, openMention, waitForMentions } from './support/queue';
import { addMastodonSource } from './support/sources';
import { startWebShell, temporaryProfile, type RunningShell } from './support/webShell';

let mastodon: FakeMastodon;
let shell: RunningShell;

test.beforeEach(async () => {
  mastodon = await startFakeMastodon({
    token: 'pasted-token-42',
    brand: { username: 'polderstroom', displayName: 'Polderstroom' },
  });
  const profileDir = temporaryProfile();
  const settings = defaultSettings();
  settings.sources = [];
  writeFileSync(join(profileDir, 'settings.json'), JSON.stringify(settings));
  shell = await startWebShell({ profileDir });
});

test.afterEach(async () => {
  await shell.stop();
  await mastodon.close();
});

test('a Mastodon source added in the UI fills the queue, and a reply goes out exactly once even when its first answer is lost', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const complaint = mastodon.seedStatus({
    text: 'Mijn stroom is alweer uitgevallen, wat is er aan de hand?',
    mentionsBrand: true,
    author: { username: 'sanne', displayName: 'Sanne de Vries' },
  });
  mastodon.seedStatus({
    text: 'Nieuwe klant bij Polderstroom, tot nu toe prima',
    author: { username: 'bram', displayName: 'Bram' },
  });

  await page.goto(shell.url);
  // With nothing listening, the empty queue says so and leads to the Sources screen.
  await expect(page.getByText('No source is listening yet')).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByText('No sources yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add source' }).click();
  await addMastodonSource(page, {
    name: 'Mastodon brand account',
    serverUrl: mastodon.url,
    token: 'pasted-token-42',
    terms: 'Polderstroom',
    intervalSeconds: 15,
  });

  const card = page.getByRole('article', { name: 'Mastodon brand account' });
  await expect(card.getByText('Listening')).toBeVisible();
  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(card.getByRole('status')).toContainText('Connection works: found 2 posts');
  // The token reached the platform, and is kept only in the secret store (0600), never in settings.
  expect(
    JSON.stringify(mastodon.state.requests.map((request) => request.headers.authorization)),
  ).toContain('Bearer pasted-token-42');
  expect(readFileSync(join(shell.profileDir, 'settings.json'), 'utf8')).not.toContain(
    'pasted-token-42',
  );
  expect(statSync(join(shell.profileDir, 'secrets.json')).mode & 0o777).toBe(0o600);

  await page.getByRole('button', { name: 'Queue' }).click();
  await waitForMentions(page, 2);
  await openMention(page, 'alweer uitgevallen');
  await expect(detail(page).getByRole('article')).toContainText(
    'Mijn stroom is alweer uitgevallen',
  );

  mastodon.state.loseNextCreateResponses = 1;
  await detail(page)
    .getByRole('textbox', { name: 'Reply' })
    .fill('Vervelend Sanne! We kijken er direct naar, stuur je ons je postcode via DM?');
  await detail(page).getByRole('button', { name: 'Send reply' }).click();
  await expect(detail(page).getByText('Sent', { exact: true })).toBeVisible({ timeout: 45_000 });

  // The first create's answer was really lost, and still only one status exists.
  expect(mastodon.state.loseNextCreateResponses).toBe(0);
  expect(mastodon.state.posted).toHaveLength(1);
  expect(mastodon.state.posted[0]).toMatchObject({ in_reply_to_id: complaint.id });
  const creates = mastodon.state.requests.filter(
    (request) => request.method === 'POST' && request.path === '/api/v1/statuses',
  );
  expect(creates.length).toBeGreaterThanOrEqual(1);
  expect(new Set(creates.map((request) => request.headers['idempotency-key'])).size).toBe(1);
});

test('a revoked token puts the source in "reconnect needed" with the reason in plain words', async ({
  page,
}) => {
  mastodon.seedStatus({ text: 'Polderstroom storing?', mentionsBrand: true });
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  await addMastodonSource(page, {
    name: 'Mastodon',
    serverUrl: mastodon.url,
    token: 'a-token-that-was-revoked',
    terms: 'Polderstroom',
  });
  const card = page.getByRole('article', { name: 'Mastodon' });
  await expect(card.getByText('Reconnect needed')).toBeVisible();
  await card.getByRole('button', { name: 'Test connection' }).click();
  await expect(card.getByRole('status')).toContainText('Connection failed:');
});

test('when the network comes back every source is polled at once, not at its next interval', async ({
  page,
  context,
}) => {
  mastodon.seedStatus({ text: 'Polderstroom, is er een storing?', mentionsBrand: true });
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  await addMastodonSource(page, {
    name: 'Mastodon',
    serverUrl: mastodon.url,
    token: 'pasted-token-42',
    terms: 'Polderstroom',
    intervalSeconds: 600,
  });
  await expect(
    page.getByRole('article', { name: 'Mastodon' }).getByText('Listening'),
  ).toBeVisible();
  const pollsBefore = mastodon.state.requests.filter(
    (request) => request.path === '/api/v2/search',
  ).length;

  await context.setOffline(true);
  await context.setOffline(false);
  await expect
    .poll(
      () => mastodon.state.requests.filter((request) => request.path === '/api/v2/search').length,
      { timeout: 5_000 },
    )
    .toBeGreaterThan(pollsBefore);
});
