import { test, expect, Page } from './fixtures';
import { openDetail } from './item-section';

// Printing a section gives a readable document: the content as lists, without the
// controls that only work on a screen (navigation, filters, buttons, map, sharing).

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The width of an A4 page at 96 dpi: the layout a printout gets.
test.use({ viewport: { width: 794, height: 1123 } });

const data = async (page: Page, file: string): Promise<Data> => (await page.request.get(`/data/${file}`)).json();

async function printView(page: Page, url: string, ready: string) {
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  await expect(page.getByTestId(ready).first()).toBeAttached();
}

/** Screen-only things, none of which may show on paper. */
async function expectNoScreenControls(page: Page) {
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  const shown = await page.evaluate(() => {
    const sel = 'button, input, select, textarea, .chip, .button, [data-testid="filters"], [data-testid="share"], .share, .share__link, .world-map, .world-map__controls, .year-axis, .year-control, .editions li:not(:has([aria-current])), [role="dialog"], .lightbox';
    return [...document.querySelectorAll(sel)]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; })
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} “${(e.textContent || '').trim().slice(0, 30)}”`);
  });
  expect(shown, 'screen-only controls printed').toEqual([]);
}

/** Everything printed fits the page width (nothing is cut off at the right edge). */
async function expectNoHorizontalOverflow(page: Page, selector: string) {
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
  expect(Math.max(...boxes)).toBeLessThanOrEqual(width + 1);
}

/** Paper has no backgrounds (browsers drop them by default): every printed text must be
 *  dark enough on white, whatever background it had on screen (WCAG AA, 4.5:1). */
async function expectReadableOnPaper(page: Page) {
  const faint = await page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) || ['0', '0', '0']).slice(0, 3).map(Number).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own) continue;
      const r = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || st.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
      const alpha = Number((st.color.match(/[\d.]+/g) || [])[3] ?? 1) * Number(st.opacity);
      const ratio = 1.05 / (lum(st.color) + 0.05);
      if (ratio < 4.5 || alpha < 0.9) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${el.textContent!.trim().slice(0, 30)}”: ${st.color}, ${ratio.toFixed(1)}:1`);
    }
    return out;
  });
  expect(faint, 'text too light to read on white paper').toEqual([]);
}

test('home: the campaign and its figures, without navigation', async ({ page }) => {
  await printView(page, '/', 'key-figures');
  await expectNoScreenControls(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ten years of WeGO');
  await expect(page.getByTestId('key-figures')).toBeVisible();
  const site = await data(page, 'site.json');
  for (const f of site.key_figures) {
    await expect(page.getByTestId(`figure-${f.id}`)).toBeVisible();
    await expect(page.getByTestId(`figure-${f.id}`)).toContainText(f.value);
  }
  await expect(page.locator('.hero__lead')).toHaveText(site.campaign.title);
  await expect(page.locator('.site-footer')).toBeVisible(); // the sources
  await expectReadableOnPaper(page);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test('timeline: every event as a dated list entry, with its summary', async ({ page }) => {
  await printView(page, '/timeline', 'event');
  await expectNoScreenControls(page);
  const timeline = await data(page, 'timeline.json');
  const cards = page.getByTestId('event');
  await expect(cards).toHaveCount(timeline.events.length);
  expect(timeline.events.length).toBe(33);
  for (const e of timeline.events) {
    const card = page.locator(`[data-id="${e.id}"]`);
    await expect(card.locator('.event-card__title')).toBeVisible();
    await expect(card.locator('.event-card__title')).toHaveText(e.title);
    await expect(card.locator('time')).toBeVisible();
    await expect(card.locator('time')).not.toBeEmpty();
    if (e.date) await expect(card.locator('time')).toHaveAttribute('datetime', new RegExp(`^${e.date.slice(0, 4)}`));
    await expect(card.locator('.event-card__summary')).toBeVisible();
  }
  // a list down the page, not a horizontal strip cut at the right edge
  const ys = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
  await expectNoHorizontalOverflow(page, '[data-testid="event"]');
  await expectReadableOnPaper(page);
});

test('timeline: an open event prints its details, without its buttons', async ({ page }) => {
  await printView(page, '/timeline/general-assembly-2017-ulyanovsk', 'event-detail');
  await expectNoScreenControls(page);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  await expect(detail.locator('#event-detail-title')).toBeVisible();
  await expect(openDetail(page, 'event-detail').getByTestId('programme')).toBeVisible();
  await expect(openDetail(page, 'event-detail').getByTestId('sources')).toBeVisible();
  // in the flow of the page, not a fixed sheet over it
  expect(await detail.evaluate((e) => getComputedStyle(e).position)).toBe('static');
  await expectReadableOnPaper(page);
});

test('offices: a list by region with each office, the map left out', async ({ page }) => {
  await printView(page, '/offices', 'office');
  await expectNoScreenControls(page);
  await expect(page.getByTestId('world-map')).toBeHidden();
  const offices = (await data(page, 'offices.json')).offices as Data[];
  const regions = [...new Set(offices.map((o) => o.region))];
  await expect(page.locator('.offices__region:visible')).toHaveText(regions);
  for (const o of offices) {
    const item = page.locator(`#office-link-${o.id}`);
    await expect(item).toBeVisible();
    await expect(item).toContainText(`${o.city}, ${o.country}`);
    await expect(item).toContainText(o.name);
  }
  await expectNoHorizontalOverflow(page, '[data-testid="office"]');
  await expectReadableOnPaper(page);
});

test('offices: each printed office has its role and, where known, its address', async ({ page }) => {
  await printView(page, '/offices', 'office');
  const offices = (await data(page, 'offices.json')).offices as Data[];
  for (const o of offices) {
    const item = page.getByTestId('office').filter({ has: page.locator(`#office-link-${o.id}`) });
    await expect(item.getByText(o.role)).toBeVisible();
    if (o.address) await expect(item.getByText(o.address)).toBeVisible();
  }
});

test('offices: an open office prints its card with the facts', async ({ page }) => {
  await printView(page, '/offices/seoul-secretariat', 'office-card');
  await expectNoScreenControls(page);
  const card = openDetail(page, 'office-card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('10F Seoul Global Center');
  await expect(card.getByTestId('sources')).toBeVisible();
  await expectReadableOnPaper(page);
});

test('awards: every winner of the edition, with category and level, without filters', async ({ page }) => {
  await printView(page, '/awards', 'winner');
  await expectNoScreenControls(page);
  const edition = (await data(page, 'awards.json')).editions.find((e: Data) => e.id === '4th');
  const cards = page.getByTestId('winner');
  await expect(cards).toHaveCount(edition.winners.length);
  for (const w of edition.winners as Data[]) {
    const card = page.locator(`[data-id="${w.id}"]`);
    await expect(card.locator('.winner-card__name')).toBeVisible();
    if (w.city) await expect(card.locator('.winner-card__name')).toContainText(w.city);
    const category = edition.categories.find((c: Data) => c.id === w.category).name;
    await expect(card.locator('.winner-card__category')).toHaveText(category);
    if (w.level) await expect(card.getByTestId('level')).toBeVisible();
  }
  await expectNoHorizontalOverflow(page, '[data-testid="winner"]');
  // the about section (categories, judges, prizes) prints too
  await expect(page.getByTestId('about-categories')).toBeVisible();
  await expectReadableOnPaper(page);
});

test('awards: the printout says which edition it shows', async ({ page }) => {
  await printView(page, '/awards/3rd', 'winner');
  const ed = (await data(page, 'awards.json')).editions.find((e: Data) => e.id === '3rd');
  const current = page.getByTestId('edition-3rd');
  await expect(current).toBeVisible();
  await expect(current).toHaveText(`${ed.name} (${ed.year})`);
  // above the winners, and the other editions (links to click) left out
  expect((await current.boundingBox())!.y).toBeLessThan((await page.getByTestId('winner').first().boundingBox())!.y);
  for (const other of ['1st', '2nd', '4th']) await expect(page.getByTestId(`edition-${other}`)).toBeHidden();
  await expectReadableOnPaper(page);
});

test('awards: printed as a list by category, a heading per category with its winners', async ({ page }) => {
  await printView(page, '/awards', 'winner');
  const edition = (await data(page, 'awards.json')).editions.find((e: Data) => e.id === '4th');
  const gallery = page.getByRole('list', { name: 'Winners' });
  for (const c of edition.categories as Data[]) {
    const heading = page.getByRole('heading', { name: c.name, exact: true }).filter({ visible: true });
    await expect(heading.first()).toBeVisible();
    const winners = (edition.winners as Data[]).filter((w) => w.category === c.id);
    // the heading comes right before its winners
    const top = (await heading.first().boundingBox())!.y;
    for (const w of winners) {
      const y = (await gallery.locator(`[data-id="${w.id}"]`).boundingBox())!.y;
      expect(y).toBeGreaterThan(top);
    }
  }
});

test('members: an open member prints its card with where it appears and its sources', async ({ page }) => {
  await printView(page, '/members/seoul', 'member-card');
  await expectNoScreenControls(page);
  const card = openDetail(page, 'member-card');
  await expect(card).toBeVisible();
  await expect(card.locator('#member-card-title')).toContainText('Seoul');
  await expect(card).toContainText('Republic of Korea');
  await expect(card.getByTestId('appearances')).toBeVisible();
  await expect(card.getByTestId('appearances')).toContainText('Inaugural WeGO General Assembly');
  await expect(card.getByTestId('sources')).toBeVisible();
  await expectNoHorizontalOverflow(page, '[data-testid="member-card"], [data-testid="member"]');
  await expectReadableOnPaper(page);
});
