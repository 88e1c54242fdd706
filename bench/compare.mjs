// The site next to what people would otherwise assemble, in one run: WeGO's timeline in
// TimelineJS and its offices in Leaflet (npm packages, the same data), on an emulated
// phone with a slow 4G network (150 ms round trip, 1.6 Mbps down, 750 kbps up:
// Lighthouse's mobile figures) and 4x CPU. For each page, the median of 5 fresh loads of
// when its content shows and when its controls work, and the bytes on the wire by then.
//   node bench/compare.mjs --dist dist [--runs 5] [--port 4190]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const dist = path.resolve(arg('dist', 'dist'));
const runs = Number(arg('runs', '5'));
const port = Number(arg('port', '4190'));
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'target', 'bench-compare');

// ------------------------------------------------------------ the comparison pages
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const copy = (from, to) => fs.copyFileSync(path.join(root, from), path.join(out, to ?? path.basename(from)));
for (const f of ['timelinejs.html', 'start-timelinejs.js', 'leaflet.html', 'start-leaflet.js']) copy(`bench/compare/${f}`);
copy('node_modules/@knight-lab/timelinejs/dist/js/timeline.js');
copy('node_modules/@knight-lab/timelinejs/dist/css/timeline.css');
// (TimelineJS fetches its language file before it shows anything.)
fs.mkdirSync(path.join(out, 'locale'));
copy('node_modules/@knight-lab/timelinejs/dist/js/locale/en.json', 'locale/en.json');
copy('node_modules/leaflet/dist/leaflet.js');
copy('node_modules/leaflet/dist/leaflet.css');
fs.cpSync(path.join(root, 'node_modules/leaflet/dist/images'), path.join(out, 'images'), { recursive: true });
copy('public/map/land.svg');
// timeline.json in TimelineJS' format: a slide per event, its date, title and text.
const timeline = JSON.parse(fs.readFileSync(path.join(root, 'public/data/timeline.json'), 'utf8'));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slides = timeline.events.filter((e) => e.date).map((e) => {
  const [year, month, day] = e.date.split('-');
  return {
    start_date: { year, ...(month && { month }), ...(day && { day }) },
    text: { headline: esc(e.title), text: [e.summary, ...(e.body ?? [])].map((p) => `<p>${esc(p)}</p>`).join('') },
    group: e.category,
  };
});
fs.writeFileSync(path.join(out, 'timeline-data.json'), JSON.stringify({
  title: { text: { headline: '#BACKTRACK', text: '<p>The history of WeGO</p>' } },
  events: slides,
}));
// The offices where the site's map puts them (its projection, from its built page).
const officesPage = fs.readFileSync(path.join(dist, 'offices/index.html'), 'utf8');
const markers = [...officesPage.matchAll(/<g data-x="([\d.]+)" data-y="([\d.]+)"[^>]*?aria-label="([^"]*)"/g)]
  .filter((m) => !/member city/.test(m[3]))
  .map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3] }));
const sea = officesPage.match(/<rect x="0" y="0" width="([\d.]+)" height="([\d.]+)" class="world-map__sea"/);
fs.writeFileSync(path.join(out, 'offices-markers.json'), JSON.stringify({ width: Number(sea[1]), height: Number(sea[2]), markers }));
// Brotli copies, as the site's build writes its own: both sides get the same encoding.
const brotliAll = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    if (e.isDirectory()) brotliAll(f);
    else if (/\.(html|css|js|json|svg)$/.test(f)) {
      const b = fs.readFileSync(f);
      fs.writeFileSync(`${f}.br`, zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }));
    }
  }
};
brotliAll(out);

// ------------------------------------------------------------ the loads
const serve = (dir, p) => spawn('node', ['tests/e2e/server.mjs', '--root', dir, '--port', String(p)], { cwd: root, stdio: 'ignore' });
const servers = [serve(dist, port), serve(out, port + 1)];
await new Promise((r) => setTimeout(r, 500));
const site = `http://127.0.0.1:${port}`;
const other = `http://127.0.0.1:${port + 1}`;

const pages = [
  { name: 'this site: /timeline/', url: `${site}/timeline`, content: '[data-testid="event"]', controls: 'html[data-app="ready"]' },
  { name: 'TimelineJS 3.9.11, the same events', url: `${other}/timelinejs.html`, content: '.tl-slide-content .tl-headline', controls: '.tl-slidenav-next .tl-slidenav-title' },
  { name: 'this site: /offices/', url: `${site}/offices`, content: '[data-testid="marker-seoul-secretariat"]', controls: 'html[data-app="ready"]' },
  { name: 'Leaflet 1.9.4, the same offices', url: `${other}/leaflet.html`, content: '.leaflet-marker-icon', controls: '.leaflet-marker-icon' },
];

// Records when each selector first matches (in the next frame), and the bytes on the
// wire by then.
const probe = ({ content, controls }) => {
  const wire = () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => e.responseEnd <= performance.now()).reduce((t, e) => t + (e.transferSize || 0), 0);
  window.__compare = { content: 0, controls: 0, bytes: 0 };
  const check = () => {
    const c = window.__compare;
    if (!c.content && document.querySelector(content)) { c.content = -1; requestAnimationFrame(() => { c.content = performance.now(); }); }
    if (!c.controls && document.querySelector(controls)) { c.controls = -1; requestAnimationFrame(() => { c.controls = performance.now(); c.bytes = wire(); }); }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
async function load(p) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(probe, { content: p.content, controls: p.controls });
  await page.goto(p.url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__compare?.content > 0 && window.__compare?.controls > 0, null, { timeout: 60000 });
  const m = await page.evaluate(() => window.__compare);
  await context.close();
  return m;
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log('\n## Side by side: a phone on slow 4G, 4x CPU (median of ' + runs + ' loads)\n');
console.log('| page | content shows | controls work | KB on the wire by then |\n|---|---:|---:|---:|');
try {
  for (const p of pages) {
    const ms = [];
    for (let i = 0; i < runs; i++) ms.push(await load(p));
    console.log(`| ${p.name} | ${median(ms.map((m) => m.content)).toFixed(0)} ms | ${median(ms.map((m) => m.controls)).toFixed(0)} ms | ${(median(ms.map((m) => m.bytes)) / 1024).toFixed(1)} |`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}
