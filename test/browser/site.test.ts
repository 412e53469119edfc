import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStaticSite } from '../support/served.ts';
import { artifactPath } from '../support/chromium.ts';
import { plainLines } from '../support/clauses.ts';
import { FIXTURE_LAUNCH } from '../support/fixture-campaigns.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { reusedPage } from '../support/reused-page.ts';
import { listPages } from '../support/site.ts';
import { t } from '../../src/i18n/index.ts';

const site = useStaticSite();

/**
 * The file's one page, which may read the clipboard: what the tests copy is read back there. Each
 * copy empties the clipboard first, so a copy that copies nothing cannot read the previous one.
 */
const openPage = reusedPage(() => site.browser, {
  locale: 'vi-VN',
  permissions: ['clipboard-read', 'clipboard-write'],
});

/** Opens a site-relative path in the file's one page, at the given width. */
async function open(path: string, width = 1280): Promise<Page> {
  const url = new URL(path.replace(/^\//, ''), site.url).href;
  const { page, response } = await openPage(url, { viewport: { width, height: 900 } });
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
    }
    const home = await open('/', 360);
    await home.screenshot({
      path: artifactPath('screenshots', 'trang-chu-360.png'),
      fullPage: true,
    });
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
  });

  it('jumps to a shared link to "mục 2, ý 3"', async () => {
    const page = await open('/ke-hoach/#muc-2-y-3');
    const inView = await page.evaluate(() => {
      const rect = document.getElementById('muc-2-y-3')!.getBoundingClientRect();
      return rect.top >= 0 && rect.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});

// axe runs on every page, in light and dark mode, in the sub-path crawl of
// test/hosting/portal.test.ts (once per page and colour scheme).

describe("copying the launch document's words", () => {
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
    const page = await open(path);
    await page.evaluate(() => navigator.clipboard.writeText(''));
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
  }

  it('copies the whole document as the signed copy words it, with its dashes and nothing of the page', async () => {
    const { copied } = await copy(`/${FIXTURE_LAUNCH.route}/`, 'article.cong-van');
    const lines = plainLines(FIXTURE_LAUNCH.body);
    const { signer } = FIXTURE_LAUNCH.data;
    const end = [t('forms.distribution'), ...FIXTURE_LAUNCH.distributionLines];
    const at = copied.indexOf(lines[0]!);
    expect(at, 'the first line of the body').toBeGreaterThan(0);
    // The body word for word, then the Nơi nhận and the signature: the "- " before each ý and each
    // Nơi nhận line, no "#Liên kết đến …".
    const body = words(copied.slice(at));
    const signed = words([...lines, ...end, signer.title, signer.name].join(' '));
    const signedNameFirst = words([...lines, signer.title, signer.name, ...end].join(' '));
    expect([signed, signedNameFirst]).toContainEqual(body);
    const items = lines.filter((line) => line.startsWith('- ')).length;
    expect(items).toBeGreaterThan(0);
    expect(copied.match(/^- /gm)).toHaveLength(items + FIXTURE_LAUNCH.distributionLines.length);
    // The heading's lines in the form's two columns, in any order.
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(words(copied.slice(0, at)))).toEqual(
      sorted(words(FIXTURE_LAUNCH.headingLines.join(' '))),
    );
    expect(copied).not.toMatch(/Liên kết|#/);
  });

  it('copies each quotation of the launch document on the focus-area and implementation pages as its words alone', async () => {
    const signed = plainLines(FIXTURE_LAUNCH.body).join(' ').replace(/\s+/g, ' ');
    const quotations = [
      ...listPages(fixtureSite().dist)
        .filter((path) => /^\/noi-dung\/.+\//.test(path))
        .map((path) => ({ path, selector: 'main blockquote', index: 0 })),
      ...[0, 1, 2].map((index) => ({
        path: '/to-chuc-thuc-hien/',
        selector: 'main [data-verbatim]',
        index,
      })),
    ];
    expect(quotations.length).toBe(3 + 3);
    for (const { path, selector, index } of quotations) {
      const { copied, text } = await copy(path, selector, index);
      const where = `${path} ${selector} ${index}`;
      expect(copied.replace(/\s+/g, ' ').trim(), where).toBe(text);
      expect(signed, where).toContain(text);
    }
  });

  it('keeps the # links usable: drawn, named for screen readers, reached by Tab, leading to their block', async () => {
    const page = await open(`/${FIXTURE_LAUNCH.route}/`);
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
  });
});
