import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, printedText, unzipEntry, wordsOf } from '../support/docx.ts';
import { attr, byTag, find, findAll, hasClass, parseHtml, textOf } from '../support/html.ts';
import { assertBuilt, DIST_DIR, listPages, readPage } from '../support/site.ts';

// The site's own campaign documents (today the one launch letter) in the built dist/: in the status
// line, in the feed, and as a Word copy with the page's text; listed only beyond the launch letter
// (test/site/document-types.test.ts has the list, with the fixture documents).

assertBuilt();

describe('the campaign documents of the real site', () => {
  it('links the feed from the head of every page', () => {
    for (const path of listPages()) {
      const head = byTag(parseHtml(readPage(path)), 'head')[0]!;
      const feed = find(
        head,
        (e) =>
          e.tagName === 'link' &&
          attr(e, 'rel') === 'alternate' &&
          attr(e, 'type') === 'application/rss+xml',
      );
      expect(attr(feed!, 'href'), path).toBe('/rss.xml');
    }
  });

  it('has no list of its documents while the launch letter is the only one (it has its own entry)', () => {
    expect(existsSync(join(DIST_DIR, 'van-ban-phong-trao'))).toBe(false);
    for (const path of listPages()) {
      const links = findAll(parseHtml(readPage(path)), (e) => e.tagName === 'a');
      expect(
        links.filter((a) => attr(a, 'href') === '/van-ban-phong-trao/').map(textOf),
        path,
      ).toEqual([]);
    }
    const home = parseHtml(readPage('/'));
    expect(findAll(home, (e) => e.tagName === 'h2').map(textOf)).not.toContain(
      'Văn bản phong trào',
    );
    expect(readFileSync(join(DIST_DIR, 'rss.xml'), 'utf8')).toMatch(
      /<channel><title>[^<]*<\/title><description>[^<]*<\/description><link>http:\/\/[^<]*\/<\/link>/,
    );
  });

  it('says the site has no final report yet, and nothing more, once the campaign has ended', () => {
    const home = parseHtml(readPage('/'));
    const status = find(
      home,
      (e) => e.tagName === 'p' && hasClass(e, 'notice') && textOf(e).startsWith('Tình trạng'),
    )!;
    expect(textOf(status)).toBe(
      'Tình trạng: Đã kết thúc ngày 30/10/2023. Trang chưa có báo cáo tổng kết phong trào.',
    );
  });

  it('has a feed whose one item is the launch letter, with its Word copy enclosed', () => {
    const feed = readFileSync(join(DIST_DIR, 'rss.xml'), 'utf8');
    expect(feed).toContain('<language>vi</language>');
    const items = feed.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/<link>[^<]*\/cong-van\/<\/link>/);
    const size = readFileSync(join(DIST_DIR, 'tai-ve', 'cong-van.docx')).byteLength;
    expect(items[0]).toMatch(
      new RegExp(`<enclosure url="[^"]*/tai-ve/cong-van\\.docx" length="${size}"`),
    );
  });

  it('offers the launch letter as a .docx with the same text as the page', () => {
    const page = parseHtml(readPage('/cong-van/'));
    const link = find(
      page,
      (e) => e.tagName === 'a' && attr(e, 'href') === '/tai-ve/cong-van.docx',
    );
    expect(textOf(link!)).toBe('Tải về (.docx)');
    const article = find(page, (e) => e.tagName === 'article' && hasClass(e, 'cong-van'))!;
    const docx = readFileSync(join(DIST_DIR, 'tai-ve', 'cong-van.docx'));
    const xml = unzipEntry(docx, 'word/document.xml');
    expect(wordsOf(docxText(xml)).join(' ')).toBe(wordsOf(printedText(article)).join(' '));
    expect(docxText(xml)).toContain('Số: …/SCT-VP');
    expect(docxText(xml)).toContain('Lai Châu, ngày … tháng 6 năm 2023');
  });
});
