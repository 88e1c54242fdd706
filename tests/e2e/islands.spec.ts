import { test, expect, Page } from '@playwright/test';
import { addExtensionElement, holdTheWasm, invisibleControls, translate, watchConsole, zoomInAndBack } from './changed-page';
import { APP, HOST } from './ports';

// Every page's behaviours are Leptos islands over its static HTML (issue 21): the page
// is the content, the wasm only its behaviour. A page fetches no data file, and
// whatever others did to them before the islands started (the browser's translation),
// they keep the same nodes, report nothing and work.
// `test` is Playwright's own here: a load returns before the islands have started.

const ready = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });

type Case = { path: string; check: (page: Page) => Promise<void> };

const cases: Case[] = [
  {
    path: '/',
    check: async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByTestId('share').click();
      await expect(page.getByTestId('share-status')).toHaveText('Link copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/', page.url()).href);
    },
  },
  {
    path: '/timeline',
    check: async (page) => {
      const shown = page.locator('[data-testid="event"]:visible');
      const all = await shown.count();
      await page.getByTestId('category-general-assembly').click();
      await expect(page).toHaveURL(/\/timeline\?category=general-assembly$/);
      await expect(page.getByTestId('category-general-assembly')).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => shown.count()).toBeLessThan(all);
      await shown.locator('a').first().click();
      await expect(page.locator('#event-detail-title')).toBeFocused();
      await page.goBack();
      await expect(page.getByTestId('event-detail')).toBeHidden();
      await expect(page).toHaveURL(/\/timeline\?category=general-assembly$/);
    },
  },
  {
    path: '/awards/4th/mexico-city-my-safe-city',
    check: async (page) => {
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await dialog.getByTestId('next').click();
      await expect(page).not.toHaveURL(/mexico-city-my-safe-city/);
      await dialog.getByTestId('prev').click();
      await expect(page).toHaveURL(/\/awards\/4th\/mexico-city-my-safe-city$/);
      await dialog.getByTestId('close').click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/\/awards\/4th$/);
      await page.getByTestId('winner').first().locator('a').first().click();
      await expect(dialog).toBeVisible();
    },
  },
  {
    path: '/offices',
    check: async (page) => {
      await zoomInAndBack(page);
      // a marker opens its office (the year control's new words are offices.spec.ts's)
      await page.getByTestId('marker-chengdu').click();
      await expect(page).toHaveURL(/\/offices\/chengdu$/);
      await expect(page.locator('#office-card-title')).toBeFocused();
    },
  },
  {
    path: '/members',
    check: async (page) => {
      const shown = page.locator('[data-testid="member"]:visible');
      const all = await shown.count();
      await page.getByTestId('region-asia').click();
      await expect(page).toHaveURL(/\/members\?region=asia$/);
      await expect.poll(() => shown.count()).toBeLessThan(all);
      await expect(page.getByTestId('region-asia')).toHaveAttribute('aria-pressed', 'true');
      // open the first shown member, step to the next, close: back to the list and its link
      const ids = await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
      await page.locator(`#member-link-${ids[0]}`).click();
      await expect(page).toHaveURL(new RegExp(`/members/${ids[0]}\\?region=asia$`));
      await expect(page.locator('#member-card-title')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`/members/${ids[1]}\\?region=asia$`));
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/\/members\?region=asia$/);
      await expect(page.locator(`#member-link-${ids[1]}`)).toBeFocused();
    },
  },
  {
    path: '/partners/nia',
    check: async (page) => {
      await expect(page.locator('#partner-card-title')).toBeVisible();
      await page.locator('[data-testid="partner-card"]').getByTestId('close').click();
      await expect(page).toHaveURL(/\/partners$/);
      await page.getByTestId('search').fill('expo');
      await expect(page).toHaveURL(/\/partners\?q=expo$/);
      await expect(page.locator('[data-testid="partner"]:visible')).not.toHaveCount(0);
      await page.getByTestId('search').fill('no such partner');
      await expect(page.getByTestId('no-results')).toBeVisible();
      await page.getByTestId('no-results').getByRole('button').click();
      await expect(page).toHaveURL(/\/partners$/);
    },
  },
  {
    path: '/team',
    check: async (page) => {
      await page.getByTestId('group-secretariat').click();
      await expect(page.getByTestId('person-count')).toHaveText(/^Showing \d+ of \d+ people$/);
      await page.locator('[data-testid="person"]:visible a').first().click();
      await expect(page.locator('[data-testid="person-card"]')).toBeVisible();
      await page.goBack();
      await expect(page.locator('[data-testid="person-card"]')).toBeHidden();
    },
  },
];

for (const c of cases) {
  test(`${c.path}: no data file is fetched, and the islands build once`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(c.path);
    await ready(page);
    await c.check(page);
    expect(requests.filter((r) => r.includes('/data/'))).toEqual([]);
    expect(requests.filter((r) => /\/wego10-islands-[0-9a-f]+_bg\.wasm$/.test(r))).toHaveLength(1);
  });

  test(`${c.path} translated before the islands start: the same nodes, no report, it works`, async ({ page }) => {
    const seen = watchConsole(page);
    const release = await holdTheWasm(page);
    await page.goto(c.path, { waitUntil: 'commit' });
    expect(await translate(page)).toBeGreaterThan(20);
    const heading = await page.getByRole('heading', { level: 1 }).elementHandle();
    // The translator's wrappers, but those of the live status lines (counts, "Link copied"),
    // whose text the behaviours write.
    const translated = () => page.evaluate(() => [...document.querySelectorAll('font')].filter((f) => !f.closest('[role=status]')).length);
    const fonts = await translated();
    release();
    await ready(page);
    // Nothing was rendered again: the heading is the same node, still translated.
    expect(await heading!.evaluate((h) => h.isConnected && h.querySelector('font') !== null)).toBe(true);
    await c.check(page);
    expect(await translated()).toBe(fonts);
    expect(seen.crashes).toEqual([]);
    expect(seen.warnings.filter((w) => w.startsWith('WeGO 10:'))).toEqual([]);
    expect(await invisibleControls(page)).toEqual([]);
  });
}

for (const when of ['before', 'after'] as const) {
  test(`an extension's elements added ${when} the islands start: the same nodes, it works`, async ({ page }) => {
    const seen = watchConsole(page);
    const release = await holdTheWasm(page);
    await page.goto('/members', { waitUntil: 'commit' });
    if (when === 'before') for (const where of ['start', 'end', 'main'] as const) await addExtensionElement(page, where);
    release();
    await ready(page);
    if (when === 'after') for (const where of ['start', 'end', 'main'] as const) await addExtensionElement(page, where);
    await expect(page.locator('#extension-main')).toHaveText('An extension was here');
    await cases.find((c) => c.path === '/members')!.check(page);
    expect(seen.crashes).toEqual([]);
    expect(seen.warnings.filter((w) => w.startsWith('WeGO 10:'))).toEqual([]);
  });
}

test('a page and all its code arrive as the build\'s brotli copies, and it works', async ({ page }) => {
  const encodings = new Map<string, string>();
  page.on('response', (r) => {
    const file = new URL(r.url()).pathname;
    if (/(\/|\.html|\.js|\.css|\.wasm)$/.test(file)) encodings.set(file, r.headers()['content-encoding'] ?? 'none');
  });
  await page.goto('/timeline/');
  await ready(page);
  const files = [...encodings.keys()];
  expect(files.filter((f) => f.endsWith('_bg.wasm'))).toHaveLength(1);
  expect(files.filter((f) => f.endsWith('.css'))).toHaveLength(1);
  expect([...encodings.entries()].filter(([, e]) => e !== 'br')).toEqual([]);
  // Decoded, they are the page: a filter works.
  await page.getByTestId('category-general-assembly').click();
  await expect(page.getByTestId('category-general-assembly')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/category=general-assembly/);
});

test('the menu button on a phone, translated before the islands start: opens, Escape closes @phone-only', async ({ page }) => {
  const seen = watchConsole(page);
  const release = await holdTheWasm(page);
  await page.goto('/', { waitUntil: 'commit' });
  await translate(page);
  release();
  await ready(page);
  const menu = page.getByTestId('menu-button');
  const team = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Team/ });
  await expect(team).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(team).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(team).toBeHidden();
  expect(seen.crashes).toEqual([]);
});

test('a members embed on a member site: it fits its content; an entry opened is in the host URL, shared as it, and reopens from it', async ({ page }) => {
  const host = `${HOST}/blank.html`;
  const embed = async () => {
    await page.evaluate((app) => {
      document.getElementById('slot')!.innerHTML = '<div data-wego10-embed="members"></div>';
      const s = document.createElement('script');
      s.src = `${app}/embed.js`;
      document.body.appendChild(s);
    }, APP);
  };
  await page.goto(host);
  await embed();
  const frame = page.frameLocator('iframe');
  const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  await expect(frame.getByTestId('member').first()).toBeVisible();
  await expect.poll(height).toBeGreaterThan(1000); // 40 members: taller than the 640 px default
  await frame.locator('#member-link-seoul').click();
  await expect(page).toHaveURL(`${host}?wego10-members=seoul`);
  await expect(frame.getByTestId('embed-open-full')).toHaveAttribute('href', '/members/seoul');
  const shared = encodeURIComponent(`${host}?wego10-members=seoul`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(frame.locator('[data-testid="member-card"]').getByTestId('share-x')).toHaveAttribute('href', new RegExp(shared));
  // Next follows in the host URL; the host page's link reopens that member.
  await frame.locator('[data-testid="member-card"]').getByTestId('next').click();
  // (the host's address follows by a message, a moment later)
  await expect(page).not.toHaveURL(/wego10-members=seoul$/);
  await expect(page).toHaveURL(/wego10-members=[a-z0-9-]+$/);
  const next = new URL(page.url()).searchParams.get('wego10-members')!;
  await page.goto(`${host}?wego10-members=${next}`);
  await embed();
  await expect(page.frameLocator('iframe').locator(`#member-link-${next}`)).toHaveAttribute('aria-current', 'true');
  await expect(page.frameLocator('iframe').locator('#member-card-title')).toBeVisible();
});
