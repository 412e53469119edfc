import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStaticSite } from '../support/served.ts';
import { t } from '../../src/i18n/index.ts';
import {
  ANNIVERSARIES_PATH,
  CAMPAIGN_DOCUMENTS_PATH,
  DOCUMENTS_PATH,
  FOCUS_AREAS_PATH,
  GUIDANCE_PATH,
  SEARCH_PATH,
} from '../../src/site/routes.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { artifactPath } from '../support/chromium.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { reusedPage } from '../support/reused-page.ts';
import { listPages } from '../support/site.ts';

// Reading on a phone (issue 12), in the fixture site: the page's own content starts in the first
// screen. Every page is measured at a phone's 360×640 and a desktop's 1280×800; the menu is a
// script-free <details> disclosure on the phone, always open on the desktop. The công văn is the
// fixture campaign's (/cong-van-mau-thu/), laid out as the launch công văn of a campaign would be.
const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const site = useStaticSite();

/** The first segment of each section's own path: any other one-segment path is a campaign document. */
const SECTIONS = new Set(
  [
    FOCUS_AREAS_PATH,
    GUIDANCE_PATH,
    DOCUMENTS_PATH,
    ANNIVERSARIES_PATH,
    SEARCH_PATH,
    CAMPAIGN_DOCUMENTS_PATH,
  ].map((path) => path.split('/')[1]!),
);
/** The fixture campaign's công văn. */
const CONG_VAN = '/cong-van-mau-thu/';

/** Every built page and the 404 page, or an empty list that the last test turns into a failure. */
function allPages(): string[] {
  try {
    return [...listPages(fixtureSite().dist), '/404.html'];
  } catch {
    return [];
  }
}

/** One page of each kind (a section index, a page inside a section…), named for its screenshot. */
function pageTypes(): [name: string, path: string][] {
  const types = new Map<string, string>();
  for (const path of allPages()) {
    const segments = path.split('/').filter(Boolean);
    const name =
      path === '/'
        ? 'trang-chu'
        : path === '/404.html'
          ? '404'
          : segments.length > 1
            ? `${segments[0]}-chi-tiet`
            : SECTIONS.has(segments[0]!)
              ? segments[0]!
              : 'van-ban-phong-trao-chi-tiet';
    if (!types.has(name)) types.set(name, path);
  }
  return [...types];
}

const openPage = reusedPage(() => site.browser, { locale: 'vi-VN' });

/** Opens a site-relative path at the given size and colour scheme, in the file's one page. */
async function open(
  path: string,
  viewport = PHONE,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const url = new URL(path.replace(/^\//, ''), site.url).href;
  const { page, response } = await openPage(url, { viewport, colorScheme });
  expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
  return page;
}

/**
 * Where the page's own content starts and how far the page scrolls sideways, in CSS pixels. The
 * content starts at the h1, or, on a document laid out in its form, at the form's heading block
 * (issuer and Quốc hiệu, number, place and date), which comes before the document's h1 as on paper.
 */
async function measure(page: Page): Promise<{ h1Top: number; overflow: number }> {
  return page.evaluate(() => ({
    h1Top: (
      document.querySelector('main article.cong-van .cong-van__header') ??
      document.querySelector('main h1')!
    ).getBoundingClientRect().top,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
}

/** Presses Tab until the focused element matches the selector (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 10): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

describe('the first screen', () => {
  it.each(allPages())(
    '%s: its content (h1, or a document’s heading block) starts in the upper half of a 360×640 and a 1280×800 screen, nothing scrolls sideways',
    async (path) => {
      for (const viewport of [PHONE, DESKTOP]) {
        const page = await open(path, viewport);
        const { h1Top, overflow } = await measure(page);
        expect(h1Top, `${path} at ${viewport.width} px: top of the content`).toBeLessThanOrEqual(
          viewport.height / 2,
        );
        expect(h1Top).toBeGreaterThan(0);
        expect(
          overflow,
          `${path} at ${viewport.width} px: horizontal overflow`,
        ).toBeLessThanOrEqual(0);
      }
    },
  );

  it('writes a screenshot of the first screen of each page type at 360 px', async () => {
    const types = pageTypes();
    expect(types.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'trang-chu',
        'van-ban-phong-trao-chi-tiet',
        'van-ban-chi-tiet',
        'tim-kiem',
        '404',
      ]),
    );
    for (const [name, path] of types) {
      const page = await open(path);
      await page.screenshot({ path: artifactPath('screenshots', 'phone', `${name}-360.png`) });
    }
  });
});

describe('the letter on a phone', () => {
  /** The parts of the letter's heading block, in reading order on a phone. */
  type HeadingPart = 'header' | 'issuer' | 'national' | 'number' | 'date' | 'subject';

  /** The top of each part of the letter's heading block, in CSS pixels. */
  async function headingTops(page: Page): Promise<Record<HeadingPart, number>> {
    return page.evaluate(() => {
      const top = (selector: string) =>
        document.querySelector(selector)!.getBoundingClientRect().top;
      return {
        header: top('.cong-van__header'),
        issuer: top('.cong-van__issuer-name'),
        national: top('.cong-van__national > p'),
        number: top('.cong-van__number'),
        date: top('.cong-van__date'),
        subject: top('.cong-van__subject'),
      };
    });
  }

  it('starts in the first screen, its heading blocks in the signed form’s order', async () => {
    const page = await open(CONG_VAN);
    const tops = await headingTops(page);
    expect(tops.header, 'the heading block starts in the first screen').toBeLessThan(
      PHONE.height / 2,
    );
    // Issuer, then Quốc hiệu, then number and date, then the trích yếu.
    expect(tops.issuer).toBeLessThan(tops.national);
    expect(tops.national).toBeLessThan(tops.number);
    expect(tops.number).toBeLessThan(tops.date);
    expect(tops.date).toBeLessThan(tops.subject);
    // The body stays readable: a text size of at least 16 px, and no line wider than the screen.
    const body = await page.evaluate(() => {
      const p = document.querySelector('.cong-van__body p')!;
      return {
        fontSize: parseFloat(getComputedStyle(p).fontSize),
        right: Math.max(
          ...[...document.querySelectorAll('.cong-van *')].map(
            (e) => e.getBoundingClientRect().right,
          ),
        ),
      };
    });
    expect(body.fontSize).toBeGreaterThanOrEqual(16);
    expect(body.right).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({
      path: artifactPath('screenshots', 'phone', 'cong-van-mau-thu-360-full.png'),
      fullPage: true,
    });
  });

  it.each([280, 320, 360])(
    'sets the Quốc hiệu on one line, within its column, at %i px',
    async (width) => {
      const page = await open(CONG_VAN, { width, height: 640 });
      const line = await page.evaluate(() => {
        const p = document.querySelector('.cong-van__national > p')!;
        const range = document.createRange();
        range.selectNodeContents(p);
        const text = range.getBoundingClientRect();
        const column = p.getBoundingClientRect();
        return {
          lines: text.height / parseFloat(getComputedStyle(p).lineHeight),
          left: text.left - column.left,
          right: column.right - text.right,
        };
      });
      expect(line.lines).toBeLessThan(1.5);
      expect(line.left).toBeGreaterThan(0);
      expect(line.right).toBeGreaterThan(0);
    },
  );

  it('keeps the two heading columns side by side on a desktop', async () => {
    const page = await open(CONG_VAN, DESKTOP);
    const tops = await headingTops(page);
    expect(Math.abs(tops.issuer - tops.national)).toBeLessThan(40);
    expect(tops.subject).toBeLessThan(DESKTOP.height / 2);
  });
});

describe('the menu on a phone', () => {
  it('is closed, and its control names the menu and the current section', async () => {
    const page = await open('/van-ban/chi-thi-19-ct-tu/');
    const menu = page.locator('header details.site-menu');
    expect(await menu.getAttribute('open')).toBeNull();
    expect(await page.locator('nav.site-nav').isVisible()).toBe(false);
    expect(await page.locator('header form[role="search"]').isVisible()).toBe(false);
    const summary = menu.locator('summary');
    expect(await summary.isVisible()).toBe(true);
    expect((await summary.innerText()).replace(/\s+/g, ' ')).toContain('Danh mục');
    expect(await summary.textContent()).toContain(t('site.section.documents'));
    const height = (await summary.boundingBox())!.height;
    expect(height, 'a tap target at least 44 px tall').toBeGreaterThanOrEqual(44);
  });

  it('opens and closes with the keyboard, with visible focus and the current page marked', async () => {
    // The launch document's page: the menu names it by its type, as the current page.
    const page = await open('/ke-hoach/');
    await tabTo(page, 'summary');
    const focus = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focus, 'focus on the menu control is visible').not.toBe('none');

    await page.keyboard.press('Enter');
    expect(await page.locator('details.site-menu').getAttribute('open')).not.toBeNull();
    expect(await page.locator('nav.site-nav').isVisible()).toBe(true);
    const current = page.locator('nav.site-nav a[aria-current="page"]');
    expect(await current.innerText()).toBe('Kế hoạch');

    // Tab goes on into the search box, then the menu's links, in reading order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await tabTo(page, 'nav.site-nav a', 3);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Tổng quan',
    );
    await page.screenshot({ path: artifactPath('screenshots', 'phone', 'menu-open-360.png') });

    // Back to the control; Space closes the menu and its links leave the tab order.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Space');
    expect(await page.locator('details.site-menu').getAttribute('open')).toBeNull();
    expect(await page.locator('nav.site-nav').isVisible()).toBe(false);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('header') === null),
      'after the closed menu, Tab leaves the header',
    ).toBe(true);
  });

  it.each(pageTypes())(
    '%s (%s) has no axe violations with the menu open, in light and dark mode',
    async (_name, path) => {
      const page = await open(path, PHONE);
      await page.locator('details.site-menu summary').click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await page.locator('nav.site-nav').isVisible()).toBe(true);
        const violations = await runAxe(page);
        expect(
          violations,
          `${path} (${colorScheme}, menu open):\n${formatViolations(violations)}`,
        ).toEqual([]);
      }
    },
  );
});

describe('the menu on a desktop', () => {
  it('shows the search box and every section without a control to open', async () => {
    const page = await open('/van-ban/', DESKTOP);
    expect(await page.locator('details.site-menu summary').isVisible()).toBe(false);
    expect(await page.locator('header form[role="search"]').isVisible()).toBe(true);
    const links = page.locator('nav.site-nav a');
    expect(await links.count()).toBeGreaterThan(5);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    // One row: every link starts at the same height.
    const tops = new Set(
      await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top))),
    );
    expect(tops.size).toBe(1);
    await page.screenshot({ path: artifactPath('screenshots', 'phone', 'van-ban-1280.png') });
  });
});

it('found pages to check', () => {
  expect(allPages().length).toBeGreaterThan(15);
});
