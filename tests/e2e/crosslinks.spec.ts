import { test, expect, Page } from './fixtures';
import { at, openDetail } from './item-section';
import {
  events, offices, editions, members, partners, people, appearances, partnerEvents, personEvents, editionsJudged, headOf, isMember,
} from './story';

// Cross-links back: an event, an office card or a winner that names a member, a
// partner or a person links to its page (test ids related-member-<id>,
// related-partner-<id>, related-person-<id>), and the awards' judges link to the team.

// The open event's detail.
const detail = (page: Page) => openDetail(page, 'event-detail');

test('an event links to the members, partners and people it names, and they open', async ({ page }) => {
  await page.goto('/timeline/inaugural-general-assembly-2010');
  // Seoul hosted and founded: one link to it
  await expect(detail(page).getByTestId('related-member-seoul')).toHaveCount(1);
  await expect(detail(page).getByTestId('related-member-seoul')).toHaveAttribute('href', '/members/seoul');
  await expect(detail(page).getByTestId('related-member-seoul')).toContainText('Seoul');
  await expect(detail(page).getByTestId('related-person-oh-se-hoon')).toHaveAttribute('href', '/team/oh-se-hoon');
  await expect(detail(page).getByTestId('related-person-kim-il-soo')).toHaveAttribute('href', '/team/kim-il-soo');
  await detail(page).getByTestId('related-person-oh-se-hoon').click();
  await expect(page).toHaveURL(at('/team/oh-se-hoon'));
  await expect(page.locator('#person-card-title')).toContainText('Oh Se-hoon');

  await page.goto('/timeline/habitat-iii-quito-2016');
  for (const id of ['krihs', 'itu', 'world-bank', 'uclg-aspac']) {
    await expect(detail(page).getByTestId(`related-partner-${id}`)).toHaveAttribute('href', `/partners/${id}`);
  }
  await expect(detail(page).getByTestId('related-member-quito')).toHaveAttribute('href', '/members/quito');
  await detail(page).getByTestId('related-partner-krihs').click();
  await expect(page).toHaveURL(at('/partners/krihs'));
  await expect(page.locator('#partner-card-title')).toContainText('Korea Research Institute for Human Settlements');
  // and Back returns to the event
  await page.goBack();
  await expect(page).toHaveURL(at('/timeline/habitat-iii-quito-2016'));
  await expect(detail(page)).toBeVisible();
});

test('an office card links to its host member and its head', async ({ page }) => {
  await page.goto('/offices/chengdu');
  const card = openDetail(page, 'office-card');
  await expect(card.getByTestId('related-member-chengdu')).toHaveAttribute('href', '/members/chengdu');
  await expect(card.getByTestId('related-person-charlie-wang')).toHaveAttribute('href', '/team/charlie-wang');
  await card.getByTestId('related-person-charlie-wang').click();
  await expect(page).toHaveURL(at('/team/charlie-wang'));
  await expect(page.locator('#person-card-title')).toContainText('Charlie Wang');
  await page.goto('/offices/seoul-secretariat');
  await openDetail(page, 'office-card').getByTestId('related-member-seoul').click();
  await expect(page).toHaveURL(at('/members/seoul'));
  await expect(openDetail(page, 'member-card').getByTestId('appearances').locator('a[href="/offices/seoul-secretariat"]')).toBeVisible();
});

test('a winner links to its member; a winner whose city is not a member, or not named, links to none', async ({ page }) => {
  await page.goto('/awards/4th/goyang-smart-city-plan');
  // the open winner's detail in the dialog
  const dialog = openDetail(page, 'lightbox');
  await expect(dialog.getByTestId('related-member-goyang')).toHaveAttribute('href', '/members/goyang');
  await dialog.getByTestId('related-member-goyang').click();
  await expect(page).toHaveURL(at('/members/goyang'));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Goyang won twice (3rd and 4th editions): both awards are on its page
  const list = openDetail(page, 'member-card').getByTestId('appearances');
  await expect(list.locator('a[href="/awards/4th/goyang-smart-city-plan"]')).toBeVisible();
  await expect(list.locator('a[href="/awards/3rd/goyang-iot-waste-bins"]')).toBeVisible();
  // The awards were open to non-members: no source calls Belo Horizonte a member.
  await page.goto('/awards/4th/belo-horizonte-siu-mobile');
  await expect(dialog).toContainText('Belo Horizonte');
  await expect(dialog.locator('[data-testid^="related-member-"]')).toHaveCount(0);
  await page.goto('/awards/4th/mobility-special-mention');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(dialog.locator('[data-testid^="related-member-"]')).toHaveCount(0);
});

test("the awards' judges link to their pages in the team", async ({ page }) => {
  await page.goto('/awards');
  const judges = page.getByTestId('judges');
  const fourth = editions.find((e) => e.id === '4th')!;
  for (const j of fourth.judges.filter((x: { person?: string }) => x.person)) {
    await expect(judges.locator(`a[href="/team/${j.person}"]`), j.person).toContainText(j.name);
  }
  await judges.locator('a[href="/team/renata-avila"]').click();
  await expect(page).toHaveURL(at('/team/renata-avila'));
  await expect(page.locator('#person-card-title')).toContainText('Renata Avila');
  await expect(openDetail(page, 'person-card').getByTestId('person-editions').locator('a[href="/awards/4th"]')).toBeVisible();
});

// ——— Every cross-reference of the data, on the static pages (no JavaScript needed) ———

/** The href of the link with test id `testid` in `html`, or undefined. */
/** The open item's detail where the page has every item's (an islands page), else the page. */
function openPart(html: string) {
  const open = html.search(/<article\b[^>]*data-detail="[^"]*"(?![^>]*\shidden)[^>]*>/);
  return open < 0 ? html : html.slice(open, html.indexOf('</article>', open));
}
function hrefOf(html: string, testid: string) {
  const tag = (openPart(html).match(/<a\b[^>]*>/g) ?? []).find((t) => t.includes(`data-testid="${testid}"`));
  return tag?.match(/\shref="([^"]*)"/)?.[1];
}
/** The hrefs of the links inside the element with test id `testid` (a list: up to its `</ul>`),
 *  in the open item's detail where the page has every item's (an islands page). */
function hrefsIn(html: string, testid: string) {
  html = openPart(html);
  const start = html.indexOf(`data-testid="${testid}"`);
  if (start < 0) return undefined;
  const part = html.slice(start, html.indexOf('</ul>', start));
  return [...part.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]);
}
const uniq = (xs: string[]) => [...new Set(xs)].sort();

test('static pages: every event links to each member, partner and person it names', async ({ request }) => {
  for (const e of events) {
    const html = await (await request.get(`/timeline/${e.id}`)).text();
    for (const id of uniq((e.members ?? []).map((m: { id: string }) => m.id))) expect(hrefOf(html, `related-member-${id}`), `${e.id} → ${id}`).toBe(`/members/${id}`);
    for (const id of e.partners ?? []) expect(hrefOf(html, `related-partner-${id}`), `${e.id} → ${id}`).toBe(`/partners/${id}`);
    for (const id of e.people ?? []) expect(hrefOf(html, `related-person-${id}`), `${e.id} → ${id}`).toBe(`/team/${id}`);
  }
});

test('static pages: every office links to its host member and head; every named winner to its member; every judge to the team', async ({ request }) => {
  for (const o of offices) {
    const html = await (await request.get(`/offices/${o.id}`)).text();
    if (o.host_member) expect(hrefOf(html, `related-member-${o.host_member}`), o.id).toBe(`/members/${o.host_member}`);
    const head = headOf(o);
    if (head) expect(hrefOf(html, `related-person-${head.id}`), o.id).toBe(`/team/${head.id}`);
  }
  for (const ed of editions) {
    for (const w of ed.winners ?? []) {
      if (!w.member) continue;
      const html = await (await request.get(`/awards/${ed.id}/${w.id}`)).text();
      expect(hrefOf(html, `related-member-${w.member}`), w.id).toBe(`/members/${w.member}`);
    }
    const judged = (ed.judges ?? []).filter((j: { person?: string }) => j.person).map((j: { person: string }) => `/team/${j.person}`);
    if (!judged.length) continue;
    const html = await (await request.get(`/awards/${ed.id}`)).text();
    expect(uniq(hrefsIn(html, 'judges') ?? []), ed.id).toEqual(uniq(judged));
  }
});

test("static pages: every member, partner and person links to exactly what the data relates it to", async ({ request }) => {
  for (const m of members) {
    const html = await (await request.get(`/members/${m.id}`)).text();
    const expected = uniq(appearances(m.id).map((a) => a.href));
    expect(uniq(hrefsIn(html, 'appearances') ?? []), m.id).toEqual(expected);
  }
  for (const p of partners) {
    const html = await (await request.get(`/partners/${p.id}`)).text();
    expect(uniq(hrefsIn(html, 'partner-events') ?? []), p.id).toEqual(uniq(partnerEvents(p.id).map((e) => `/timeline/${e.id}`)));
    expect(hrefOf(html, 'partner-member'), p.id).toBe(isMember(p.id) ? `/members/${p.id}` : undefined);
  }
  for (const p of people) {
    const html = await (await request.get(`/team/${p.id}`)).text();
    expect(uniq(hrefsIn(html, 'person-events') ?? []), p.id).toEqual(uniq(personEvents(p.id).map((e) => `/timeline/${e.id}`)));
    expect(uniq(hrefsIn(html, 'person-editions') ?? []), p.id).toEqual(uniq(editionsJudged(p.id).map((e) => `/awards/${e.id}`)));
  }
});
