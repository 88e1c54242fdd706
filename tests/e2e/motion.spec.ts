import { test, expect, Page } from './fixtures';

// Motion follows the visitor's system setting: with prefers-reduced-motion: reduce, CSS
// animations and transitions are (practically) instant, JS zoom and scroll jump at once,
// and nothing scrolls smoothly. Without it, the same things do move, so that each check
// below can fail.

/** Seconds of a computed CSS time list such as "0.18s" or "1e-05s, 0.2s" (the longest). */
const seconds = (v: string) => Math.max(...v.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));

const style = (page: Page, selector: string, prop: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

/** Records `read()` on every animation frame for `ms` milliseconds (started now). */
async function recordFrames(page: Page, read: string, ms = 600) {
  await page.evaluate(([read, ms]) => {
    const w = window as unknown as { __frames: unknown[] };
    w.__frames = [];
    const f = new Function(`return (${read})`) as () => unknown;
    const t0 = performance.now();
    const tick = () => {
      w.__frames.push(f());
      if (performance.now() - t0 < Number(ms)) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, [read, String(ms)]);
}
const frames = async (page: Page, ms = 700) => {
  await page.waitForTimeout(ms);
  return page.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames);
};
const distinct = (xs: unknown[]) => new Set(xs.map(String)).size;

for (const reduce of [false, true]) {
  const mode = reduce ? 'reduced motion' : 'normal motion';
  const setMotion = (page: Page) => page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });

  test(`${mode}: CSS animations and transitions are ${reduce ? 'off' : 'on'}, no smooth scrolling @phone`, async ({ page }) => {
    await setMotion(page);
    await page.goto('/');
    // the home page's entry cards lift on hover
    const lift = seconds(await style(page, '.entry__link', 'transition-duration'));
    expect(await style(page, 'html', 'scroll-behavior')).toBe('auto');
    expect(await style(page, 'body', 'scroll-behavior')).toBe('auto');
    // the lightbox pops in
    await page.goto('/awards/4th/goyang-smart-city-plan');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await style(page, '.lightbox__dialog', 'animation-name')).toBe('pop');
    const pop = seconds(await style(page, '.lightbox__dialog', 'animation-duration'));
    if (reduce) {
      expect(lift).toBeLessThan(0.001);
      expect(pop).toBeLessThan(0.001);
    } else {
      expect(lift).toBeGreaterThan(0.05);
      expect(pop).toBeGreaterThan(0.05);
    }
  });

  test(`${mode}: opening the lightbox ${reduce ? 'leaves no animation running' : 'animates it'}`, async ({ page }) => {
    await setMotion(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __anim: { name: string; elapsed: number }[] };
      w.__anim = [];
      document.addEventListener('animationend', (e) => w.__anim.push({ name: e.animationName, elapsed: e.elapsedTime }), true);
    });
    await page.goto('/awards');
    await expect(page.getByTestId('winner').first()).toBeVisible();
    // on every frame, the longest animation or transition running (in ms)
    await recordFrames(page, "Math.max(0, ...document.getAnimations().map((a) => Number(a.effect?.getComputedTiming().duration) || 0))", 400);
    await page.locator('#winner-link-goyang-smart-city-plan').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const longest = Math.max(...((await frames(page, 500)) as number[]));
    await expect.poll(() => page.evaluate(() => (window as unknown as { __anim: { name: string }[] }).__anim.some((a) => a.name === 'pop'))).toBe(true);
    const pop = await page.evaluate(() => (window as unknown as { __anim: { name: string; elapsed: number }[] }).__anim.find((a) => a.name === 'pop')!.elapsed);
    if (reduce) {
      expect(pop).toBeLessThan(0.001);
      expect(longest, 'no animation or transition longer than 1 ms').toBeLessThan(1);
      await expect.poll(() => page.evaluate(() => document.getAnimations().length), { timeout: 1000 }).toBe(0);
    } else {
      // The animation ran its course (sampling frames for it is timing-dependent on a
      // loaded machine; animationend's elapsed time is not).
      expect(pop).toBeGreaterThan(0.05);
    }
  });

  test(`${mode}: map zoom and pan ${reduce ? 'jump at once' : 'move through frames'}`, async ({ page }) => {
    await setMotion(page);
    await page.goto('/offices');
    await expect(page.getByTestId('marker-chengdu')).toBeVisible();
    const svg = page.getByTestId('map-svg');
    for (const act of [
      () => page.getByTestId('zoom-in').click(),
      () => page.keyboard.press('ArrowLeft'),
      () => page.keyboard.press('-'),
    ]) {
      await page.getByTestId('map-frame').focus(); // the keys act on the focused map
      const before = await svg.getAttribute('viewBox');
      await recordFrames(page, "document.querySelector('[data-testid=map-svg]').getAttribute('viewBox')", 500);
      await act();
      const seen = (await frames(page, 600)) as string[];
      const after = await svg.getAttribute('viewBox');
      expect(after).not.toBe(before);
      const between = seen.filter((v) => v !== before && v !== after);
      if (reduce) expect(between, 'no intermediate views').toEqual([]);
      else expect(distinct(between), 'intermediate views').toBeGreaterThan(1);
    }
  });

  test(`${mode}: the timeline scrolls the open event into view ${reduce ? 'at once' : 'smoothly'}`, async ({ page }) => {
    await setMotion(page);
    await page.goto('/timeline');
    await expect(page.getByTestId('event').first()).toBeVisible();
    await page.locator('#event-link-world-e-government-mayors-forum-2008').focus();
    await recordFrames(page, "document.querySelector('.timeline__list').scrollLeft", 900);
    await page.keyboard.press('End');
    const seen = (await frames(page, 1000)) as number[];
    await expect(page.getByTestId('event').last()).toBeInViewport();
    expect(seen[seen.length - 1]).toBeGreaterThan(seen[0]);
    // positions the list went through after the key press (an instant scroll may take a
    // second jump when scroll snapping settles; a smooth one passes through many)
    const positions = distinct(seen.filter((x) => x !== seen[0]));
    if (reduce) expect(positions, 'scroll positions on the way').toBeLessThanOrEqual(2);
    else expect(positions, 'scroll positions on the way').toBeGreaterThan(5);
  });
}
