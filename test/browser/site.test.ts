import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStaticSite } from '../support/served.ts';
import { artifactPath } from '../support/chromium.ts';

const site = useStaticSite();

/** Opens a site-relative path in a fresh page of the given width. */
async function open(path: string, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
  expect(response?.status(), path).toBeLessThan(400);
  return page;
}

// The fixture site (test/support/fixture-site.ts) in Chromium: its launch plan, by keyboard and by link.

describe('the launch document’s page in Chromium', () => {
  it('renders the plan and writes screenshots at 360 px and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/ke-hoach/', width);
      await expect
        .poll(() => page.locator('article.cong-van h1').isVisible(), { timeout: 15_000 })
        .toBe(true);
      expect(await page.locator('article.cong-van h1').innerText()).toContain(
        'Phát động phong trào thi đua “Trường học xanh” năm 2025',
      );
      // Nothing may overflow the viewport sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      const file = artifactPath('screenshots', `ke-hoach-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.context().close();
    }
    const home = await open('/', 360);
    await home.screenshot({
      path: artifactPath('screenshots', 'trang-chu-360.png'),
      fullPage: true,
    });
    await home.context().close();
  });

  it('can be used by keyboard: skip link first, then the menu, and Enter follows a link', async () => {
    const page = await open('/ke-hoach/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Bỏ qua để đến nội dung chính',
    );
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(page.url()).toMatch(/#main-content$/);

    // From the top again, Tab reaches the menu and Enter opens the section.
    await page.goto(new URL('van-ban/', site.url).href);
    let label = '';
    for (let i = 0; i < 15 && label !== 'Nội dung thi đua'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('Nội dung thi đua');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline, 'focus is visible').not.toBe('none');
    await Promise.all([page.waitForURL(/\/noi-dung\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Nội dung thi đua');
    await page.context().close();
  });

  it('jumps to a shared link to "mục 2, ý 3"', async () => {
    const page = await open('/ke-hoach/#muc-2-y-3');
    const inView = await page.evaluate(() => {
      const rect = document.getElementById('muc-2-y-3')!.getBoundingClientRect();
      return rect.top >= 0 && rect.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });
});

// axe runs on every page, in light and dark mode, in the sub-path crawl of
// test/hosting/portal.test.ts (once per page and colour scheme).
