import { test, expect, Page } from './fixtures';
import { openDetail } from './item-section';
import { APP, SUB, HOST } from './ports';

// Embeds on a member site's page served from another origin (HOST, a second loopback
// port), through embed.js and as a plain iframe, and share previews without JS.

const EVENT = 'inaugural-general-assembly-2010';
const TITLE = 'WeGO 10: the timeline of WeGO (#BACKTRACK)';
const iframeOf = (page: Page) => page.locator(`iframe[title="${TITLE}"]`);
const frameOf = (page: Page) => page.frameLocator(`iframe[title="${TITLE}"]`);
const heightOf = (page: Page) => iframeOf(page).evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
const contentHeight = (page: Page) =>
  frameOf(page).locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));

function pngSize(buf: Buffer) {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

test('raw HTML of an item URL carries its share tags, and its preview PNG is 1200×630', async ({ request }) => {
  for (const [path, title] of [
    [`/timeline/${EVENT}`, 'Inaugural WeGO General Assembly'],
    ['/offices/seoul-secretariat', 'Seoul'],
    ['/awards', 'The WeGO Awards'],
    ['/members/seoul', 'Seoul'],
    ['/partners/nia', 'National Information Society Agency'],
    ['/team', '#WeGOTEAM'],
  ]) {
    const res = await request.get(path, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    const tag = (p: string) => html.match(new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`))?.[1];
    expect(tag('og:title'), path).toContain(title);
    expect(tag('og:description'), path).toBeTruthy();
    expect(tag('twitter:card')).toBe('summary_large_image');
    expect(tag('og:image:width')).toBe('1200');
    expect(tag('og:image:height')).toBe('630');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+"/);
    const image = new URL(tag('og:image')!);
    const png = await request.get(image.pathname);
    expect(png.status(), image.pathname).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(pngSize(await png.body())).toEqual([1200, 630]);
  }
});

test('the sub-path build has its cards and embeds under /wego10/', async ({ page, request }) => {
  const html = await (await request.get(`${SUB}/wego10/awards/4th`)).text();
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1];
  expect(new URL(image).pathname).toBe('/wego10/cards/awards/4th.png');
  expect(pngSize(await (await request.get(`${SUB}/wego10/cards/awards/4th.png`)).body())).toEqual([1200, 630]);
  await page.goto(`${SUB}/wego10/embed/awards?compact=1`);
  await expect(page.getByTestId('winner').first()).toBeVisible();
  // The item can also be given as a parameter; it becomes the item's path.
  await page.goto(`${SUB}/wego10/embed/timeline?item=inaugural-general-assembly-2010&compact=1`);
  await expect(page.locator('#event-detail-title')).toContainText('Inaugural WeGO General Assembly');
  await expect(page).toHaveURL(`${SUB}/wego10/embed/timeline/inaugural-general-assembly-2010?compact=1`);
  await page.goto(`${SUB}/wego10/embed/awards?compact=1`);
  await expect(page.getByTestId('winner').first()).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/embed--compact/);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByTestId('embed-open-full')).toHaveAttribute('href', '/wego10/awards');
});

test('/embed/members/seoul shows the member card without the site chrome; the other sections embed too', async ({ page }) => {
  const resp = await page.goto('/embed/members/seoul');
  expect(resp?.status()).toBe(200);
  await expect(page.getByTestId('member-card')).toBeVisible();
  await expect(page.locator('#member-card-title')).toContainText('Seoul');
  await expect(openDetail(page, 'member-card').getByTestId('appearances').getByRole('link').first()).toBeVisible();
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.site-footer')).toHaveCount(0);
  await expect(page.getByTestId('embed-open-full')).toHaveAttribute('href', '/members/seoul');
  // stepping inside the embed stays inside it
  await page.getByTestId('member-card').getByTestId('next').click();
  await expect(page).toHaveURL(/\/embed\/members\/[a-z0-9-]+$/);
  await expect(page).not.toHaveURL(/\/embed\/members\/seoul$/);
  for (const [section, item] of [['partners', 'partner'], ['team', 'person']]) {
    await page.goto(`/embed/${section}`);
    await expect(page.getByTestId(item).first()).toBeVisible();
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.getByTestId('embed-open-full')).toHaveAttribute('href', `/${section}`);
  }
});

test('"Embed" writes both snippets, and both work when pasted into another site', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await page.goto(`/timeline/${EVENT}`);
  const open = page.getByTestId('embed-open');
  await open.click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText('Embed the timeline of WeGO (#BACKTRACK) on your site');
  const script = dialog.getByTestId('embed-script');
  const iframe = dialog.getByTestId('embed-iframe');
  await expect(script).toHaveValue(new RegExp(`data-wego10-embed="timeline" data-item="${EVENT}"`));
  await expect(script).toHaveValue(new RegExp(`<script src="${APP}/embed.js" async></script>`));
  await dialog.getByTestId('embed-compact').check();
  await expect(iframe).toHaveValue(`<iframe src="${APP}/embed/timeline/${EVENT}?compact=1" title="${TITLE}" loading="lazy" style="width:100%;height:640px;border:0;color-scheme:light dark"></iframe>`);
  await dialog.getByTestId('embed-compact').uncheck();
  await dialog.getByTestId('embed-copy-iframe').click();
  await expect(dialog.getByTestId('embed-status')).toHaveText('The iframe snippet is copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await iframe.inputValue());
  await dialog.getByTestId('embed-with-item').uncheck();
  await expect(script).not.toHaveValue(/data-item/);
  const scriptSnippet = await script.inputValue();
  // Esc closes the modal dialog and focus returns to its button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/timeline/${EVENT}$`), { timeout: 1000 });

  // The plain iframe, on a page of another origin with no script of ours: fixed height, works.
  await page.goto(`${HOST}/blank.html`);
  await page.evaluate((html) => { document.getElementById('slot')!.innerHTML = html; }, copied);
  await expect(frameOf(page).locator('#event-detail-title')).toContainText('Inaugural WeGO General Assembly');
  await expect(frameOf(page).locator('.site-header')).toHaveCount(0);
  expect(await heightOf(page)).toBe(640);

  // The script variant: the placeholder becomes an iframe that fits its content.
  await page.goto(`${HOST}/blank.html`);
  await page.evaluate((html) => {
    const slot = document.getElementById('slot')!;
    slot.innerHTML = html; // scripts inserted as HTML do not run: add it as a browser would
    const src = slot.querySelector('script')!.getAttribute('src')!;
    const s = document.createElement('script');
    s.src = src;
    document.body.appendChild(s);
  }, scriptSnippet);
  await expect(frameOf(page).getByTestId('event').first()).toBeVisible();
  await expect.poll(() => heightOf(page)).not.toBe(640);
  await expect.poll(async () => Math.abs((await heightOf(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(2);
});

test.describe('on a narrow host page (the timeline as a vertical list)', () => {
test.use({ viewport: { width: 700, height: 900 } });

test('an embed on a host page resizes with its content and ignores foreign messages', async ({ page }) => {
  await page.goto(`${HOST}/host.html?app=${encodeURIComponent(APP)}`);
  const frame = frameOf(page);
  await expect(frame.getByTestId('event').first()).toBeVisible();
  await expect(iframeOf(page)).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => heightOf(page)).toBeGreaterThan(1000);
  const tall = await heightOf(page);
  // Fewer events: the iframe shrinks to the new content height.
  await frame.getByTestId('category-campaign').click();
  await expect.poll(() => heightOf(page)).toBeLessThan(tall - 200);
  await expect.poll(async () => Math.abs((await heightOf(page)) - (await contentHeight(page)))).toBeLessThanOrEqual(2);
  const short = await heightOf(page);

  // A message from any other window or origin is ignored by embed.js…
  await page.evaluate(() => window.postMessage({ type: 'wego10:height', height: 77 }, '*'));
  await page.evaluate(() => window.postMessage({ type: 'wego10:navigate', item: 'forged' }, '*'));
  await page.waitForTimeout(300);
  expect(await heightOf(page)).toBe(short);
  expect(page.url()).not.toContain('forged');

  // …and the app ignores a "host" message that is not from its host page's origin.
  await frame.locator('body').evaluate(() =>
    window.postMessage({ type: 'wego10:host', url: 'https://evil.example/', param: 'x' }, '*'));
  await frame.getByTestId('category-all').click();
  // An event far down the tall iframe opens where the visitor is looking, not at
  // the iframe's top or middle.
  await frame.locator('[data-testid="event"] a').last().click();
  const box = (await frame.locator('#event-detail-title').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  await expect(frame.getByTestId('close')).toBeInViewport();
  await expect(frame.getByTestId('event-detail').getByTestId('share-x')).toHaveAttribute('href', new RegExp(encodeURIComponent(HOST)));
  await expect(frame.getByTestId('event-detail').getByTestId('share-x')).not.toHaveAttribute('href', /evil/);
});

test('a link followed inside the embed before the app has taken over keeps the host page: shares point there', async ({ page, context }) => {
  // The wasm arrives late: the click follows the prerendered link, loading a new page in the frame.
  await context.route('**/*.wasm', async (r) => { await new Promise((x) => setTimeout(x, 2500)); await r.continue(); });
  const host = `${HOST}/host.html?app=${encodeURIComponent(APP)}`;
  await page.goto(host);
  const frame = frameOf(page);
  await frame.locator(`[data-id="${EVENT}"] a`).click();
  await expect(frame.locator('#event-detail-title')).toContainText('Inaugural WeGO General Assembly');
  await expect(frame.getByTestId('event-detail').getByTestId('share-x')).toHaveAttribute(
    'href', new RegExp(encodeURIComponent(`${host}&wego10-timeline=${EVENT}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('an item opened in an embed is mirrored into the host URL, shared as the host URL, and reopens from it', async ({ page }) => {
  const host = `${HOST}/host.html?app=${encodeURIComponent(APP)}`;
  await page.goto(host);
  const frame = frameOf(page);
  await frame.locator(`[data-id="${EVENT}"] a`).click();
  await expect(frame.locator('#event-detail-title')).toContainText('Inaugural WeGO General Assembly');
  await expect(page).toHaveURL(`${host}&wego10-timeline=${EVENT}`);
  // Share buttons inside the embed share the host page's link to this item.
  await expect(frame.getByTestId('event-detail').getByTestId('share-x')).toHaveAttribute(
    'href', new RegExp(encodeURIComponent(`${host}&wego10-timeline=${EVENT}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Stepping to the next event follows in the host URL.
  await frame.getByTestId('next').click();
  await expect(page).not.toHaveURL(new RegExp(EVENT));
  await expect(page).toHaveURL(/wego10-timeline=[a-z0-9-]+$/);
  const next = new URL(page.url()).searchParams.get('wego10-timeline')!;
  // A visitor who opens the host page's link lands on the same item.
  await page.goto('about:blank');
  await page.goto(`${host}&wego10-timeline=${next}`);
  await expect(frameOf(page).locator('#event-detail-title')).toBeVisible();
  await expect(frameOf(page).locator(`[data-id="${next}"] a`)).toHaveAttribute('aria-current', /.+/);
  // Closing the item removes it from the host URL.
  await frameOf(page).getByTestId('close').click();
  await expect(page).toHaveURL(host);
});
});
