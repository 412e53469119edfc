import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { t } from '../../src/i18n/index.ts';
import { renderDocx } from '../../src/docx/document-docx.ts';
import { findCitedDocuments } from '../../scripts/importer/cited.ts';
import { main } from '../../scripts/importer/cli.ts';
import { importDocument, ImportRefusal } from '../../scripts/importer/run.ts';
import { repairText } from '../../scripts/importer/repair.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { annexSchema, letterSchema } from '../../src/schemas/letter.ts';
import { pipeTableRows, splitAnnexes } from '../../src/documents/annex-text.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import { nodeForBuilds, PROJECT_DIR } from '../support/project-copy.ts';
import { snapshot, splitContent, useImportRoots } from '../support/import-roots.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// `npm run import` on a launch công văn as a PDF's text gives it (page breaks splitting sentences, a
// blank number and day), on the site's own .docx of the fixture campaign's documents, on fictional
// documents of other types (test/fixtures/import/), and on every kind of bad input. Each import runs
// in a temporary project root with the fixture campaign's cited documents and an empty
// content/letter/, so nothing is written to the project and nothing of content/ is read. That the
// real campaign's launch document is what the importer reads from its signed text is a content check
// (content/tests/checks.yaml, `sources`).

const FIXTURES = join(PROJECT_DIR, 'test', 'fixtures');
const LAUNCH = join(FIXTURES, 'import', 'cong-van-phat-dong.txt');
/** The sentences the launch document's page breaks split, as its text has them. */
const PAGE_BREAKS = ['tạo cảnh quan\n\nsạch, đẹp', 'giúp Hội\n\nđồng Thi'];

const roots = useImportRoots('importer-');
const freshRoot = () => roots.root();

describe('importing a launch công văn (test/fixtures/import/cong-van-phat-dong.txt)', () => {
  let root: string;
  let result: Awaited<ReturnType<typeof importDocument>>;

  beforeAll(async () => {
    root = freshRoot();
    result = await importDocument({ file: LAUNCH, route: 'phat-dong', root });
  });

  it('writes one content file that the letter schema accepts', () => {
    expect(result.written).toBe(true);
    expect(readdirSync(join(root, 'content', 'letter'))).toEqual(['phat-dong.mdx']);
    const { data } = splitContent(readFileSync(join(root, result.file), 'utf8'));
    expect(letterSchema.safeParse(data).success).toBe(true);
  });

  it('gives the body with its numbering marks and the sentences the page breaks split, joined', () => {
    const { body } = splitContent(result.content);
    expect(body).toMatch(/^Năm 2026 là năm đầu thực hiện/);
    expect(body).toContain('\n\n**1.** Tiếp tục quán triệt');
    expect(body).toContain('\n\n- Thi đua thu gom, phân loại rác thải sinh hoạt tại nguồn');
    expect(body).toMatch(/\n\n## \**4\. Tổ chức thực hiện\**\n\na\) Các phòng, đơn vị/);
    for (const cut of PAGE_BREAKS) {
      expect(body).not.toContain(cut);
      expect(body).toContain(cut.replace('\n\n', ' '));
    }
    expect(body).toMatch(/hưởng ứng, ra sức thi đua thực hiện thắng lợi các nội dung thi đua\/\.$/);
  });

  it('reads the heading, the signature and Nơi nhận: a blank number, a month-only date', () => {
    const { data } = splitContent(result.content);
    expect(data).toMatchObject({
      type: 'Công văn',
      number: null,
      code: 'STNMT-VP',
      parentBody: 'UBND TỈNH THANH VÂN',
      issuer: 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
      place: 'Thanh Vân',
      date: '2026-03',
      subject: 'V/v phát động phong trào thi đua “Làng xanh, nước sạch” năm 2026',
      recipients: ['Các phòng, đơn vị trực thuộc Sở'],
      signer: { title: 'GIÁM ĐỐC', name: 'Người Ký Mẫu Tám' },
      distribution: ['Như trên', 'Lãnh đạo Sở', 'Công đoàn cơ sở Sở', 'Lưu: VT, VP'],
      route: 'phat-dong',
    });
    expect(result.content).not.toContain('suy ra');
  });

  it('reports each part, the page-break joins and the cited documents the site has and lacks', () => {
    const report = result.report.join('\n');
    expect(report).toContain('nối 2 câu bị ngắt trang');
    for (const cut of PAGE_BREAKS) {
      // "giúp Hội\n\nđồng Thi đua" is reported as "giúp Hội / đồng Thi …": the words either side.
      const [before, after] = cut.split('\n\n');
      expect(report).toContain(`${before!.split(' ').slice(-2).join(' ')} / ${after}`);
    }
    for (const line of [
      '[để trống] Số: để trống (number: null',
      '[có]      Ký hiệu: STNMT-VP',
      '[để trống] Ngày ban hành: tháng 3/2026, ngày để trống ("2026-03")',
      '[có]      Kính gửi: Các phòng, đơn vị trực thuộc Sở',
      '[có]      Chữ ký: GIÁM ĐỐC, Người Ký Mẫu Tám',
      '[có]      Nơi nhận: 4 dòng',
      '[không có] Quốc hiệu, tiêu ngữ',
      '[không có] Đơn vị soạn thảo',
      '[chưa có] Chỉ thị số 27-CT/TU',
      '[chưa có] Chỉ thị số 45/CT-UBND',
    ]) {
      expect(report).toContain(line);
    }
  });
});

describe('round trips through the site’s own Word copy (src/docx/document-docx.ts)', () => {
  const sources = ['ke-hoach', 'ke-hoach-thuc-hien', 'bao-cao', 'quyet-dinh', 'thong-bao'].map(
    (name) => join(FIXTURE_CAMPAIGN, 'letter', `${name}.mdx`),
  );
  for (const source of sources) {
    it(`${source.slice(PROJECT_DIR.length)}: the .docx imports back to the same body and parts`, async () => {
      const original = splitContent(readFileSync(source, 'utf8'));
      const file = roots.path(`${source.replace(/^.*\//, '')}.docx`);
      writeFileSync(file, await renderDocx(letterSchema.parse(original.data), original.body));
      const result = await importDocument({ file, root: freshRoot(), dryRun: true });
      const { data, body } = splitContent(result.content);
      // An attached table printed after the signature comes back as the document's annex, after
      // its text (src/documents/annex-text.ts).
      const text = splitAnnexes(body);
      expect(text.body).toBe(original.body);
      for (const key of [
        'type',
        'number',
        'code',
        'parentBody',
        'issuer',
        'place',
        'date',
        'subject',
        'recipients',
        'decision',
        'signer',
        'distribution',
      ]) {
        expect(data[key], key).toEqual(original.data[key]);
      }
      expect(result.content).not.toContain('suy ra');
      const annexes = annexSchema.array().parse(original.data['annexes'] ?? []);
      expect(text.annexes.map((annex) => annex.head)).toEqual(
        annexes.map(({ label, title, note }) => ({ label, title, note })),
      );
      annexes.forEach((annex, i) =>
        expect(pipeTableRows(text.annexes[i]!.markdown)).toEqual([annex.columns, ...annex.rows]),
      );
      if (annexes.length > 0)
        expect(result.report.join('\n')).toContain(
          `[có]      Phụ lục: ${annexes.length} phụ lục sau chữ ký`,
        );
    });
  }
});

describe('other document types (fictional fixtures)', () => {
  it('a Kế hoạch: tên loại, its trích yếu, KT. signature, page number and run-on items repaired', async () => {
    const root = freshRoot();
    const result = await importDocument({
      file: join(FIXTURES, 'import', 'ke-hoach.txt'),
      root,
    });
    const { data, body } = splitContent(result.content);
    expect(data).toMatchObject({
      type: 'Kế hoạch',
      number: '87',
      code: 'KH-SCT',
      date: '2023-06-20',
      subject: 'Tổ chức phong trào thi đua mẫu thử (văn bản mẫu thử, không có thật)',
      signer: {
        prefix: 'KT.',
        authority: 'GIÁM ĐỐC',
        title: 'PHÓ GIÁM ĐỐC',
        name: 'Người Ký Mẫu Hai',
      },
      distribution: ['Như trên', 'Lưu: VT, VP'],
      route: 'ke-hoach-87-kh-sct',
    });
    expect(data['recipients']).toBeUndefined();
    expect(body).toContain('## I. MỤC ĐÍCH, YÊU CẦU');
    expect(body).toContain('**2.** Yêu cầu mẫu thử thứ hai');
    expect(body).toContain(
      'chất lượng mẫu thử.\n\n- Nội dung gạch đầu dòng thứ nhất;\n\n- Nội dung',
    );
    expect(body).not.toMatch(/^2$/m);
    const report = result.report.join('\n');
    expect(report).toContain('bỏ 1 số trang');
    expect(report).toContain('“lượng mẫu / thử.”');
    expect(report).toContain('tách lại 4 dòng');
  });

  it('a Kế hoạch citing a document the site lacks: the report gives a stub that the schema accepts', async () => {
    const result = await importDocument({
      file: join(FIXTURES, 'import', 'ke-hoach.txt'),
      root: freshRoot(),
      dryRun: true,
    });
    const report = result.report.join('\n');
    expect(report).toContain(
      '[chưa có] Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh Sơn Hà: trang chưa có văn bản này. Tạo tệp content/documents/quyet-dinh-12-qd-ubnd.mdx',
    );
    expect(report).toContain('[đã có]   Quyết định số 101/QĐ-UBND');
    const stub = /quyet-dinh-12-qd-ubnd\.mdx[^\n]*\n((?: {6}.*\n)+)/.exec(report)?.[1];
    expect(stub).toBeDefined();
    const yaml = splitFrontMatter(stub!.replace(/^ {6}/gm, ''))!.yaml;
    const data = documentSchema.parse(parse(yaml));
    expect(data).toMatchObject({
      type: 'Quyết định',
      identifier: '12/QĐ-UBND',
      issuer: 'UBND tỉnh Sơn Hà',
      date: { year: 2023, month: 1, day: 5 },
      subject: null,
    });
  });

  it('a Quyết định: the preamble goes to `decision`, articles and khoản keep their numbers', async () => {
    const result = await importDocument({
      file: join(FIXTURES, 'import', 'quyet-dinh.txt'),
      root: freshRoot(),
      dryRun: true,
    });
    const { data, body } = splitContent(result.content);
    expect(data['decision']).toEqual({
      authority: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      bases: [
        'Căn cứ văn bản mẫu thử quy định chức năng, nhiệm vụ của Sở Giáo dục và Đào tạo;',
        'Căn cứ Kế hoạch số 87/KH-SCT ngày 20/6/2023 của Sở Giáo dục và Đào tạo (mẫu thử);',
      ],
      proposal: 'Theo đề nghị của Chánh Văn phòng Sở.',
    });
    expect(data['number']).toBeNull();
    expect(body.split('\n\n')).toEqual([
      '**Điều 1.** Tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho các tập thể, cá nhân (mẫu thử) có tên tại Phụ lục I kèm theo Quyết định này.',
      '**Điều 2.** Tổ chức thực hiện:',
      '1\\. Văn phòng Sở:',
      'a) Thực hiện nội dung mẫu thử thứ nhất;',
      'b) Thực hiện nội dung mẫu thử thứ hai.',
      '2\\. Các tập thể, cá nhân có tên tại Điều 1 thực hiện nội dung mẫu thử.',
      '**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký./.',
    ]);
  });
});

describe('repairs and recognisers', () => {
  it('removes page numbers in their usual forms', () => {
    const { blocks, repairs } = repairText(
      'Câu thứ nhất.\n\n2\n\n- 3 -\n\nTrang 4\n\nCâu thứ hai.',
      'txt',
    );
    expect(blocks.map((block) => block.lines)).toEqual([['Câu thứ nhất.'], ['Câu thứ hai.']]);
    expect(repairs.pageNumbers).toBe(3);
  });

  it('does not join a heading to the point under it, nor a closed sentence to the next', () => {
    const { blocks } = repairText(
      '## 5. Tổ chức thực hiện\n\na) Các phòng.\n\nHết câu.\n\nthêm',
      'txt',
    );
    expect(blocks.map((block) => block.lines)).toEqual([
      ['## 5. Tổ chức thực hiện'],
      ['a) Các phòng.'],
      ['Hết câu.'],
      ['thêm'],
    ]);
  });

  it('finds cited documents with their date and issuer as the text gives them', () => {
    const cited = findCitedDocuments(
      'theo tinh thần Chỉ thị số 47-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị (khoá XI) và Chỉ thị số 26-CT/TU ngày 26/6/2014 của Tỉnh uỷ “Về tiếp tục”',
    );
    expect(cited.map((c) => [c.identifier, c.issuer, c.date])).toEqual([
      ['47-CT/TW', 'Bộ Chính trị', { year: 2014, month: 4, day: 7 }],
      ['26-CT/TU', 'Tỉnh uỷ', { year: 2014, month: 6, day: 26 }],
    ]);
  });
});

describe('bad input writes nothing and says why, in Vietnamese', () => {
  const write = (name: string, content: string | Buffer) => {
    const path = roots.path(name);
    writeFileSync(path, content);
    return path;
  };
  // A PDF whose one page has no text: what a scanner without OCR produces (the image left out).
  const SCAN_PDF = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
    '4 0 obj << /Length 22 >> stream\n0 0 1 rg 0 0 100 100 re f\nendstream endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');

  const cases: [string, () => { file: string; route?: string; force?: boolean }, RegExp][] = [
    ['an empty file', () => ({ file: write('empty.txt', '') }), /tệp .*empty\.txt rỗng/],
    [
      'a file of spaces',
      () => ({ file: write('blank.txt', ' \n\n \n') }),
      /rỗng: không có chữ nào/,
    ],
    ['a missing file', () => ({ file: roots.path('khong-co.txt') }), /không mở được tệp/],
    ['a folder', () => ({ file: roots.path('folder.txt') }), /không mở được tệp/],
    [
      'text not in UTF-8',
      () => ({
        file: write('latin1.txt', Buffer.from([0x53, 0xf4, 0x3a, 0x20, 0xff, 0xfe, 0x0a])),
      }),
      /không phải văn bản mã UTF-8/,
    ],
    ['a broken .docx', () => ({ file: write('broken.docx', 'not a zip') }), /không phải tệp Word/],
    [
      'a broken .pdf',
      () => ({ file: write('broken.pdf', 'not a pdf') }),
      /không phải tệp PDF hợp lệ/,
    ],
    [
      'a PDF with no text layer (a scan)',
      () => ({ file: write('scan.pdf', SCAN_PDF) }),
      /là bản quét: PDF không có lớp chữ, chỉ có ảnh\. Cần nhận dạng chữ \(OCR\) trước/,
    ],
    [
      'a text without the parts of an administrative document',
      () => ({ file: join(FIXTURES, 'import', 'not-a-document.txt') }),
      /không có các phần của một văn bản hành chính theo Nghị định 30\/2020\/NĐ-CP \(thiếu: .*Số, Ký hiệu/,
    ],
    [
      'an unsupported extension',
      () => ({ file: write('cong-van.doc', 'x') }),
      /đuôi "\.doc" không được hỗ trợ; chỉ nhận các đuôi \.txt, \.md, \.docx, \.pdf/,
    ],
    [
      'a file over the size limit',
      () => {
        const file = write('huge.txt', '');
        truncateSync(file, 11 * 1024 * 1024);
        return { file };
      },
      /nặng 11\.0 MB, quá giới hạn 10 MB/,
    ],
    [
      'a route that is not an ASCII slug',
      () => ({ file: LAUNCH, route: 'công-văn' }),
      /đường dẫn "công-văn" không phải slug ASCII/,
    ],
    ['a route in capitals', () => ({ file: LAUNCH, route: 'Phat-Dong' }), /không phải slug ASCII/],
    [
      'a route that a page of the site has',
      () => ({ file: LAUNCH, route: 'tim-kiem', force: true }),
      /đường dẫn "tim-kiem" đã được dùng bởi một trang của trang web; --force không ghi đè được/,
    ],
  ];

  for (const [name, input, message] of cases) {
    it(name, async () => {
      const root = freshRoot();
      const before = snapshot(root);
      const error = await importDocument({ ...input(), root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefusal);
      expect((error as Error).message).toMatch(message);
      expect(snapshot(root)).toEqual(before);
    });
  }

  it('a route that exists: refused without --force, overwritten with it', async () => {
    const root = freshRoot();
    await importDocument({ file: LAUNCH, route: 'phat-dong', root });
    writeFileSync(join(root, 'content', 'letter', 'phat-dong.mdx'), 'edited by hand');
    const before = snapshot(root);
    const error = await importDocument({ file: LAUNCH, route: 'phat-dong', root }).catch((e) => e);
    expect((error as Error).message).toBe(
      'đã có văn bản ở đường dẫn "phat-dong" (content/letter/phat-dong.mdx). Chọn đường dẫn khác bằng --route, hoặc thêm --force để ghi đè tệp này.',
    );
    expect(snapshot(root)).toEqual(before);
    await importDocument({ file: LAUNCH, route: 'phat-dong', root, force: true });
    expect(readFileSync(join(root, 'content', 'letter', 'phat-dong.mdx'), 'utf8')).toContain(
      'route: "phat-dong"',
    );
  });

  it('a route that another document already uses, under another file name', async () => {
    const root = freshRoot();
    const other = readFileSync(join(FIXTURE_CAMPAIGN, 'letter', 'ke-hoach.mdx'), 'utf8').replace(
      /^route: .*$/m,
      'route: ke-hoach-87-kh-sct',
    );
    writeFileSync(join(root, 'content', 'letter', 'khac.mdx'), other);
    const error = await importDocument({
      file: join(FIXTURES, 'import', 'ke-hoach.txt'),
      root,
    }).catch((e) => e);
    expect((error as Error).message).toContain('đã được dùng bởi content/letter/khac.mdx');
  });

  it('the command prints the reason and that nothing was written, and exits with 1', async () => {
    const out: string[] = [];
    const code = await main([roots.path('x.odt')], freshRoot(), (line) => out.push(line));
    expect(code).toBe(1);
    expect(out.join('\n')).toContain(
      `${t('importer.error.title', { reason: '' }).trim()} tệp có đuôi ".odt" không được hỗ trợ`,
    );
    expect(out.join('\n')).toContain('Không có tệp nào được ghi.');
    const usage: string[] = [];
    expect(await main([], freshRoot(), (line) => usage.push(line))).toBe(1);
    expect(usage.join('\n')).toContain('Cách dùng: npm run import -- TỆP');
    expect(await main(['a.txt', '--quiet'], freshRoot(), (line) => usage.push(line))).toBe(1);
    expect(usage.join('\n')).toContain('tham số "--quiet" không dùng được');
  });
});

describe('npm run import (scripts/import.mjs under Node 24)', () => {
  // Run from a project root of its own (the command reads the project it is run in), not from the
  // project itself: what the project's content/ holds does not matter.
  it('runs with --dry-run, prints the report and writes nothing', () => {
    const root = freshRoot();
    const before = snapshot(root);
    const out = execFileSync(
      nodeForBuilds(),
      [join(PROJECT_DIR, 'scripts', 'import.mjs'), LAUNCH, '--dry-run'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(out).toContain('Đã đọc');
    expect(out).toContain('[có]      Chữ ký: GIÁM ĐỐC, Người Ký Mẫu Tám');
    expect(out).toContain(
      'Không ghi tệp (--dry-run); nội dung sẽ ghi vào content/letter/cong-van-stnmt-vp-phat-dong-phong-trao-thi-dua-lang.mdx',
    );
    expect(snapshot(root)).toEqual(before);
  }, 30_000);

  it('recognises a second import of the same document and refuses it with exit code 1', async () => {
    const root = freshRoot();
    const first = await importDocument({ file: LAUNCH, root });
    const before = snapshot(root);
    const run = spawnSync(nodeForBuilds(), [join(PROJECT_DIR, 'scripts', 'import.mjs'), LAUNCH], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `Không nhập được văn bản: văn bản này đã được nhập ở tệp ${first.file}`,
    );
    expect(snapshot(root)).toEqual(before);
  }, 30_000);
});
