import { test as base, expect, Page } from '@playwright/test';
import { test } from './fixtures';
import { APP, HOST } from './ports';

// The dark theme: the visitor's system preference decides (prefers-color-scheme), from
// the first frame, with and without JavaScript; print stays light; an embed can fix its
// theme and sit transparent on a light or a dark host page. (axe runs in both themes in
// a11y.spec.ts.)

type RGB = [number, number, number];
const channel = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
const luminance = ([r, g, b]: RGB) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: RGB, b: RGB) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const near = (a: RGB, b: RGB) => a.every((v, i) => Math.abs(v - b[i]) <= 3);

/** Pixels of a PNG screenshot, read in a blank page of the same browser. */
async function pixels(page: Page, png: Buffer, points: [number, number][]): Promise<RGB[]> {
  const blank = await page.context().newPage();
  const out = await blank.evaluate(async ({ b64, points }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width; canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return points.map(([x, y]) => Array.from(g.getImageData(x, y, 1, 1).data.slice(0, 3)));
  }, { b64: png.toString('base64'), points });
  await blank.close();
  return out as RGB[];
}

/** The computed colours of an element: its text and the first opaque background behind it. */
function colours(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) || []).slice(0, 4).map(Number);
    let bg = [255, 255, 255];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) { bg = c.slice(0, 3); break; }
    }
    return { text: rgb(getComputedStyle(el).color).slice(0, 3), bg };
  }) as Promise<{ text: RGB; bg: RGB }>;
}

const DARK_BG: RGB = [0x0f, 0x16, 0x26];
const pages = [
  { url: '/', text: 'h1' },
  { url: '/timeline', text: '.event-card__title' },
  { url: '/timeline/general-assembly-2017-ulyanovsk', text: '.event-detail__summary' },
  { url: '/offices', text: '.office-card__role, .item-list a, h1' },
  { url: '/awards/4th/mexico-city-my-safe-city', text: '.lightbox__summary, .lightbox__title' },
  { url: '/members/seoul', text: '.detail__title' },
  { url: '/team', text: 'h1' },
];

test.describe('with a dark system preference', () => {
  test.use({ colorScheme: 'dark' });
  for (const p of pages) {
    test(`${p.url}: dark page, light text with AA contrast, links and the header readable`, async ({ page }) => {
      await page.goto(p.url);
      const body = await colours(page, 'body');
      expect(near(body.bg, DARK_BG), `page background ${body.bg}`).toBe(true);
      const text = await colours(page, p.text);
      expect(luminance(text.bg)).toBeLessThan(0.05);
      expect(contrast(text.text, text.bg)).toBeGreaterThanOrEqual(4.5);
      const link = await colours(page, 'main a[href]');
      expect(contrast(link.text, link.bg)).toBeGreaterThanOrEqual(4.5);
      const nav = await colours(page, '.site-nav a');
      expect(contrast(nav.text, nav.bg)).toBeGreaterThanOrEqual(4.5);
      // the focus ring stands out from the page (3:1, WCAG's non-text contrast)
      const focus = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--c-focus)';
        document.querySelector('main')!.append(probe);
        const c = getComputedStyle(probe).color;
        probe.remove();
        return (c.match(/\d+/g) || []).slice(0, 3).map(Number);
      }) as RGB;
      expect(contrast(focus, body.bg)).toBeGreaterThanOrEqual(3);
    });
  }

  test('the map: dark sea and land, markers ringed in the page colour', async ({ page }) => {
    await page.goto('/offices');
    const sea = await page.locator('.world-map__sea').evaluate((e) => getComputedStyle(e).fill);
    const land = await page.locator('.world-map__land').evaluate((e) => getComputedStyle(e).fill);
    const rgb = (c: string) => (c.match(/\d+/g) || []).slice(0, 3).map(Number) as RGB;
    expect(luminance(rgb(sea))).toBeLessThan(0.05);
    expect(luminance(rgb(land))).toBeLessThan(0.1);
    expect(luminance(rgb(land))).toBeGreaterThan(luminance(rgb(sea)));
    const shot = await page.getByTestId('map-svg').screenshot();
    // the map's pixels are dark: no light land or sea painted from the image itself
    const [corner] = await pixels(page, shot, [[2, 2]]);
    expect(luminance(corner)).toBeLessThan(0.05);
  });

  test('no light flash: every frame from the navigation to the takeover is dark', async ({ page }) => {
    // Every frame the page paints (Chrome's screencast), from a dark page to the next.
    await page.setContent('<html style="background:#000"><body></body></html>');
    const cdp = await page.context().newCDPSession(page);
    const frames: string[] = [];
    cdp.on('Page.screencastFrame', (f) => {
      frames.push(f.data);
      cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
    await page.mainFrame().goto('/timeline');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });
    await page.waitForTimeout(300);
    await cdp.send('Page.stopScreencast');
    expect(frames.length).toBeGreaterThan(0);
    for (const [i, frame] of frames.entries()) {
      const points = await pixels(page, Buffer.from(frame, 'base64'), [[3, 3], [1240, 400], [1240, 780]]);
      for (const p of points) expect(luminance(p), `frame ${i}: ${p}`).toBeLessThan(0.2);
    }
  });

  test('print is light', async ({ page }) => {
    await page.goto('/timeline/general-assembly-2017-ulyanovsk');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const text = await colours(page, '.event-detail__summary');
    expect(luminance(text.text)).toBeLessThan(0.05);
    expect(luminance(text.bg)).toBeGreaterThan(0.9);
  });
});

base.describe('with a dark system preference and no JavaScript', () => {
  base.use({ colorScheme: 'dark', javaScriptEnabled: false });
  base('the page is dark from its first frame', async ({ page }) => {
    await page.goto('/awards/4th/mexico-city-my-safe-city');
    const body = await colours(page, 'body');
    expect(near(body.bg, DARK_BG)).toBe(true);
    const dialog = await colours(page, '.lightbox__title');
    expect(contrast(dialog.text, dialog.bg)).toBeGreaterThanOrEqual(4.5);
  });
});

test('with a light system preference the site stays light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/timeline');
  const body = await colours(page, 'body');
  expect(near(body.bg, [255, 255, 255])).toBe(true);
});

// Embeds on a member's page (another origin): the frame shows the theme asked for, and a
// transparent one lets the host's background through, on a light or a dark host.
const hosts = [
  { name: 'a dark host', scheme: 'dark', bg: [16, 40, 24] as RGB },
  { name: 'a light host', scheme: 'light', bg: [250, 240, 200] as RGB },
];
for (const host of hosts) {
  for (const theme of ['dark', 'light'] as const) {
    for (const transparent of [true, false]) {
      test(`embed.js on ${host.name}: theme ${theme}${transparent ? ', transparent' : ''}`, async ({ page }) => {
        await page.goto(`${HOST}/blank.html`);
        await page.evaluate(({ app, host, theme, transparent }) => {
          document.documentElement.style.colorScheme = host.scheme;
          document.body.style.background = `rgb(${host.bg.join(',')})`;
          document.body.style.margin = '0';
          const slot = document.getElementById('slot')!;
          slot.innerHTML = `<div data-wego10-embed="timeline" data-theme="${theme}"${transparent ? ' data-transparent' : ''}></div>`;
          const s = document.createElement('script');
          s.src = `${app}/embed.js`;
          document.body.appendChild(s);
        }, { app: APP, host, theme, transparent });
        const frame = page.frameLocator('iframe');
        await expect(frame.getByTestId('event').first()).toBeVisible();
        await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready');
        await expect(frame.locator('html')).toHaveClass(new RegExp(`theme-${theme}`));
        const iframe = page.locator('iframe');
        await expect(iframe).toHaveCSS('color-scheme', theme);
        // The pixels behind the frame's text: its top-left corner, left of the first line.
        const [corner] = await pixels(page, await iframe.screenshot(), [[1, 1]]);
        const expected: RGB = transparent ? host.bg : theme === 'dark' ? DARK_BG : [255, 255, 255];
        expect(near(corner, expected), `pixel ${corner}, expected ${expected}`).toBe(true);
        // and the frame's text reads on what is behind it (where the theme suits the host)
        if (transparent && theme !== host.scheme) return;
        const text = await frame.locator('.event-card__title').first().evaluate((e) => getComputedStyle(e).color);
        const rgb = (text.match(/\d+/g) || []).slice(0, 3).map(Number) as RGB;
        expect(contrast(rgb, expected)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
}

test('an embed with a fixed theme shows it from its first frame', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.route('**/*_bg.wasm', () => new Promise(() => {})); // the app never arrives
  await page.mainFrame().goto('/embed/timeline?theme=dark');
  await expect(page.locator('html')).toHaveClass(/theme-dark/);
  const body = await colours(page, 'body');
  expect(near(body.bg, DARK_BG)).toBe(true);
});

test('"Embed this" offers the theme and its snippets carry it', async ({ page }) => {
  await page.goto('/timeline');
  await page.getByTestId('embed-open').click();
  await page.getByTestId('embed-theme').selectOption('dark');
  await expect(page.getByTestId('embed-script')).toHaveValue(/data-theme="dark"/);
  await expect(page.getByTestId('embed-iframe')).toHaveValue(/theme=dark/);
  await expect(page.getByTestId('embed-iframe')).toHaveValue(/color-scheme:dark/);
  await page.getByTestId('embed-theme').selectOption('auto');
  await expect(page.getByTestId('embed-script')).not.toHaveValue(/data-theme/);
});
