import { test, expect, Page } from '@playwright/test';

// Every page and every item sets its own title and description in the running app
// (leptos_meta), the same ones its static page carries for crawlers.

const description = (page: Page) => page.locator('meta[name="description"]');

test('sections and open items set their own title and one description', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByTestId('event').first()).toBeVisible();
  await expect(page).toHaveTitle('#BACKTRACK: the timeline · WeGO 10');
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).toHaveAttribute('content', /Memorable events/);

  await page.locator('[data-id="inaugural-general-assembly-2010"] a').click();
  await expect(page).toHaveTitle("The Inaugural General Assembly 2010 (6–8 September 2010) · WeGO 10");
  await expect(description(page)).toHaveCount(1);
  await expect(description(page)).not.toHaveAttribute('content', /Memorable events/);
  await page.getByTestId('event-detail').getByTestId('close').click();
  await expect(page).toHaveTitle('#BACKTRACK: the timeline · WeGO 10');

  await page.goto('/offices/chengdu');
  await expect(page.getByTestId('office-card')).toBeVisible();
  await expect(page).toHaveTitle(/^Chengdu, China: .* · WeGO 10$/);
  await expect(description(page)).toHaveCount(1);

  await page.goto('/awards/3rd');
  await expect(page.getByTestId('winner').first()).toBeVisible();
  await expect(page).toHaveTitle('3rd WeGO Smart Sustainable City Awards · WeGO 10');

  await page.goto('/awards/4th/jeju-bus-location-service');
  await expect(page.getByTestId('lightbox')).toBeVisible();
  await expect(page).toHaveTitle(/^Jeju.*4th WeGO Awards\) · WeGO 10$/);
  await expect(description(page)).toHaveCount(1);
});
