import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { formatViolations, runAxe } from '../support/axe.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { fixtureSite } from '../support/fixture-site.ts';

// Each fixture document type (clearly fictional, in the fixture site of test/support/fixture-site.ts) in
// Chromium: screenshots at 360 and 1280 px into artifacts/screenshots/, no sideways overflow, no axe
// violation, and an A4 PDF per type into artifacts/ with the document's own heading on paper and no
// site chrome.

const TYPES = [
  { route: 'ke-hoach-mau-thu', heading: 'KẾ HOẠCH' },
  { route: 'thong-bao-mau-thu', heading: 'THÔNG BÁO' },
  { route: 'bao-cao-mau-thu', heading: 'BÁO CÁO' },
  { route: 'quyet-dinh-mau-thu', heading: 'QUYẾT ĐỊNH' },
];
/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  server = await startStaticServer({ root: fixtureSite().dist, base: '/' });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe.each(TYPES)('the fixture $route', ({ route, heading }) => {
  it('renders in its form at 360 and 1280 px, without overflow or axe violations', async () => {
    for (const width of [360, 1280]) {
      const page = await open(`/${route}/`, width);
      const h1 = page.locator('article.cong-van h1');
      expect(await h1.locator('.form-heading__name').innerText()).toBe(heading);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: artifactPath('screenshots', `${route}-${width}.png`),
        fullPage: true,
      });
      if (width === 1280) {
        const violations = await runAxe(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      }
      await page.context().close();
    }
  });

  it('prints as an A4 copy in its own form, without the site around it', async () => {
    const page = await open(`/${route}/`, 1280);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(artifactPath(`${route}.pdf`), pdf);
    const text = pdf.toString('latin1');
    const boxes = [
      ...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
    ];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, x0, y0, x1, y1] of boxes) {
      expect(Math.abs(Number(x1) - Number(x0) - A4.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(Number(y1) - Number(y0) - A4.height)).toBeLessThanOrEqual(1);
    }
    const shown = await page.evaluate(() => ({
      chrome: ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs', '.docx-link'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
      heading: getComputedStyle(document.querySelector('.form-heading')!).fontSize,
    }));
    expect(shown.chrome).toEqual(['none', 'none', 'none', 'none', 'none']);
    // 14 pt tên loại (NĐ 30 Phụ lục I), in CSS pixels.
    expect(parseFloat(shown.heading)).toBeCloseTo((14 * 96) / 72, 2);
    await page.context().close();
  });
});

describe('the Quyết định on paper', () => {
  it('starts its attached list on a new page', async () => {
    const page = await open('/quyet-dinh-mau-thu/', 1280);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.phu-luc')!).breakBefore),
    ).toBe('page');
    await page.context().close();
  });
});
