import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { usePortalSite } from '../support/served.ts';
import { runAxe } from '../support/axe.ts';
import {
  crawlSite,
  cspViolations,
  newRecordingContext,
  watchPage,
  type CrawledPage,
} from '../support/crawl.ts';
import { validateHtml } from '../support/html-validate.ts';

// Each gate of portal.test.ts reports 0 problems on the site; these controls show that each one does
// report a problem when there is one, under the same nginx, CSP and browser.

const site = usePortalSite();

/** Opens the letter page through nginx in a recording context. */
async function openLetter(): Promise<{ page: Page; seen: ReturnType<typeof watchPage> }> {
  const context = await newRecordingContext(site.browser);
  const page = await context.newPage();
  const seen = watchPage(page, site.nginx.origin);
  const response = await page.goto(`${site.nginx.url}ke-hoach/`);
  expect(response?.status()).toBe(200);
  return { page, seen };
}

describe('the gates catch what they look for', () => {
  it('the CSP blocks an inline script and an inline style, and both are recorded', async () => {
    const { page, seen } = await openLetter();
    expect(await cspViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      document.body.setAttribute('style', 'color: red');
    });
    const violations = await cspViolations(page);
    expect(violations.some((v) => v.startsWith('script-src-elem'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-attr'))).toBe(true);
    expect(await page.evaluate(() => '__inlineRan' in window)).toBe(false);
    expect(seen.cspMessages.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('a request to another host is recorded (and the CSP blocks it)', async () => {
    const { page, seen } = await openLetter();
    await page.evaluate(() => fetch('http://127.0.0.2:9/theo-doi.js').catch(() => undefined));
    expect(await cspViolations(page)).toEqual([
      expect.stringMatching(/^connect-src blocked http:\/\/127\.0\.0\.2:9\/theo-doi\.js/),
    ]);
    // Blocked before it leaves: the site.browser sends nothing to the other host.
    expect(seen.foreignRequests).toEqual([]);
    await page.context().close();

    // Without the CSP the request does leave, and the request listener sees it.
    const open = await site.browser.newContext({ bypassCSP: true });
    const other = await open.newPage();
    const watched = watchPage(other, site.nginx.origin);
    await other.goto(`${site.nginx.url}cong-van/`);
    await other.evaluate(() => fetch('http://127.0.0.2:9/theo-doi.js').catch(() => undefined));
    expect(watched.foreignRequests).toEqual(['http://127.0.0.2:9/theo-doi.js']);
    await open.close();
  });

  it('a console error is recorded', async () => {
    const { page, seen } = await openLetter();
    await page.evaluate(() => console.error('lỗi thử'));
    expect(seen.consoleErrors).toEqual(['lỗi thử']);
    await page.context().close();
  });

  it('axe-core runs under the CSP and reports an image without alternative text', async () => {
    const { page } = await openLetter();
    expect(await runAxe(page)).toEqual([]);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')!.append(img);
    });
    expect((await runAxe(page)).map((v) => v.id)).toContain('image-alt');
    await page.context().close();
  });

  it('html-validate reports an inline style and accepts a JSON-LD data block', async () => {
    const page = (body: string) =>
      `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thử</title><script type="application/ld+json">{"@type":"Thing"}</script></head><body><main>${body}</main></body></html>`;
    expect(await validateHtml(page('<p>Đúng.</p>'), 'dung.html')).toEqual([]);
    const errors = await validateHtml(page('<p style="color: red">Sai.</p>'), 'sai.html');
    expect(errors.map((e) => e.ruleId)).toContain('no-inline-style');
  });
});

describe('the crawl reports each problem on the page that has it', () => {
  /** A page of the planted site: its own CSP, and `body` under a heading. */
  const html = (body: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'self'"><link rel="icon" href="data:,"><title>Trang thử</title></head><body><main><h1>Trang thử</h1>${body}</main></body></html>`;

  it('on page N, not lost and not moved to page N+1, with the CSP recorder on every page', async () => {
    // Crawled in this order: the home page, a/, b/ (every fault: a CSP violation, console errors, a
    // request to another host that fails, an image without alternative text), c/ (after b/: none).
    const dir = mkdtempSync(join(tmpdir(), 'crawl-control-'));
    const files: Record<string, string> = {
      'index.html': html('<a href="/a/">a</a> <a href="/b/">b</a> <a href="/c/">c</a>'),
      'a/index.html': html('<p>Không có lỗi.</p>'),
      'b/index.html': html(
        '<script>window.chay = 1;</script><script src="/b/loi.js"></script><img alt="ảnh" src="http://127.0.0.2:9/anh.png"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
      ),
      // An error as it runs, one just after the load event (while b/ is checked), and one every
      // 10 ms until b/ is left: the crawl goes on to c/ while b/ is still logging.
      'b/loi.js': [
        "console.error('lỗi ở trang b');",
        "addEventListener('load', () => setTimeout(() => console.error('lỗi muộn ở trang b'), 30));",
        "setInterval(() => console.error('lỗi lặp lại ở trang b'), 10);",
      ].join('\n'),
      'c/index.html': html('<p>Không có lỗi.</p>'),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const server = await startStaticServer({ root: dir });
    try {
      const origin = new URL(server.url).origin;
      const { pages } = await crawlSite(site.browser, {
        origin,
        base: '/',
        siteOrigin: 'https://example.invalid',
        axeSchemes: ['light'],
      });
      const at = (path: string): CrawledPage => pages.get(origin + path)!;
      expect([...pages.keys()]).toEqual(['/', '/a/', '/b/', '/c/'].map((p) => origin + p));
      const b = at('/b/');
      expect(b.cspViolations).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline at /),
          expect.stringMatching(/Content Security Policy/),
        ]),
      );
      expect(b.consoleErrors).toEqual(
        expect.arrayContaining(['lỗi ở trang b', 'lỗi muộn ở trang b', 'lỗi lặp lại ở trang b']),
      );
      expect(b.foreignRequests).toEqual(['http://127.0.0.2:9/anh.png']);
      expect(b.failedRequests).toEqual([
        expect.stringMatching(/^http:\/\/127\.0\.0\.2:9\/anh\.png: /),
      ]);
      expect(b.axe.flatMap((run) => run.violations.map((v) => v.id))).toEqual(['image-alt']);
      for (const path of ['/', '/a/', '/c/']) {
        const { cspViolations, consoleErrors, foreignRequests, failedRequests, axe } = at(path);
        expect(
          { cspViolations, consoleErrors, foreignRequests, failedRequests, axe },
          path,
        ).toEqual({
          cspViolations: [],
          consoleErrors: [],
          foreignRequests: [],
          failedRequests: [],
          axe: [{ scheme: 'light', violations: [] }],
        });
      }
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
