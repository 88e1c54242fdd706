import { test, expect, Page } from './fixtures';
import { itemSectionTests, at, openDetail } from './item-section';
import { partners, byId, partnerEvents, partnerYears, yearsLabel, isMember, events } from './story';

// #WeGOPARTNERS: the organizations that worked with WeGO, each with what it did, in
// which years, and the events it appears in (derived from the events that name it).

const card = (page: Page) => openDetail(page, 'partner-card');
const shown = (page: Page) => page.locator('[data-testid="partner"]:visible');
const shownIds = async (page: Page) => shown(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const KINDS: [string, string][] = [
  ['international-organization', 'International organization'],
  ['government-agency', 'Government agency'],
  ['research-institute', 'Research institute'],
  ['university', 'University'],
  ['city-network', 'City network'],
  ['company', 'Company'],
  ['other', 'Other'],
];
/** Events in date order, undated last (partners::events_of). */
const inDateOrder = (list: { date?: string }[]) =>
  [...list].sort((a, b) => (!a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

itemSectionTests({
  path: '/partners',
  item: 'partner',
  link: 'partner-link-',
  card: 'partner-card',
  count: 'partner-count',
  noun: ['partner', 'partners'],
  ids: partners.map((p) => p.id),
  name: (id) => byId(partners, id).name,
  heading: 'Partners who worked with WeGO',
  kicker: '#WeGOPARTNERS',
  title: '#WeGOPARTNERS: the partners of WeGO',
  filter: 'kind=international-organization',
  sample: 'world-bank',
  hashtag: 'WeGOPARTNERS',
});

test('each partner shows its name, short name and kind', async ({ page }) => {
  await page.goto('/partners');
  const nia = page.locator('li[data-testid="partner"][data-id="nia"]');
  await expect(nia).toContainText('National Information Society Agency');
  await expect(nia).toContainText('NIA');
  for (const p of partners) await expect(page.locator(`#partner-link-${p.id}`)).toContainText(p.name);
});

test('kind filters round-trip through the URL, with counts; every kind in use has a chip', async ({ page }) => {
  await page.goto('/partners');
  for (const [kind, label] of KINDS) {
    const n = partners.filter((p) => p.kind === kind).length;
    if (n) await expect(page.getByTestId(`kind-${kind}`)).toContainText(label);
    else await expect(page.getByTestId(`kind-${kind}`)).toHaveCount(0);
  }
  const agencies = partners.filter((p) => p.kind === 'government-agency');
  expect(agencies.map((p) => p.id)).toContain('nia');
  await page.getByTestId('kind-government-agency').click();
  await expect.poll(() => query(page)).toEqual({ kind: 'government-agency' });
  await expect(page.getByTestId('kind-government-agency')).toHaveAttribute('aria-pressed', 'true');
  await expect(shown(page)).toHaveCount(agencies.length);
  expect(await shownIds(page)).toEqual(agencies.map((p) => p.id).sort());
  await expect(page.getByTestId('partner-count')).toHaveText(`Showing ${agencies.length} of ${partners.length} partners`);
  await page.reload();
  await expect(shown(page)).toHaveCount(agencies.length);
  await expect(page.getByTestId('kind-government-agency')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('kind-all').click();
  await expect(page).toHaveURL(at('/partners'));
  await expect(shown(page)).toHaveCount(partners.length);
  // the first corporate members are there as companies
  await page.goto('/partners?kind=company');
  await expect(shown(page)).toHaveCount(partners.filter((p) => p.kind === 'company').length);
  await expect(page.locator('#partner-link-gabotech')).toBeVisible();
});

test('search finds a partner by its name or short name; an empty result offers to clear', async ({ page }) => {
  await page.goto('/partners');
  await page.getByTestId('search').fill('krihs');
  await expect.poll(() => query(page)).toEqual({ q: 'krihs' });
  await expect(page.locator('#partner-link-krihs')).toBeVisible();
  await page.getByTestId('search').fill('world bank');
  await expect(page.locator('#partner-link-world-bank')).toBeVisible();
  expect(await shown(page).count()).toBeLessThan(partners.length);
  await page.getByTestId('search').fill('atlantis');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await expect(page.getByTestId('partner-count')).toHaveText(`Showing 0 of ${partners.length} partners`);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(at('/partners'));
  await expect(shown(page)).toHaveCount(partners.length);
});

test("NIA's page: what it did with WeGO, the event it appears in, linked, and its sources", async ({ page }) => {
  const nia = byId(partners, 'nia');
  const resp = await page.goto('/partners/nia');
  expect(resp?.status()).toBe(200);
  await expect(page).toHaveTitle('National Information Society Agency (NIA) · WeGO 10');
  await expect(page.locator('#partner-card-title')).toContainText('National Information Society Agency');
  await expect(card(page)).toContainText(nia.summary);
  await expect(card(page)).toContainText('Government agency');
  const list = card(page).getByTestId('partner-events');
  const hrefs = await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(partnerEvents('nia').map((e) => `/timeline/${e.id}`));
  await expect(list.locator('a[href="/timeline/e-government-solutions"]')).toHaveText(/e-Government Solutions/);
  for (const src of nia.sources as { label: string; url?: string }[]) {
    if (src.url) await expect(card(page).getByTestId('sources').locator(`a[href="${src.url}"]`).first()).toBeVisible();
  }
  // NIA is not a member: no member link
  expect(isMember('nia')).toBe(false);
  await expect(card(page).getByTestId('partner-member')).toHaveCount(0);
  // the event links back
  await list.locator('a[href="/timeline/e-government-solutions"]').click();
  await expect(page).toHaveURL(at('/timeline/e-government-solutions'));
  await expect(page.getByTestId('event-detail').getByTestId('related-partner-nia')).toHaveAttribute('href', '/partners/nia');
});

test('years and events come from the timeline, in date order with undated events last', async ({ page }) => {
  for (const id of ['scewc', 'world-bank', 'krihs']) {
    const expected = inDateOrder(partnerEvents(id)).map((e) => `/timeline/${e.id}`);
    expect(expected.length, id).toBeGreaterThan(0);
    await page.goto(`/partners/${id}`);
    const list = card(page).getByTestId('partner-events');
    expect(await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), id).toEqual(expected);
    for (const e of partnerEvents(id)) await expect(list).toContainText(events.find((x) => x.id === e.id)!.title);
    const years = yearsLabel(partnerYears(id));
    if (years) await expect(card(page), id).toContainText(years);
  }
});

test('a partner that is also a member links to its member page', async ({ page }) => {
  const both = partners.filter((p) => isMember(p.id));
  expect(both.map((p) => p.id)).toContain('gabotech');
  await page.goto('/partners/gabotech');
  const link = card(page).getByTestId('partner-member');
  await expect(link).toHaveAttribute('href', '/members/gabotech');
  await link.click();
  await expect(page).toHaveURL(at('/members/gabotech'));
  await expect(page.locator('#member-card-title')).toContainText('Gabotech');
});
