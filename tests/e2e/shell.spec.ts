import { test, expect, Page } from './fixtures';
import { SUB } from './ports';

const sections = [
  { path: '/timeline', heading: /A decade of WeGO/, count: 'event-count', item: 'event' },
  { path: '/offices', heading: /Where WeGO works/, count: 'office-count', item: 'office' },
  { path: '/awards', heading: /WeGO Awards/, count: 'winner-count', item: 'winner' },
  { path: '/members', heading: /Members who co-created WeGO's history/, count: 'member-count', item: 'member' },
  { path: '/partners', heading: /Partners who worked with WeGO/, count: 'partner-count', item: 'partner' },
  { path: '/team', heading: /People who made WeGO successful/, count: 'person-count', item: 'person' },
];

function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 40[04]|status of 500/.test(m.text())) errors.push(m.text()); });
  return errors;
}

test('home presents the #WeGO10 campaign with key figures from the data @phone', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ten years of WeGO');
  await expect(page.getByTestId('figure-founding-members')).toContainText('50');
  await expect(page.getByTestId('figure-founding-countries')).toContainText('40');
  await expect(page.getByTestId('figure-ga-2017-cities')).toContainText('125');
  await expect(page.getByTestId('figure-feasibility-studies')).toContainText('12');
  await expect(page.getByTestId('figure-award-applications')).toContainText('52');
  await expect(page.getByTestId('entry-timeline')).toContainText('#BACKTRACK');
  // No member/partner/testimonial entries exist in the data, so those sections stay hidden.
  await expect(page.getByTestId('members')).toHaveCount(0);
  await expect(page.getByTestId('testimonials')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', includeHidden: true })).toHaveAttribute('aria-current', 'page');
  expect(errors).toEqual([]);
});

for (const s of sections) {
  test(`${s.path} loads its data and lists it @phone`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(s.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
    await expect(page.getByTestId(s.item).first()).toBeVisible();
    const n = await page.getByTestId(s.item).count();
    expect(n).toBeGreaterThan(5);
    await expect(page.getByTestId(s.count)).toContainText(String(n));
    expect(errors).toEqual([]);
  });
}

test('the home page has a section card for each of the #WeGOPARTNERS, #WeGOMEMBERS and #WeGOTEAM sections @phone', async ({ page }) => {
  await page.goto('/');
  for (const [section, hashtag, item] of [
    ['partners', '#WeGOPARTNERS', 'partner'],
    ['members', '#WeGOMEMBERS', 'member'],
    ['team', '#WeGOTEAM', 'person'],
  ]) {
    const entry = page.getByTestId(`entry-${section}`);
    await expect(entry).toContainText(hashtag);
    await expect(entry).toHaveAttribute('href', `/${section}`);
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`/${section}$`));
    await expect(page.getByTestId(item).first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section[0].toUpperCase() + section.slice(1), exact: true, includeHidden: true }))
      .toHaveAttribute('aria-current', 'page');
    await page.goBack();
    await expect(page.getByTestId('key-figures')).toBeVisible();
  }
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the header fits, and every section is reachable from it, directly or through the menu button', async ({ page }) => {
    const names = ['Home', 'Timeline', 'Offices', 'Awards', 'Members', 'Partners', 'Team'];
    const paths = ['/', '/timeline', '/offices', '/awards', '/members', '/partners', '/team'];
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.x + header.width).toBeLessThanOrEqual(360);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByTestId('menu-button');
    for (const [i, name] of names.entries()) {
      await page.goto(i === 0 ? '/team' : '/');
      const link = nav.getByRole('link', { name, exact: true });
      if (!(await link.isVisible())) {
        // behind the menu button, which says whether it is open
        await expect(menu).toBeVisible();
        await expect(menu).toHaveAttribute('aria-expanded', 'false');
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(link).toBeVisible();
        // the open menu fits the screen too
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      }
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${paths[i].replace(/\//g, '\\/')}$`));
      // (behind the closed menu the link is hidden: still the current page)
      await expect(nav.getByRole('link', { name, exact: true, includeHidden: true })).toHaveAttribute('aria-current', 'page');
      if (await menu.isVisible()) await expect(menu).toHaveAttribute('aria-expanded', 'false'); // a followed link closes it
      // and the section's page does not overflow either
      expect(await page.evaluate(() => document.documentElement.scrollWidth), paths[i]).toBeLessThanOrEqual(360);
    }
  });
});

test('a deep link loads directly and survives a reload', async ({ page }) => {
  const resp = await page.goto('/timeline/general-assembly-2017-ulyanovsk');
  expect(resp?.status()).toBe(200);
  await expect(page.getByTestId('event').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('event').first()).toBeVisible();
  await expect(page.getByTestId('not-found')).toBeHidden();
});

test('unknown paths and unknown item slugs show a helpful not-found view', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByTestId('not-found')).toContainText('There is no page at this address');
  await expect(page.getByTestId('not-found').getByRole('link', { name: /timeline/ })).toBeVisible();
  await page.goto('/timeline/no-such-event?category=general-assembly');
  await expect(page.getByTestId('not-found')).toContainText('no event "no-such-event"');
  // the section's own page, at the address that was asked for, with its filter
  await expect(page).toHaveURL(/\/timeline\/no-such-event\?category=general-assembly$/);
  await expect(page).toHaveTitle('Not found · WeGO 10');
  await expect(page.locator('[data-testid=event]:not([hidden])').first()).toBeVisible();
  await expect(page.getByTestId('category-general-assembly')).toHaveAttribute('aria-pressed', 'true');
  // a slug is text, never markup
  await page.goto('/members/%3Cb%3Ebold%3C%2Fb%3E');
  await expect(page.getByTestId('not-found')).toContainText('no member "<b>bold</b>"');
  await expect(page.getByTestId('not-found').locator('b')).toHaveCount(0);
  await page.goto('/timeline/no-such-event');
  await page.getByTestId('not-found').getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await page.goto('/offices/atlantis');
  await expect(page.getByTestId('not-found')).toContainText('no office "atlantis"');
  await page.goto('/awards/4th/nobody');
  await expect(page.getByTestId('not-found')).toContainText('no winner "nobody"');
  await page.goto('/awards/9th');
  await expect(page.getByTestId('not-found')).toContainText('no edition "9th"');
  await expect(page).toHaveURL(/\/awards\/9th$/);
  await page.goto('/embed/members/atlantis');
  await expect(page.getByTestId('not-found')).toContainText('no member "atlantis"');
  await expect(page).toHaveURL(/\/embed\/members\/atlantis$/);
});

test.describe('deployed under a sub-path', () => {
  test.use({ baseURL: SUB });

  test('routes, links, data and deep links work under /wego10/', async ({ page }) => {
    await page.goto('/wego10/');
    await expect(page.getByTestId('figure-founding-members')).toContainText('50');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Awards' })).toHaveAttribute('href', '/wego10/awards');
    await nav.getByRole('link', { name: 'Awards' }).click();
    await expect(page).toHaveURL(`${SUB}/wego10/awards`);
    await expect(page.getByTestId('winner').first()).toBeVisible();
    await page.goto('/wego10/offices/chengdu');
    await expect(page.getByTestId('office').first()).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('office').first()).toBeVisible();
    await page.goto('/wego10/timeline/not-an-event');
    await expect(page.getByTestId('not-found')).toContainText('no event "not-an-event"');
    await expect(page).toHaveURL(`${SUB}/wego10/timeline/not-an-event`);
  });
});
