import { expect, test } from '@playwright/test';
import { startWebShell, type RunningShell } from './support/webShell';

let shell: RunningShell;
test.beforeEach(async () => {
  shell = await startWebShell();
});
test.afterEach(async () => shell.stop());

test('a source can be edited, disabled, enabled and removed, with its health in view', async ({
  page,
}) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Sources' }).click();
  const demo = page.getByRole('article', { name: 'Demo' });
  await expect(demo.getByText('Listening')).toBeVisible();
  await expect(demo.getByText('Mentions today')).toBeVisible();
  await expect
    .poll(async () => Number(await demo.locator('dd').nth(2).innerText()))
    .toBeGreaterThan(0);

  await demo.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit source' });
  await form.getByLabel('Name').fill('Demo traffic NL');
  await form.getByRole('button', { name: 'Save source' }).click();
  const renamed = page.getByRole('article', { name: 'Demo traffic NL' });
  await expect(renamed).toBeVisible();

  await renamed.getByRole('button', { name: 'Disable' }).click();
  await expect(renamed.getByText('Disabled', { exact: true })).toBeVisible();
  await renamed.getByRole('button', { name: 'Enable' }).click();
  await expect(renamed.getByText('Listening')).toBeVisible();

  await renamed.getByRole('button', { name: 'Remove' }).click();
  await renamed.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByText('No sources yet')).toBeVisible();
});

test('a source with an interval below the minimum is refused with the reason', async ({ page }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Kind of source').selectOption('rss');
  await form.getByLabel('Name').fill('Google Alerts');
  await form.getByLabel('Feed address').fill('https://www.google.com/alerts/feeds/0123/4567');
  await form.getByLabel('Check every (seconds)').fill('5');
  await form.getByRole('button', { name: 'Save source' }).click();
  await expect(form.getByRole('alert')).toHaveText('Check every (seconds): at least 15 seconds');
});
