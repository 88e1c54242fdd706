import { test, expect, Page } from './fixtures';
import { itemSectionTests, at, openDetail } from './item-section';
import { people, byId, offices, personGroups, GROUPS, personEvents, editionsJudged, roleYears } from './story';

// #WeGOTEAM: the people who led WeGO and its offices, its presidents and the judges of
// the awards, each with roles, years, the editions judged and the events they appear in.
// The sources hold no testimonial quotes, so the section has none.

const card = (page: Page) => openDetail(page, 'person-card');
const shown = (page: Page) => page.locator('[data-testid="person"]:visible');
const shownIds = async (page: Page) => shown(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const inGroup = (g: string) => people.filter((p) => personGroups(p).includes(g));
const GROUP_LABELS: Record<string, string> = {
  secretariat: 'Secretariat',
  'regional-offices': 'Regional offices',
  leadership: 'Presidents',
  judges: 'Award judges',
};

itemSectionTests({
  path: '/team',
  item: 'person',
  link: 'person-link-',
  card: 'person-card',
  count: 'person-count',
  noun: ['person', 'people'],
  ids: people.map((p) => p.id),
  name: (id) => byId(people, id).name,
  heading: 'People who made WeGO successful',
  kicker: '#WeGOTEAM',
  title: '#WeGOTEAM: the people who led WeGO',
  filter: 'group=secretariat',
  sample: 'young-sook-nam',
  hashtag: 'WeGOTEAM',
});

test('group filters round-trip through the URL, and each group holds the people the data gives it', async ({ page }) => {
  await page.goto('/team');
  for (const g of GROUPS) {
    expect(inGroup(g).length, g).toBeGreaterThan(0);
    await expect(page.getByTestId(`group-${g}`)).toContainText(GROUP_LABELS[g]);
  }
  const sgs = inGroup('secretariat');
  await page.getByTestId('group-secretariat').click();
  await expect.poll(() => query(page)).toEqual({ group: 'secretariat' });
  await expect(page.getByTestId('group-secretariat')).toHaveAttribute('aria-pressed', 'true');
  await expect(shown(page)).toHaveCount(sgs.length);
  expect(await shownIds(page)).toEqual(sgs.map((p) => p.id).sort());
  await expect(page.getByTestId('person-count')).toHaveText(`Showing ${sgs.length} of ${people.length} people`);
  await page.reload();
  await expect(shown(page)).toHaveCount(sgs.length);
  await page.getByTestId('group-all').click();
  await expect(page).toHaveURL(at('/team'));
  await expect(shown(page)).toHaveCount(people.length);
  for (const g of GROUPS.slice(1)) {
    await page.goto(`/team?group=${g}`);
    await expect(shown(page), g).toHaveCount(inGroup(g).length);
    expect(await shownIds(page), g).toEqual(inGroup(g).map((p) => p.id).sort());
  }
});

test('search finds a person by name; an empty result offers to clear', async ({ page }) => {
  await page.goto('/team');
  await page.getByTestId('search').fill('openysheva');
  await expect.poll(() => query(page)).toEqual({ q: 'openysheva' });
  await expect(shown(page)).toHaveCount(1);
  await expect(page.locator('#person-link-svetlana-openysheva')).toBeVisible();
  await page.getByTestId('search').fill('zzzz');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(shown(page)).toHaveCount(people.length);
});

test("a Secretary General's page: role, place, years, and the event of the appointment, linked", async ({ page }) => {
  const nam = byId(people, 'young-sook-nam');
  const role = nam.roles[0];
  const resp = await page.goto('/team/young-sook-nam');
  expect(resp?.status()).toBe(200);
  await expect(page).toHaveTitle('Young-sook Nam · WeGO 10');
  await expect(page.locator('#person-card-title')).toHaveText(/Young-sook Nam/);
  const roles = card(page).getByTestId('person-roles');
  await expect(roles.locator('li')).toHaveCount(nam.roles.length);
  await expect(roles.locator('li').first()).toContainText(role.title); // Secretary General
  await expect(roles.locator('li').first()).toContainText(offices.find((o) => o.id === role.office)!.name); // WeGO Secretariat
  await expect(roles.locator('li').first()).toContainText(roleYears(role)); // from 2016
  await expect(card(page).getByTestId('person-editions')).toHaveCount(0); // not a judge
  const events = card(page).getByTestId('person-events');
  expect(await events.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    .toEqual(personEvents('young-sook-nam').map((e) => `/timeline/${e.id}`));
  await events.locator('a[href="/timeline/new-secretary-general-2016"]').click();
  await expect(page).toHaveURL(at('/timeline/new-secretary-general-2016'));
  await expect(openDetail(page, 'event-detail').getByTestId('related-person-young-sook-nam')).toHaveAttribute('href', '/team/young-sook-nam');
  await expect(openDetail(page, 'event-detail').getByTestId('related-person-won-soon-park')).toHaveAttribute('href', '/team/won-soon-park');
});

test("every Secretary General of the Secretariat is listed with the years the data gives", async ({ page }) => {
  for (const p of inGroup('secretariat')) {
    await page.goto(`/team/${p.id}?group=secretariat`);
    const roles = card(page).getByTestId('person-roles');
    for (const r of p.roles) {
      await expect(roles, p.id).toContainText(r.title);
      if (roleYears(r)) await expect(roles, p.id).toContainText(roleYears(r));
    }
  }
});

test("a president's years and a regional office's head", async ({ page }) => {
  await page.goto('/team/won-soon-park');
  await expect(card(page).getByTestId('person-roles')).toContainText('President');
  await expect(card(page).getByTestId('person-roles')).toContainText('2012 and 2016');
  await page.goto('/team/charlie-wang');
  const roles = card(page).getByTestId('person-roles');
  await expect(roles).toContainText('Secretary General');
  await expect(roles).toContainText('East Asia Regional Office');
  await expect(roles).toContainText('2014');
  await expect(card(page).getByTestId('person-events').locator('a[href="/timeline/regional-offices-asia-europe-2014"]')).toBeVisible();
});

test("a judge's page: the editions judged, linked to the awards, and the events", async ({ page }) => {
  const judged = editionsJudged('pan-suk-kim');
  expect(judged.map((e) => e.id)).toEqual(['1st']);
  await page.goto('/team/pan-suk-kim');
  const editions = card(page).getByTestId('person-editions');
  expect(await editions.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(judged.map((e) => `/awards/${e.id}`));
  await expect(editions).toContainText(judged[0].name);
  await expect(card(page).getByTestId('person-roles')).toContainText('Judge');
  await expect(card(page).getByTestId('person-roles')).toContainText(String(judged[0].year));
  await expect(card(page).getByTestId('person-events').locator('a[href="/timeline/mou-wego-iias-2012"]')).toBeVisible();
  // a judge of two editions
  await page.goto('/team/jong-sung-hwang');
  const two = editionsJudged('jong-sung-hwang').map((e) => `/awards/${e.id}`);
  expect(two.length).toBe(2);
  expect(await card(page).getByTestId('person-editions').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(two);
  await card(page).getByTestId('person-editions').locator(`a[href="${two[1]}"]`).click();
  await expect(page).toHaveURL(at(two[1]));
  await expect(page.getByTestId('judges').locator('a[href="/team/jong-sung-hwang"]')).toBeVisible();
});

test('no quotes anywhere: the sources hold none, so no testimonial is shown', async ({ page, request }) => {
  await page.goto('/team');
  const quotes = 'blockquote, q, [data-testid*="quote"], [data-testid*="testimonial"], .testimonial';
  await expect(page.locator(quotes)).toHaveCount(0);
  await page.goto('/team/young-sook-nam');
  await expect(card(page)).toBeVisible();
  await expect(page.locator(quotes)).toHaveCount(0);
  // and none on any person's static page
  for (const p of people) {
    const html = await (await request.get(`/team/${p.id}`)).text();
    expect(html, p.id).not.toMatch(/<blockquote|<q[\s>]|class="[^"]*testimonial|data-testid="[^"]*(quote|testimonial)/i);
  }
});
