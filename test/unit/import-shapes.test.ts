import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, ImportRefusal, type ImportResult } from '../../scripts/importer/run.ts';
import { markdownBlocks, shapeText } from '../../scripts/importer/shape.ts';
import { t } from '../../src/i18n/index.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { DOCUMENT_TYPES } from '../../src/schemas/document-types.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { snapshot, splitContent, useImportRoots } from '../support/import-roots.ts';

// The shapes of text a Sở has in hand (issue 24), each in a fictional document of its own under
// test/fixtures/import/shapes/: a signed PDF's text in two columns, a legal portal's copy, a Markdown
// copy, a Word file saved as text, the variants of the form's lines, every type of NĐ 30 Phụ lục III
// and of HD 36. Each import runs in a temporary root with the site's campaign.yaml, so another body's
// document is filed as a cited document with its text, as `npm run import` files it in the project.

const SHAPES = join(PROJECT_DIR, 'test', 'fixtures', 'import', 'shapes');
const roots = useImportRoots('import-shapes-');

/** Imports a fixture (dry run; a name in SHAPES or a path) and reads back the file it would write. */
async function imported(name: string): Promise<{
  result: ImportResult;
  data: Record<string, unknown>;
  text: Record<string, unknown>;
  body: string;
  report: string;
}> {
  const result = await importDocument({
    file: name.startsWith('/') ? name : join(SHAPES, name),
    root: roots.root({ campaign: true }),
    dryRun: true,
  });
  const { data, body } = splitContent(result.content);
  documentSchema.parse(data);
  return {
    result,
    data,
    text: (data['text'] ?? {}) as Record<string, unknown>,
    body,
    report: result.report.join('\n'),
  };
}

/** The paragraphs of an MDX body, without the marks of its numbering. */
const paragraphs = (body: string) =>
  body.split('\n\n').map((p) => p.replace(/\*\*/g, '').replace(/\\([.)])/g, '$1'));

describe('the text layer of a signed PDF in two columns (state form)', () => {
  it('splits heading and footer lines back into their columns', async () => {
    const { data, text } = await imported('cong-van-hai-cot.txt');
    expect(data).toMatchObject({
      type: 'Công văn',
      identifier: '418/UBND-VX',
      subject: 'V/v tổ chức ngày hội đọc sách mẫu thử tại các trường học',
    });
    expect(text).toMatchObject({
      form: 'state',
      parentBody: 'ỦY BAN NHÂN DÂN TỈNH SƠN HÀ',
      place: 'Sơn Hà',
      date: '2024-03-14',
      recipients: ['Sở Giáo dục và Đào tạo (mẫu thử)', 'Ủy ban nhân dân các huyện, thành phố'],
      signer: {
        prefix: 'KT.',
        authority: 'CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Người Ký Mẫu Tám',
      },
      distribution: ['Như trên', 'Chủ tịch UBND tỉnh (báo cáo)', 'Lưu: VT, VX'],
    });
  });

  it('starts a paragraph at each first-line indent, joins the page break, moves the footnote after the text', async () => {
    const { body, report } = await imported('cong-van-hai-cot.txt');
    expect(paragraphs(body)).toEqual([
      'Thực hiện kế hoạch mẫu thử về phát triển văn hóa đọc (văn bản mẫu thử, không có thật), Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:',
      '## 1. Sở Giáo dục và Đào tạo',
      '- Hướng dẫn các trường tổ chức ngày hội đọc sách mẫu thử trong tháng 4, bảo đảm thiết thực, tiết kiệm và phù hợp với điều kiện của từng địa phương1.',
      '- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/5/2024; đề xuất khen thưởng các tập thể, cá nhân có nhiều đóng góp cho phong trào đọc sách của học sinh trên địa bàn.',
      '## 2. Ủy ban nhân dân các huyện, thành phố',
      '- Phối hợp với các trường trên địa bàn chuẩn bị địa điểm, sách và tài liệu.',
      'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
      '1 Theo hướng dẫn mẫu thử về tổ chức các hoạt động văn hóa trong trường học (văn bản mẫu thử, không có thật).',
    ]);
    expect(report).toContain('bỏ 1 số trang');
    expect(report).toContain('“sách của / học sinh”');
    expect(report).toContain('chuyển 1 chú thích cuối trang xuống sau nội dung');
  });
});

describe('a legal portal’s copy, its header run together', () => {
  it('leaves out the page’s title, reads the heading parts and the signature run into the last Nơi nhận line', async () => {
    const { data, text, body, report } = await imported('cong-van-trang-web.txt');
    expect(data).toMatchObject({
      identifier: '215/BXD-KHCN',
      issuer: 'Bộ Xây dựng',
      subject: 'V/v hướng dẫn mẫu thử về báo cáo thống kê',
    });
    expect(text).toMatchObject({
      parentBody: 'BỘ XÂY DỰNG',
      place: 'Hà Nội',
      date: '2024-02-08',
      recipients: ['Sở Xây dựng các tỉnh, thành phố'],
      signer: { title: 'BỘ TRƯỞNG, CHỦ NHIỆM', name: 'Người Ký Mẫu Chín' },
      distribution: ['Như trên', 'Lưu: VT, KHCN (2b). Minh Anh'],
    });
    expect(paragraphs(body)).toHaveLength(3);
    expect(report).toContain('bỏ 1 dòng trước phần đầu văn bản');
  });
});

describe('a Markdown copy, read as Markdown', () => {
  it('reads its escapes, emphasis, headings and bullets, and leaves its stray marks out', async () => {
    // The same text as a .txt (recognised by its marks) and as a .md.
    const md = roots.path('ke-hoach-markdown.md');
    copyFileSync(join(SHAPES, 'ke-hoach-markdown.txt'), md);
    for (const file of ['ke-hoach-markdown.txt', md]) {
      const { data, text, body } = await imported(file);
      expect(data).toMatchObject({
        type: 'Kế hoạch',
        identifier: '41-KH/BTGTU',
        issuer: 'Ban Tuyên giáo Tỉnh ủy Sơn Hà',
        subject: 'tổ chức hội thi mẫu thử về lịch sử Đảng bộ tỉnh (văn bản mẫu thử, không có thật)',
      });
      expect(text).toMatchObject({
        form: 'party',
        signer: { prefix: 'K/T', authority: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN' },
        distribution: [
          'Thường trực Tỉnh ủy (để b/c)',
          'Các đảng ủy trực thuộc',
          'Lưu Văn phòng Ban',
        ],
      });
      expect(body).toContain(
        '- Nâng cao hiểu biết của cán bộ, đảng viên về lịch sử Đảng bộ tỉnh - nội dung mẫu thử.',
      );
      expect(body).toContain('**1.** Các đảng ủy trực thuộc phổ biến kế hoạch đến chi bộ.');
      expect(body).not.toMatch(/```|\\-|\*\s{2,}/);
    }
  });
});

describe('a long text, read in parts', () => {
  // A long Markdown copy is parsed chunk by chunk (micromark is not linear over a whole document);
  // the blocks must come out as from the whole text, wherever a chunk ends.
  const filler = Array.from({ length: 300 }, (_, i) => `Đoạn văn mẫu thử số ${i + 1}.`).join(
    '\n\n',
  );
  const fillerLines = filler.split('\n').length;

  it('keeps a list’s numbering, a fenced block and the line numbers across the chunks', () => {
    const tail = [
      '1. Mục một của danh sách.',
      '',
      '1. Mục hai, đánh số lười như Markdown cho phép.',
      '',
      '```',
      'Dòng đầu của khối.',
      '',
      'Dòng sau một dòng trống, vẫn trong khối.',
      '```',
      '',
      '## Tiêu đề sau cùng',
    ].join('\n');
    const blocks = markdownBlocks(`${filler}\n\n${tail}`);
    const last = blocks.slice(-4);
    expect(last.map((block) => block.lines)).toEqual([
      ['1. Mục một của danh sách.'],
      ['2. Mục hai, đánh số lười như Markdown cho phép.'],
      ['Dòng đầu của khối.', 'Dòng sau một dòng trống, vẫn trong khối.'],
      ['## Tiêu đề sau cùng'],
    ]);
    expect(last.map((block) => block.at?.[0])).toEqual([
      fillerLines + 2,
      fillerLines + 4,
      fillerLines + 7,
      fillerLines + 12,
    ]);
    expect(blocks).toHaveLength(304);
    expect(blocks.every((block, i) => i === 0 || block.gap)).toBe(true);
  });

  it('reads a line of more cells than a call can take as arguments', () => {
    const { blocks } = shapeText(Array.from({ length: 200_000 }, () => 'ô').join('    '), 'txt');
    expect(blocks.flatMap((block) => block.lines)).toHaveLength(200_000);
  });
});

/** The types of NĐ 30 Phụ lục III §I, and the legal documents a Sở cites by number. */
const STATE_TYPES = [
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Quy chế',
  'Quy định',
  'Thông cáo',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Kế hoạch',
  'Phương án',
  'Đề án',
  'Dự án',
  'Báo cáo',
  'Biên bản',
  'Tờ trình',
  'Hợp đồng',
  'Công điện',
  'Bản ghi nhớ',
  'Bản thỏa thuận',
  'Giấy ủy quyền',
  'Giấy mời',
  'Giấy giới thiệu',
  'Giấy nghỉ phép',
  'Phiếu gửi',
  'Phiếu chuyển',
  'Phiếu báo',
  'Nghị định',
  'Thông tư',
];
/** The tên loại of the Party's documents (Hướng dẫn 36-HD/VPTW). */
const PARTY_TYPES = [
  'Nghị quyết',
  'Quyết định',
  'Quy định',
  'Chỉ thị',
  'Kết luận',
  'Thông tri',
  'Hướng dẫn',
  'Kế hoạch',
  'Chương trình',
  'Thông báo',
  'Báo cáo',
  'Tờ trình',
];

describe('every document type of NĐ 30 Phụ lục III and of HD 36', () => {
  const state = readFileSync(join(SHAPES, 'ten-loai-mau.txt'), 'utf8');
  const party = readFileSync(join(SHAPES, 'ten-loai-dang.txt'), 'utf8');
  const heading = (name: string) => name.toLocaleUpperCase('vi');
  const cases = [
    ...STATE_TYPES.map((name) => {
      const type = DOCUMENT_TYPES.find((known) => known.name === name);
      const decides = type?.decides;
      return {
        form: 'state',
        name,
        text: state
          .replaceAll('{heading}', heading(name))
          .replace('{code}', type?.code ?? 'VB')
          .replace(
            '{preamble}',
            decides === undefined
              ? ''
              : `\nGIÁM ĐỐC SỞ NỘI VỤ\n\nCăn cứ văn bản mẫu thử;\n\n${decides}\n`,
          ),
      };
    }),
    ...PARTY_TYPES.map((name) => ({
      form: 'party',
      name,
      text: party.replaceAll('{heading}', heading(name)).replace('{code}', 'VB'),
    })),
  ];
  it.each(cases)(
    '$form $name: recognised by its tên loại, filed in a form the site draws',
    async ({ name, text }) => {
      const file = roots.path(`${name}.txt`);
      writeFileSync(file, text);
      const result = await importDocument({
        file,
        root: roots.root({ campaign: true }),
        dryRun: true,
      });
      const { data } = splitContent(result.content);
      expect(documentSchema.parse(data).type).toBe(name);
    },
  );
});

describe('the form’s lines in their variants', () => {
  it('a ký hiệu printed with spaces and a tiêu ngữ without its hyphens: read, the spacing flagged', async () => {
    const { text, report } = await imported('to-trinh-ky-hieu-cach.txt');
    expect(text).toMatchObject({ number: null, code: 'TTr-SXD', date: '2024-08' });
    expect(report).toContain('[cần kiểm tra] Ký hiệu: TTr-SXD (văn bản in "Số: /TTr - SXD"');
    expect(report).toContain('[có]      Quốc hiệu, tiêu ngữ');
  });

  it('a misspelt Quốc hiệu: recognised, not taken for the issuer, and flagged', async () => {
    const { text, report } = await imported('thong-bao-quoc-hieu-sai.txt');
    expect(text).toMatchObject({
      parentBody: 'UBND TỈNH SƠN HÀ',
      issuerLine: 'SỞ TƯ PHÁP',
      date: '2024-06-12',
    });
    expect(report).toContain(
      '[cần kiểm tra] Quốc hiệu, tiêu ngữ: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (văn bản in "CỘNG HÕA',
    );
  });
});

describe('each part ends where the form says', () => {
  it('the trích yếu ends before the authority line, and the preamble is read', async () => {
    const { data, text } = await imported('quyet-dinh-danh-sach.txt');
    expect(data['subject']).toBe('Về việc công nhận danh hiệu thi đua mẫu thử cho các tập thể');
    expect(text['decision']).toEqual({
      authority: 'ỦY BAN NHÂN DÂN TỈNH SƠN HÀ',
      bases: ['Căn cứ văn bản mẫu thử về thi đua, khen thưởng (văn bản mẫu thử, không có thật);'],
      proposal: 'Xét đề nghị của Giám đốc Sở Nội vụ (mẫu thử),',
    });
  });

  it('the trích yếu ends before the Căn cứ lines of the body', async () => {
    const { data, body } = await imported('ke-hoach-can-cu.txt');
    expect(data['subject']).toBe('Tổ chức giải chạy mẫu thử trên địa bàn tỉnh năm 2024');
    expect(paragraphs(body)[0]).toBe(
      'Căn cứ văn bản mẫu thử về thể dục, thể thao (văn bản mẫu thử, không có thật);',
    );
  });

  it('Kính gửi with all its lines, one going on in capitals', async () => {
    const { text, body } = await imported('cong-van-kinh-gui.txt');
    expect(text['recipients']).toEqual([
      'Các Sở: Tư pháp, Xây dựng, Giáo dục và Đào tạo, Nông nghiệp và Môi trường',
      'Ủy ban nhân dân các huyện, thành phố',
    ]);
    expect(paragraphs(body)).toHaveLength(1);
  });

  it('the signature block (under its collective) ends before the list it is followed by, kept as the annex', async () => {
    const { text, body, report } = await imported('quyet-dinh-danh-sach.txt');
    expect(text['signer']).toEqual({
      collective: 'TM. ỦY BAN NHÂN DÂN',
      prefix: 'KT.',
      authority: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Người Ký Mẫu Mười Một',
    });
    const annex = body.slice(body.indexOf('<section data-annex="1" className="phu-luc">'));
    expect(annex).toContain('{"DANH SÁCH TẬP THỂ ĐƯỢC CÔNG NHẬN (MẪU THỬ)"}');
    expect(annex).toContain(
      '{"(Kèm theo Quyết định số: /QĐ-UBND ngày /5/2024 của Ủy ban nhân dân tỉnh Sơn Hà)"}',
    );
    expect(annex).toContain(
      [
        '| TT | Tên tập thể | Ghi chú |',
        '| --- | --- | --- |',
        '| 1 | Tập thể mẫu thử A | Lần đầu |',
        '| 2 | Tập thể mẫu thử B | Lần thứ hai |',
      ].join('\n'),
    );
    expect(body.indexOf('**Điều 3.**')).toBeLessThan(body.indexOf('<section'));
    expect(report).toContain('[có]      Phụ lục: 1 phụ lục sau chữ ký');
  });
});

describe('the issuer named in full', () => {
  it('a Chỉ thị headed by the Tỉnh ủy and signed T/M BAN THƯỜNG VỤ is the Ban Thường vụ’s, of that Tỉnh ủy', async () => {
    const { data, text } = await imported('chi-thi-tinh-uy.txt');
    expect(data['issuer']).toBe('Ban Thường vụ Tỉnh ủy Sơn Hà');
    expect(text).toMatchObject({ form: 'party', parentBody: 'TỈNH ỦY SƠN HÀ', number: '09' });
  });

  it('a sở with its province, an office with its UBND', async () => {
    expect((await imported('to-trinh-ky-hieu-cach.txt')).data['issuer']).toBe(
      'Sở Xây dựng tỉnh Sơn Hà',
    );
    expect((await imported('bao-cao-khong-chu-ky.txt')).data['issuer']).toBe(
      'Văn phòng UBND tỉnh Sơn Hà',
    );
  });
});

describe('new types in their forms', () => {
  it('a Nghị định: its number with the year, its Căn cứ lines and chapters in the body, a deputy’s signature', async () => {
    const { data, text, body } = await imported('nghi-dinh.txt');
    expect(data).toMatchObject({ type: 'Nghị định', identifier: '99/2024/NĐ-CP' });
    expect(text).toMatchObject({
      number: '99/2024',
      code: 'NĐ-CP',
      signer: { collective: 'TM. CHÍNH PHỦ', prefix: 'KT.', authority: 'THỦ TƯỚNG' },
    });
    expect(paragraphs(body).slice(0, 5)).toEqual([
      'Căn cứ văn bản mẫu thử thứ nhất;',
      'Theo đề nghị của Bộ trưởng Bộ mẫu thử;',
      'Chính phủ ban hành Nghị định về một nội dung mẫu thử.',
      'Chương I',
      'QUY ĐỊNH CHUNG',
    ]);
  });

  it('a Nghị quyết: the preamble ends at "QUYẾT NGHỊ:", its lines after the Căn cứ kept', async () => {
    const { data, text, body } = await imported('nghi-quyet-hdnd.txt');
    expect(data['type']).toBe('Nghị quyết');
    expect(text['decision']).toEqual({
      authority: 'HỘI ĐỒNG NHÂN DÂN TỈNH SƠN HÀ KHÓA XV, KỲ HỌP THỨ MẪU THỬ',
      bases: ['Căn cứ văn bản mẫu thử về tổ chức chính quyền địa phương;'],
      proposal: [
        'Xét Tờ trình mẫu thử của Ủy ban nhân dân tỉnh;',
        'Trên cơ sở ý kiến thảo luận của đại biểu tại kỳ họp.',
      ],
    });
    expect(paragraphs(body)[0]).toBe('Điều 1. Thông qua một nội dung mẫu thử.');
  });
});

describe('a blank number', () => {
  it('gets a route of its own, and a second import of the same document is recognised', async () => {
    const root = roots.root({ campaign: true });
    const file = join(SHAPES, 'quyet-dinh-danh-sach.txt');
    const first = await importDocument({ file, root });
    expect(first.file).toBe(
      'content/documents/quyet-dinh-qd-ubnd-cong-nhan-danh-hieu-thi-dua-mau.mdx',
    );
    // Another blank-numbered decision of the same body has a route of its own.
    const other = roots.path('quyet-dinh-khac.txt');
    writeFileSync(
      other,
      readFileSync(file, 'utf8').replace('công nhận danh hiệu', 'tặng giấy khen'),
    );
    expect((await importDocument({ file: other, root })).file).toBe(
      'content/documents/quyet-dinh-qd-ubnd-tang-giay-khen-thi-dua-mau-thu.mdx',
    );
    // The same document again: refused, named as such, nothing written; --force writes it again.
    const before = snapshot(root);
    const again = await importDocument({ file, root }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ImportRefusal);
    expect((again as Error).message).toContain(
      `trang đã có văn bản số …/QĐ-UBND ở tệp ${first.file}`,
    );
    expect(snapshot(root)).toEqual(before);
    expect((await importDocument({ file, root, force: true })).file).toBe(first.file);
  });
});

describe('what the report says when a part cannot be read, or is read with a doubt', () => {
  it('a part it cannot read: the part, the line it looked at, what to do; nothing written', async () => {
    const root = roots.root({ campaign: true });
    const before = snapshot(root);
    const error = await importDocument({
      file: join(SHAPES, 'thieu-so-ky-hieu.txt'),
      root,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusal);
    expect((error as Error).message).toMatch(
      /^chưa đọc được các phần bắt buộc: Số, Ký hiệu; .*\(đọc đến dòng 6: «Số văn bản: mười hai»\)\. Sửa dòng đó trong tệp nguồn cho đúng mẫu/,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('a copy without its signature and Nơi nhận: written, both flagged, its table kept', async () => {
    const { text, body, report, result } = await imported('bao-cao-khong-chu-ky.txt');
    expect(result.kind).toBe('cited');
    expect(text['signer']).toBeUndefined();
    expect(text['distribution']).toBeUndefined();
    expect(report).toContain(`[cần kiểm tra] Chữ ký (${t('importer.reason.noSigner')})`);
    expect(report).toContain(`[cần kiểm tra] Nơi nhận (${t('importer.reason.noDistribution')})`);
    expect(body).toContain('| 1 | Đơn vị mẫu thử A | Hoàn thành |');
  });
});
