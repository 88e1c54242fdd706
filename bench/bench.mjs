// The bench: asset sizes and page-load figures of the release bundle, served from
// loopback to headless Chromium as the build's brotli copies (and, for the bytes on the
// wire, again from a gzip-only host). Prints a table; writes bench/results/last.json.
//   node bench/bench.mjs --dist dist [--runs 5] [--synthetic target/dist-synthetic-2000]
// --synthetic: a site whose timeline has 2,000 synthetic events (scripts/site.sh:
// write_synthetic_timeline), for the clicks of a large timeline.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const dist = arg('dist', 'dist');
const runs = Number(arg('runs', '5'));
const synthetic = arg('synthetic', '');
// Each click is measured this many times: one click varies by ±10 ms between runs on a
// shared machine, so its median needs more samples than a page load's.
const clicks = 5 * runs;
const port = 4199;
const base = `http://127.0.0.1:${port}`;
const gzipBase = `http://127.0.0.1:${port + 2}`;

// ---------------------------------------------------------------- sizes
const kb = (n) => (n / 1024).toFixed(1);
// The site's code; embed.js runs on member sites, not in the site (listed apart).
const assets = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'embed.js');
const embedJs = fs.readFileSync(path.join(dist, 'embed.js'));
let code = { raw: 0, gz: 0, br: 0 };
const sizeRows = assets.map((f) => {
  const b = fs.readFileSync(path.join(dist, f));
  const r = { file: f, raw: b.length, gz: zlib.gzipSync(b, { level: 9 }).length,
    br: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  code.raw += r.raw; code.gz += r.gz; code.br += r.br;
  return r;
}).sort((a, b) => b.raw - a.raw);
const dataRows = fs.readdirSync(path.join(dist, 'data')).filter((f) => f.endsWith('.json')).map((f) => {
  const b = fs.readFileSync(path.join(dist, 'data', f));
  return { file: `data/${f}`, raw: b.length, gz: zlib.gzipSync(b, { level: 9 }).length };
});

console.log('\n## Assets (KB)\n');
console.log('| file | raw | gzip | brotli |\n|---|---:|---:|---:|');
for (const r of sizeRows) console.log(`| ${r.file.replace(/-[0-9a-f]{16}/, '')} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
console.log(`| **code total (wasm+js+css)** | ${kb(code.raw)} | **${kb(code.gz)}** | ${kb(code.br)} |`);
// What a page loads of it: the islands build (wasm, its JS, Trunk's boot script), its
// loader, its stylesheet (each section's pages have their own: the largest counts) and
// no-app.js (embeds add embed-options.js, 404.html not-found.js).
const sum = (pick) => sizeRows.filter((r) => pick(r.file)).reduce((t, r) => t + r.gz, 0);
const largestSheet = Math.max(0, ...sizeRows.filter((r) => r.file.startsWith('style-')).map((r) => r.gz));
const pageCode = sum((f) => /^(wego10-islands-|boot-)/.test(f) || f === 'islands.js' || f === 'no-app.js') + largestSheet;
console.log(`| code a page loads (islands wasm+js, boot, islands.js, the largest page stylesheet, no-app.js) | | **${kb(pageCode)}** | |`);
for (const r of dataRows) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gz)} | |`);
console.log(`| embed.js (for member sites; budget 2 KB gzip) | ${kb(embedJs.length)} | ${kb(zlib.gzipSync(embedJs, { level: 9 }).length)} | |`);

// ---------------------------------------------------------------- loads
const server = spawn('node', ['tests/e2e/server.mjs', '--root', dist, '--port', String(port)], { stdio: 'ignore' });
// The same files from a host that serves only gzip (GitHub Pages): its bytes on the wire.
const gzipServer = spawn('node', ['tests/e2e/server.mjs', '--root', dist, '--port', String(port + 2), '--no-br'], { stdio: 'ignore' });
const syntheticServer = synthetic
  ? spawn('node', ['tests/e2e/server.mjs', '--root', synthetic, '--port', String(port + 1)], { stdio: 'ignore' })
  : null;
await new Promise((r) => setTimeout(r, 500));

const routes = [
  { path: '/', ready: '[data-testid="key-figures"]' },
  { path: '/timeline', ready: '[data-testid="event"]' },
  { path: '/timeline/inaugural-general-assembly-2010', ready: '[data-testid="event-detail"]' },
  { path: '/offices', ready: '[data-testid="office"]' },
  { path: '/offices/chengdu', ready: '[data-testid="office-card"]' },
  { path: '/awards', ready: '[data-testid="winner"]' },
  { path: '/awards/4th/mexico-city-my-safe-city', ready: '[data-testid="lightbox"]' },
  { path: '/members', ready: '[data-testid="member"]' },
  { path: '/members/seoul', ready: '#member-card-title' },
];

// After a load, wait until the app has taken the page over before clicking.
const takenOver = (page) => page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 30000 });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Records FCP, LCP, long tasks and the moment the route's content appears.
const probe = (selector) => {
  window.__bench = { lcp: 0, tbt: 0, ready: 0, interactive: 0, cls: 0, bytes: 0 };
  // Bytes on the wire until the controls work: the page and every file it loaded by then.
  const wire = () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd <= performance.now()).reduce((t, e) => t + (e.transferSize || 0), 0);
  // Cumulative layout shift (shifts right after input do not count), while the islands start.
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  // Interactive: the app has taken the page over (<html data-app="ready">).
  new MutationObserver((_, obs) => {
    if (document.documentElement?.dataset.app === 'ready') { window.__bench.interactive = performance.now(); window.__bench.bytes = wire(); obs.disconnect(); }
  }).observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.tbt += Math.max(0, e.duration - 50); }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (!window.__bench.ready && document.querySelector(selector)) {
      requestAnimationFrame(() => { window.__bench.ready = performance.now(); });
      return true;
    }
    return false;
  };
  new MutationObserver((_, obs) => { if (check()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
};

async function load(route, throttle, site = base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(probe, route.ready);
  await page.goto(site + route.path);
  await page.waitForFunction(() => window.__bench.ready > 0 && window.__bench.interactive > 0, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    lcp: window.__bench.lcp, tbt: window.__bench.tbt, ready: window.__bench.ready,
    interactive: window.__bench.interactive, cls: window.__bench.cls, bytes: window.__bench.bytes,
  }));
  await context.close();
  return m;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// The medians of clicks timed to both ends (see clickToPaint).
const medians = (xs) => ({ paint: median(xs.map((x) => x.paint)), settled: median(xs.map((x) => x.settled)) });
const results = [];
for (const throttle of [1, 4]) {
  for (const route of routes) {
    const ms = [];
    for (let i = 0; i < runs; i++) ms.push(await load(route, throttle));
    results.push({ route: route.path, throttle,
      fcp: median(ms.map((m) => m.fcp)), lcp: median(ms.map((m) => m.lcp)),
      ready: median(ms.map((m) => m.ready)), tbt: median(ms.map((m) => m.tbt)),
      interactive: median(ms.map((m) => m.interactive)), cls: Math.max(...ms.map((m) => m.cls)),
      bytes: median(ms.map((m) => m.bytes)),
      gzipBytes: throttle === 4 ? (await load(route, 1, gzipBase)).bytes : undefined });
  }
}
// ---------------------------------------------------------------- interactions
// Clicks come at a quick visitor's pace, PAUSE ms apart: the work a click leaves for after
// its frame (focus, scrolling its entry into view) is done before the next click.
const PAUSE = 150;

// A click is timed to two ends, from the same click:
// - paint: until the first frame that shows its change has been drawn (the task after
//   that frame, queued before the click, so nothing the app deferred runs first): what
//   the 30 ms budget counts, as INP does;
// - settled: until the work the app left for after that paint (moving focus, scrolling
//   the entry into view) is done too.
// In the page, `end()` resolves with the ms since `t0` once the next frame has been drawn.
async function clickToPaint(page, selector, index = 0, pause = PAUSE) {
  await page.waitForTimeout(pause);
  return page.evaluate(async ([sel, i]) => {
    const el = document.querySelectorAll(sel)[i];
    const t0 = performance.now();
    const end = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0), 0)));
    const paint = end();
    el.click();
    const settled = end();
    return { paint: await paint, settled: await settled };
  }, [selector, index]);
}

// Measured to the first paint without the closed view (removed, or hidden: the award
// dialog stays in the page, hidden, between opens).
async function clickToGone(page, selector, gone) {
  await page.waitForTimeout(PAUSE);
  return page.evaluate(async ([sel, g]) => {
    const t0 = performance.now();
    const end = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0), 0)));
    const shown = () => document.querySelector(g)?.checkVisibility();
    const paint = end();
    document.querySelector(sel).click();
    const settled = end();
    if (!shown()) return { paint: await paint, settled: await settled };
    // closed later (an animation): its first frame without the view
    while (shown()) await new Promise((r) => setTimeout(r, 0));
    const t = await end();
    return { paint: t, settled: t };
  }, [selector, gone]);
}

// Waits until the open dialog's opening animation has ended.
async function openingDone(page) {
  await page.evaluate(() => Promise.all(document.querySelector('[role="dialog"]').getAnimations().map((a) => a.finished)));
}

async function interactions(label, site = base) {
  const out = {};
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(site + '/timeline');
  await takenOver(page);
  await page.waitForSelector('[data-testid="event"]');
  const filter = [];
  for (let i = 0; i < clicks; i++) {
    filter.push(await clickToPaint(page, '[data-testid="category-general-assembly"]'));
    filter.push(await clickToPaint(page, '[data-testid="category-all"]'));
  }
  out.filter = medians(filter);
  await page.click('[data-testid="event"] a');
  await page.waitForSelector('[data-testid="event-detail"]');
  const next = [];
  for (let i = 0; i < clicks; i++) next.push(await clickToPaint(page, '[data-testid="next"]'));
  out.next = medians(next);
  const close = [];
  for (let i = 0; i < clicks; i++) {
    if (i > 0) {
      await page.click(`[data-testid="event"] >> nth=${i} >> a`);
      await page.waitForSelector('[data-testid="event-detail"]');
    }
    close.push(await clickToGone(page, '[data-testid="event-detail"] [data-testid="close"]', '[data-testid="event-detail"]'));
  }
  out.close = medians(close);
  await context.close();
  return { label, ...out };
}

const inter = [await interactions('timeline (shipped data)')];
if (synthetic) inter.push(await interactions('timeline (2,000 synthetic events)', `http://127.0.0.1:${port + 1}`));

// Opening a winner's card to the dialog's first paint.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(base + '/awards');
  await takenOver(page);
  await page.waitForSelector('[data-testid="winner"] a');
  const open = [];
  const next = [];
  const close = [];
  const cards = await page.locator('[data-testid="winner"] a').count();
  for (let i = 0; i < clicks; i++) {
    open.push(await clickToPaint(page, '[data-testid="winner"] a', 1 + (i % (cards - 1))));
    await openingDone(page);
    next.push(await clickToPaint(page, '[role="dialog"] [data-testid="next"]'));
    close.push(await clickToGone(page, '[role="dialog"] [data-testid="close"]', '[role="dialog"]'));
    await page.waitForSelector('[role="dialog"]', { state: 'hidden' });
  }
  // A step taken while the dialog still fades in (100 ms after the open's paint): on this
  // machine the compositor draws the fade in software, on the same two cores.
  const duringFade = [];
  for (let i = 0; i < runs; i++) {
    await clickToPaint(page, '[data-testid="winner"] a', 1 + i);
    duringFade.push(await clickToPaint(page, '[role="dialog"] [data-testid="next"]', 0, 100));
    await openingDone(page);
    await clickToGone(page, '[role="dialog"] [data-testid="close"]', '[role="dialog"]');
    await page.waitForSelector('[role="dialog"]', { state: 'hidden' });
  }
  inter.push({ label: 'awards: open a card (dialog first paint), next, close', filter: undefined, next: medians(next), open: medians(open), close: medians(close), duringFade: medians(duringFade) });
  await context.close();
}

// A list section whose behaviours are islands (members): a region chip, open an entry,
// next, close.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(base + '/members');
  await takenOver(page);
  const filter = [];
  const open = [];
  const next = [];
  const close = [];
  for (let i = 0; i < clicks; i++) {
    filter.push(await clickToPaint(page, '[data-testid="region-asia"]'));
    filter.push(await clickToPaint(page, '[data-testid="region-all"]'));
    open.push(await clickToPaint(page, '[data-testid="member"] a', i % 5));
    next.push(await clickToPaint(page, '[data-testid="member-card"] [data-testid="next"]'));
    close.push(await clickToGone(page, '[data-testid="member-card"] [data-testid="close"]', '[data-testid="member-card"]'));
    await page.waitForURL(/\/members$/);
  }
  inter.push({ label: 'members (islands): region chip, open an entry, next, close', filter: medians(filter), open: medians(open), next: medians(next), close: medians(close) });
  await context.close();
}

// The map: first render, and the frame time of zooming and panning.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe, '[data-testid="map-svg"] g.marker');
  await page.goto(base + '/offices');
  await page.waitForFunction(() => window.__bench.ready > 0);
  await takenOver(page);
  const mapReady = await page.evaluate(() => window.__bench.ready);
  const zoom = [];
  const pan = [];
  for (let i = 0; i < runs; i++) {
    zoom.push(await clickToPaint(page, '[data-testid="zoom-in"]'));
    zoom.push(await clickToPaint(page, '[data-testid="zoom-out"]'));
    pan.push(await page.evaluate(async () => {
      const frame = document.querySelector('[data-testid="map-frame"]');
      frame.focus();
      const t0 = performance.now();
      const end = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now() - t0), 0)));
      const paint = end();
      frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      const settled = end();
      return { paint: await paint, settled: await settled };
    }));
  }
  inter.push({ label: 'offices map: zoom button / pan key', filter: medians(zoom), next: medians(pan), mapReady });
  await context.close();
}

await browser.close();
server.kill();
gzipServer.kill();
syntheticServer?.kill();

console.log(`\n## Interactions (4x CPU, median of ${clicks * 2} filter clicks and ${clicks} of each other click; ms from the click to its next paint, and in brackets until the work it left for after that paint is done)\n`);
const fmt = (v) => (v?.paint === undefined ? '' : `${v.paint.toFixed(1)} (${v.settled.toFixed(1)})`);
// A budget row: the paint, and the settled time beside it.
const ms = (v) => `${v.paint.toFixed(1)} ms (${v.settled.toFixed(1)})`;
console.log('| view | filter click | next item | open card | close |\n|---|---:|---:|---:|---:|');
for (const r of inter) console.log(`| ${r.label} | ${fmt(r.filter)} | ${fmt(r.next)} | ${fmt(r.open)} | ${fmt(r.close)} |`);

console.log(`\n## Page loads (median of ${runs} fresh loads, ms; over loopback, the build's brotli files, else gzip)\n`);
console.log('| route | CPU | FCP | LCP | content visible | interactive (islands started) | CLS (worst) | TBT | KB on the wire until interactive | the same from a gzip-only host |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.route} | ${r.throttle}x | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.ready.toFixed(0)} | ${r.interactive.toFixed(0)} | ${r.cls.toFixed(3)} | ${r.tbt.toFixed(0)} | ${kb(r.bytes)} | ${r.gzipBytes === undefined ? '' : kb(r.gzipBytes)} |`);
}
const t4 = results.filter((r) => r.throttle === 4);
console.log('\n## Budget (issues 7, 11, 12)\n');
console.log('| figure | value | budget |\n|---|---:|---:|');
console.log(`| slowest route content visible (4x CPU) | ${Math.max(...t4.map((r) => r.ready)).toFixed(0)} ms | 500 ms |`);
console.log(`| slowest route interactive, islands started (4x CPU) | ${Math.max(...t4.map((r) => r.interactive)).toFixed(0)} ms | controls work before TimelineJS shows content (compare.mjs) |`);
console.log(`| worst cumulative layout shift while the islands start (4x CPU) | ${Math.max(...t4.map((r) => r.cls)).toFixed(3)} | 0.02 |`);
console.log(`| worst total blocking time (4x CPU) | ${Math.max(...t4.map((r) => r.tbt)).toFixed(0)} ms | 100 ms |`);
fs.mkdirSync('bench/results', { recursive: true });
console.log(`| filter click to next paint (4x CPU) | ${ms(inter[0].filter)} | 30 ms (issue 3: 50 ms) |`);
console.log(`| filter click, 2,000 events (4x CPU) | ${ms(inter[1].filter)} | 100 ms |`);
console.log(`| next event, timeline (4x CPU) | ${ms(inter[0].next)} | 30 ms (issue 12) |`);
console.log(`| open an award card to dialog paint (4x CPU) | ${ms(inter[2].open)} | 30 ms (issue 12) |`);
console.log(`| next winner in the dialog, once it has opened (4x CPU) | ${ms(inter[2].next)} | 30 ms (issue 12) |`);
console.log(`| next winner while the dialog still fades in (4x CPU) | ${ms(inter[2].duringFade)} | |`);
console.log(`| close the dialog / the event (4x CPU) | ${ms(inter[2].close)} / ${ms(inter[0].close)} | 30 ms (issue 12) |`);
console.log(`| members (islands): region chip / open / next / close (4x CPU) | ${ms(inter[3].filter)} / ${ms(inter[3].open)} / ${ms(inter[3].next)} / ${ms(inter[3].close)} | 30 ms |`);
console.log(`| map first render, markers visible (4x CPU) | ${inter[4].mapReady.toFixed(0)} ms | |`);
console.log(`| map zoom / pan, click to next paint (4x CPU) | ${ms(inter[4].filter)} / ${ms(inter[4].next)} | 16 ms a frame |`);
console.log(`| code the site ships (wasm+js+css), gzip | ${kb(code.gz)} KB | 145 KB (issue 21; stretch 100) |`);
console.log(`| code a page loads, gzip | ${kb(pageCode)} KB | |`);
console.log(`| most KB on the wire until the controls work (4x CPU; brotli, as the build writes it) | ${kb(Math.max(...t4.map((r) => r.bytes)))} KB (${t4.reduce((a, r) => (r.bytes > a.bytes ? r : a)).route}) | 100 KB |`);
console.log(`| the same from a host that serves only gzip (GitHub Pages) | ${kb(Math.max(...t4.map((r) => r.gzipBytes)))} KB (${t4.reduce((a, r) => (r.gzipBytes > a.gzipBytes ? r : a)).route}) | |`);
fs.writeFileSync('bench/results/last.json', JSON.stringify({ date: new Date().toISOString(), sizes: sizeRows, code, results, interactions: inter }, null, 2));
