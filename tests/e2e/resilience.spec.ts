import { test, expect, Page, Route } from './fixtures';

// Every data file a page reads in the browser (not those of the pages whose behaviours are
// islands over the build's HTML: the home page's site.json, the members', partners' and
// team's files; there a bad file stops the build), every way it can fail: the section that needs it says so in words
// (an alert naming the file), the other sections keep working, Retry recovers once the
// file is fixed, and nothing panics. Big and slow files load without hanging the tab.

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface DataFileCase {
  file: string;
  path: string; // the page that needs it
  nav: string; // its link in the main navigation
  ready: string; // a test id shown once it has loaded
  other: { nav: string; ready: string }; // another section, which must keep working
  items: string; // the key of its main list
  /** Mutations of the real data: an unknown category (or kind, or route) on one item,
   *  a duplicate slug, and a 10 MB string in a text field that is shown. */
  unknown: (d: Data) => void;
  unknownMessage: RegExp;
  duplicate: (d: Data) => void;
  duplicateMessage: RegExp;
  huge: (d: Data, text: string) => void;
}

const files: DataFileCase[] = [
  {
    file: 'offices.json', path: '/offices', nav: 'Offices', ready: 'office', other: { nav: 'Awards', ready: 'winner' }, items: 'offices',
    unknown: (d) => { d.offices[2].kind = 'embassy'; },
    unknownMessage: /offices\[2\][^)]*\): unknown variant `embassy`/,
    duplicate: (d) => { d.offices[1].id = d.offices[0].id; },
    duplicateMessage: /offices\[1\]\.id\): duplicate office id "seoul-secretariat"/,
    huge: (d, text) => { d.offices[0].role = text; },
  },
];

const json = (body: string) => ({ status: 200, contentType: 'application/json', body });

interface FailureCase {
  name: string;
  body: (real: string, f: DataFileCase) => { status: number; contentType?: string; body: string };
  message: (f: DataFileCase) => RegExp;
}

const failures: FailureCase[] = [
  { name: 'missing (404)', body: () => ({ status: 404, body: 'Not Found' }), message: (f) => new RegExp(`${f.file} could not be loaded: the server answered 404`) },
  { name: 'server error (500)', body: () => ({ status: 500, body: 'oops' }), message: (f) => new RegExp(`${f.file} could not be loaded: the server answered 500`) },
  { name: 'malformed JSON (cut in half)', body: (real) => json(real.slice(0, real.length / 2)), message: (f) => new RegExp(`${f.file} has 1 problem\\.[\\s\\S]*Line [1-9]\\d*, column [1-9]\\d* \\(\\(top level\\)\\): not valid JSON`) },
  { name: 'the wrong shape ([])', body: () => json('[]'), message: (f) => new RegExp(`${f.file} has 1 problem\\.[\\s\\S]*Line 1, column \\d+ \\(\\(top level\\)\\): invalid length`) },
  { name: `the wrong shape ({"list": 5})`, body: (_, f) => json(`{"${f.items}": 5}`), message: (f) => new RegExp(`${f.file} has \\d+ problems?\\.[\\s\\S]*Line 1, column \\d+ \\(.*\\): (invalid type: integer \`5\`|missing field)`) },
  { name: 'an unknown category on one item', body: (real, f) => json(mutate(real, f.unknown)), message: (f) => new RegExp(`${f.file} has 1 problem\\.[\\s\\S]*${f.unknownMessage.source}`) },
  { name: 'a duplicate slug', body: (real, f) => json(mutate(real, f.duplicate)), message: (f) => new RegExp(`${f.file} has 1 problem\\.[\\s\\S]*${f.duplicateMessage.source}`) },
];

function mutate(real: string, change: (d: Data) => void) {
  const d = JSON.parse(real);
  change(d);
  return JSON.stringify(d, null, 2);
}

/** Uncaught errors and panics (a panic in the wasm logs "panicked at" and throws
 *  "RuntimeError: unreachable"). Failed requests (404, 500) are expected console noise. */
function watchForCrashes(page: Page) {
  const crashes: string[] = [];
  page.on('pageerror', (e) => crashes.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (/panicked at|RuntimeError|unreachable/i.test(m.text())) crashes.push(`console: ${m.text()}`); });
  page.on('crash', () => crashes.push('the page crashed'));
  return crashes;
}

/** The page still answers quickly: its main thread is not stuck. */
async function responsive(page: Page) {
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  expect(Date.now() - t0, 'a frame is rendered within a second').toBeLessThan(1000);
}

/** The data file answers after 5 seconds. */
async function slowFile(page: Page, file: string) {
  await page.route(`**/data/${file}`, async (route) => {
    await new Promise((r) => setTimeout(r, 5_000));
    await route.continue();
  });
}

async function real(page: Page, file: string) {
  return (await page.request.get(`/data/${file}`)).text();
}

for (const f of files) {
  test.describe(f.file, () => {
    for (const c of failures) {
      test(`${c.name}: an alert in its section, the rest works, Retry recovers`, async ({ page }) => {
        const crashes = watchForCrashes(page);
        const good = await real(page, f.file);
        let broken = true;
        await page.route(`**/data/${f.file}`, (route: Route) => (broken ? route.fulfill(c.body(good, f)) : route.continue()));
        await page.goto(f.path);
        const panel = page.getByTestId('error-panel').first();
        await expect(panel).toBeVisible();
        await expect(panel).toHaveAttribute('role', 'alert');
        await expect(panel).toHaveAttribute('data-file', f.file);
        await expect(panel).toContainText('This section could not be shown');
        await expect(panel).toContainText(c.message(f));
        // every alert on the page is about this file, and the page's heading is still there
        for (const p of await page.getByTestId('error-panel').all()) await expect(p).toHaveAttribute('data-file', f.file);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByTestId(f.ready)).toHaveCount(0);
        await responsive(page);

        // Another section still works, without any alert.
        const nav = page.getByRole('navigation', { name: 'Main' });
        await nav.getByRole('link', { name: f.other.nav }).click();
        await expect(page.getByTestId(f.other.ready).first()).toBeVisible();
        await expect(page.getByTestId('error-panel')).toHaveCount(0);

        // Back to the broken section; once the file is fixed, Retry recovers without a reload.
        await nav.getByRole('link', { name: f.nav }).click();
        await expect(panel).toBeVisible();
        broken = false;
        await panel.getByRole('button', { name: 'Try again' }).click();
        await expect(page.getByTestId(f.ready).first()).toBeVisible();
        await expect(page.getByTestId('error-panel')).toHaveCount(0);
        expect(crashes).toEqual([]);
      });
    }

    test('a 10 MB file loads without hanging the tab or crashing', async ({ page }) => {
      test.slow(); // 10 MB of text to fetch, parse, check and lay out
      const crashes = watchForCrashes(page);
      const text = 'WeGO '.repeat(2_000_000); // 10 MB of words
      const body = mutate(await real(page, f.file), (d) => f.huge(d, text));
      expect(body.length).toBeGreaterThan(10_000_000);
      await page.route(`**/data/${f.file}`, (route) => route.fulfill(json(body)));
      await page.goto(f.path);
      // It renders (the data is valid, only big), and the tab stays responsive.
      await expect(page.getByTestId(f.ready).first()).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('error-panel')).toHaveCount(0);
      await responsive(page);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: f.other.nav }).click();
      await expect(page.getByTestId(f.other.ready).first()).toBeVisible();
      await responsive(page);
      expect(crashes).toEqual([]);
    });

    test('a slow response (5 s): the prerendered page stays usable, then the app takes over', async ({ page }) => {
      const crashes = watchForCrashes(page);
      await slowFile(page, f.file);
      const t0 = Date.now();
      // The main frame's own goto: it does not wait for the app (see fixtures.ts).
      await page.mainFrame().goto(f.path);
      await expect(page.getByTestId(f.ready).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(Date.now() - t0, 'the content is there before the file').toBeLessThan(4_000);
      await responsive(page);
      await expect(page.locator('html[data-app=ready]')).toHaveCount(1, { timeout: 10_000 });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(4_900);
      await expect(page.getByTestId(f.ready).first()).toBeVisible();
      await expect(page.getByTestId('error-panel')).toHaveCount(0);
      expect(crashes).toEqual([]);
    });

    test('a slow response (5 s) on a page the app renders itself: a loading indicator, then the content', async ({ page }) => {
      const crashes = watchForCrashes(page);
      await slowFile(page, f.file);
      const t0 = Date.now();
      await page.goto(`${f.path}?from=slow-test`);
      const loading = page.getByTestId('loading').first();
      await expect(loading).toBeVisible();
      await expect(loading).toHaveAttribute('role', 'status');
      await expect(loading).toContainText('Loading');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // meanwhile, the page answers
      await responsive(page);
      await expect(loading).toBeVisible();
      await expect(page.getByTestId(f.ready).first()).toBeVisible({ timeout: 10_000 });
      expect(Date.now() - t0).toBeGreaterThanOrEqual(4_900);
      await expect(page.getByTestId('loading')).toHaveCount(0);
      await expect(page.getByTestId('error-panel')).toHaveCount(0);
      expect(crashes).toEqual([]);
    });
  });
}

