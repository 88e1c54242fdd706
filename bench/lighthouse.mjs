// Lighthouse 12 (npm lighthouse@12.2.3, pinned: 13 needs Node 22) with Debian's Chromium,
// mobile preset with its default simulated throttling, on the routes issue 21 names.
// Prints a table; never fails.
//   node bench/lighthouse.mjs --dist dist
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const dist = arg('dist', 'dist');
const port = 4198;
const base = `http://127.0.0.1:${port}`;
const routes = ['/', '/timeline/', '/offices/', '/awards/4th/mexico-city-my-safe-city/', '/members/'];
const chromeFlags = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
].join(' ');

const server = spawn('node', ['tests/e2e/server.mjs', '--root', dist, '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));

const rows = [];
const out = path.join(os.tmpdir(), `wego10-lighthouse-${process.pid}.json`);
for (const route of routes) {
  try {
    execFileSync('node_modules/.bin/lighthouse', [
      base + route, '--quiet', '--output=json', `--output-path=${out}`,
      `--chrome-flags=${chromeFlags}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: 'ignore', timeout: 120_000 });
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    const score = (c) => Math.round(r.categories[c].score * 100);
    const ms = (a) => Math.round(r.audits[a].numericValue);
    rows.push(`| ${route} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${r.audits['cumulative-layout-shift'].numericValue.toFixed(3)} | ${ms('interactive')} |`);
  } catch (e) {
    rows.push(`| ${route} | could not run: ${String(e.message).split('\n')[0]} |`);
  }
}
server.kill();
fs.rmSync(out, { force: true });

console.log('\n## Lighthouse 12, mobile (simulated slow 4G, 4x CPU)\n');
console.log('| route | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | interactive ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log('\nBudget (issue 21): performance at least 99 on each route; accessibility, best practices and SEO 100.');
