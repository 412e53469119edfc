import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, type ImportResult } from '../../scripts/importer/run.ts';
import {
  attr,
  find,
  findAll,
  hasClass,
  parseHtml,
  textOf,
  type HtmlNode,
} from '../support/html.ts';
import { LETTER_BLOCK_IDS, letterClauses } from '../support/letter-source.ts';
import {
  copyProject,
  PROJECT_DIR,
  removeProject,
  runAstroBuild,
  type BuildResult,
} from '../support/project-copy.ts';

// The launch letter published the way a new document is: in a throwaway copy of the project, the
// content file of the letter and one cited document are deleted, the seed (the project's copy at
// test/fixtures/letter-source.txt) is imported into the empty content/letter/, the stub the import
// report gives for the missing document is saved, and the copy is built. The page must pass the
// same letter-fidelity checks as the site's own (test/site/built-site.test.ts).

const SEED = join(PROJECT_DIR, 'test', 'fixtures', 'letter-source.txt');
const MISSING = 'content/documents/chi-thi-32-ct-tu.mdx';

let dir: string;
let imported: ImportResult;
let build: BuildResult;
let letter: HtmlNode;

beforeAll(async () => {
  dir = copyProject('import-build-');
  rmSync(join(dir, 'content', 'letter', 'cong-van.mdx'));
  rmSync(join(dir, MISSING));
  imported = await importDocument({ file: SEED, route: 'cong-van', root: dir });
  for (const stub of imported.stubs) writeFileSync(join(dir, stub.file), stub.content);
  build = await runAstroBuild(dir);
  if (build.code === 0) {
    const page = parseHtml(readFileSync(join(dir, 'dist', 'cong-van', 'index.html'), 'utf8'));
    letter = find(page, (e) => e.tagName === 'article' && hasClass(e, 'cong-van'))!;
  }
});

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

describe('the seed imported into an empty content/letter/ and built', () => {
  it('gives a stub for the cited document the copy lacks, and the copy builds as it is', () => {
    expect(imported.stubs.map((s) => s.file)).toEqual([MISSING]);
    expect(imported.report.join('\n')).toContain(
      '[chưa có] Chỉ thị số 32-CT/TU ngày 26/6/2014 của Tỉnh uỷ',
    );
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(existsSync(join(dir, 'dist', 'van-ban', 'chi-thi-32-ct-tu', 'index.html'))).toBe(true);
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
