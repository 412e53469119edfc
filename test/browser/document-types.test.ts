import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { formatViolations, runAxe } from '../support/axe.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import {
  blockLines,
  centreOffset,
  findRun,
  pageMargins,
  pageNumberProblems,
  printedText,
  printPage,
  splitBlocks,
} from '../support/print.ts';
import { reusedPage } from '../support/reused-page.ts';
import { listPages } from '../support/site.ts';
import { t } from '../../src/i18n/index.ts';

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
/** Every page of the fixture site that carries a document form: campaign documents, cited texts. */
let formPages: string[];

beforeAll(async () => {
  const { dist } = fixtureSite();
  server = await startStaticServer({ root: dist, base: '/' });
  browser = await launchChromium();
  formPages = listPages(dist).filter((path) =>
    readFileSync(join(dist, path, 'index.html'), 'utf8').includes('<article class="cong-van'),
  );
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openPage = reusedPage(() => browser, { locale: 'vi-VN' });

/** Opens a site-relative path at the given width, in the file's one page, on screen. */
async function open(path: string, width: number): Promise<Page> {
  const url = new URL(path.replace(/^\//, ''), server.url).href;
  const { page, response } = await openPage(url, { viewport: { width, height: 900 } });
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
  });
});

describe('the Quyết định on paper', () => {
  it('starts its attached list on a new page', async () => {
    const page = await open('/quyet-dinh-mau-thu/', 1280);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.phu-luc')!).breakBefore),
    ).toBe('page');
  });
});

/** The form's parent body and issuer lines, or none when the issuer stands alone. */
function issuerLines(page: Page): Promise<[string, string] | null> {
  return page.evaluate(() => {
    const name = document.querySelector('.cong-van__issuer-name')!;
    const parent = name.previousElementSibling;
    return parent === null ? null : [parent.textContent!, name.textContent!];
  });
}

describe('every page with a document form (campaign documents, cited texts of both forms)', () => {
  it('is found: the campaign documents of each form and the two cited texts', () => {
    expect(formPages).toEqual(
      expect.arrayContaining([
        '/ke-hoach/',
        '/ke-hoach-mau-thu/',
        '/ke-hoach-dan-chieu-mau-thu/',
        '/thong-bao-mau-thu/',
        '/bao-cao-mau-thu/',
        '/quyet-dinh-mau-thu/',
        '/cong-van-mau-thu/',
        '/van-ban/chi-thi-19-ct-tu/',
        '/van-ban/chi-thi-08-ct-ubnd/',
      ]),
    );
  });

  it('prints as NĐ 30 prints: numbers from page 2, the issuer centred, Nơi nhận at 12 pt, no block split', async () => {
    const problems: string[] = [];
    let numbered = 0;
    let centred = 0;
    for (const path of formPages) {
      const page = await open(path, 1280);
      const margins = await pageMargins(page);
      const issuer = await issuerLines(page);
      const { pages } = await printPage(page);
      const at = (problem: string) => problems.push(`${path}: ${problem}`);
      if (pages.length > 1) numbered += 1;
      pageNumberProblems(pages, margins).forEach(at);
      if (issuer !== null) {
        const offset = centreOffset(pages, ...issuer);
        if (Math.abs(offset) > 0.5)
          at(`"${issuer[1]}" is ${offset.toFixed(1)} mm off "${issuer[0]}"`);
        centred += 1;
      }
      // A copy that stops before its Nơi nhận (an imported web copy) prints none.
      const hasDistribution = await page.evaluate(
        () => document.querySelector('.cong-van__distribution-label') !== null,
      );
      const label = findRun(pages, t('forms.distribution'));
      if (hasDistribution && label?.run.size.toFixed(1) !== '12.0')
        at(`"Nơi nhận:" prints at ${label?.run.size} pt`);
      const blocks = await blockLines(page, [
        '.cong-van__header',
        '.cong-van__footer',
        '.phu-luc__table tr',
      ]);
      for (const block of splitBlocks(pages, margins, blocks)) at(`split: ${block.slice(0, 60)}`);
    }
    expect(problems).toEqual([]);
    // The launch plan and the Quyết định with its attached list run over more than one page.
    expect(numbered).toBeGreaterThanOrEqual(2);
    // Most have a parent body; the state directive and the imported texts of a body that stands
    // alone (Chính phủ, a Tỉnh ủy, a HĐND) do not.
    expect(centred).toBeGreaterThan(formPages.length / 2);
  });

  it('centres the issuer under the parent body on a 360 px phone and at 1280 px', async () => {
    const off: string[] = [];
    for (const path of formPages) {
      for (const width of [360, 1280]) {
        const page = await open(path, width);
        const centres = await page.evaluate(() => {
          const name = document.querySelector('.cong-van__issuer-name')!;
          const parent = name.previousElementSibling;
          if (parent === null) return null;
          const middle = (e: Element) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            const box = range.getBoundingClientRect();
            return box.left + box.width / 2;
          };
          return [middle(parent), middle(name), middle(name.nextElementSibling!)];
        });
        if (centres !== null) {
          const [parent, issuer, next] = centres as [number, number, number];
          // The issuer under the parent body, and the line under it ("*" or the number) too.
          if (Math.abs(issuer - parent) > 1 || Math.abs(next - parent) > 1)
            off.push(`${path} at ${width}px: ${centres.map((c) => c.toFixed(0)).join(' / ')}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it("keeps the Party trích yếu's case as the directive prints it, on the page and on paper", async () => {
    const page = await open('/van-ban/chi-thi-19-ct-tu/', 1280);
    const subject = 'về tăng cường nội dung mẫu thử';
    expect(await page.locator('.form-heading__subject').innerText()).toMatch(
      new RegExp(`^${subject}`),
    );
    const margins = await pageMargins(page);
    const { pages } = await printPage(page);
    expect(printedText(pages, margins).replace(/\s+/g, ' ')).toContain(
      `của Ban Thường vụ Tỉnh ủy ${subject}`,
    );
  });
});
