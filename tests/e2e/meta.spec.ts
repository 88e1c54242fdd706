import { existsSync, readdirSync, statSync } from 'node:fs';
import { test, expect, Page } from './fixtures';

// Every page and every item sets its own title and description in the running app,
// the same ones its static page carries for crawlers (one source: wego10_core::meta).

const description = (page: Page) => page.locator('meta[name="description"]');

test('sections and open items set their own title and one description', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByTestId('event').first()).toBeVisible();
  await expect(page).toHaveTitle('#BACKTRACK: the timeline of WeGO · WeGO 10');
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).toHaveAttribute('content', /Memorable events/);

  await page.locator('[data-id="inaugural-general-assembly-2010"] a').click();
  await expect(page).toHaveTitle("Inaugural WeGO General Assembly, Seoul 2010 (6–8 September 2010) · WeGO 10");
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).not.toHaveAttribute('content', /Memorable events/);
  await page.getByTestId('event-detail').getByTestId('close').click();
  await expect(page).toHaveTitle('#BACKTRACK: the timeline of WeGO · WeGO 10');

  await page.goto('/offices/chengdu');
  await expect(page.getByTestId('office-card')).toBeVisible();
  await expect(page).toHaveTitle(/^Chengdu, China: .* · WeGO 10$/);
  await expect(description(page)).toHaveCount(1);

  await page.goto('/awards/3rd');
  await expect(page.getByTestId('winner').first()).toBeVisible();
  await expect(page).toHaveTitle('3rd WeGO Smart Sustainable City Awards · WeGO 10');

  await page.goto('/awards/4th/jeju-bus-location-service');
  await expect(page.getByTestId('lightbox')).toBeVisible();
  await expect(page).toHaveTitle(/^Jeju.*4th WeGO Awards\) · WeGO 10$/);
  await expect(description(page)).toHaveCount(1);
});

test('the members, partners and team, and their items, set their own title and description', async ({ page }) => {
  await page.goto('/members');
  await expect(page.getByTestId('member').first()).toBeVisible();
  await expect(page).toHaveTitle("#WeGOMEMBERS: the members in WeGO's story · WeGO 10");
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).toHaveAttribute('content', /co-created WeGO's history/);
  await page.locator('#member-link-seoul').click();
  await expect(page).toHaveTitle('Seoul (Republic of Korea) · WeGO 10');
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).not.toHaveAttribute('content', /co-created WeGO's history/);
  await page.getByTestId('member-card').getByTestId('close').click();
  await expect(page).toHaveTitle("#WeGOMEMBERS: the members in WeGO's story · WeGO 10");

  await page.goto('/partners');
  await expect(page).toHaveTitle('#WeGOPARTNERS: the partners of WeGO · WeGO 10');
  await page.locator('#partner-link-nia').click();
  await expect(page).toHaveTitle('National Information Society Agency (NIA) · WeGO 10');
  await expect(description(page)).toHaveAttribute('content', /eGovFrame/);

  await page.goto('/team');
  await expect(page).toHaveTitle('#WeGOTEAM: the people who led WeGO · WeGO 10');
  await page.locator('#person-link-young-sook-nam').click();
  await expect(page).toHaveTitle('Young-sook Nam · WeGO 10');
  await expect(description(page)).toHaveAttribute('content', /Secretary General/);

  await page.goto('/members/atlantis');
  await expect(page).toHaveTitle('Not found · WeGO 10');
});

/** Every page the site build wrote, from its sitemap of cards (cards/<path>.png), by section. */
function pagesBySection(): Map<string, string[]> {
  const root = process.env.WEGO_E2E_DIST || 'dist';
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(`${root}/cards/${dir}`)) {
      const rel = dir ? `${dir}/${f}` : f;
      if (statSync(`${root}/cards/${rel}`).isDirectory()) walk(rel);
      else out.push(rel === 'home.png' ? '/' : `/${rel.replace(/\.png$/, '')}`);
    }
  };
  if (existsSync(`${root}/cards`)) walk('');
  const sections = new Map<string, string[]>();
  for (const path of out.sort()) {
    const section = `/${path.split('/')[1]}`;
    sections.set(section, [...(sections.get(section) ?? []), path]);
  }
  return sections;
}

const sections = pagesBySection();

test('the site build wrote a page for every section and item', async ({ page }) => {
  const all = [...sections.values()].flat();
  expect(all.length).toBeGreaterThan(60);
  expect(all).toContain('/');
  expect(await (await page.request.get('/')).text()).toContain('og:image');
});

// One test a section, each in a fresh tab: a visitor does not walk 170 pages in one tab,
// and a tab that does runs out of room for new WebAssembly memories before its garbage
// collector frees the old ones ("Out of memory: Cannot allocate Wasm memory"), which
// no-app.js turns into the page's no-JavaScript form.
for (const [section, paths] of sections) {
  test(`every page under ${section}: the static title and description are the app's after it takes over`, async ({ page }) => {
    test.setTimeout(20_000 + paths.length * 5_000);
    for (const path of paths) {
      const html = await (await page.request.get(path)).text();
      const staticTitle = html.match(/<title>([^<]*)<\/title>/)?.[1];
      const staticDescription = html.match(/<meta content="([^"]*)" name=description>|<meta name="description" content="([^"]*)"/);
      const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      await page.goto(path);
      // The app has taken over and painted once, and the browser has been idle (the app
      // sets the title in its first idle time).
      await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => r(null)), 0))));
      expect(await page.title(), path).toBe(decode(staticTitle ?? ''));
      await expect(description(page), path).toHaveCount(1);
      expect(await description(page).getAttribute('content'), path).toBe(decode(staticDescription?.[1] ?? staticDescription?.[2] ?? ''));
    }
  });
}
