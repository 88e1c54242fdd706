import { test, expect } from './fixtures';
import { APP, SYNTHETIC } from './ports';
import { openDetail } from './item-section';

// The detail shell (it shows when an event is open), and the open event's detail in it.
const detail = (page) => page.locator('[data-testid="event-detail"]:visible');
const shownDetail = (page) => openDetail(page, 'event-detail');
const title = (page) => page.locator('#event-detail-title');
// Filtered-out cards stay in the DOM with `hidden` (fast filtering); count the shown ones.
const shownEvents = (page) => page.locator('[data-testid="event"]:not([hidden])');

test('every event shows date, title, category and place in chronological order', async ({ page }) => {
  await page.goto('/timeline');
  const events = page.getByTestId('event');
  await expect(events.first()).toBeVisible();
  const n = await events.count();
  expect(n).toBeGreaterThanOrEqual(30);
  await expect(page.getByTestId('event-count')).toHaveText(`${n} events`);
  // semantic list with machine-readable dates, oldest first, undated last
  const dates = await page.locator('.timeline__list > li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  const dated = dates.filter(Boolean) as string[];
  expect([...dated].sort()).toEqual(dated);
  expect(dates[dates.length - 1]).toBeNull();
  await expect(page.locator('ol.timeline__list')).toHaveCount(1);
  const ga = page.locator('[data-id="inaugural-general-assembly-2010"]');
  await expect(ga.locator('time')).toHaveText('6–8 September 2010');
  await expect(ga).toContainText('General Assembly');
  await expect(ga).toContainText('Seoul');
});

test('opening an event shows its details, figures, programme, cross-links and sources', async ({ page }) => {
  await page.goto('/timeline');
  await page.locator('[data-id="general-assembly-2017-ulyanovsk"] a').click();
  await expect(page).toHaveURL(/\/timeline\/general-assembly-2017-ulyanovsk$/);
  await expect(title(page)).toBeFocused();
  await expect(shownDetail(page).getByTestId('event-figures')).toContainText('400+');
  await expect(shownDetail(page).getByTestId('event-figures')).toContainText('125');
  const programme = shownDetail(page).getByTestId('programme');
  for (const item of ['World Mayors Roundtable', 'Matchmaking Meetings', 'City Digital Solutions Forum']) await expect(programme).toContainText(item);
  await expect(shownDetail(page).getByTestId('related-office-beyoglu')).toHaveAttribute('href', '/offices/beyoglu?year=2017');
  await expect(shownDetail(page).getByTestId('related-awards-3rd')).toHaveAttribute('href', '/awards/3rd');
  await expect(shownDetail(page).getByTestId('sources').getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('Back closes an event opened from the list, and after several next steps too', async ({ page }) => {
  await page.goto('/timeline');
  await page.locator('[data-id="inaugural-general-assembly-2010"] a').click();
  await expect(detail(page)).toBeVisible();
  await page.goBack();
  await expect(detail(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/timeline$/);
  // open, then step three times: still one Back to the list
  await page.locator('[data-id="inaugural-general-assembly-2010"] a').click();
  for (let i = 0; i < 3; i++) await detail(page).getByTestId('next').click();
  await expect(page).not.toHaveURL(/inaugural-general-assembly-2010/);
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(detail(page)).toHaveCount(0);
  // Close goes back too, returning focus to the card
  await page.locator('[data-id="inaugural-general-assembly-2010"] a').click();
  await detail(page).getByTestId('close').click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.locator('#event-link-inaugural-general-assembly-2010')).toBeFocused();
});

test('keyboard: arrows step, Home and End jump, Escape closes', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByTestId('event').first()).toBeVisible();
  const ids = await page.getByTestId('event').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  await page.locator(`#event-link-${ids[2]}`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[2]}$`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[3]}$`));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[1]}$`));
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[ids.length - 1]}$`));
  await expect(detail(page).getByTestId('next')).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[0]}$`));
  await expect(detail(page).getByTestId('prev')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toHaveCount(0);
});

test('filters live in the URL, announce the count, and round-trip', async ({ page }) => {
  await page.goto('/timeline');
  await page.getByTestId('category-general-assembly').click();
  await expect(page).toHaveURL(/\?category=general-assembly$/);
  await expect(page.getByTestId('category-general-assembly')).toHaveAttribute('aria-pressed', 'true');
  const n = await shownEvents(page).count();
  expect(n).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId('event-count')).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('event-count')).toContainText(`Showing ${n} of`);
  for (const cat of await shownEvents(page).locator('.event-card__category').allTextContents()) expect(cat).toBe('General Assembly');
  await page.getByTestId('search').fill('ulyanovsk');
  await expect(page).toHaveURL(/category=general-assembly&q=ulyanovsk/);
  await expect(page.getByTestId('event-count')).toContainText('Showing 2 of');
  const matches = await shownEvents(page).allTextContents();
  expect(matches.length).toBe(2);
  for (const m of matches) expect(m).toContain('General Assembly');
  // reload the shared URL: same view
  await page.reload();
  await expect(page.getByTestId('event-count')).toContainText('Showing 2 of');
  expect(await shownEvents(page).allTextContents()).toEqual(matches);
  await expect(page.getByTestId('search')).toHaveValue('ulyanovsk');
  // search ignores accents and case
  await page.goto('/timeline?q=BEYOGLU');
  await expect(shownEvents(page).first()).toBeVisible();
  expect(await shownEvents(page).count()).toBeGreaterThanOrEqual(1);
});

test('a filter and an open faster than a frame: the URL gets both, in order', async ({ page }) => {
  await page.goto('/timeline');
  await expect(shownEvents(page).first()).toBeVisible();
  // the list and the item show at once, their URL follows in idle time: here the
  // filter and the open both come before the first frame
  const id = await page.evaluate(async () => {
    (document.querySelector('[data-testid="category-general-assembly"]') as HTMLElement).click();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    const card = document.querySelector('[data-testid="event"]:not([hidden])')!;
    (card.querySelector('a') as HTMLElement).click();
    return card.getAttribute('data-id')!;
  });
  await expect(page).toHaveURL(new RegExp(`/timeline/${id}\\?category=general-assembly$`));
  await expect(detail(page)).toBeVisible();
  await expect(page.getByTestId('category-general-assembly')).toHaveAttribute('aria-pressed', 'true');
  // the filter replaced the list's entry and the open pushed one: Back is the filtered list
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline\?category=general-assembly$/);
  await expect(detail(page)).toHaveCount(0);
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await page.goto('/timeline?q=zzzz-nothing');
  // the panel says just that (no stray markup text before it)
  await expect(page.getByTestId('no-results')).toHaveText(/^\s*No events match these filters\.\s*Clear the filters\s*$/);
  await expect(page.getByTestId('event-count')).toContainText('Showing 0 of');
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(shownEvents(page).first()).toBeVisible();
});

test('year buttons jump to the first event of the year', async ({ page }) => {
  await page.goto('/timeline');
  await page.getByTestId('year-2014').click();
  await expect(page).toHaveURL(/\/timeline\/[a-z0-9-]+$/);
  await expect(shownDetail(page).locator('time').first()).toHaveAttribute('datetime', /^2014/);
  await expect(page.getByTestId('year-2014')).toHaveAttribute('aria-current', 'true');
});

test('the year axis marks the open event\'s year, and none once it is closed', async ({ page }) => {
  const current = page.locator('.year-axis [aria-current="true"]');
  await page.goto('/timeline/inaugural-general-assembly-2010');
  await expect(current).toHaveText('2010');
  await expect(current).toHaveCount(1);
  // stepping into the next year moves the mark; the year it left is no longer marked
  let year = '2010';
  while (year === '2010') {
    await detail(page).getByTestId('next').click();
    year = ((await shownDetail(page).locator('time').first().getAttribute('datetime')) ?? '').slice(0, 4);
  }
  await expect(current).toHaveText(year);
  await expect(current).toHaveCount(1);
  await expect(page.getByTestId('year-2010')).not.toHaveClass(/year-axis__year--current/);
  await expect(page.getByTestId(`year-${year}`)).toHaveClass(/year-axis__year--current/);
  await detail(page).getByTestId('close').click();
  await expect(current).toHaveCount(0);
  await expect(page.locator('.year-axis__year--current')).toHaveCount(0);
});

test('a deep link opens its event directly, also as the first page of a visit', async ({ page }) => {
  const resp = await page.goto('/timeline/regional-offices-asia-europe-2014');
  expect(resp?.status()).toBe(200);
  await expect(title(page)).toHaveText(/Regional Offices/);
  await expect(shownDetail(page).getByTestId('related-office-chengdu')).toBeVisible();
  // Close on a direct visit stays in the app (no Back out of the site)
  await detail(page).getByTestId('close').click();
  await expect(page).toHaveURL(/\/timeline$/);
});

test('the share button copies the canonical link and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/timeline/inaugural-general-assembly-2010');
  await detail(page).getByTestId('share').click();
  await expect(detail(page).getByTestId('share-status')).toHaveText('Link copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${APP}/timeline/inaugural-general-assembly-2010`);
});

test('phone layout: vertical cards, details as a full-screen sheet @phone-only', async ({ page }) => {
  await page.goto('/timeline');
  const first = page.getByTestId('event').nth(0);
  const second = page.getByTestId('event').nth(1);
  const a = await first.boundingBox();
  const b = await second.boundingBox();
  expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1); // stacked vertically
  await expect(page.locator('.year-axis')).toBeHidden();
  await expect(first.locator('.event-card__summary')).toBeVisible();
  await first.locator('a').click();
  const box = await detail(page).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(389);
  await detail(page).getByTestId('close').click();
  await expect(detail(page)).toHaveCount(0);
});

test('desktop layout: a horizontal axis of markers with a detail pane', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no smooth scroll while measuring
  await page.goto('/timeline/inaugural-general-assembly-2010');
  await expect(page.locator('.year-axis')).toBeVisible();
  await expect(detail(page)).toBeVisible();
  const [a, b] = await page.getByTestId('event').evaluateAll((els) => els.slice(0, 2).map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, height: r.height };
  }));
  expect(Math.abs(a.y - b.y)).toBeLessThan(2); // side by side
  expect(b.x).toBeGreaterThan(a.x);
  const d = await detail(page).boundingBox();
  expect(d!.y).toBeGreaterThan(a.y + a.height);
  // the open event is scrolled into view in the horizontal track
  await page.goto('/timeline/general-assembly-2017-ulyanovsk');
  await expect(page.locator('[data-id="general-assembly-2017-ulyanovsk"]')).toBeInViewport();
  await page.keyboard.press('End');
  await expect(page.getByTestId('event').last()).toBeInViewport();
});

test('one card is marked as the open event, and the filter bar keeps its keys', async ({ page }) => {
  await page.goto('/timeline/inaugural-general-assembly-2010');
  const marked = page.locator('.event-card').filter({ has: page.locator('[aria-current]') });
  await expect(marked).toHaveCount(1);
  await detail(page).getByTestId('next').click();
  await expect(marked).toHaveCount(1);
  await expect(marked).not.toHaveAttribute('data-id', 'inaugural-general-assembly-2010');
  const shadow = (id: string) => page.locator(`[data-id="${id}"]`).evaluate((e) => getComputedStyle(e).boxShadow);
  expect(await shadow('inaugural-general-assembly-2010')).toBe('none');
  await detail(page).getByTestId('close').click();
  await expect(marked).toHaveCount(0);
  // an arrow key on a focused chip moves along the chips, it opens no event
  await page.getByTestId('category-general-assembly').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(detail(page)).toHaveCount(0);
});

test('a large timeline shows 200 matches at a time, always with the open event', async ({ page }) => {
  // A site built from a timeline of 450 synthetic events (scripts/site.sh: write_synthetic_timeline).
  await page.goto(`${SYNTHETIC}/timeline`);
  await expect(page.getByTestId('event-count')).toHaveText('450 events');
  await expect(shownEvents(page)).toHaveCount(200);
  await page.getByTestId('show-more').click();
  await expect(shownEvents(page)).toHaveCount(400);
  await expect(page.getByTestId('show-more')).toHaveText('Show 50 more of 50 further events');
  // a deep link beyond the shown ones still shows its card
  await page.goto(`${SYNTHETIC}/timeline/synthetic-449`);
  await expect(page.locator('[data-id="synthetic-449"]')).toBeVisible();
  await expect(shownEvents(page)).toHaveCount(201);
  // closed, its card stays (the list shows as far as it, as "Show more" would) and
  // focus is back on its link
  await detail(page).getByTestId('close').click();
  await expect(detail(page)).toHaveCount(0);
  await expect(page.locator('#event-link-synthetic-449')).toBeFocused();
  await expect(shownEvents(page)).toHaveCount(450);
  await expect(page.getByTestId('show-more')).toBeHidden();
});

test('share fallback links carry the item URL, #WeGO10 and #BACKTRACK', async ({ page }) => {
  await page.goto('/timeline/inaugural-general-assembly-2010');
  const url = encodeURIComponent(`${APP}/timeline/inaugural-general-assembly-2010`);
  const x = detail(page).getByTestId('share-x');
  await expect(x).toHaveAttribute('href', new RegExp(`^https://twitter\\.com/intent/tweet\\?url=${url.replace(/[.]/g, '\\.')}&text=.+&hashtags=WeGO10%2CBACKTRACK$`));
  await expect(x).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(detail(page).getByTestId('share-facebook')).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${url}&hashtag=%23WeGO10`);
  await expect(detail(page).getByTestId('share-linkedin')).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${url}`);
  await expect(detail(page).getByTestId('share-x')).toHaveAccessibleName('Share on X (opens a new tab)');
});

test('an event\'s page does not move under the reader while it starts', async ({ page }) => {
  // Layout shifts (none after input) from the first paint until the behaviours have started.
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/timeline/inaugural-general-assembly-2010');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(shownDetail(page)).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as any).__shift)).toBeLessThan(0.005);
});
