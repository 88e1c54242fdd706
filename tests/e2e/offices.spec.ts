import { test, expect } from './fixtures';
import { openDetail } from './item-section';
import { APP } from './ports';

// The open office's card.
const card = (page) => openDetail(page, 'office-card');
// The offices' markers (the member cities' layer has markers of its own: marker-member-<slug>).
const OFFICE_MARKERS = '[data-testid^="marker-"]:not([data-testid^="marker-member-"])';

test('markers for every office with accessible names; the Secretariat stands out', async ({ page }) => {
  await page.goto('/offices');
  const markers = page.locator(OFFICE_MARKERS);
  await expect(markers).toHaveCount(7);
  await expect(page.getByTestId('marker-chengdu')).toHaveAttribute('aria-label', 'Chengdu, China: East Asia Regional Office');
  await expect(page.getByTestId('marker-chengdu')).toHaveAttribute('role', 'button');
  await expect(page.getByTestId('marker-seoul-secretariat').locator('rect')).toHaveCount(1);
  await expect(page.getByTestId('marker-chengdu').locator('circle')).toHaveCount(1);
  // the land outline is drawn from a same-origin asset
  await expect(page.locator('[data-testid="map-svg"] image')).toHaveAttribute('href', 'map/land.svg');
});

test('click and keyboard open the card; list and map stay in sync; Back closes', async ({ page }) => {
  await page.goto('/offices');
  await page.getByTestId('marker-mexico-city').click();
  await expect(page).toHaveURL(/\/offices\/mexico-city$/);
  await expect(card(page)).toContainText('Latin America Regional Office');
  await expect(page.locator('#office-link-mexico-city')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('marker-mexico-city')).toHaveAttribute('aria-pressed', 'true');
  // the list selects on the map too (replacing the history entry)
  await page.locator('#office-link-chengdu').click();
  await expect(page.getByTestId('marker-chengdu')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('marker-mexico-city')).toHaveAttribute('aria-pressed', 'false');
  await expect(card(page)).toContainText('Charlie Wang');
  await expect(card(page).getByTestId('office-events')).toContainText('Regional Offices');
  await page.goBack();
  await expect(card(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/offices$/);
  // keyboard: Tab to a marker, Enter opens it
  await page.getByTestId('marker-abuja').focus();
  await page.keyboard.press('Enter');
  await expect(card(page)).toContainText('Abuja');
  await expect(page.locator('#office-card-title')).toBeFocused();
});

test('the year control shows the network growing and round-trips through the URL', async ({ page }) => {
  await page.goto('/offices');
  const visible = () => page.locator(`${OFFICE_MARKERS}:visible`);
  await expect(visible()).toHaveCount(7);
  await page.getByTestId('year').fill('2014');
  await expect(page).toHaveURL(/\?year=2014$/);
  await expect(page.getByTestId('office-count')).toHaveText('3 offices in 2014');
  await expect(visible()).toHaveCount(3);
  await expect(page.getByTestId('marker-beyoglu')).toBeHidden();
  await page.getByTestId('year').fill('2010');
  await expect(visible()).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('year-value')).toHaveText('2010');
  await expect(visible()).toHaveCount(1);
  // the timeline's office events link here with their year
  await page.goto('/offices/beyoglu?year=2017');
  await expect(card(page)).toContainText('Mediterranean');
  await expect(page.getByTestId('office-count')).toHaveText('5 offices in 2017');
  // a year chosen while an office is open: its Close link (a new tab too) keeps it
  const close = page.getByTestId('office-card').getByTestId('close');
  await expect(close).toHaveAttribute('href', /\/offices\?year=2017$/);
  await page.getByTestId('year').fill('2019');
  await expect(page).toHaveURL(/\/offices\/beyoglu\?year=2019$/);
  await expect(close).toHaveAttribute('href', /\/offices\?year=2019$/);
  await close.click();
  await expect(page).toHaveURL(/\/offices\?year=2019$/);
});

test('zoom buttons and keys change the view smoothly; reset fits the offices; drag pans', async ({ page }) => {
  await page.goto('/offices');
  const svg = page.getByTestId('map-svg');
  const box = async () => (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  const width = async () => (await box())[2];
  await expect(page.getByTestId('marker-chengdu')).toBeVisible();
  const start = await width();
  await page.getByTestId('zoom-in').click();
  await expect.poll(width).toBeCloseTo(start / 1.6, 0);
  await page.getByTestId('zoom-out').click();
  await page.getByTestId('zoom-out').click();
  await expect.poll(width).toBeGreaterThan(start);
  await page.getByTestId('zoom-reset').click();
  await expect.poll(width).toBeCloseTo(start, 0);
  await page.getByTestId('map-frame').focus();
  await page.keyboard.press('+');
  await expect.poll(width).toBeCloseTo(start / 1.6, 0);
  const before = await svg.getAttribute('viewBox');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => svg.getAttribute('viewBox')).not.toBe(before);
  // a plain wheel over the map scrolls the page; Ctrl + wheel zooms at once, also while
  // a pan animation is still running (direct manipulation takes over)
  await page.keyboard.press('ArrowRight');
  const w = await width();
  await page.getByTestId('map-frame').hover();
  await page.mouse.wheel(0, -300);
  expect(await width()).toBeCloseTo(w, 1);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(width).toBeLessThan(w);
  // drag to pan
  const [x0] = await box();
  const frame = (await page.getByTestId('map-frame').boundingBox())!;
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width / 2 - 120, frame.y + frame.height / 2, { steps: 5 });
  await page.mouse.up();
  expect((await box())[0]).toBeGreaterThan(x0);
});

test('with reduced motion the zoom is instant', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/offices');
  await expect(page.getByTestId('marker-chengdu')).toBeVisible();
  const svg = page.getByTestId('map-svg');
  const start = Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
  await page.getByTestId('zoom-in').click();
  expect(Number((await svg.getAttribute('viewBox'))!.split(' ')[2])).toBeCloseTo(start / 1.6, 0);
});

test('deep link opens the card on load; unknown slugs show not-found', async ({ page }) => {
  const resp = await page.goto('/offices/ulyanovsk-region');
  expect(resp?.status()).toBe(200);
  await expect(card(page)).toContainText('Eurasia Regional Office');
  await expect(card(page)).toContainText('Svetlana Openysheva');
  await page.getByTestId('office-card').getByTestId('close').click();
  await expect(page).toHaveURL(/\/offices$/);
  await page.goto('/offices/atlantis');
  await expect(page.getByTestId('not-found')).toContainText('no office "atlantis"');
});

test('no request leaves the origin', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith(`${APP}/`) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto('/offices/chengdu');
  await expect(page.locator('[data-testid="map-svg"] .world-map__land')).toBeVisible();
  await page.getByTestId('zoom-in').click();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('phone: the list comes first and the map stays usable @phone-only', async ({ page }) => {
  await page.goto('/offices');
  const list = await page.locator('.offices__list:visible').boundingBox();
  const map = await page.getByTestId('world-map').boundingBox();
  expect(map!.y).toBeGreaterThan(list!.y);
  expect(map!.width).toBeGreaterThan(300);
  await page.getByTestId('marker-seoul-secretariat').tap();
  await expect(card(page)).toContainText('WeGO Secretariat');
});
