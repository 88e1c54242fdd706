import { test, expect } from '@playwright/test';

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
  await expect(page.getByTestId('office-card')).toContainText('Chengdu');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Awards' }).click();
  await expect(page.getByTestId('winner')).toHaveCount(18);
  await page.getByTestId('winner').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/awards\/4th\/[a-z0-9-]+$/);
  await expect(page.getByTestId('lightbox')).toBeVisible();
});

test('without JavaScript: an unknown address shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('not-found')).toBeVisible();
  await expect(page).toHaveTitle('Not found · WeGO 10');
  await expect(page.getByRole('link', { name: 'Go to the #WeGO10 home page' })).toBeVisible();
});
