import { test, expect, Page } from './fixtures';
import { openDetail } from './item-section';

// A keyboard-only visit: every step below uses page.keyboard, never a click or .focus().
// The page.evaluate calls only read the page (which element has focus, how it looks).

const pages = [
  { path: '/', ready: 'key-figures' },
  { path: '/timeline', ready: 'event' },
  { path: '/offices', ready: 'office' },
  { path: '/awards', ready: 'winner' },
  { path: '/members', ready: 'member' },
  { path: '/partners', ready: 'partner' },
  { path: '/team', ready: 'person' },
];

/** Describes the focused element, e.g. `a#event-link-x` or `button[data-testid=zoom-in]`. */
const describeFocus = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  const testid = el.getAttribute('data-testid');
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${testid ? `[data-testid=${testid}]` : ''}`;
});

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, { back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${max} × ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector} (last: ${await describeFocus(page)})`);
}

/** Whether the focused element shows a focus indicator: its own outline or box-shadow, an
 *  outline on the ancestor that wraps it (cards outline themselves with :focus-within), or,
 *  for an SVG marker, a stroke that differs from the same marker unfocused. */
const focusIndicator = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as Element | null;
  if (!el || el === document.body) return { ok: false, what: 'body' };
  const ring = (e: Element) => {
    const s = getComputedStyle(e);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*, 0\)|transparent/.test(s.outlineColor);
    return outline || (s.boxShadow !== 'none' && e === el);
  };
  const what = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')}`;
  if (ring(el)) return { ok: true, what };
  for (let a = el.parentElement, n = 0; a && n < 3; a = a.parentElement, n++) {
    if (a.matches(':focus-within') && ring(a)) return { ok: true, what };
  }
  if (el instanceof SVGElement && el.classList.length) {
    // compare with another element of the same kind that has neither focus nor selection
    const twin = [...document.querySelectorAll(`.${el.classList[0]}`)]
      .find((t) => t !== el && ![...t.classList].some((c) => c.endsWith('--selected')));
    if (twin) {
      const a = getComputedStyle(el), b = getComputedStyle(twin);
      if (a.stroke !== b.stroke || a.strokeWidth !== b.strokeWidth) return { ok: true, what };
    }
  }
  return { ok: false, what };
});

/** The interactive elements a keyboard user must be able to reach on the page now. */
const interactive = (page: Page) => page.evaluate(() => {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';
  const w = window as unknown as { __reached?: Set<Element> };
  return [...document.querySelectorAll(sel)]
    .filter((e) => e.getAttribute('tabindex') !== '-1' && !e.closest('[inert], [hidden]'))
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
    })
    .map((e) => ({
      what: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.getAttribute('data-testid') ? `[data-testid=${e.getAttribute('data-testid')}]` : ''} “${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40)}”`,
      reached: !!w.__reached?.has(e),
    }));
});

for (const p of pages) {
  test(`${p.path}: the skip link moves focus into main, on the same page @phone`, async ({ page }) => {
    await page.goto(p.path);
    await expect(page.getByTestId(p.ready).first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    expect(new URL(page.url()).pathname).toBe(p.path);
    await expect(page.getByTestId(p.ready).first()).toBeVisible();
    // ... so the next Tab lands on the first control of the page, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test(`${p.path}: the first Tab reaches the skip link, then Tab reaches every control with a visible focus ring, Shift+Tab goes back @phone`, async ({ page }) => {
    await page.goto(p.path);
    await expect(page.getByTestId(p.ready).first()).toBeVisible();

    // The first Tab reaches the skip link, which then shows.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    // Tab on through the whole page (past the end and around to the skip link again),
    // recording the focus order and checking each focused element's ring.
    await page.evaluate(() => {
      const w = window as unknown as { __reached: Set<Element>; __order: Element[] };
      w.__reached = new Set();
      w.__order = [];
    });
    const missingRing: string[] = [];
    let bodies = 0;
    let steps = 0;
    for (; steps < 250; steps++) {
      const state = await page.evaluate(() => {
        const w = window as unknown as { __reached: Set<Element>; __order: Element[] };
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        if (w.__reached.has(el)) return 'again';
        w.__reached.add(el);
        w.__order.push(el);
        return 'new';
      });
      if (state === 'again') break; // the whole page has been visited
      if (state === 'body' && ++bodies > 2) break;
      if (state === 'new') {
        const ring = await focusIndicator(page);
        if (!ring.ok) missingRing.push(ring.what);
      }
      await page.keyboard.press('Tab');
    }
    expect(steps).toBeLessThan(250);
    expect(missingRing, 'focused elements without a visible focus indicator').toEqual([]);
    const all = await interactive(page);
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((e) => !e.reached).map((e) => e.what), 'controls Tab never reached').toEqual([]);

    // Shift+Tab walks the same order backwards: Tab to the 8th control of the page, then back.
    const order = () => page.evaluate(() => {
      const w = window as unknown as { __order: Element[] };
      return w.__order.indexOf(document.activeElement!);
    });
    await page.keyboard.press('Tab');
    const start = await order();
    expect(start).toBeGreaterThanOrEqual(0);
    for (let k = 0; k < 8; k++) await page.keyboard.press('Tab');
    const at = await order();
    expect(at).toBeGreaterThan(start);
    for (let k = at - 1; k >= start; k--) {
      await page.keyboard.press('Shift+Tab');
      expect(await order()).toBe(k);
    }
  });
}

test('timeline: filter, search, open with Enter, step with arrows, Escape closes and focus returns', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByTestId('event').first()).toBeVisible();

  // A category chip with Space, then typing in the search box (reached with Shift+Tab).
  await tabTo(page, '[data-testid="category-general-assembly"]');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('category-general-assembly')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\?category=general-assembly$/);
  await tabTo(page, '#timeline-search', { back: true });
  await page.keyboard.type('ulyanovsk');
  await expect(page.getByTestId('event-count')).toContainText('Showing 2 of');
  await expect(page).toHaveURL(/category=general-assembly&q=ulyanovsk/);
  // back to all events: select the text and delete it, then the "All" chip with Enter
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await tabTo(page, '[data-testid="category-all"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline$/);

  // Open the third event with Enter.
  const ids = await page.getByTestId('event').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  await tabTo(page, `#event-link-${ids[2]}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[2]}$`));
  await expect(page.locator('#event-detail-title')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[3]}$`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[4]}$`));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[3]}$`));
  await expect(openDetail(page, 'event-detail')).toContainText(await page.locator(`#event-link-${ids[3]}`).innerText());
  // The detail's own buttons work with the keyboard too.
  await tabTo(page, '[data-testid="event-detail"] [data-testid="next"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/timeline/${ids[4]}$`));
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="event-detail"]:visible')).toHaveCount(0);
  await expect(page).toHaveURL(/\/timeline$/);
  // Focus returns to the event shown last, so the visit continues where it was.
  await expect(page.locator(`#event-link-${ids[4]}`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(`#event-link-${ids[5]}`)).toBeFocused();
});

test('offices: the year slider with arrows, a marker opens with Enter, keys zoom and pan the map', async ({ page }) => {
  await page.goto('/offices');
  await expect(page.getByTestId('office').first()).toBeVisible();

  // The year control: arrows move it, the map and the count follow.
  await tabTo(page, '#office-year');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\?year=\d{4}$/);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('year-value')).toHaveText('2010');
  await expect(page.getByTestId('office-count')).toHaveText('1 office in 2010');
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/\/offices$/);

  // A marker, reached with Tab, opens its card with Enter.
  await tabTo(page, '[data-testid="marker-chengdu"]');
  const ring = await focusIndicator(page);
  expect(ring.ok, `focus ring on ${ring.what}`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/offices\/chengdu$/);
  await expect(openDetail(page, 'office-card')).toContainText('East Asia Regional Office');
  await expect(page.locator('#office-card-title')).toBeFocused();

  // The map: + and - zoom, arrows pan (the map frame has focus).
  await tabTo(page, '[data-testid="map-frame"]');
  const svg = page.getByTestId('map-svg');
  const box = async () => (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  const [x0, y0, w0] = await box();
  await page.keyboard.press('+');
  await expect.poll(async () => (await box())[2]).toBeCloseTo(w0 / 1.6, 0);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await box())[0]).toBeGreaterThan(x0 + 1);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await box())[1]).toBeGreaterThan(y0 + 1);
  await page.keyboard.press('-');
  await expect.poll(async () => (await box())[2]).toBeCloseTo(w0, 0);
  await page.keyboard.press('-');
  await expect.poll(async () => (await box())[2]).toBeGreaterThan(w0 + 1);
  await page.keyboard.press('0');
  await expect.poll(async () => (await box())[2]).toBeCloseTo(w0, 0);

  // The card's Close button with the keyboard returns focus to the office in the list.
  await tabTo(page, '[data-testid="office-card"] [data-testid="close"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="office-card"]:visible')).toHaveCount(0);
  await expect(page).toHaveURL(/\/offices$/);
  await expect(page.locator('#office-link-chengdu')).toBeFocused();
});

test('offices: Escape closes the office card and focus returns to the office', async ({ page }) => {
  await page.goto('/offices');
  await expect(page.getByTestId('office').first()).toBeVisible();
  await tabTo(page, '[data-testid="marker-abuja"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#office-card-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="office-card"]:visible')).toHaveCount(0);
  await expect(page).toHaveURL(/\/offices$/);
  await expect(page.locator('#office-link-abuja')).toBeFocused();
  // also from a marker, with focus on the map
  await tabTo(page, '[data-testid="marker-chengdu"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid="map-frame"]');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="office-card"]:visible')).toHaveCount(0);
});

test('offices: two quick presses of + zoom in twice', async ({ page }) => {
  await page.goto('/offices');
  await expect(page.getByTestId('office').first()).toBeVisible();
  const svg = page.getByTestId('map-svg');
  const width = async () => Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
  await tabTo(page, '[data-testid="map-frame"]');
  const w0 = await width();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(width).toBeCloseTo(w0 / 1.6 / 1.6, 0);
});

test('awards: filters by keyboard; Enter opens the lightbox, arrows step, Tab is trapped, Escape returns focus', async ({ page }) => {
  await page.goto('/awards');
  await expect(page.locator('[data-testid="winner"]:visible').first()).toBeVisible();

  // Category with Space, level with Enter, then the search box.
  await tabTo(page, '[data-testid="category-mobility"]');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/category=mobility/);
  await expect(page.locator('[data-testid="winner"]:visible')).toHaveCount(3);
  await tabTo(page, '[data-testid="level-gold"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="winner"]:visible')).toHaveCount(1);
  await tabTo(page, '[data-testid="level-all"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="winner"]:visible')).toHaveCount(3);
  await tabTo(page, '#awards-search', { back: true });
  await page.keyboard.type('malaysia');
  await expect(page.locator('[data-testid="winner"]:visible')).toHaveCount(1);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page.locator('[data-testid="winner"]:visible')).toHaveCount(3);

  // Enter on a winner card opens the dialog with focus inside.
  await tabTo(page, '#winner-link-belo-horizonte-siu-mobile');
  expect((await focusIndicator(page)).ok).toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page.locator('#lightbox-title')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/mobility-special-mention/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/george-town-green-connectivity/);
  await expect(openDetail(page, 'lightbox')).toContainText('George Town');

  // Tab and Shift+Tab stay inside the dialog, each focused control showing a ring.
  const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'));
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    expect(await inDialog()).toBe(true);
    seen.add(await describeFocus(page));
    const ring = await focusIndicator(page);
    expect(ring.ok, `focus ring on ${ring.what}`).toBe(true);
  }
  expect(seen.size).toBeGreaterThan(3); // it cycles through the controls, not one of them
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await inDialog()).toBe(true);
  }

  // Escape closes; focus returns to the card of the winner shown last.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/awards(\/4th)?\?category=mobility$/);
  await expect(page.locator('#winner-link-george-town-green-connectivity')).toBeFocused();
  // and the visit continues from there
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('members: a region chip, the search box, Enter opens a member, arrows step, Escape returns focus', async ({ page }) => {
  await page.goto('/members');
  await expect(page.getByTestId('member').first()).toBeVisible();
  await tabTo(page, '[data-testid="region-asia"]');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('region-asia')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/members\?region=asia$/);
  await tabTo(page, '[data-testid="search"]', { back: true });
  await page.keyboard.type('korea');
  await expect(page).toHaveURL(/q=korea/);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(page).toHaveURL(/\/members\?region=asia$/);
  const ids = await page.locator('[data-testid="member"]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  await tabTo(page, `#member-link-${ids[1]}`);
  expect((await focusIndicator(page)).ok).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/members/${ids[1]}\\?region=asia$`));
  await expect(page.locator('#member-card-title')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/members/${ids[2]}\\?region=asia$`));
  // the card's links are reachable: an appearance, then back with Escape from inside the card
  await tabTo(page, '[data-testid="member-card"] [data-testid="appearances"] a');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-testid="member-card"]:visible')).toHaveCount(0);
  await expect(page).toHaveURL(/\/members\?region=asia$/);
  await expect(page.locator(`#member-link-${ids[2]}`)).toBeFocused();
});

test('offices: the member layer with Space, a member marker with Enter', async ({ page }) => {
  await page.goto('/offices');
  await expect(page.getByTestId('office').first()).toBeVisible();
  await tabTo(page, '[data-testid="member-layer"]');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('member-layer')).toBeChecked();
  await expect(page).toHaveURL(/\/offices\?members=1$/);
  await tabTo(page, '[data-testid="marker-member-quito"]', { max: 250 });
  const ring = await focusIndicator(page);
  expect(ring.ok, `focus ring on ${ring.what}`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/members\/quito$/);
  await expect(page.locator('#member-card-title')).toContainText('Quito');
});

test('header: on a phone the menu button opens the section links and Escape closes it @phone-only', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('key-figures')).toBeVisible();
  const menu = page.getByTestId('menu-button');
  if (!(await menu.isVisible())) return; // all links fit on one row: nothing to open
  await tabTo(page, '[data-testid="menu-button"]');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Team', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await tabTo(page, 'a[href="/members"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/members$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});
