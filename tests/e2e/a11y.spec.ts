import { test, expect } from './fixtures';
import path from 'node:path';

// axe-core (npm) injected into the page: no violations on any route or open detail view.
const views = [
  { url: '/', ready: 'key-figures' },
  { url: '/timeline', ready: 'event' },
  { url: '/timeline/general-assembly-2017-ulyanovsk', ready: 'event-detail' },
  { url: '/timeline?q=zzzz', ready: 'no-results' },
  { url: '/offices', ready: 'office' },
  { url: '/offices/chengdu', ready: 'office-card' },
  { url: '/awards', ready: 'winner' },
  { url: '/awards/4th/jeju-bus-location-service', ready: 'lightbox' },
  { url: '/no/such/page', ready: 'not-found' },
  { url: '/members', ready: 'member' },
  { url: '/members/seoul', ready: 'member-card' },
  { url: '/members?q=zzzz', ready: 'no-results' },
  { url: '/partners', ready: 'partner' },
  { url: '/partners/nia', ready: 'partner-card' },
  { url: '/team', ready: 'person' },
  { url: '/team/young-sook-nam', ready: 'person-card' },
  { url: '/team/pan-suk-kim', ready: 'person-card' },
  { url: '/offices?members=1', ready: 'marker-member-seoul' },
  { url: '/offices/chengdu?members=1', ready: 'office-card' },
  { url: '/embed/members/seoul', ready: 'member-card' },
  { url: '/offices', ready: 'office', open: 'embed-open', opened: 'embed-dialog' },
  { url: '/embed/timeline/general-assembly-2017-ulyanovsk', ready: 'event-detail' },
  { url: '/embed/awards?compact=1&transparent=1', ready: 'winner' },
];

// In the light theme and in the dark one (the visitor's system preference).
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const view of views) {
      let v = view;
      const tag = scheme === 'light' ? ' @phone' : '';
      // A transparent embed has the host's background, which axe cannot know: in the dark
      // theme (light text) it is checked on its own background.
      if (scheme === 'dark' && v.url.includes('transparent=1')) v = { ...v, url: v.url.replace('&transparent=1', '') };
      test(`axe finds no violations on ${v.url}${v.open ? ` with ${v.opened} open` : ''} (${scheme})${tag}`, async ({ page }) => {
        await page.goto(v.url);
        await expect(page.getByTestId(v.ready).first()).toBeVisible();
        if (v.open) {
          await page.getByTestId(v.open).click();
          await expect(page.getByTestId(v.opened!)).toBeVisible();
        }
        await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () =>
          // @ts-expect-error axe is injected above
          (await axe.run(document, { resultTypes: ['violations'] })).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`));
        expect(violations).toEqual([]);
      });
    }
  });
}
