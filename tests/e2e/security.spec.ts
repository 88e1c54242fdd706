import { test, expect, Page } from './fixtures';
import crypto from 'node:crypto';
import { APP, CSP, SUB } from './ports';

// (a) Markup in the data is shown as text, never run: every page is written by the build
// and reads no data in the browser (crates/site/tests/site_pages.rs checks the markup of
// site.json, timeline.json, awards.json and offices.json there, and the validator
// rejects a javascript: source URL: crates/core/src/data/validate.rs).

// (b) No inline event handlers anywhere in the rendered DOM.
const views = [
  { url: '/', ready: 'key-figures' },
  { url: '/timeline', ready: 'event' },
  { url: '/timeline/general-assembly-2017-ulyanovsk', ready: 'event-detail' },
  { url: '/offices', ready: 'office' },
  { url: '/offices/chengdu', ready: 'office-card' },
  { url: '/awards', ready: 'winner' },
  { url: '/awards/4th/mexico-city-my-safe-city', ready: 'lightbox' },
  { url: '/no/such/page', ready: 'not-found' },
];

for (const v of views) {
  test(`no inline event handler attributes on ${v.url} @phone`, async ({ page }) => {
    await page.goto(v.url);
    await expect(page.getByTestId(v.ready).first()).toBeVisible();
    const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `<${e.tagName.toLowerCase()} ${a.name}="${a.value}">`)));
    expect(handlers).toEqual([]);
  });
}

// (c) Under a strict Content-Security-Policy (no inline script or style), every route
// loads and works, and the browser reports no violation.
test.describe('under a strict Content-Security-Policy', () => {
  test.use({ baseURL: CSP });

  const routes = [
    { url: '/', ready: 'key-figures', act: async (page: Page) => { await page.getByTestId('entry-timeline').click(); await expect(page.getByTestId('event').first()).toBeVisible(); } },
    { url: '/timeline', ready: 'event', act: async (page: Page) => { await page.locator('#event-link-general-assembly-2017-ulyanovsk').click(); await expect(page.getByTestId('event-detail')).toBeVisible(); } },
    { url: '/offices', ready: 'office', act: async (page: Page) => { await page.getByTestId('marker-chengdu').click(); await page.getByTestId('zoom-in').click(); await expect(page.getByTestId('office-card')).toBeVisible(); } },
    { url: '/awards', ready: 'winner', act: async (page: Page) => { await page.locator('#winner-link-goyang-smart-city-plan').click(); await expect(page.getByRole('dialog')).toBeVisible(); } },
    { url: '/awards/4th/mexico-city-my-safe-city', ready: 'lightbox', act: async (page: Page) => { await page.keyboard.press('Escape'); await expect(page.getByTestId('winner').first()).toBeVisible(); } },
  ];

  for (const r of routes) {
    test(`${r.url} loads and works with no CSP violation`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`.trim()));
      });
      const consoleCsp: string[] = [];
      page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) consoleCsp.push(m.text()); });
      const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      const resp = await page.goto(r.url);
      expect(resp?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
      // wait for the app (or give up after a while), then list what the policy blocked
      await page.getByTestId(r.ready).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      expect(await violations()).toEqual([]);
      expect(consoleCsp).toEqual([]);
      await expect(page.getByTestId(r.ready).first()).toBeVisible();
      await r.act(page);
      expect(await violations()).toEqual([]);
      expect(consoleCsp).toEqual([]);
    });
  }
});

// (d) Subresource Integrity: every script, stylesheet and preload of every served page
// carries a sha384 hash, and the hash is that of the file the server sends.
const pagesToCheck = [
  `${APP}/`, `${APP}/timeline`, `${APP}/timeline/general-assembly-2017-ulyanovsk`, `${APP}/offices`,
  `${APP}/offices/chengdu`, `${APP}/awards`, `${APP}/awards/4th`, `${APP}/awards/4th/goyang-smart-city-plan`,
  `${APP}/no/such/page`, `${SUB}/wego10/`, `${SUB}/wego10/awards`,
];

/** The <script> and <link> tags of an HTML text, with their attributes. */
function tags(html: string) {
  const out: { tag: string; attrs: Record<string, string> }[] = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      attrs[a[1].toLowerCase()] = (a[2] ?? '').replace(/^["']|["']$/g, '');
    }
    out.push({ tag: m[1].toLowerCase(), attrs });
  }
  return out;
}

for (const url of pagesToCheck) {
  test(`SRI: every script, stylesheet and preload of ${url.replace(/^http:\/\/[^/]+/, '')} has a matching sha384`, async ({ request }) => {
    const resp = await request.get(url);
    expect(resp.headers()['content-type']).toContain('text/html');
    const html = await resp.text();
    // Code and styles only: the data preload (data/*.json) carries no hash on purpose, as
    // the app's fetch of it has none either (a hashed preload would not be reused).
    const checked = tags(html).filter((t) =>
      (t.tag === 'script' && 'src' in t.attrs) ||
      (t.tag === 'link' && /(^|\s)(stylesheet|modulepreload|preload)(\s|$)/i.test(t.attrs.rel ?? '') && !/^data\//.test(t.attrs.href ?? '')));
    expect(checked.some((t) => /\/boot-[0-9a-f]+\.js$/.test(t.attrs.src ?? '')), 'the bootstrap is a file').toBe(true);
    // One stylesheet per page (the build merges style/), besides the no-JavaScript one.
    const sheets = checked.filter((t) => t.tag === 'link' && /stylesheet/.test(t.attrs.rel));
    expect(sheets.filter((t) => !/\/nojs\.css$/.test(t.attrs.href)).map((t) => t.attrs.href)).toEqual([expect.stringMatching(/\/style-[0-9a-z]+\.css$/)]);
    expect(checked.some((t) => /modulepreload/.test(t.attrs.rel ?? '') || t.tag === 'script')).toBe(true);
    const problems: string[] = [];
    for (const t of checked) {
      const href = t.attrs.src ?? t.attrs.href;
      const integrity = t.attrs.integrity ?? '';
      if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)) {
        problems.push(`${href}: integrity "${integrity}"`);
        continue;
      }
      const file = await request.get(new URL(href, url).toString());
      expect(file.status(), href).toBe(200);
      const hash = `sha384-${crypto.createHash('sha384').update(await file.body()).digest('base64')}`;
      if (hash !== integrity) problems.push(`${href}: integrity ${integrity} but the file hashes to ${hash}`);
    }
    expect(problems).toEqual([]);
  });
}
