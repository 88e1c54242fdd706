import { test, expect, Page } from '@playwright/test';
import { addExtensionElement, holdTheWasm, invisibleControls, translate, watchConsole, zoomInAndBack } from './changed-page';

// A page changed by others (the browser's translation, an extension) before or after
// its behaviours started still works (more cases of a change before they start are in
// islands.spec.ts; no page is ever rendered afresh). Nothing panics.
// `test` is Playwright's own here: a load returns before the islands have started.

const ready = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });

type Case = { name: string; path: string; check: (page: Page) => Promise<void> };

const cases: Case[] = [
  {
    name: 'the map: zoom in and out',
    path: '/offices',
    check: zoomInAndBack,
  },
];

for (const c of cases) {
  test(`translated after the islands start, ${c.name}: it keeps working`, async ({ page }) => {
    const seen = watchConsole(page);
    await page.goto(c.path);
    await ready(page);
    expect(await translate(page)).toBeGreaterThan(20);
    await c.check(page);
    expect(seen.crashes).toEqual([]);
    expect(seen.warnings.filter((w) => w.startsWith('WeGO 10:'))).toEqual([]);
  });
}

for (const where of ['start', 'end'] as const) {
  test(`an extension's element at the ${where} of <body> before the islands start: the same nodes, it works`, async ({ page }) => {
    const seen = watchConsole(page);
    const release = await holdTheWasm(page);
    await page.goto(cases[0].path, { waitUntil: 'commit' });
    await addExtensionElement(page, where);
    const heading = await page.getByRole('heading', { level: 1 }).elementHandle();
    release();
    await ready(page);
    // The same nodes, and the extension's element stays.
    expect(await heading!.evaluate((h) => h.isConnected)).toBe(true);
    await expect(page.locator(`#extension-${where}`)).toHaveText('An extension was here');
    await cases[0].check(page);
    expect(seen.crashes).toEqual([]);
    expect(seen.warnings.filter((w) => w.startsWith('WeGO 10:'))).toEqual([]);
  });
}

test("an extension's element added after the islands start: the page keeps working", async ({ page }) => {
  const seen = watchConsole(page);
  await page.goto(cases[0].path);
  await ready(page);
  for (const where of ['start', 'end', 'main'] as const) await addExtensionElement(page, where);
  await cases[0].check(page);
  expect(seen.crashes).toEqual([]);
});

// The wasm never starts: its request fails, is answered with a 404, or with bytes that
// are not wasm. Within a few seconds the page is its no-JavaScript form: the winner
// dialog's Previous, Next and Close are working links, and no control keeps an empty place.
const failures: [string, (route: import('@playwright/test').Route) => Promise<void>][] = [
  ['blocked', (route) => route.abort('blockedbyclient')],
  ['answered with a 404', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' })],
  ['answered with bytes that are not wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'this is not wasm' })],
];

for (const [name, answer] of failures) {
  test(`the wasm ${name}: a winner's page works as plain pages`, async ({ page }) => {
    const seen = watchConsole(page);
    await page.route('**/*_bg.wasm', answer);
    const t0 = Date.now();
    await page.goto('/awards/4th/mexico-city-my-safe-city');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'failed', { timeout: 10_000 });
    expect(Date.now() - t0, 'the page gives up on the app within a few seconds').toBeLessThan(8_000);
    expect(await invisibleControls(page)).toEqual([]);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // The app's own buttons (Share, the filters) are not shown; its links are.
    await expect(dialog.getByRole('button')).toHaveCount(0);
    await expect(dialog.getByTestId('close')).toHaveAttribute('href', '/awards/4th');
    const next = await dialog.getByTestId('next').getAttribute('href');
    expect(next).toMatch(/^\/awards\/4th\/[a-z0-9-]+$/);
    await dialog.getByTestId('next').click();
    await expect(page).toHaveURL(next!);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('dialog').getByTestId('prev').click();
    await expect(page).toHaveURL(/\/awards\/4th\/mexico-city-my-safe-city$/);
    await page.getByRole('dialog').getByTestId('close').click();
    await expect(page).toHaveURL(/\/awards\/4th$/);
    await expect(page.getByTestId('winner')).toHaveCount(18);
    expect(seen.crashes.filter((c) => /panicked/.test(c))).toEqual([]);
  });
}

test('a slow wasm (6 s) is waited for: no no-JavaScript form meanwhile, then the app takes over', async ({ page }) => {
  const seen = watchConsole(page);
  await page.route('**/*_bg.wasm', async (route) => { await new Promise((r) => setTimeout(r, 6_000)); await route.continue(); });
  await page.goto('/awards/4th/mexico-city-my-safe-city', { waitUntil: 'commit' });
  const states = new Set<string>();
  // Sampled until 5.5 s after the load began (the wasm arrives at 6 s), however slow each sample.
  const t0 = Date.now();
  while (Date.now() - t0 < 5_500) {
    states.add(await page.evaluate(() => document.documentElement.dataset.app ?? 'waiting'));
    await page.waitForTimeout(250);
  }
  expect([...states]).toEqual(['waiting']);
  await ready(page);
  await expect(page.getByRole('dialog').getByTestId('share')).toBeVisible();
  expect(seen.warnings.filter((w) => w.startsWith('WeGO 10:'))).toEqual([]);
});

test('the app stopping (a panic) turns the page into its no-JavaScript form', async ({ page }) => {
  await page.goto('/awards/4th');
  await ready(page);
  // What the panic hook does once the panic is reported (src/main.rs).
  await page.evaluate(() => document.documentElement.setAttribute('data-app', 'stopped'));
  await expect(page.locator('html')).toHaveClass(/no-app/);
  await expect(page.getByTestId('search')).toBeHidden();
  expect(await invisibleControls(page)).toEqual([]);
});
