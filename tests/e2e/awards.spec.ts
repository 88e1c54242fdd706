import { test, expect } from './fixtures';
import { openDetail } from './item-section';

const dialog = (page) => page.getByRole('dialog');
// The open winner's detail in the dialog.
const shown = (page) => openDetail(page, 'lightbox');
// Filtered-out winners stay in the page, hidden: the shown ones.
const winners = (page) => page.locator('[data-testid="winner"]:visible');

test('the 4th edition is shown by default with all 18 winners, honestly labelled @phone', async ({ page }) => {
  await page.goto('/awards');
  await expect(page.getByTestId('edition-4th')).toHaveAttribute('aria-current', 'page');
  await expect(winners(page)).toHaveCount(18);
  await expect(page.getByTestId('winner-count')).toHaveText('18 winners');
  const gt = page.locator('[data-id="george-town-green-connectivity"]');
  await expect(gt).toContainText('George Town');
  await expect(gt).toContainText('Malaysia');
  await expect(gt).toContainText('Green Connectivity');
  await expect(gt).toContainText('Mobility');
  await expect(gt.getByTestId('level')).toHaveText('Gold');
  await expect(gt.locator('svg.category-icon')).toHaveCount(1);
  // the four Special Mentions the sources do not name are shown, without invented names
  await expect(winners(page).filter({ hasText: 'Winner not named in our sources' })).toHaveCount(4);
});

test('category and level filters round-trip through the URL with counts', async ({ page }) => {
  await page.goto('/awards');
  await expect(page.getByTestId('category-safe-city')).toContainText('3');
  await page.getByTestId('category-safe-city').click();
  await expect(page).toHaveURL(/\/awards\/4th\?category=safe-city$/);
  await expect(winners(page)).toHaveCount(3);
  await page.getByTestId('level-silver').click();
  await expect(page).toHaveURL(/category=safe-city&level=silver/);
  await expect(winners(page)).toHaveCount(1);
  await expect(winners(page)).toContainText('Belo Horizonte');
  await expect(page.getByTestId('winner-count')).toHaveText('Showing 1 of 18 winners');
  // counts per category follow the level filter
  await expect(page.getByTestId('category-mobility')).toContainText('1');
  await page.reload();
  await expect(winners(page)).toHaveCount(1);
  await expect(page.getByTestId('level-silver')).toHaveAttribute('aria-pressed', 'true');
});

test('search covers city, country and project; an empty result offers to clear', async ({ page }) => {
  await page.goto('/awards');
  await page.getByTestId('search').fill('brazil');
  await expect(winners(page)).toHaveCount(3);
  await page.getByTestId('search').fill('sao paulo');
  await expect(winners(page)).toHaveCount(1);
  await expect(page).toHaveURL(/q=sao%20paulo/);
  await page.getByTestId('search').fill('drones');
  await expect(winners(page).first()).toBeVisible();
  await page.getByTestId('search').fill('atlantis');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(winners(page)).toHaveCount(18);
});

test('the lightbox: dialog semantics, focus in and trapped, keys, focus back on close', async ({ page }) => {
  await page.goto('/awards?category=mobility');
  const card = page.locator('#winner-link-belo-horizonte-siu-mobile');
  await card.click();
  await expect(page).toHaveURL(/\/awards\/4th\/belo-horizonte-siu-mobile\?category=mobility$/);
  await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
  await expect(page.locator('#lightbox-title')).toBeFocused();
  await expect(shown(page).getByTestId('keywords')).toContainText('Intelligent Transport Systems');
  await expect(shown(page).getByTestId('lightbox-level')).toHaveText('Silver');
  // the page behind does not scroll: not by the wheel over the backdrop or the dialog,
  // not by the keys
  const scrolled = () => page.evaluate(() => window.scrollY);
  const before = await scrolled();
  await page.mouse.move(8, 300);
  await page.mouse.wheel(0, 600);
  const box = (await dialog(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 800);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(300);
  expect(await scrolled()).toBe(before);
  // Tab stays inside the dialog
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
  }
  // arrows step through the filtered set (mobility only), replacing the history entry
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/mobility-special-mention/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/george-town-green-connectivity/);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/awards\?category=mobility$/);
  // and the page scrolls again
  await page.mouse.move(8, 300);
  await page.mouse.wheel(0, 600);
  await expect.poll(scrolled).toBeGreaterThan(before);
  // focus returns to the card of the winner shown last
  await expect(page.locator('#winner-link-george-town-green-connectivity')).toBeFocused();
});

test('Back closes the lightbox, also after next steps', async ({ page }) => {
  await page.goto('/awards');
  await page.locator('#winner-link-goyang-smart-city-plan').click();
  await dialog(page).getByTestId('next').click();
  await dialog(page).getByTestId('next').click();
  await expect(page).toHaveURL(/\/awards\/4th\/[a-z-]+$/);
  await page.goBack();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/awards$/);
});

test('after Next and Close, opening the winner shown last gives it its own URL and history entry again', async ({ page }) => {
  await page.goto('/awards');
  const shown = page.locator('[data-testid="winner"]');
  await shown.nth(1).getByRole('link').click();
  await dialog(page).getByTestId('next').click();
  const last = (await shown.nth(2).getAttribute('data-id'))!;
  await expect(page).toHaveURL(new RegExp(`/awards/4th/${last}$`));
  await dialog(page).getByTestId('close').click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/awards$/);
  await shown.nth(2).getByRole('link').click();
  await expect(dialog(page)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/awards/4th/${last}$`));
  await page.goBack();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/awards$/);
});

test('a deep link opens the lightbox directly, with cross-links; unknown slugs say not found', async ({ page }) => {
  const resp = await page.goto('/awards/4th/mexico-city-my-safe-city');
  expect(resp?.status()).toBe(200);
  await expect(dialog(page)).toContainText('Mexico City');
  await expect(shown(page).getByTestId('related-office-mexico-city')).toHaveAttribute('href', '/offices/mexico-city');
  await expect(shown(page).getByTestId('related').getByRole('link').first()).toHaveAttribute('href', /^\/(timeline|offices|members)\//);
  await dialog(page).getByTestId('close').click();
  await expect(page).toHaveURL(/\/awards\/4th$/);
  await page.goto('/awards/4th/nobody');
  await expect(page.getByTestId('not-found')).toContainText('no winner "nobody"');
});

test('swipe on touch steps to the next winner @phone-only', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // measure the dialog without its opening animation
  await page.goto('/awards/4th/goyang-smart-city-plan');
  const box = await dialog(page).boundingBox();
  const y = box!.y + 200;
  await dialog(page).dispatchEvent('pointerdown', { clientX: box!.x + 300, clientY: y, pointerType: 'touch' });
  await dialog(page).dispatchEvent('pointerup', { clientX: box!.x + 80, clientY: y + 10, pointerType: 'touch' });
  await expect(page).toHaveURL(/moscow-my-moscow-app/);
  const dbox = await dialog(page).boundingBox();
  expect(dbox!.width).toBeGreaterThanOrEqual(389); // full screen on a phone
});

test('phone: one column of cards @phone-only', async ({ page }) => {
  await page.goto('/awards');
  const a = await winners(page).nth(0).boundingBox();
  const b = await winners(page).nth(1).boundingBox();
  expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
  expect(Math.abs(a!.x - b!.x)).toBeLessThan(2);
});

test('about the edition: categories with keywords, judges, prizes, eligibility, key dates', async ({ page }) => {
  await page.goto('/awards');
  await expect(page.getByTestId('about-categories').locator('li')).toHaveCount(6);
  await expect(page.getByTestId('about-categories')).toContainText('Green ICT');
  await expect(page.getByTestId('judges').locator('li')).toHaveCount(6);
  await expect(page.getByTestId('judges')).toContainText('Renata Avila');
  await expect(page.getByTestId('prizes')).toContainText('Special mention plaque');
  await expect(page.getByTestId('eligibility')).toContainText('members');
  await expect(page.getByTestId('key-dates')).toContainText('29 September 2020');
  // an earlier edition shows what the data holds
  await page.getByTestId('edition-3rd').click();
  await expect(page).toHaveURL(/\/awards\/3rd$/);
  await expect(page.getByTestId('judges')).toContainText('Cristina Bueti');
  await expect(winners(page).first()).toBeVisible();
});
