import { expect, test } from '@playwright/test';
import { detail, queue, queueItems, waitForMentions } from './support/queue';
import { startWebShell, type RunningShell } from './support/webShell';

let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startWebShell();
});

test.afterEach(async () => {
  await shell.stop();
});

test('a first start fills the queue within 5 seconds, urgent mentions on top', async ({ page }) => {
  await page.goto(shell.url);
  await waitForMentions(page, 5, 5_000);
  const items = queueItems(page);
  const count = await items.count();
  const urgentFlags: boolean[] = [];
  for (let index = 0; index < count; index += 1)
    urgentFlags.push((await items.nth(index).getByText('Urgent', { exact: true }).count()) > 0);
  expect(urgentFlags[0]).toBe(true);
  // Once the urgent ones end, none follows further down.
  expect(urgentFlags.indexOf(false)).toBeGreaterThan(0);
  expect(urgentFlags.slice(urgentFlags.indexOf(false))).not.toContain(true);
});

test('opening a mention shows its text and the reasons in words', async ({ page }) => {
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  const first = queueItems(page).first();
  const snippet = (await first.locator('.row-text').innerText()).slice(0, 40);
  await first.click();
  await expect(detail(page).getByRole('article')).toContainText(snippet);
  const reasons = detail(page)
    .getByRole('region', { name: 'Why it is here' })
    .getByRole('listitem');
  await expect(reasons.first()).toBeVisible();
  await expect(reasons.first()).not.toHaveText(/^reason\./);
});

test('an urgent mention raises exactly one notification, and clicking it opens the mention', async ({
  page,
}) => {
  await page.goto(shell.url);
  await waitForMentions(page, 5);
  await expect.poll(async () => (await shell.notifications()).length).toBeGreaterThan(0);
  const alerts = await shell.notifications();
  const perMention = new Map<string, number>();
  for (const alert of alerts)
    perMention.set(alert.mentionId, (perMention.get(alert.mentionId) ?? 0) + 1);
  expect([...perMention.values()].every((count) => count === 1)).toBe(true);
  const alert = alerts[0]!;
  await shell.clickNotification(alert.mentionId);
  await expect(detail(page).getByRole('article')).toContainText(alert.body.slice(0, 30));
  await expect(queue(page).getByRole('option', { selected: true })).toContainText(
    alert.body.slice(0, 30),
  );
});

test('j and k move through the queue and Enter opens the mention', async ({ page }) => {
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  const firstText = (await queueItems(page).first().locator('.row-text').innerText()).slice(0, 30);
  await expect(detail(page).getByRole('article')).toContainText(firstText);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const secondText = (await queueItems(page).nth(1).locator('.row-text').innerText()).slice(0, 30);
  await expect(detail(page).getByRole('article')).toContainText(secondText);
});

test('filters narrow the queue and the search box finds text', async ({ page }) => {
  await page.goto(shell.url);
  await waitForMentions(page, 5);
  await page.getByLabel('Sentiment').selectOption('positive');
  await expect(queueItems(page).first()).toBeVisible();
  for (const row of await queueItems(page).all()) await expect(row).toContainText('Positive');
  await page.getByLabel('Sentiment').selectOption('all');
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz-nothing-like-this');
  await expect(page.getByText('Nothing matches these filters')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await waitForMentions(page, 5);
});

test('the interface switches to Dutch in settings', async ({ page }) => {
  await page.goto(shell.url);
  await waitForMentions(page, 1);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('nl');
  await page.getByRole('button', { name: 'Wachtrij' }).click();
  await expect(queue(page, 'Wachtrij')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Taal', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toBeVisible();
});

test('a reply draft survives switching to another mention and back, and the reply appears in the thread', async ({
  page,
}) => {
  await page.goto(shell.url);
  await waitForMentions(page, 3);
  await queueItems(page).nth(0).click();
  const reply = detail(page).getByRole('textbox', { name: 'Reply' });
  await reply.fill('Wat vervelend! We zoeken het uit.');
  await queueItems(page).nth(1).click();
  await expect(reply).toHaveValue('');
  await queueItems(page).nth(0).click();
  await expect(reply).toHaveValue('Wat vervelend! We zoeken het uit.');
  await detail(page).getByRole('button', { name: 'Send reply' }).click();
  await expect(detail(page).getByText('Sent', { exact: true })).toBeVisible();
  await expect(reply).toHaveValue('');
  // The demo source shows the brand's reply in the conversation on its next poll.
  await expect(detail(page).getByRole('region', { name: 'Conversation' })).toContainText(
    'Wat vervelend! We zoeken het uit.',
  );
});
