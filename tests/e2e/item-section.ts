import { test, expect, Page } from './fixtures';
import { APP } from './ports';

// What every section of items shares with the timeline, the offices and the awards
// (use_item_route): the open item is the path and the filters are the query; opening
// from the list pushes a history entry (Back closes), Next and Previous replace it,
// Close goes back when the item was opened here, Escape closes, the arrows step while
// focus is in the section; focus moves to the item's title on open and returns to its
// link on close; an unknown slug is "not found" above the list. members.spec.ts,
// partners.spec.ts and team.spec.ts call `itemSectionTests` with their own names.

export interface ItemSection {
  /** "/members" */
  path: string;
  /** The test id of an item of the list: "member". */
  item: string;
  /** The item link's id prefix: "member-link-". */
  link: string;
  /** The test id of the open item: "member-card"; its title is `#${card}-title`. */
  card: string;
  /** The test id of the count. */
  count: string;
  /** "member", "members" */
  noun: [string, string];
  /** Every item's slug, from the data. */
  ids: string[];
  /** The name an item's title shows, from the data. */
  name: (id: string) => string;
  /** The page heading, the kicker (with '#') and the document title (before " · WeGO 10"). */
  heading: string;
  kicker: string;
  title: string;
  /** A filter (query string) that leaves at least four items, and an item that passes it. */
  filter: string;
  sample: string;
  /** The section's hashtag in share links (without '#'). */
  hashtag: string;
}

/** The open item's detail in a list section whose card is `card` ("member-card"): on a
 *  page whose behaviours are islands, the shown one of the details the build wrote into
 *  the card; where the whole app renders the page (an embed), the card itself. */
export const openDetail = (page: Page, card: string) =>
  page.locator(`[data-testid="${card}"]:visible [data-detail]:visible, [data-testid="${card}"]:visible:not(:has([data-detail]))`);

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The page's URL is exactly `path` (with the query `query`, if given). */
export const at = (path: string, query = '') => new RegExp(`^${esc(APP)}${esc(path)}${query ? `\\?${esc(query)}` : ''}$`);

export function itemSectionTests(s: ItemSection) {
  // The detail shell holds every entry's detail; it shows when one is open.
  const card = (page: Page) => page.locator(`[data-testid="${s.card}"]:visible`);
  const title = (page: Page) => page.locator(`#${s.card}-title`);
  const link = (page: Page, id: string) => page.locator(`#${s.link}${id}`);
  // Filtered-out items may stay in the DOM, hidden (as on the timeline): count the shown ones.
  const shown = (page: Page) => page.locator(`[data-testid="${s.item}"]:visible`);
  const shownIds = async (page: Page) => {
    await expect(shown(page).first()).toBeVisible();
    return shown(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  };

  test(`${s.path}: hashtag, heading and title, every item of the data listed and counted @phone`, async ({ page }) => {
    await page.goto(s.path);
    await expect(page.locator('p.page-kicker')).toHaveText(s.kicker);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.heading);
    await expect(page).toHaveTitle(`${s.title} · WeGO 10`);
    await expect(shown(page)).toHaveCount(s.ids.length);
    await expect(page.getByTestId(s.count)).toHaveText(`${s.ids.length} ${s.noun[1]}`);
    await expect(page.getByTestId(s.count)).toHaveAttribute('role', 'status');
    expect((await shownIds(page)).sort()).toEqual([...s.ids].sort());
    // every item links to its own page
    for (const id of s.ids) await expect(link(page, id)).toHaveAttribute('href', `${s.path}/${id}`);
    await expect(card(page)).toHaveCount(0);
  });

  test(`${s.path}: a deep link opens its item on load and after a reload; Close then stays in the app`, async ({ page }) => {
    const resp = await page.goto(`${s.path}/${s.sample}`);
    expect(resp?.status()).toBe(200);
    await expect(title(page)).toContainText(s.name(s.sample));
    await expect(link(page, s.sample)).toHaveAttribute('aria-current', 'true');
    await expect(shown(page).first()).toBeVisible(); // the list is there too
    await page.reload();
    await expect(title(page)).toContainText(s.name(s.sample));
    await expect(page.getByTestId('not-found')).toBeHidden();
    // Close on a direct visit goes to the list, not back out of the site
    await card(page).getByTestId('close').click();
    await expect(page).toHaveURL(at(s.path));
    await expect(card(page)).toHaveCount(0);
    await expect(page).toHaveTitle(`${s.title} · WeGO 10`);
  });

  test(`${s.path}: an unknown slug says not found and the list still shows`, async ({ page }) => {
    // (the static host answers 404 with its 404 page; the app then shows the section)
    await page.goto(`${s.path}/atlantis`);
    await expect(page.getByTestId('not-found')).toContainText(`no ${s.noun[0]} "atlantis"`);
    await expect(card(page)).toHaveCount(0);
    await expect(shown(page)).toHaveCount(s.ids.length);
    await expect(page).toHaveTitle('Not found · WeGO 10');
  });

  test(`${s.path}: opening from the list pushes an entry, Next and Previous replace it, Back and Close return to the filtered list`, async ({ page }) => {
    await page.goto(`${s.path}?${s.filter}`);
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids).toContain(s.sample);
    await link(page, ids[0]).click();
    await expect(page).toHaveURL(at(`${s.path}/${ids[0]}`, s.filter));
    await expect(title(page)).toBeFocused();
    await expect(title(page)).toContainText(s.name(ids[0]));
    await expect(link(page, ids[0])).toHaveAttribute('aria-current', 'true');
    await expect(card(page).getByTestId('prev')).toBeDisabled();
    // the detail stays mounted while stepping: the same element, new content
    await card(page).evaluate((el) => { (window as unknown as { __card: Element }).__card = el; });
    await card(page).getByTestId('next').click();
    await card(page).getByTestId('next').click();
    await expect(page).toHaveURL(at(`${s.path}/${ids[2]}`, s.filter));
    await expect(title(page)).toContainText(s.name(ids[2]));
    await expect(link(page, ids[2])).toHaveAttribute('aria-current', 'true');
    await expect(link(page, ids[0])).not.toHaveAttribute('aria-current', 'true');
    expect(await card(page).evaluate((el) => el === (window as unknown as { __card: Element }).__card)).toBe(true);
    await card(page).getByTestId('prev').click();
    await expect(page).toHaveURL(at(`${s.path}/${ids[1]}`, s.filter));
    // one Back closes: the steps replaced the entry
    await page.goBack();
    await expect(page).toHaveURL(at(s.path, s.filter));
    await expect(card(page)).toHaveCount(0);
    // Close goes back too, and focus returns to the item's link
    await link(page, ids[3]).click();
    await expect(card(page)).toBeVisible();
    await card(page).getByTestId('close').click();
    await expect(page).toHaveURL(at(s.path, s.filter));
    await expect(card(page)).toHaveCount(0);
    await expect(link(page, ids[3])).toBeFocused();
    // and Forward opens it again
    await page.goForward();
    await expect(page).toHaveURL(at(`${s.path}/${ids[3]}`, s.filter));
    await expect(title(page)).toContainText(s.name(ids[3]));
  });

  test(`${s.path}: after Next and Close, opening the item shown last gives it its own history entry again`, async ({ page }) => {
    await page.goto(s.path);
    const ids = await shownIds(page);
    await link(page, ids[1]).click();
    await card(page).getByTestId('next').click();
    await expect(page).toHaveURL(at(`${s.path}/${ids[2]}`));
    await card(page).getByTestId('close').click();
    await expect(page).toHaveURL(at(s.path));
    await link(page, ids[2]).click();
    await expect(page).toHaveURL(at(`${s.path}/${ids[2]}`));
    await expect(card(page)).toBeVisible();
    await page.goBack();
    await expect(card(page)).toHaveCount(0);
    await expect(page).toHaveURL(at(s.path));
  });

  test(`${s.path}: opening and stepping faster than a frame: the URL ends on the item shown, one Back closes`, async ({ page }) => {
    await page.goto(s.path);
    const ids = await shownIds(page);
    // the item shows at once and its URL follows after the frame: here the open and
    // three steps all come before the first frame
    await link(page, ids[0]).evaluate(async (a) => {
      (a as HTMLElement).focus();
      (a as HTMLElement).click();
      await Promise.resolve();
      for (let i = 0; i < 3; i++) a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    await expect(page).toHaveURL(at(`${s.path}/${ids[3]}`));
    await expect(title(page)).toContainText(s.name(ids[3]));
    await expect(link(page, ids[3])).toHaveAttribute('aria-current', 'true');
    await page.goBack();
    await expect(page).toHaveURL(at(s.path));
    await expect(card(page)).toHaveCount(0);
    // opened and closed within one frame: the list, with no item
    await link(page, ids[1]).evaluate(async (a) => {
      (a as HTMLElement).focus();
      (a as HTMLElement).click();
      a.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await expect(page).toHaveURL(at(s.path));
    await expect(card(page)).toHaveCount(0);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(at(s.path));
  });

  test(`${s.path}: keyboard: Enter on a link opens, arrows step, Escape closes and focus returns`, async ({ page }) => {
    await page.goto(s.path);
    const ids = await shownIds(page);
    await link(page, ids[2]).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(at(`${s.path}/${ids[2]}`));
    await expect(title(page)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(at(`${s.path}/${ids[3]}`));
    await expect(title(page)).toContainText(s.name(ids[3]));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(at(`${s.path}/${ids[1]}`));
    await expect(title(page)).toContainText(s.name(ids[1]));
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await expect(page).toHaveURL(at(s.path));
    // focus returns to the item shown last, so the visit continues from there
    await expect(link(page, ids[1])).toBeFocused();
  });

  test(`${s.path}: the share button copies the item's canonical link, without the filters`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${s.path}/${s.sample}?${s.filter}`);
    await expect(title(page)).toContainText(s.name(s.sample));
    await card(page).getByTestId('share').click();
    await expect(card(page).getByTestId('share-status')).toHaveText('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${APP}${s.path}/${s.sample}`);
    const url = encodeURIComponent(`${APP}${s.path}/${s.sample}`);
    const x = card(page).getByTestId('share-x');
    await expect(x).toHaveAttribute('href', new RegExp(`[?&]url=${esc(url)}&`));
    await expect(x).toHaveAttribute('href', new RegExp(`hashtags=WeGO10%2C${s.hashtag}$`));
  });

  test(`${s.path}: phone: one column, nothing wider than the screen, the open item in view @phone-only`, async ({ page }) => {
    await page.goto(s.path);
    const a = await shown(page).nth(0).boundingBox();
    const b = await shown(page).nth(1).boundingBox();
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1); // stacked
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await link(page, s.sample).tap();
    await expect(page).toHaveURL(at(`${s.path}/${s.sample}`));
    await expect(title(page)).toBeInViewport();
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(391);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card(page).getByTestId('close').tap();
    await expect(card(page)).toHaveCount(0);
  });
}
