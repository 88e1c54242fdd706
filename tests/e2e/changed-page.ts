import { Page, expect } from '@playwright/test';

// What others do to a page before or after the app takes it over, as visitors meet it:
// the browser's translation, an extension's element, a wasm that never arrives.

/** Holds the app's wasm back until the returned function is called. */
export async function holdTheWasm(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** What reached the console: panics and errors, and the warnings. */
export function watchConsole(page: Page) {
  const seen = { crashes: [] as string[], warnings: [] as string[] };
  page.on('console', (m) => {
    const text = m.text();
    if (/integrity. attribute is currently ignored/.test(text)) return;
    if (/panicked at|RuntimeError|unreachable/i.test(text) || m.type() === 'error') seen.crashes.push(`${m.type()}: ${text}`);
    else if (m.type() === 'warning') seen.warnings.push(text);
  });
  page.on('pageerror', (e) => seen.crashes.push(`pageerror: ${e.message}`));
  return seen;
}

/** Translates the page as Chrome does: every text of <body> wrapped in two <font>
 * elements (the text itself changed, here marked with a prefix), and `translated-ltr`
 * on <html>. */
export async function translate(page: Page) {
  await page.waitForFunction(() => document.readyState !== 'loading');
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, textarea') || !n.textContent!.trim()) continue;
      texts.push(n as Text);
    }
    for (const t of texts) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      outer.style.verticalAlign = 'inherit';
      inner.style.verticalAlign = 'inherit';
      inner.textContent = `·${t.textContent}`;
      outer.append(inner);
      t.replaceWith(outer);
    }
    document.documentElement.classList.add('translated-ltr');
    return texts.length;
  });
}

/** An extension's element, added at the start or the end of <body>, or inside the
 * page's <main>. */
export async function addExtensionElement(page: Page, where: 'start' | 'end' | 'main') {
  await page.waitForFunction(() => document.readyState !== 'loading');
  await page.evaluate((where) => {
    const el = document.createElement('div');
    el.id = `extension-${where}`;
    el.textContent = 'An extension was here';
    if (where === 'start') document.body.prepend(el);
    else if (where === 'end') document.body.append(el);
    else document.querySelector('main')!.prepend(el);
  }, where);
}

/** Controls that are invisible but keep their place (what a page must not have once the
 * app runs or has given up). */
export function invisibleControls(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, a, [data-needs-app]')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'hidden'
      && !el.closest('[hidden]') && !el.closest('.visually-hidden'))
    .map((el) => el.outerHTML.slice(0, 120)));
}

/** The map zooms in and back to its start (the offices' check in the specs of changed pages). */
export async function zoomInAndBack(page: Page) {
  const width = async () => Number((await page.getByTestId('map-svg').getAttribute('viewBox'))!.split(' ')[2]);
  const start = await width();
  await page.getByTestId('zoom-in').click();
  await expect.poll(width).toBeCloseTo(start / 1.6, 0);
  await page.getByTestId('zoom-reset').click();
  await expect.poll(width).toBeCloseTo(start, 0);
}
