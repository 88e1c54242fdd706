import { test, expect } from '@playwright/test';
import { openDetail } from './item-section';
import { members, partners, people } from './story';

// Without JavaScript every page shows its content, and every link between sections
// and items works, because they are real pages. Controls that need the app are out of
// sight, not broken.
test.use({ javaScriptEnabled: false });

test('without JavaScript: the home page, its figures and its ways in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ten years of WeGO');
  await expect(page.getByTestId('key-figures')).toBeVisible();
  await page.getByTestId('entry-timeline').click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.getByTestId('event')).toHaveCount(33);
});

test('without JavaScript: timeline → event → office → awards → winner, by links', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByTestId('event').first()).toBeVisible();
  // the search box and the share button need the app: they take no room at all
  await expect(page.getByRole('searchbox')).toBeHidden();
  await expect(page.getByTestId('share').first()).toBeHidden();
  await expect(page.getByTestId('share').first()).toHaveCSS('display', 'none');
  // share links are plain links: they stay
  await expect(page.getByTestId('share-x').first()).toBeVisible();

  await page.locator('[data-id="general-assembly-2014-chengdu"] a').click();
  await expect(page).toHaveURL(/\/timeline\/general-assembly-2014-chengdu$/);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('3rd WeGO General Assembly, Chengdu');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' }).click();
  await expect(page.getByTestId('office')).not.toHaveCount(0);
  // the world map and its markers are in the page
  await expect(page.getByTestId('map-svg')).toBeVisible();
  await expect(page.locator('[data-testid^="marker-"]')).not.toHaveCount(0);
  await page.getByTestId('office').filter({ hasText: 'Chengdu' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/offices\/chengdu$/);
  await expect(openDetail(page, 'office-card')).toContainText('Chengdu');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Awards' }).click();
  await expect(page.getByTestId('winner')).toHaveCount(18);
  await page.getByTestId('winner').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/awards\/4th\/[a-z0-9-]+$/);
  await expect(page.getByTestId('lightbox')).toBeVisible();
});

test("without JavaScript: an open item's Previous, Next and Close are links to their pages", async ({ page }) => {
  await page.goto('/awards/4th/mexico-city-my-safe-city');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const next = await dialog.getByTestId('next').getAttribute('href');
  expect(next).toMatch(/^\/awards\/4th\/[a-z0-9-]+$/);
  await dialog.getByTestId('next').click();
  await expect(page).toHaveURL(next!);
  await page.getByRole('dialog').getByTestId('prev').click();
  await expect(page).toHaveURL(/\/awards\/4th\/mexico-city-my-safe-city$/);
  await page.getByRole('dialog').getByTestId('close').click();
  await expect(page).toHaveURL(/\/awards\/4th$/);
  await expect(page.getByRole('dialog')).toBeHidden();

  // the same bar in the timeline's event
  await page.goto('/timeline/inaugural-general-assembly-2010');
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByTestId('close')).toHaveAttribute('href', '/timeline');
  await detail.getByTestId('next').click();
  await expect(page).toHaveURL(/\/timeline\/[a-z0-9-]+$/);
  await expect(page).not.toHaveURL(/inaugural-general-assembly-2010/);
});

test('without JavaScript: an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page).toHaveTitle('Not found · WeGO 10');
  await expect(page.getByRole('link', { name: 'Go to the #WeGO10 home page' })).toBeVisible();
});

test('without JavaScript: the home page links to the members, partners and team, with their hashtags', async ({ page }) => {
  for (const [section, hashtag, item, n] of [
    ['members', '#WeGOMEMBERS', 'member', members.length],
    ['partners', '#WeGOPARTNERS', 'partner', partners.length],
    ['team', '#WeGOTEAM', 'person', people.length],
  ] as const) {
    await page.goto('/');
    const entry = page.getByTestId(`entry-${section}`);
    await expect(entry).toContainText(hashtag);
    await expect(entry).toHaveAttribute('href', `/${section}`);
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`/${section}$`));
    await expect(page.locator('p.page-kicker')).toHaveText(hashtag);
    await expect(page.getByTestId(item)).toHaveCount(n);
    await expect(page.getByTestId(item).first()).toBeVisible();
  }
});

test('without JavaScript: members → member → event → person → partner, by links', async ({ page }) => {
  await page.goto('/members');
  await expect(page.getByTestId('member-count')).toContainText(String(members.length));
  // the search box and the chips need the app: they take no room at all
  await expect(page.getByRole('searchbox')).toBeHidden();
  await page.locator('#member-link-seoul').click();
  await expect(page).toHaveURL(/\/members\/seoul$/);
  const card = openDetail(page, 'member-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Republic of Korea');
  await expect(card.getByTestId('sources')).toBeVisible();
  await card.getByTestId('appearances').locator('a[href="/timeline/inaugural-general-assembly-2010"]').first().click();
  await expect(page).toHaveURL(/\/timeline\/inaugural-general-assembly-2010$/);
  await openDetail(page, 'event-detail').getByTestId('related-person-oh-se-hoon').click();
  await expect(page).toHaveURL(/\/team\/oh-se-hoon$/);
  await expect(openDetail(page, 'person-card').getByTestId('person-roles')).toContainText('President');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByTestId('partner')).toHaveCount(partners.length);
  await page.locator('#partner-link-nia').click();
  await expect(page).toHaveURL(/\/partners\/nia$/);
  await expect(openDetail(page, 'partner-card').getByTestId('partner-events').getByRole('link')).not.toHaveCount(0);
  await page.goto('/team/young-sook-nam');
  await expect(openDetail(page, 'person-card')).toContainText('Secretary General');
  await page.goto('/offices/chengdu');
  await expect(openDetail(page, 'office-card').getByTestId('related-member-chengdu')).toBeVisible();
});

test.describe('without JavaScript on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header shows every section link without overflowing', async ({ page }) => {
    await page.goto('/members');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Home', 'Timeline', 'Offices', 'Awards', 'Members', 'Partners', 'Team']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
