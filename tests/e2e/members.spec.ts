import { test, expect, Page } from './fixtures';
import { itemSectionTests, at, openDetail } from './item-section';
import {
  members, byId, regions, regionSlug, memberRoles, ROLES, appearances, matchesQuery, onMap, onMapBy, offices,
} from './story';

// #WeGOMEMBERS: every member in WeGO's story, grouped by region, filtered by region and
// role in the URL, each with its own page listing where it appears (derived from the
// events, awards and offices that name it); and the member cities as a layer of the
// offices map.

const card = (page: Page) => openDetail(page, 'member-card');
const shown = (page: Page) => page.locator('[data-testid="member"]:visible');
const shownIds = async (page: Page) => shown(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
const ids = (list: { id: string }[]) => list.map((m) => m.id).sort();
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

itemSectionTests({
  path: '/members',
  item: 'member',
  link: 'member-link-',
  card: 'member-card',
  count: 'member-count',
  noun: ['member', 'members'],
  ids: members.map((m) => m.id),
  name: (id) => byId(members, id).name,
  heading: "Members who co-created WeGO's history",
  kicker: '#WeGOMEMBERS',
  title: "#WeGOMEMBERS: the members in WeGO's story",
  filter: 'region=asia',
  sample: 'seoul',
  hashtag: 'WeGOMEMBERS',
});

test('members are grouped under their region, in alphabetical order, each with its country', async ({ page }) => {
  await page.goto('/members');
  await expect(shown(page).first()).toBeVisible();
  // The heading each member comes under, in the order of the page.
  const placed = await page.locator('main').evaluate((main) => {
    let heading = '';
    const out: { heading: string; id: string }[] = [];
    for (const el of main.querySelectorAll('h3, [data-testid="member"]')) {
      if (el.tagName === 'H3') heading = el.textContent!.trim();
      else out.push({ heading, id: el.getAttribute('data-id')! });
    }
    return out;
  });
  // a region's heading is its name (a count may follow it)
  const regionOf = (h?: string) => regions.find((r) => h === r || h?.startsWith(`${r} `));
  const headings = [...new Set(placed.map((p) => regionOf(p.heading)).filter(Boolean))];
  expect(headings).toEqual(regions);
  for (const m of members.filter((x) => x.region)) {
    expect(regionOf(placed.find((p) => p.id === m.id)?.heading), m.id).toBe(m.region);
  }
  // members whose region the sources do not give are listed too, under no region's name
  const unplaced = members.filter((x) => !x.region);
  expect(unplaced.length).toBeGreaterThan(0);
  for (const m of unplaced) expect(regionOf(placed.find((p) => p.id === m.id)?.heading), m.id).toBeUndefined();
  const seoul = page.locator('li[data-testid="member"][data-id="seoul"]');
  await expect(seoul).toContainText('Seoul');
  await expect(seoul).toContainText('Republic of Korea');
});

test('region and role filters round-trip through the URL, with counts', async ({ page }) => {
  await page.goto('/members');
  const latam = members.filter((m) => m.region === 'Latin America');
  await page.getByTestId(`region-${regionSlug('Latin America')}`).click();
  await expect.poll(() => query(page)).toEqual({ region: 'latin-america' });
  await expect(page).toHaveURL(/\/members\?/);
  await expect(page.getByTestId('region-latin-america')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('region-all')).toHaveAttribute('aria-pressed', 'false');
  await expect(shown(page)).toHaveCount(latam.length);
  expect(await shownIds(page)).toEqual(ids(latam));
  await expect(page.getByTestId('member-count')).toHaveText(`Showing ${latam.length} of ${members.length} members`);

  const winners = latam.filter((m) => memberRoles(m).includes('award-winner'));
  expect(winners.map((m) => m.id)).toContain('mexico-city');
  await page.getByTestId('role-award-winner').click();
  await expect.poll(() => query(page)).toEqual({ region: 'latin-america', role: 'award-winner' });
  await expect(shown(page)).toHaveCount(winners.length);
  expect(await shownIds(page)).toEqual(ids(winners));
  await expect(page.getByTestId('member-count')).toHaveText(`Showing ${winners.length} of ${members.length} members`);

  // the shared URL gives the same view
  await page.reload();
  await expect(shown(page)).toHaveCount(winners.length);
  await expect(page.getByTestId('role-award-winner')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('region-latin-america')).toHaveAttribute('aria-pressed', 'true');

  // "All" clears its own row only
  await page.getByTestId('region-all').click();
  await expect.poll(() => query(page)).toEqual({ role: 'award-winner' });
  const allWinners = members.filter((m) => memberRoles(m).includes('award-winner'));
  await expect(shown(page)).toHaveCount(allWinners.length);
  await page.getByTestId('role-all').click();
  await expect(page).toHaveURL(at('/members'));
  await expect(shown(page)).toHaveCount(members.length);
  await expect(page.getByTestId('member-count')).toHaveText(`${members.length} members`);
});

test('every region and every role has a chip, and each chip shows the members the data gives it', async ({ page }) => {
  await page.goto('/members');
  for (const r of regions) await expect(page.getByTestId(`region-${regionSlug(r)}`)).toContainText(r);
  for (const [role, label] of ROLES) {
    const expected = members.filter((m) => memberRoles(m).includes(role));
    expect(expected.length, role).toBeGreaterThan(0);
    await expect(page.getByTestId(`role-${role}`)).toContainText(label);
  }
  // Opened directly from a URL, each role shows exactly its members
  for (const [role] of ROLES) {
    const expected = members.filter((m) => memberRoles(m).includes(role));
    await page.goto(`/members?role=${role}`);
    await expect(shown(page), role).toHaveCount(expected.length);
    expect(await shownIds(page), role).toEqual(ids(expected));
  }
  // founding members include Seoul, the first President city
  await page.goto('/members?role=founding-member');
  await expect(page.locator('#member-link-seoul')).toBeVisible();
});

test('search covers name and country, ignores accents; an empty result offers to clear', async ({ page }) => {
  await page.goto('/members');
  const korea = members.filter((m) => matchesQuery('korea', [m.name, m.country, m.region, m.note]));
  expect(korea.map((m) => m.id)).toContain('seoul');
  await page.getByTestId('search').fill('korea');
  await expect.poll(() => query(page)).toEqual({ q: 'korea' });
  await expect(shown(page)).toHaveCount(korea.length);
  await page.getByTestId('search').fill('sao paulo');
  await expect(page.locator('#member-link-sao-paulo')).toBeVisible();
  await expect(shown(page)).toHaveCount(members.filter((m) => matchesQuery('sao paulo', [m.name, m.country, m.region, m.note])).length);
  // capitals and accents as a visitor may type them find the same cities
  await page.getByTestId('search').fill('SÃO PAULO');
  await expect(page.locator('#member-link-sao-paulo')).toBeVisible();
  await expect(shown(page)).toHaveCount(members.filter((m) => matchesQuery('sao paulo', [m.name, m.country, m.region, m.note])).length);
  await page.getByTestId('search').fill('atlantis');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await expect(page.getByTestId('member-count')).toHaveText(`Showing 0 of ${members.length} members`);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(at('/members'));
  await expect(shown(page)).toHaveCount(members.length);
  await expect(page.getByTestId('search')).toHaveValue('');
});

test("Seoul's page: country, region, roles, every appearance linked, sources, and the map", async ({ page }) => {
  const seoul = byId(members, 'seoul');
  const resp = await page.goto('/members/seoul');
  expect(resp?.status()).toBe(200);
  await expect(page).toHaveTitle('Seoul (Republic of Korea) · WeGO 10');
  await expect(page.locator('#member-card-title')).toHaveText(/Seoul/);
  await expect(card(page)).toContainText(seoul.country);
  await expect(card(page)).toContainText(seoul.region);
  for (const [role, label] of ROLES) {
    if (memberRoles(seoul).includes(role)) await expect(card(page)).toContainText(label);
  }
  // the inaugural General Assembly, linked
  const list = card(page).getByTestId('appearances');
  const ga = list.locator('a[href="/timeline/inaugural-general-assembly-2010"]').first();
  await expect(ga).toContainText('Inaugural WeGO General Assembly');
  await expect(list.locator('a[href="/offices/seoul-secretariat"]').first()).toBeVisible();
  // exactly the pages the data relates it to (one link per page), and nothing else
  const hrefs = await list.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect([...new Set(hrefs)].sort()).toEqual([...new Set(appearances('seoul').map((a) => a.href))].sort());
  // sources, linked where they have an address
  const sources = card(page).getByTestId('sources');
  for (const src of seoul.sources as { label: string; url?: string }[]) {
    await expect(sources).toContainText(src.label);
    if (src.url) await expect(sources.locator(`a[href="${src.url}"]`).first()).toBeVisible();
  }
  // a city with coordinates is on the map
  await expect(card(page).getByTestId('member-on-map')).toHaveAttribute('href', '/offices?members=1');
  // following an appearance leads to the event, which links back
  await ga.click();
  await expect(page).toHaveURL(at('/timeline/inaugural-general-assembly-2010'));
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await openDetail(page, 'event-detail').getByTestId('related-member-seoul').click();
  await expect(page).toHaveURL(at('/members/seoul'));
  await expect(card(page)).toBeVisible();
});

test('an award winner links to its award and its office; a member without coordinates is not on the map', async ({ page }) => {
  await page.goto('/members/mexico-city');
  const list = card(page).getByTestId('appearances');
  await expect(list.locator('a[href="/awards/4th/mexico-city-my-safe-city"]')).toBeVisible();
  await expect(list.locator('a[href="/offices/mexico-city"]')).toBeVisible();
  await expect(card(page)).toContainText('Award winner');
  await list.locator('a[href="/awards/4th/mexico-city-my-safe-city"]').click();
  await expect(page.getByRole('dialog')).toContainText('Mexico City');
  await expect(page.getByRole('dialog').getByTestId('related-member-mexico-city')).toHaveAttribute('href', '/members/mexico-city');

  // a corporate member has no place on the map, and says what it is
  const corporate = members.find((m) => m.kind === 'corporate')!;
  await page.goto(`/members/${corporate.id}`);
  await expect(page.locator('#member-card-title')).toContainText(corporate.name);
  await expect(card(page)).toContainText('Corporate member');
  await expect(card(page).getByTestId('member-on-map')).toHaveCount(0);
  // a beneficiary city of the 2011 training links to it
  await page.goto('/members/quito');
  await expect(card(page).getByTestId('appearances').locator('a[href="/timeline/e-government-training-2011"]')).toBeVisible();
  await expect(card(page)).toContainText('Program beneficiary');
});

// ——— The member cities on the offices map ———

const memberMarkers = (page: Page) => page.locator('[data-testid^="marker-member-"]:visible');
const officeMarkers = (page: Page) => page.locator('[data-testid^="marker-"]:not([data-testid^="marker-member-"]):visible');

test('map: the member layer is off by default, its switch lives in the URL, with markers and a list twin', async ({ page }) => {
  await page.goto('/offices');
  const layer = page.getByTestId('member-layer');
  await expect(layer).not.toBeChecked();
  await expect(layer).toHaveAccessibleName(/Show member cities/);
  await expect(memberMarkers(page)).toHaveCount(0);
  await expect(officeMarkers(page)).toHaveCount(offices.length);
  await layer.check();
  await expect(page).toHaveURL(at('/offices', 'members=1'));
  await expect(memberMarkers(page)).toHaveCount(onMap.length);
  await expect(officeMarkers(page)).toHaveCount(offices.length); // the offices stay
  const seoul = page.getByTestId('marker-member-seoul');
  await expect(seoul).toHaveAccessibleName(/Seoul/);
  await expect(seoul).toHaveAttribute('tabindex', '0');
  // the list twin: a link to each member on the map
  const twin = page.locator('ul[data-testid="member-map-list"]');
  await expect(twin.locator('a')).toHaveCount(onMap.length);
  for (const m of onMap) await expect(twin.locator(`a[href="/members/${m.id}"]`)).toHaveCount(1);
  // members without coordinates have no marker
  for (const m of members.filter((x) => !onMap.includes(x)).slice(0, 5)) await expect(page.getByTestId(`marker-member-${m.id}`)).toHaveCount(0);
  await page.reload();
  await expect(layer).toBeChecked();
  await expect(memberMarkers(page)).toHaveCount(onMap.length);
  await layer.uncheck();
  await expect(page).toHaveURL(at('/offices'));
  await expect(memberMarkers(page)).toHaveCount(0);
});

test('map: a member marker opens its page with Enter or a click; the list twin links there', async ({ page }) => {
  await page.goto('/offices?members=1');
  await page.getByTestId('marker-member-quito').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(at('/members/quito'));
  await expect(page.locator('#member-card-title')).toContainText('Quito');
  await page.goBack();
  await expect(page).toHaveURL(at('/offices', 'members=1'));
  await expect(page.getByTestId('member-layer')).toBeChecked();
  await page.getByTestId('marker-member-barcelona').click();
  await expect(page).toHaveURL(at('/members/barcelona'));
  await page.goBack();
  await page.locator('ul[data-testid="member-map-list"] a[href="/members/nairobi"]').click();
  await expect(page).toHaveURL(at('/members/nairobi'));
  await expect(card(page)).toContainText('Kenya');
});

test("map: the year control shows the members who had appeared in WeGO's story by then", async ({ page }) => {
  const first = onMapBy(2010);
  expect(first.map((m) => m.id)).toEqual(['seoul']);
  await page.goto('/offices?members=1&year=2010');
  await expect(page.getByTestId('member-layer')).toBeChecked();
  await expect(memberMarkers(page)).toHaveCount(first.length);
  await expect(page.getByTestId('marker-member-seoul')).toBeVisible();
  await expect(page.getByTestId('marker-member-quito')).toBeHidden();
  await page.getByTestId('year').fill('2011');
  await expect.poll(() => query(page)).toEqual({ members: '1', year: '2011' });
  await expect(memberMarkers(page)).toHaveCount(onMapBy(2011).length);
  await expect(page.getByTestId('marker-member-quito')).toBeVisible();
  await page.getByTestId('year').fill('2017');
  await expect(memberMarkers(page)).toHaveCount(onMapBy(2017).length);
  await expect(page.getByTestId('marker-member-sao-paulo')).toBeHidden(); // an award winner of 2020
  await page.reload();
  await expect(page.getByTestId('year-value')).toHaveText('2017');
  await expect(memberMarkers(page)).toHaveCount(onMapBy(2017).length);
  // the member page's map link turns the layer on
  await page.goto('/members/seoul');
  await card(page).getByTestId('member-on-map').click();
  await expect(page).toHaveURL(at('/offices', 'members=1'));
  await expect(page.getByTestId('member-layer')).toBeChecked();
  await expect(page.getByTestId('marker-member-seoul')).toBeVisible();
});

test('map: phone: the member layer is off at first and the map stays usable with it on @phone-only', async ({ page }) => {
  await page.goto('/offices');
  await expect(page.getByTestId('member-layer')).not.toBeChecked();
  await expect(memberMarkers(page)).toHaveCount(0);
  await page.getByTestId('member-layer').tap();
  await expect(page).toHaveURL(at('/offices', 'members=1'));
  await expect(memberMarkers(page)).toHaveCount(onMap.length);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId('marker-member-quito').tap();
  await expect(page).toHaveURL(at('/members/quito'));
  await expect(page.locator('#member-card-title')).toContainText('Quito');
});
