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
import { PAGE_BREAK_JOINS } from '../support/letter-source.ts';
import { nodeForBuilds, PROJECT_DIR } from '../support/project-copy.ts';
import { snapshot, splitContent, useImportRoots } from '../support/import-roots.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// `npm run import` on the project's copy of the seed letter, on a .docx of the launch letter, on
// fictional documents of other types (test/fixtures/import/), and on every kind of bad input. Each
// import runs in a temporary project root with the site's content/documents/ and an empty
// content/letter/, so nothing is written to the project.

const FIXTURES = join(PROJECT_DIR, 'test', 'fixtures');
const SEED = join(FIXTURES, 'letter-source.txt');
const LAUNCH_LETTER = join(PROJECT_DIR, 'content', 'letter', 'cong-van.mdx');

const roots = useImportRoots('importer-');
const freshRoot = () => roots.root();

const launch = splitContent(readFileSync(LAUNCH_LETTER, 'utf8'));

describe('importing the seed letter (test/fixtures/letter-source.txt)', () => {
  let root: string;
  let result: Awaited<ReturnType<typeof importDocument>>;

  beforeAll(async () => {
    root = freshRoot();
    result = await importDocument({ file: SEED, route: 'cong-van', root });
  });

  it('writes one content file that the letter schema accepts', () => {
    expect(result.written).toBe(true);
    expect(readdirSync(join(root, 'content', 'letter'))).toEqual(['cong-van.mdx']);
    const { data } = splitContent(readFileSync(join(root, result.file), 'utf8'));
    expect(letterSchema.safeParse(data).success).toBe(true);
  });

  it('gives back the launch letter’s body, word for word, with the same numbering marks', () => {
    expect(splitContent(result.content).body).toBe(launch.body);
  });

  it('gives back the launch letter’s metadata: number null, SCT-VP, June 2023, signer, Nơi nhận', () => {
    const { data } = splitContent(result.content);
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
      'signer',
      'distribution',
    ]) {
      expect(data[key], key).toEqual(launch.data[key]);
    }
    expect(data['number']).toBeNull();
    expect(data['date']).toBe('2023-06');
    expect(data['route']).toBe('cong-van');
  });

  it('marks the parent body and issuer, missing from the seed’s text, as inferred', () => {
    expect(result.content).toMatch(/^parentBody: .* # suy ra/m);
    expect(result.content).toMatch(/^issuer: .* # suy ra/m);
    const report = result.report.join('\n');
    expect(report).toContain('[suy ra]  Cơ quan ban hành: SỞ CÔNG THƯƠNG');
    expect(report).toContain('"Giám đốc Sở Công Thương"');
  });

  it('reports each part, the three page-break joins and the cited documents the site has', () => {
    const report = result.report.join('\n');
    expect(report).toContain('nối 3 câu bị ngắt trang');
    for (const [cut] of PAGE_BREAK_JOINS) {
      // "tạo sức hấp dẫn\n\nmới" is reported as "hấp dẫn / mới …": the words either side of the break.
      const [before, after] = cut.split('\n\n');
      expect(report).toContain(`${before!.split(' ').slice(-2).join(' ')} / ${after}`);
    }
    for (const line of [
      '[để trống] Số: để trống (number: null',
      '[có]      Ký hiệu: SCT-VP',
      '[để trống] Ngày ban hành: tháng 6/2023, ngày để trống ("2023-06")',
      '[có]      Kính gửi: Các phòng, đơn vị trực thuộc Sở',
      '[có]      Chữ ký: GIÁM ĐỐC, Nguyễn Sỹ Chín',
      '[có]      Nơi nhận: 6 dòng',
      '[không có] Quốc hiệu, tiêu ngữ',
      '[không có] Đơn vị soạn thảo',
      'content/documents/chi-thi-34-ct-tw.mdx',
      'content/documents/chi-thi-32-ct-tu.mdx',
      'content/documents/cong-van-1954-ubnd-th.mdx',
      'content/documents/nghi-quyet-dai-hoi-xiv.mdx',
    ]) {
      expect(report).toContain(line);
    }
    expect(report).not.toContain('[chưa có]');
  });
});

describe('round trips through the site’s own Word copy (src/docx/document-docx.ts)', () => {
  const sources = [
    LAUNCH_LETTER,
    ...['ke-hoach', 'bao-cao', 'quyet-dinh', 'thong-bao'].map((name) =>
      join(FIXTURES, 'documents', `${name}.mdx`),
    ),
  ];
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
      '[chưa có] Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh Lai Châu: trang chưa có văn bản này. Tạo tệp content/documents/quyet-dinh-12-qd-ubnd.mdx',
    );
    expect(report).toContain('[đã có]   Công văn số 1954/UBND-TH');
    const stub = /quyet-dinh-12-qd-ubnd\.mdx[^\n]*\n((?: {6}.*\n)+)/.exec(report)?.[1];
    expect(stub).toBeDefined();
    const yaml = splitFrontMatter(stub!.replace(/^ {6}/gm, ''))!.yaml;
    const data = documentSchema.parse(parse(yaml));
    expect(data).toMatchObject({
      type: 'Quyết định',
      identifier: '12/QĐ-UBND',
      issuer: 'UBND tỉnh Lai Châu',
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
      authority: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG',
      bases: [
        'Căn cứ văn bản mẫu thử quy định chức năng, nhiệm vụ của Sở Công Thương;',
        'Căn cứ Kế hoạch số 87/KH-SCT ngày 20/6/2023 của Sở Công Thương (mẫu thử);',
      ],
      proposal: 'Theo đề nghị của Chánh Văn phòng Sở.',
    });
    expect(data['number']).toBeNull();
    expect(body.split('\n\n')).toEqual([
      '**Điều 1.** Tặng Giấy khen của Giám đốc Sở Công Thương cho các tập thể, cá nhân (mẫu thử) có tên tại Phụ lục I kèm theo Quyết định này.',
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
      'theo tinh thần Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị (khoá XI) và Chỉ thị số 32-CT/TU ngày 26/6/2014 của Tỉnh uỷ “Về tiếp tục”',
    );
    expect(cited.map((c) => [c.identifier, c.issuer, c.date])).toEqual([
      ['34-CT/TW', 'Bộ Chính trị', { year: 2014, month: 4, day: 7 }],
      ['32-CT/TU', 'Tỉnh uỷ', { year: 2014, month: 6, day: 26 }],
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
      () => ({ file: SEED, route: 'công-văn' }),
      /đường dẫn "công-văn" không phải slug ASCII/,
    ],
    ['a route in capitals', () => ({ file: SEED, route: 'Cong-Van' }), /không phải slug ASCII/],
    [
      'a route that a page of the site has',
      () => ({ file: SEED, route: 'tim-kiem', force: true }),
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
    await importDocument({ file: SEED, route: 'cong-van', root });
    writeFileSync(join(root, 'content', 'letter', 'cong-van.mdx'), 'edited by hand');
    const before = snapshot(root);
    const error = await importDocument({ file: SEED, route: 'cong-van', root }).catch((e) => e);
    expect((error as Error).message).toBe(
      'đã có văn bản ở đường dẫn "cong-van" (content/letter/cong-van.mdx). Chọn đường dẫn khác bằng --route, hoặc thêm --force để ghi đè tệp này.',
    );
    expect(snapshot(root)).toEqual(before);
    await importDocument({ file: SEED, route: 'cong-van', root, force: true });
    expect(readFileSync(join(root, 'content', 'letter', 'cong-van.mdx'), 'utf8')).toContain(
      'route: "cong-van"',
    );
  });

  it('a route that another document already uses, under another file name', async () => {
    const root = freshRoot();
    const other = readFileSync(LAUNCH_LETTER, 'utf8').replace(
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
  it('runs from the project with --dry-run, prints the report and writes nothing', () => {
    const before = readdirSync(join(PROJECT_DIR, 'content', 'letter'));
    // The seed is the launch letter the project has: --force would write over it, --dry-run does not.
    const out = execFileSync(
      nodeForBuilds(),
      ['scripts/import.mjs', SEED, '--dry-run', '--force'],
      { cwd: PROJECT_DIR, encoding: 'utf8' },
    );
    expect(out).toContain('Đã đọc');
    expect(out).toContain('[có]      Chữ ký: GIÁM ĐỐC, Nguyễn Sỹ Chín');
    expect(out).toContain(
      'Không ghi tệp (--dry-run); nội dung sẽ ghi vào content/letter/cong-van.mdx',
    );
    expect(readdirSync(join(PROJECT_DIR, 'content', 'letter'))).toEqual(before);
  }, 30_000);

  it('recognises a second import of the launch letter and refuses it with exit code 1', () => {
    const original = readFileSync(LAUNCH_LETTER, 'utf8');
    const run = spawnSync(nodeForBuilds(), ['scripts/import.mjs', SEED], {
      cwd: PROJECT_DIR,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'Không nhập được văn bản: văn bản này đã được nhập ở tệp content/letter/cong-van.mdx',
    );
    expect(readFileSync(LAUNCH_LETTER, 'utf8')).toBe(original);
  }, 30_000);
});
