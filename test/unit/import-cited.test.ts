import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseArguments } from '../../scripts/importer/cli.ts';
import { findCitedDocuments } from '../../scripts/importer/cited.ts';
import { findCitations } from '../../src/documents/citation-grammar.ts';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import { identifierKey } from '../../src/vietnamese/fold.ts';
import { writeBody } from '../../scripts/importer/body.ts';
import { parseDocument, HEADING_LINE_MAX } from '../../scripts/importer/parse.ts';
import { repairText } from '../../scripts/importer/repair.ts';
import { importDocument, ImportRefusal, type ImportResult } from '../../scripts/importer/run.ts';
import { renderCitedDocx, renderDocx } from '../../src/docx/document-docx.ts';
import { citedFormInput } from '../../src/documents/document-form.ts';
import { t } from '../../src/i18n/index.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import {
  snapshot,
  splitContent,
  useImportRoots,
  type RootOptions,
} from '../support/import-roots.ts';

// `npm run import` on documents of other bodies (issue 18): a Party directive (HD 36) and a state
// directive of the UBND, fictional, under test/fixtures/import/. Each is filed as a cited document
// with its full text (content/documents/, /work/wt/CONTRACT-cited.md), filling in a stub the site has
// only with --force. Each import runs in a temporary root with the site's campaign.yaml and cited
// documents, so nothing is written to the project.

const FIXTURES = join(PROJECT_DIR, 'test', 'fixtures');
const PARTY = join(FIXTURES, 'import', 'chi-thi-dang.txt');
const PARTY_RUN_TOGETHER = join(FIXTURES, 'import', 'chi-thi-dang-dinh-dong.txt');
const STATE = join(FIXTURES, 'import', 'chi-thi-ubnd.txt');

const roots = useImportRoots('import-cited-');
const freshRoot = (options: RootOptions = {}) => roots.root({ campaign: true, ...options });

const PARTY_TEXT = {
  form: 'party',
  parentBody: 'TỈNH ỦY SƠN HÀ',
  issuerLine: 'BAN THƯỜNG VỤ',
  number: '27',
  code: 'CT/TU',
  place: 'Sơn Hà',
  date: '2014-06-26',
  headingIssuer: 'Ban Thường vụ Tỉnh ủy',
  signer: { prefix: 'T/M', authority: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Người Ký Mẫu Năm' },
  distribution: [
    'Ban Bí thư Trung ương Đảng (mẫu thử)',
    'Các huyện ủy, thành ủy, đảng ủy trực thuộc',
    'Lưu Văn phòng Tỉnh ủy',
  ],
};

describe('a Party directive (HD 36) from .txt', () => {
  let root: string;
  let result: ImportResult;

  beforeAll(async () => {
    root = freshRoot();
    result = await importDocument({ file: PARTY, root });
  });

  it('is filed as a cited document, not as a campaign document', () => {
    expect(result.kind).toBe('cited');
    expect(result.filled).toBe(false);
    expect(result.file).toBe('content/documents/chi-thi-27-ct-tu.mdx');
    expect(existsSync(join(root, result.file))).toBe(true);
    expect(readdirSync(join(root, 'content', 'letter'))).toEqual([]);
  });

  it('writes front matter the cited-document schema accepts, with the facts of its heading', () => {
    const { data } = splitContent(readFileSync(join(root, result.file), 'utf8'));
    const parsed = documentSchema.parse(data);
    expect(parsed).toMatchObject({
      type: 'Chỉ thị',
      identifier: '27-CT/TU',
      issuer: 'Ban Thường vụ Tỉnh ủy Sơn Hà',
      date: { year: 2014, month: 6, day: 26 },
      // The case the document prints ("của Ban Thường vụ Tỉnh ủy / về đẩy mạnh …").
      subject: 'về đẩy mạnh phong trào thi đua mẫu thử (văn bản mẫu thử, không có thật)',
      shortTitle: 'Chỉ thị số 27-CT/TU',
    });
    expect(data['text']).toEqual(PARTY_TEXT);
  });

  it('keeps the text verbatim, with the numbering marks that give the letter’s anchors', () => {
    const { body } = splitContent(result.content);
    expect(body.split('\n\n')).toEqual([
      'Thời gian qua, phong trào thi đua mẫu thử được các cấp ủy, tổ chức đảng quan tâm lãnh đạo; để tiếp tục đẩy mạnh phong trào, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nội dung sau:',
      '**1.** Nâng cao nhận thức của cán bộ, đảng viên về phong trào thi đua mẫu thử; coi đây là nhiệm vụ thường xuyên của cấp ủy.',
      '**2.** Đổi mới nội dung, hình thức thi đua mẫu thử:',
      'a) Nội dung thi đua gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị;',
      'b) Hình thức thi đua đa dạng, thiết thực, tránh hình thức.',
      '## 3. Tổ chức thực hiện',
      'a) Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy quán triệt và xây dựng kế hoạch thực hiện Chỉ thị này.',
      'b) Văn phòng Tỉnh ủy theo dõi, đôn đốc và báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện./.',
    ]);
  });

  it('reports the Party form, the T/M signature and where it filed the document', () => {
    const report = result.report.join('\n');
    expect(report).toContain('Các phần của văn bản của Đảng (Hướng dẫn 36-HD/VPTW):');
    expect(report).toContain('[có]      Tiêu đề Đảng: ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(report).toContain('[có]      Ký hiệu: CT/TU');
    expect(report).toContain('[có]      Chữ ký: T/M BAN THƯỜNG VỤ BÍ THƯ, Người Ký Mẫu Năm');
    expect(report).toContain(
      'không phải Sở Giáo dục và Đào tạo tỉnh Sơn Hà: nhập là văn bản được viện dẫn',
    );
    expect(report).toContain(
      'Đã ghi content/documents/chi-thi-27-ct-tu.mdx (văn bản mới, trang /van-ban/chi-thi-27-ct-tu/)',
    );
  });

  it('gives the same file when extraction ran the two columns of heading and footer together', async () => {
    const other = await importDocument({ file: PARTY_RUN_TOGETHER, root: freshRoot() });
    expect(other.content).toBe(result.content);
    expect(other.report.join('\n')).toMatch(/tách lại \d+ dòng bị dính vào dòng trước/);
  });

  it('gives the same file from a .docx laid out in two-column tables (heading and footer)', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } =
      await import('docx');
    const lines = (texts: string[]) => texts.map((text) => new Paragraph({ text }));
    const columns = (left: string[], right: string[]) =>
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: lines(left) }),
              new TableCell({ children: lines(right) }),
            ],
          }),
        ],
      });
    const text = readFileSync(PARTY, 'utf8');
    const body = text
      .slice(text.indexOf('Thời gian qua'), text.indexOf('T/M BAN THƯỜNG VỤ'))
      .trim()
      .split('\n\n');
    const doc = new Document({
      sections: [
        {
          children: [
            columns(
              ['TỈNH ỦY SƠN HÀ', 'BAN THƯỜNG VỤ', '*', 'Số 27-CT/TU'],
              ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Sơn Hà, ngày 26 tháng 6 năm 2014'],
            ),
            ...lines([
              'CHỈ THỊ',
              'của Ban Thường vụ Tỉnh ủy',
              'về đẩy mạnh phong trào thi đua mẫu thử',
              '(văn bản mẫu thử, không có thật)',
              ...body,
            ]),
            columns(
              [
                'Nơi nhận:',
                '- Ban Bí thư Trung ương Đảng (mẫu thử),',
                '- Các huyện ủy, thành ủy, đảng ủy trực thuộc,',
                '- Lưu Văn phòng Tỉnh ủy.',
              ],
              ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Người Ký Mẫu Năm'],
            ),
          ],
        },
      ],
    });
    const file = roots.path('chi-thi-dang.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const other = await importDocument({ file, root: freshRoot(), dryRun: true });
    expect(other.content).toBe(result.content);
  });

  it('is filed as a cited document even in a project without a campaign yet', async () => {
    const other = await importDocument({
      file: PARTY,
      root: freshRoot({ campaign: false }),
      dryRun: true,
    });
    expect(other.kind).toBe('cited');
    expect(other.report.join('\n')).toContain('Văn bản của Đảng: nhập là văn bản được viện dẫn');
  });
});

describe('a state directive of another body (UBND tỉnh)', () => {
  it('from .txt, columns run together: a cited document in the state form', async () => {
    const result = await importDocument({ file: STATE, root: freshRoot(), dryRun: true });
    expect(result.kind).toBe('cited');
    expect(result.written).toBe(false);
    const { data } = splitContent(result.content);
    expect(documentSchema.parse(data)).toMatchObject({
      type: 'Chỉ thị',
      identifier: '45/CT-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Sơn Hà',
      date: { year: 2023, month: 3, day: 5 },
    });
    expect(data['text']).toEqual({
      form: 'state',
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH SƠN HÀ',
      number: '45',
      code: 'CT-UBND',
      place: 'Sơn Hà',
      date: '2023-03-05',
      signer: { title: 'CHỦ TỊCH', name: 'Người Ký Mẫu Sáu' },
      distribution: ['Các sở, ban, ngành tỉnh', 'Lưu: VT, NC'],
    });
  });

  it('from a .docx the site itself produced: same body, filed as cited', async () => {
    const source = splitContent(
      readFileSync(join(FIXTURE_CAMPAIGN, 'letter', 'ke-hoach-thuc-hien.mdx'), 'utf8'),
    );
    const other = { ...source.data, issuer: 'SỞ NỘI VỤ', code: 'KH-SNV' };
    const file = roots.path('ke-hoach-so-noi-vu.docx');
    writeFileSync(file, await renderDocx(letterSchema.parse(other), source.body));
    const result = await importDocument({ file, root: freshRoot(), dryRun: true });
    expect(result.kind).toBe('cited');
    const { data, body } = splitContent(result.content);
    // Filed as cited, its Roman parts become the paragraphs "**I.** …" that "phần I" citations
    // link to (`phan-i`), not the headings "## I. …" of a campaign document.
    expect(source.body).toMatch(/^## I\. /m);
    expect(body).toBe(source.body.replace(/^## ([IVX]+)\. /gm, '**$1.** '));
    expect(documentSchema.parse(data)).toMatchObject({
      type: 'Kế hoạch',
      identifier: '20/KH-SNV',
    });
    expect(data['text']).toMatchObject({
      form: 'state',
      parentBody: 'UBND TỈNH SƠN HÀ',
      issuerLine: 'SỞ NỘI VỤ',
      signer: source.data['signer'],
      distribution: source.data['distribution'],
    });
  });

  it('the publisher’s own document stays a campaign document', async () => {
    const result = await importDocument({
      file: join(FIXTURES, 'import', 'ke-hoach.txt'),
      root: freshRoot(),
      dryRun: true,
    });
    expect(result.kind).toBe('campaign');
    expect(result.file).toBe('content/letter/ke-hoach-87-kh-sct.mdx');
  });
});

describe('a cited document’s own .docx, imported back (round trip)', () => {
  // The fictional directives the fixture campaign publishes with their text (its documents/),
  // rendered as the site's /van-ban/{slug}.docx renders them, then imported: the heading, signature
  // and Nơi nhận the importer reads back are the `text` the site drew them from, the body is the body.
  it.each(['chi-thi-19-ct-tu', 'chi-thi-08-ct-ubnd'])('%s', async (slug) => {
    const source = splitContent(
      readFileSync(join(FIXTURE_CAMPAIGN, 'documents', `${slug}.mdx`), 'utf8'),
    );
    const parsed = documentSchema.parse(source.data);
    const file = roots.path(`${slug}.docx`);
    writeFileSync(file, await renderCitedDocx(citedFormInput(parsed)!, source.body));
    const result = await importDocument({ file, root: freshRoot(), dryRun: true });
    expect(result.kind).toBe('cited');
    const { data, body } = splitContent(result.content);
    expect(data['text']).toEqual(source.data['text']);
    expect(body).toBe(source.body);
    expect(documentSchema.parse(data)).toMatchObject({
      type: parsed.type,
      identifier: parsed.identifier,
      date: parsed.date,
    });
    expect(data['subject']).toBe(parsed.subject);
  });
});

describe('a stub the site already has for the document (same số and ký hiệu)', () => {
  const STUB = 'content/documents/chi-thi-27-cua-tinh-uy.mdx';
  const stubData = {
    title: 'Chỉ thị số 27-CT/TU của Tỉnh ủy Sơn Hà',
    shortTitle: 'Chỉ thị số 27-CT/TU',
    type: 'Chỉ thị',
    identifier: '27-CT/TU',
    issuer: 'Tỉnh ủy Sơn Hà',
    subject: null,
    description: 'Mô tả do biên tập viên viết (mẫu thử).',
    aliases: ['Chỉ thị 27 của Tỉnh ủy'],
    sources: [{ name: 'Nguồn mẫu thử', url: 'https://example.gov.vn/chi-thi-27' }],
    unknowns: [t('importer.stub.unknownSubject'), 'Một điều chưa biết khác (mẫu thử).'],
    order: 7,
  };
  const stubFile = `---\n${stringify(stubData)}---\n\nGhi chú của trang (mẫu thử).\n`;

  function rootWithStub(): string {
    const root = freshRoot();
    writeFileSync(join(root, STUB), stubFile);
    return root;
  }

  it('is not changed without --force: the refusal says how, nothing is written', async () => {
    const root = rootWithStub();
    const before = snapshot(root);
    const error = await importDocument({ file: PARTY, root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusal);
    expect((error as Error).message).toBe(
      `trang đã có văn bản số 27-CT/TU ở tệp ${STUB}. Thêm --force để điền toàn văn vào tệp này (giữ nguyên tên, mô tả, tên gọi khác và nguồn đã ghi).`,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('with --force: the text and its facts are filled in, what the stub records is kept', async () => {
    const root = rootWithStub();
    const result = await importDocument({ file: PARTY, root, force: true });
    expect(result.kind).toBe('cited');
    expect(result.filled).toBe(true);
    expect(result.file).toBe(STUB);
    expect(readdirSync(join(root, 'content', 'documents'))).not.toContain('chi-thi-27-ct-tu.mdx');
    const { data, body } = splitContent(readFileSync(join(root, STUB), 'utf8'));
    expect(documentSchema.safeParse(data).success).toBe(true);
    for (const key of [
      'title',
      'shortTitle',
      'description',
      'aliases',
      'sources',
      'order',
      'issuer',
    ])
      expect(data[key], key).toEqual(stubData[key as keyof typeof stubData]);
    expect(data['subject']).toBe(
      'về đẩy mạnh phong trào thi đua mẫu thử (văn bản mẫu thử, không có thật)',
    );
    expect(data['date']).toBe('2014-06-26');
    expect(data['unknowns']).toEqual(['Một điều chưa biết khác (mẫu thử).']);
    expect(data['text']).toEqual(PARTY_TEXT);
    expect(body).toContain('**1.** Nâng cao nhận thức');
    expect(body).not.toContain('Ghi chú của trang');
    const report = result.report.join('\n');
    expect(report).toContain(`Điền toàn văn vào tệp đã có ${STUB}; giữ nguyên: title, shortTitle`);
    expect(report).toContain('[cần kiểm tra] Điều chưa biết còn ghi trong tệp: Một điều chưa biết');
    expect(report).toContain(`Đã ghi ${STUB} (điền vào tệp đã có`);
  });
});

describe('bad input writes nothing', () => {
  it('a Party text without its signature and Nơi nhận: filed, and the report flags both', async () => {
    // A copy that stops before the signature (a web page's, a Markdown conversion): its text is
    // kept; the page draws no signature, and the reviewer is told to add one from a full copy.
    const file = roots.path('dang-thieu.txt');
    writeFileSync(file, readFileSync(PARTY, 'utf8').replace(/T\/M BAN THƯỜNG VỤ[\s\S]*$/, ''));
    const result = await importDocument({ file, root: freshRoot(), dryRun: true });
    const { data } = splitContent(result.content);
    expect(documentSchema.parse(data).text).toMatchObject({ form: 'party', number: '27' });
    expect((data['text'] as Record<string, unknown>)['signer']).toBeUndefined();
    expect((data['text'] as Record<string, unknown>)['distribution']).toBeUndefined();
    const report = result.report.join('\n');
    expect(report).toContain('[cần kiểm tra] Chữ ký (bản văn bản này không có khối chữ ký');
    expect(report).toContain('[cần kiểm tra] Nơi nhận (bản văn bản này không có "Nơi nhận"');
  });

  it('a text whose heading cannot be read: refused, naming the part, its line and what to do', async () => {
    const file = roots.path('dang-khong-so.txt');
    writeFileSync(file, readFileSync(PARTY, 'utf8').replace('Số 27-CT/TU', 'Số hiệu hai mươi bảy'));
    const root = freshRoot();
    const before = snapshot(root);
    const error = await importDocument({ file, root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusal);
    const line = readFileSync(PARTY, 'utf8').split('\n').indexOf('Số 27-CT/TU') + 1;
    expect((error as Error).message).toMatch(
      new RegExp(
        `chưa đọc được các phần bắt buộc: Số, Ký hiệu;.* \\(đọc đến dòng ${line}: «Số hiệu hai mươi bảy»\\)\\. Sửa dòng đó trong tệp nguồn`,
      ),
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('a route the build reserves (pagefind) is refused by the command and by the import', async () => {
    expect(() => parseArguments(['a.txt', '--route', 'pagefind'])).toThrow(
      'đường dẫn "pagefind" đã được dùng bởi một trang của trang web',
    );
    const root = freshRoot();
    const error = await importDocument({
      file: join(FIXTURES, 'import', 'ke-hoach.txt'),
      route: 'pagefind',
      root,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('đường dẫn "pagefind" đã được dùng');
    expect(readdirSync(join(root, 'content', 'letter'))).toEqual([]);
  });

  it('the command reads its arguments with parseArgs: --route=SLUG, flags, refusals', () => {
    expect(parseArguments(['a.txt', '--route=ke-hoach-1', '--dry-run'])).toEqual({
      file: 'a.txt',
      route: 'ke-hoach-1',
      force: false,
      dryRun: true,
    });
    expect(() => parseArguments(['a.txt', '--quiet'])).toThrow('tham số "--quiet" không dùng được');
    expect(() => parseArguments(['a.txt', 'b.txt'])).toThrow('tham số "b.txt" không dùng được');
    expect(() => parseArguments(['a.txt', '--route'])).toThrow('không dùng được');
  });
});

describe('reading stays linear in the size of the text', () => {
  // A text whose every line looks like a number line ("Số: 12/KH-SCT") took 8.2 s at 30,000 lines
  // and minutes at 9.6 MB: each line of a paragraph rescanned the paragraph joined so far. The
  // bound is generous (the pipeline takes about 1 s here on a loaded machine; before, over a minute);
  // timings by size are printed by `npm run bench:import-speed`.
  const lines = (count: number) => Array.from({ length: count }, () => 'Số: 12/KH-SCT').join('\n');

  function pipeline(text: string): number {
    const started = performance.now();
    const { blocks } = repairText(text, 'txt');
    const doc = parseDocument(blocks);
    writeBody(doc.body);
    return performance.now() - started;
  }

  it('finishes a 60,000-line text of number lines (about 900 KB) in seconds', () => {
    expect(pipeline(lines(60_000))).toBeLessThan(10_000);
  }, 30_000);

  it('stops reading the heading at a line longer than any heading line', () => {
    const long = `Số: ${'.'.repeat(HEADING_LINE_MAX + 1)}/KH-SCT`;
    const { blocks } = repairText(`${long}\n\nSơn Hà, ngày 01 tháng 01 năm 2024`, 'txt');
    const doc = parseDocument(blocks);
    expect(doc.code).toBeUndefined();
    expect(doc.body.length).toBe(2);
  });
});

describe('other Party issuers and signatures', () => {
  it('a K/T signature (ký thay) of a Tỉnh ủy directive', async () => {
    const file = roots.path('dang-kt.txt');
    writeFileSync(
      file,
      readFileSync(PARTY, 'utf8').replace('T/M BAN THƯỜNG VỤ\nBÍ THƯ', 'K/T BÍ THƯ\nPHÓ BÍ THƯ'),
    );
    const result = await importDocument({ file, root: freshRoot(), dryRun: true });
    expect(splitContent(result.content).data['text']).toMatchObject({
      signer: { prefix: 'K/T', authority: 'BÍ THƯ', title: 'PHÓ BÍ THƯ', name: 'Người Ký Mẫu Năm' },
    });
  });

  it('a directive of the Bộ Chính trị: "CỦA BỘ CHÍNH TRỊ" under the tên loại names the issuer', async () => {
    const file = roots.path('bo-chinh-tri.txt');
    writeFileSync(
      file,
      [
        'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
        '* Hà Nội, ngày 07 tháng 4 năm 2014',
        'Số 99-CT/TW',
        '',
        'CHỈ THỊ',
        'CỦA BỘ CHÍNH TRỊ',
        'về một nội dung mẫu thử (văn bản mẫu thử, không có thật)',
        '',
        'Bộ Chính trị yêu cầu các cấp ủy thực hiện nội dung mẫu thử./.',
        '',
        'Nơi nhận: T/M BỘ CHÍNH TRỊ',
        '- Các tỉnh ủy, thành ủy (mẫu thử),',
        '- Lưu Văn phòng Trung ương Đảng. Người Ký Mẫu Bảy',
      ].join('\n'),
    );
    const result = await importDocument({ file, root: freshRoot(), dryRun: true });
    const { data } = splitContent(result.content);
    expect(documentSchema.parse(data)).toMatchObject({
      type: 'Chỉ thị',
      identifier: '99-CT/TW',
      issuer: 'Bộ Chính trị',
      date: { year: 2014, month: 4, day: 7 },
      subject: 'về một nội dung mẫu thử (văn bản mẫu thử, không có thật)',
    });
    expect(data['text']).toMatchObject({
      form: 'party',
      parentBody: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
      number: '99',
      code: 'CT/TW',
      place: 'Hà Nội',
      signer: { prefix: 'T/M', title: 'BỘ CHÍNH TRỊ', name: 'Người Ký Mẫu Bảy' },
      distribution: ['Các tỉnh ủy, thành ủy (mẫu thử)', 'Lưu Văn phòng Trung ương Đảng'],
    });
  });
});

describe('one grammar, one reading: the importer reads a citation as the page’s linker does', () => {
  // The linker (src/documents/citation-grammar.ts) links "Chỉ thị số 47 CT TW" and "47.CT.TW"; the
  // import report and its stubs must name the same documents, or an editor is told nothing is cited
  // where the page will link it.
  const sentences = [
    'Thực hiện Chỉ thị số 47 CT TW ngày 07/4/2014 của Bộ Chính trị (mẫu thử), các phòng xây dựng kế hoạch.',
    'Theo tinh thần Chỉ thị 47.CT.TW và Công văn số 1207 / UBND - TH của UBND tỉnh (mẫu thử).',
    'Căn cứ Nghị định số 30/2020/NĐ-CP và Quyết định số 45/QĐ-UBND ngày 05/3/2023 (mẫu thử);',
    'Thực hiện chỉ thị số 19-CT/TU của Tỉnh ủy và Văn bản số 4250/BNNMT-ĐCKS (mẫu thử).',
    'Kế hoạch số 87 Sở Giáo dục và Đào tạo xây dựng năm 2023 (mẫu thử) không nêu ký hiệu.',
    'Thực hiện Chỉ thị số 08 CT UBND của UBND tỉnh và Chỉ thị 19.CT.TU của Tỉnh ủy (mẫu thử).',
    readFileSync(join(FIXTURES, 'import', 'cong-van-phat-dong.txt'), 'utf8'),
  ];

  it.each(sentences.map((text) => [text.slice(0, 50), text]))(
    '%s…: each document reported is linked there, and only those',
    (_, text) => {
      const reported = findCitedDocuments(text);
      const targets = reported.map((doc, i) => ({
        id: `van-ban-${i}`,
        type: doc.type,
        identifier: doc.identifier,
        aliases: [],
      }));
      const linked = findCitations(text, targets);
      expect(new Set(linked.map((m) => m.targetId))).toEqual(new Set(targets.map((d) => d.id)));
      // Each linked mention starts where the importer's mention of that document starts.
      for (const match of linked) {
        const doc = reported[Number(match.targetId.slice('van-ban-'.length))]!;
        expect(doc.mention.startsWith(match.text) || match.text.startsWith(doc.mention)).toBe(true);
      }
    },
  );

  it('reads the linker’s separators: spaces and dots between number, type code and issuer code', () => {
    expect(findCitedDocuments(sentences[0]!)).toMatchObject([
      { type: 'Chỉ thị', number: '47', identifier: '47 CT TW', issuer: 'Bộ Chính trị' },
    ]);
    expect(findCitedDocuments(sentences[1]!).map((doc) => doc.identifier)).toEqual([
      '47.CT.TW',
      '1207/UBND-TH',
    ]);
    expect(findCitedDocuments(sentences[4]!)).toEqual([]);
  });

  it('reports every cited document the linker links there by its số, ký hiệu', () => {
    // The fixture campaign's cited documents (19-CT/TU, 08/CT-UBND …).
    const targets = loadCitationTargets(join(FIXTURE_CAMPAIGN, 'documents'));
    let checked = 0;
    for (const text of sentences) {
      const keys = new Set(findCitedDocuments(text).map((doc) => identifierKey(doc.identifier)));
      for (const match of findCitations(text, targets)) {
        const identifier = targets.find((target) => target.id === match.targetId)!.identifier;
        // Mentions by number and code; an alias or "Chỉ thị 47" alone is the linker's own.
        if (identifier === null || !identifierKey(match.text).endsWith(identifierKey(identifier)))
          continue;
        expect(keys.has(identifierKey(identifier)), match.text).toBe(true);
        checked += 1;
      }
    }
    // 19-CT/TU in the fourth sentence; 08 CT UBND and 19.CT.TU in the last but one.
    expect(checked).toBe(3);
  });
});
