import { expect, type Locator, type Page } from '@playwright/test';

/** The queue listbox, found as a person finds it: by its name. */
export function queue(page: Page, name: 'Queue' | 'Wachtrij' = 'Queue'): Locator {
  return page.getByRole('listbox', { name });
}

export function queueItems(page: Page): Locator {
  return queue(page).getByRole('option');
}

/** Waits until the queue shows at least `count` mentions. */
export async function waitForMentions(page: Page, count: number, timeout = 5_000): Promise<void> {
  await expect.poll(() => queueItems(page).count(), { timeout }).toBeGreaterThanOrEqual(count);
}

/** Opens the mention whose row contains `text`. */
export async function openMention(page: Page, text: string | RegExp): Promise<void> {
  await queueItems(page).filter({ hasText: text }).first().click();
}

export function detail(page: Page): Locator {
  return page.getByRole('region', { name: 'Mention' });
}

/** Reads every stored mention straight from IndexedDB (verification only, never to drive the UI). */
export function storedMentionIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('luister');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const keys = db.transaction('mentions').objectStore('mentions').getAllKeys();
          keys.onsuccess = () => {
            resolve(keys.result.map(String));
            db.close();
          };
        };
      }),
  );
}
