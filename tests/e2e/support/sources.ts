import type { Page } from '@playwright/test';

/** Fills in and saves the "Add a source" form for a Mastodon account, as an agent would. */
export async function addMastodonSource(
  page: Page,
  source: {
    name: string;
    serverUrl: string;
    token: string;
    terms: string;
    intervalSeconds?: number;
  },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Kind of source').selectOption('mastodon');
  await form.getByLabel('Name').fill(source.name);
  await form.getByLabel('Server address').fill(source.serverUrl);
  await form.getByLabel('Access token').fill(source.token);
  await form.getByLabel('Brand terms').fill(source.terms);
  if (source.intervalSeconds !== undefined)
    await form.getByLabel('Check every (seconds)').fill(String(source.intervalSeconds));
  await form.getByRole('button', { name: 'Save source' }).click();
}
