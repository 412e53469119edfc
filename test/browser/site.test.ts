import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStaticSite } from '../support/served.ts';
import { artifactPath } from '../support/chromium.ts';
import { FORM_BLANKS, FORM_LINES, letterLines } from '../support/letter-source.ts';
import { listPages } from '../support/site.ts';
import { t } from '../../src/i18n/index.ts';

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

describe('the letter page in Chromium', () => {
  it('renders the công văn and writes screenshots at 360 px and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/cong-van/', width);
      await expect
        .poll(() => page.locator('article.cong-van h1').isVisible(), { timeout: 15_000 })
        .toBe(true);
      expect(await page.locator('article.cong-van h1').innerText()).toContain(
        'V/v phát động phong trào thi đua đặc biệt',
      );
      // Nothing may overflow the viewport sideways on a phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      const file = artifactPath('screenshots', `cong-van-${width}.png`);
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
    const page = await open('/cong-van/');
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
    const page = await open('/cong-van/#muc-2-y-3');
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

describe("copying the letter's words", () => {
  const words = (text: string) =>
    text
      .normalize('NFC')
      .split(/\s+/)
      .filter((w) => w !== '');

  /**
   * Selects the `index`th element that `selector` names on `path`, presses Control+C as a reader does
   * and reads the clipboard; also gives the element's own text (every text node, white space collapsed).
   */
  async function copy(
    path: string,
    selector: string,
    index = 0,
  ): Promise<{ copied: string; text: string }> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    try {
      const page = await context.newPage();
      await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
      const text = await page.evaluate(
        ([s, i]) => {
          const element = document.querySelectorAll(s as string)[i as number]!;
          const range = document.createRange();
          range.selectNodeContents(element);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return element.textContent!.replace(/\s+/g, ' ').trim();
        },
        [selector, index],
      );
      await page.keyboard.press('Control+C');
      return { copied: await page.evaluate(() => navigator.clipboard.readText()), text };
    } finally {
      await context.close();
    }
  }

  it('copies the whole letter as the signed copy words it, with its dashes and nothing of the page', async () => {
    const { copied } = await copy('/cong-van/', 'article.cong-van');
    let signed = letterLines().join('\n');
    for (const [closed, blank] of FORM_BLANKS) signed = signed.replace(closed, blank);
    const recipients = 'Kính gửi:';
    const [heading, body] = [signed, copied].map((text) => {
      const at = text.indexOf(recipients);
      expect(at, 'Kính gửi').toBeGreaterThan(0);
      return [text.slice(0, at), text.slice(at)];
    }) as [[string, string], [string, string]];
    // The body word for word: the "- " before each ý and each Nơi nhận line, no "#Liên kết đến …".
    expect(words(body[1])).toEqual(words(heading[1]));
    expect(copied.match(/^- /gm)).toHaveLength(7 + 6);
    // The heading's lines in the form's two columns, in any order: the signed copy's and the form's.
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(words(body[0]))).toEqual(sorted(words([heading[0], ...FORM_LINES].join(' '))));
    expect(copied).not.toMatch(/Liên kết|#|Công văn số …/);
  });

  it('copies each quotation of the letter on the focus-area and implementation pages as its words alone', async () => {
    const signed = letterLines().join(' ').replace(/\s+/g, ' ');
    const quotations = [
      ...listPages()
        .filter((path) => /^\/noi-dung\/.+\//.test(path))
        .map((path) => ({ path, selector: 'main blockquote', index: 0 })),
      ...[0, 1, 2, 3, 4].map((index) => ({
        path: '/to-chuc-thuc-hien/',
        selector: 'main [data-verbatim]',
        index,
      })),
    ];
    expect(quotations.length).toBe(12);
    for (const { path, selector, index } of quotations) {
      const { copied, text } = await copy(path, selector, index);
      const where = `${path} ${selector} ${index}`;
      expect(copied.replace(/\s+/g, ' ').trim(), where).toBe(text);
      expect(signed, where).toContain(text);
    }
  });

  it('keeps the # links usable: drawn, named for screen readers, reached by Tab, leading to their block', async () => {
    const page = await open('/cong-van/');
    const name = t('documents.anchor.selfLink', { label: 'mục 2, ý 1' });
    const link = page.getByRole('link', { name, exact: true });
    expect(await link.count()).toBe(1);
    expect(await link.isVisible()).toBe(true);
    expect(
      await link.evaluate((a) => getComputedStyle(a, '::before').content),
      'its # is drawn',
    ).toBe('"#"');
    await link.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#muc-2-y-1',
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#muc-2-y-1$/);
    await page.context().close();
  });
});
