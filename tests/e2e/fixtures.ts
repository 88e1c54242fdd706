import { test as base, expect, Page, Route } from '@playwright/test';

// The pages arrive prerendered; their islands then start and mark
// <html data-app="ready">. Every spec imports `test` from here: a page load through
// goto() or reload() returns once the islands have started, so what a test does next is
// done to the running app. (Pages that are not the app's, such as a member site's page,
// return at once.) tests/e2e/takeover.spec.ts checks the page before they start.
// A page whose app stopped, or is not ready within no-app.js's longest wait, fails the
// test there and then, with the page's console, instead of hanging to the test's timeout.
const READY_WITHIN_MS = 25_000;
const consoles = new WeakMap<Page, string[]>();

export async function appReady(page: Page) {
  const state = await page
    .waitForFunction(
      () => {
        if (!document.querySelector('script[type=module][src*="boot-"]')) return 'not the app';
        const s = document.documentElement.dataset.app;
        return s === 'ready' || s === 'stopped' ? s : false;
      },
      undefined,
      { polling: 50, timeout: READY_WITHIN_MS },
    )
    .then((h) => h.jsonValue(), () => page.evaluate(() => `still "${document.documentElement.dataset.app ?? ''}"`));
  if (state === 'ready' || state === 'not the app') return;
  const log = (consoles.get(page) ?? []).slice(-20).join('\n  ');
  throw new Error(`${page.url()}: the app did not start (${state}).\n  console:\n  ${log}`);
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const log: string[] = [];
    consoles.set(page, log);
    page.on('console', (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log.push(`[pageerror] ${e.message}`));
    page.on('requestfailed', (r) => log.push(`[requestfailed] ${r.url()} ${r.failure()?.errorText ?? ''}`));
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
