import { test, expect } from '@playwright/test';
import { holdTheWasm } from './changed-page';
import { SUB } from './ports';

// Every page arrives with its content rendered by the site build; when the wasm has
// loaded, the islands start on that page in place: the same nodes, the same text, no
// node added or removed, no console error or warning. The wasm is held back here until
// the prerendered page has been read.

const pages = [
  '/',
  '/timeline',
  '/timeline/inaugural-general-assembly-2010',
  '/offices',
  '/offices/chengdu',
  '/awards',
  '/awards/3rd',
  '/awards/4th/mexico-city-my-safe-city',
  '/members',
  '/members/seoul',
  '/partners',
  '/partners/nia',
  '/team',
  '/team/young-sook-nam',
  '/no/such/page',
  '/embed/timeline/inaugural-general-assembly-2010',
  '/embed/offices',
  '/embed/awards/4th',
  `${SUB}/wego10/timeline/general-assembly-2017-ulyanovsk`,
  `${SUB}/wego10/offices/chengdu`,
  `${SUB}/wego10/members/seoul`,
];


for (const path of pages) {
  test(`${path}: the islands start on the prerendered page in place`, async ({ page }) => {
    const messages: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    const release = await holdTheWasm(page);
    await page.goto(path, { waitUntil: 'domcontentloaded' });

    // Before: the content is there, from the HTML alone.
    await expect(page.locator('html')).toHaveClass(/no-app/);
    const main = page.locator('main');
    await expect(main).toBeVisible();
    const before = await main.evaluate((m) => {
      (window as unknown as { __first: Element | null }).__first = m.querySelector('h1, h2');
      const w = window as unknown as { __changes: number };
      w.__changes = 0;
      new MutationObserver((records) => {
        for (const r of records) w.__changes += r.addedNodes.length + r.removedNodes.length;
      }).observe(m, { childList: true, subtree: true });
      return m.textContent;
    });
    expect(before?.length, 'the page has its content before the app').toBeGreaterThan(100);

    release();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });
    await expect(page.locator('html')).not.toHaveClass(/no-app/);
    // After: the very same nodes and text.
    const after = await main.evaluate((m) => ({
      text: m.textContent,
      same: (window as unknown as { __first: Element | null }).__first === m.querySelector('h1, h2'),
      changes: (window as unknown as { __changes: number }).__changes,
    }));
    expect(after.text).toBe(before);
    expect(after.same, 'the heading is the same node').toBe(true);
    expect(after.changes, 'nodes added or removed in <main> by the islands').toBe(0);
    // (404.html is served with its status, which the console reports.)
    const expected = (m: string) => /integrity. attribute is currently ignored/.test(m) || (path === '/no/such/page' && /status of 404/.test(m));
    expect(messages.filter((m) => !expected(m))).toEqual([]);
  });
}

test('after the islands start the page works: a filter, an item, Back', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.getByTestId('category-general-assembly').click();
  await expect(page).toHaveURL(/category=general-assembly/);
  await page.locator('[data-testid="event"]:visible a').first().click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(page).toHaveURL(/\/timeline\?category=general-assembly$/);
});

test('a URL the build did not render (a filter in the query) shows what it asks for', async ({ page }) => {
  await page.goto('/timeline?category=awards');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('[data-testid="event"]:visible')).toHaveCount(2);
  await expect(page.getByTestId('category-awards')).toHaveAttribute('aria-pressed', 'true');
});
