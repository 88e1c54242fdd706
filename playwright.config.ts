import { defineConfig } from '@playwright/test';

// Debian's Chromium (never a downloaded browser): see scripts/bootstrap.sh.
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'target/e2e-results.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
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
    { command: 'node tests/e2e/server.mjs --root dist --port 4173', url: 'http://127.0.0.1:4173/', reuseExistingServer: false },
    { command: 'node tests/e2e/server.mjs --root target/dist-sub --port 4174 --prefix /wego10/', url: 'http://127.0.0.1:4174/wego10/', reuseExistingServer: false },
  ],
});
