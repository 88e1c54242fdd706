import { test as base, expect, Page, Route } from '@playwright/test';

// The pages arrive prerendered; their islands then start and mark
// <html data-app="ready">. Every spec imports `test` from here: a page load through
// goto() or reload() returns once the islands have started, so what a test does next is
// done to the running app. (Pages that are not the app's, such as a member site's page,
// return at once.) tests/e2e/takeover.spec.ts checks the page before they start.
export async function appReady(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('script[type=module][src*="boot-"]') || document.documentElement.dataset.app === 'ready',
    undefined,
    { polling: 50 },
  );
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await appReady(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await appReady(page);
      return response;
    };
    await use(page);
  },
});

export { expect };
export type { Page, Route };
