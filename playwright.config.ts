import { defineConfig } from '@playwright/test';

// Debian's Chromium (never a downloaded browser): see scripts/bootstrap.sh.
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Ports and folders can be moved so that two runs do not collide:
//   WEGO_E2E_PORT=5173 WEGO_E2E_DIST=target/x WEGO_E2E_DIST_SUB=target/y npx playwright test
// port: the app at /; port+1: the sub-path build at /wego10/; port+2: the app under a strict
// Content-Security-Policy; port+3: a member site's page (another origin) that embeds the app;
// port+4: a site built from a timeline of 450 synthetic events.
const port = Number(process.env.WEGO_E2E_PORT || 4173);
const dist = process.env.WEGO_E2E_DIST || 'dist';
const distSub = process.env.WEGO_E2E_DIST_SUB || 'target/dist-sub';
const distSynthetic = process.env.WEGO_E2E_DIST_SYNTHETIC || 'target/dist-synthetic';
process.env.WEGO_E2E_PORT = String(port);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'target/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions: { executablePath, args },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', grepInvert: /@phone-only/, use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      grep: /@phone/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: [
    { command: `node tests/e2e/server.mjs --root ${dist} --port ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false },
    { command: `node tests/e2e/server.mjs --root ${distSub} --port ${port + 1} --prefix /wego10/`, url: `http://127.0.0.1:${port + 1}/wego10/`, reuseExistingServer: false },
    { command: `node tests/e2e/server.mjs --root ${dist} --port ${port + 2} --csp`, url: `http://127.0.0.1:${port + 2}/`, reuseExistingServer: false },
    { command: `node tests/e2e/server.mjs --root tests/e2e/host --port ${port + 3}`, url: `http://127.0.0.1:${port + 3}/host.html`, reuseExistingServer: false },
    { command: `node tests/e2e/server.mjs --root ${distSynthetic} --port ${port + 4}`, url: `http://127.0.0.1:${port + 4}/timeline/`, reuseExistingServer: false },
  ],
});
