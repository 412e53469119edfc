import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attr,
  find,
  findAll,
  hasClass,
  parseHtml,
  textOf,
  type HtmlNode,
} from '../support/html.ts';
import { fixtureSite, MISSING_CITED, type FixtureSite } from '../support/fixture-site.ts';
import { LETTER_BLOCK_IDS, letterClauses } from '../support/letter-source.ts';

// The launch letter published the way a new document is. The fixture site (test/support/fixture-site.ts)
// is a throwaway copy of the project in which the content file of the letter and one cited document were
// deleted, the seed (the project's copy at test/fixtures/letter-source.txt) was imported into the empty
// content/letter/, the stub the import report gave for the missing document was saved, and the copy was
// built (it fails to load when the build fails, with the build's output). The page must pass the same
// letter-fidelity checks as the site's own (test/site/built-site.test.ts).

let site: FixtureSite;
let letter: HtmlNode;

beforeAll(async () => {
  site = await fixtureSite();
  const page = parseHtml(readFileSync(join(site.dist, 'cong-van', 'index.html'), 'utf8'));
  letter = find(page, (e) => e.tagName === 'article' && hasClass(e, 'cong-van'))!;
}, 300_000);

describe('the seed imported into an empty content/letter/ and built', () => {
  it('gives a stub for the cited document the copy lacks, and the copy builds as it is', () => {
    expect(site.imported.stubs.map((s) => s.file)).toEqual([MISSING_CITED]);
    expect(site.imported.report.join('\n')).toContain(
      '[chưa có] Chỉ thị số 32-CT/TU ngày 26/6/2014 của Tỉnh uỷ',
    );
    expect(existsSync(join(site.dist, 'van-ban', 'chi-thi-32-ct-tu', 'index.html'))).toBe(true);
    expect(letter, 'article.cong-van on /cong-van/').toBeDefined();
  });

  it('contains every clause of the source letter, verbatim', () => {
    const text = textOf(letter).replace(/…/g, '').replace(/\s+/g, ' ');
    expect(letterClauses().filter((clause) => !text.includes(clause))).toEqual([]);
    expect(letterClauses().length).toBeGreaterThan(60);
  });

  it('is laid out as a công văn with the parts of the launch letter', () => {
    const text = textOf(letter);
    for (const part of [
      'UBND TỈNH LAI CHÂU',
      'SỞ CÔNG THƯƠNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: …/SCT-VP',
      'V/v phát động phong trào thi đua đặc biệt lập thành tích chào mừng kỷ niệm các sự kiện lịch sử của tỉnh',
      'Lai Châu, ngày … tháng 6 năm 2023',
      'Kính gửi: Các phòng, đơn vị trực thuộc Sở',
      'Lưu: VT, VP.',
      'GIÁM ĐỐC',
      'Nguyễn Sỹ Chín',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(text.indexOf('Nơi nhận:')).toBeGreaterThan(text.indexOf('(01/01/2004-01/01/2024)/.'));
  });

  it('gives the numbered sections, bullets and points the same anchors as the site’s letter', () => {
    for (const id of LETTER_BLOCK_IDS)
      expect(
        find(letter, (e) => attr(e, 'id') === id),
        id,
      ).toBeDefined();
  });

  it('links every mention of a cited document, the stubbed one included', () => {
    const counts: Record<string, number> = {};
    for (const a of findAll(letter, (e) => e.tagName === 'a' && hasClass(e, 'cite'))) {
      const id = attr(a, 'data-cites')!;
      counts[id] = (counts[id] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'nghi-quyet-dai-hoi-xiv': 1,
      'cong-van-1954-ubnd-th': 1,
      'chi-thi-34-ct-tw': 2,
      'chi-thi-32-ct-tu': 1,
    });
  });
});
