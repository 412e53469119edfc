import { describe, expect, it, vi } from 'vitest';
import { DOCX_FONT, DOCX_PAGE, renderDocx } from '../../src/docx/document-docx.ts';
import type { FormInput } from '../../src/documents/document-form.ts';
import { docxText, unzipEntry, wordsOf } from '../support/docx.ts';

// A clearly fictional Quyết định with a KT. signature and an attached list.
const decision: FormInput = {
  type: 'Quyết định',
  number: null,
  code: 'QĐ-SCT',
  parentBody: 'UBND TỈNH SƠN HÀ',
  issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  place: 'Sơn Hà',
  date: { year: 2023, month: 2 },
  subject: 'Về việc khen thưởng (mẫu thử)',
  decision: {
    authority: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    bases: ['Căn cứ văn bản mẫu thử;'],
    proposal: 'Theo đề nghị của Chánh Văn phòng Sở.',
  },
  annexes: [
    {
      label: 'Phụ lục I',
      title: 'DANH SÁCH (MẪU THỬ)',
      columns: ['TT', 'Tên tập thể'],
      rows: [['1', 'Tập thể A & B']],
    },
  ],
  signer: { prefix: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Người Ký Mẫu' },
  distribution: ['Như Điều 2', 'Lưu: VT, VP'],
};
const BODY = `**Điều 1.** Tặng Giấy khen cho *các tập thể* có tên tại [Phụ lục I](#phu-luc-1).

**Điều 2.** Tổ chức thực hiện:

- Ý thứ nhất;
- Ý thứ hai./.
`;

async function documentXml(input: FormInput, body: string): Promise<string> {
  return unzipEntry(await renderDocx(input, body), 'word/document.xml');
}

describe('renderDocx', () => {
  it('writes every line of the form in reading order, blanks kept blank', async () => {
    const words = wordsOf(docxText(await documentXml(decision, BODY)));
    expect(words.join(' ')).toBe(
      wordsOf(
        [
          'UBND TỈNH SƠN HÀ SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: …/QĐ-SCT',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
          'Sơn Hà, ngày … tháng 02 năm 2023',
          'QUYẾT ĐỊNH Về việc khen thưởng (mẫu thử) GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
          'Căn cứ văn bản mẫu thử; Theo đề nghị của Chánh Văn phòng Sở. QUYẾT ĐỊNH:',
          'Điều 1. Tặng Giấy khen cho các tập thể có tên tại Phụ lục I.',
          'Điều 2. Tổ chức thực hiện: - Ý thứ nhất; - Ý thứ hai./.',
          'Nơi nhận: - Như Điều 2; - Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Người Ký Mẫu',
          'Phụ lục I DANH SÁCH (MẪU THỬ) TT Tên tập thể 1 Tập thể A & B',
        ].join(' '),
      ).join(' '),
    );
  });

  it('sets A4 portrait and the NĐ 30 margins in the section properties', async () => {
    const xml = await documentXml(decision, BODY);
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
    expect(xml).toMatch(
      new RegExp(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}" w:orient="portrait"/>`),
    );
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const value = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)?.[1]);
    expect(value('top')).toBe(twips(DOCX_PAGE.marginsMm.top));
    expect(value('bottom')).toBe(twips(DOCX_PAGE.marginsMm.bottom));
    expect(value('left')).toBe(twips(DOCX_PAGE.marginsMm.left));
    expect(value('right')).toBe(twips(DOCX_PAGE.marginsMm.right));
    for (const side of ['top', 'bottom'] as const) {
      expect(value(side)).toBeGreaterThanOrEqual(twips(20));
      expect(value(side)).toBeLessThanOrEqual(twips(25));
    }
    expect(value('left')).toBeGreaterThanOrEqual(twips(30));
    expect(value('right')).toBeGreaterThanOrEqual(twips(15));
  });

  it('uses Times New Roman for every run, 14 pt body, 12 pt Quốc hiệu, 11 pt Nơi nhận list', async () => {
    const xml = await documentXml(decision, BODY);
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs.filter((r) => r.includes('<w:t')))
      expect(r).toContain(`w:ascii="${DOCX_FONT}"`);
    const sizeOf = (text: string) => {
      const found = runs.find((r) => r.includes(`>${text}</w:t>`));
      return Number(/<w:sz w:val="(\d+)"\/>/.exec(found ?? '')?.[1]) / 2;
    };
    expect(sizeOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(12);
    expect(sizeOf('Căn cứ văn bản mẫu thử;')).toBe(14);
    expect(sizeOf('- Lưu: VT, VP.')).toBe(11);
    const styles = unzipEntry(await renderDocx(decision, BODY), 'word/styles.xml');
    expect(styles).toContain(`w:ascii="${DOCX_FONT}"`);
  });

  it('puts the attached list in a bordered table on its own page', async () => {
    const xml = await documentXml(decision, BODY);
    expect(xml).toContain('<w:br w:type="page"/>');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    // heading table, signature table, the annex
    expect(tables).toHaveLength(3);
    expect(tables[2]).toContain('Tập thể A &amp; B');
    expect(tables[2]).toMatch(/<w:top w:val="single"/);
  });

  /** A fictional công văn, built from the Quyết định above. */
  const letter: FormInput = {
    ...decision,
    type: 'Công văn',
    code: 'SGDĐT-VP',
    subject: 'V/v mẫu thử',
    decision: undefined,
    annexes: [],
    recipients: ['Các phòng, đơn vị trực thuộc Sở'],
    signer: { title: 'GIÁM ĐỐC', name: 'Người Ký Mẫu' },
  };

  /** The text of that công văn sent to `recipients`. */
  const congVanText = async (recipients: string[]) =>
    docxText(await documentXml({ ...letter, recipients }, 'Nội dung mẫu thử./.'));

  it('gives a công văn its V/v under the number and its Kính gửi, and no tên loại', async () => {
    const text = await congVanText(['Các phòng, đơn vị trực thuộc Sở']);
    expect(text).toContain('Số: …/SGDĐT-VP V/v mẫu thử CỘNG HÒA');
    expect(text).toContain('Kính gửi: Các phòng, đơn vị trực thuộc Sở Nội dung mẫu thử./.');
    expect(text).not.toContain('QUYẾT ĐỊNH');
  });

  it('writes several recipients under "Kính gửi:" as dashed lines, the last ending with "."', async () => {
    const text = await congVanText(['Phòng Mẫu thử A', 'Phòng Mẫu thử B']);
    expect(text).toContain('Kính gửi: - Phòng Mẫu thử A; - Phòng Mẫu thử B. Nội dung mẫu thử./.');
  });

  const PUBLISHER = 'Sở Mẫu Thử tỉnh Mẫu';

  it('numbers pages from page 2: a PAGE field centred in the header, 14 pt, none on page 1', async () => {
    const bytes = await renderDocx(letter, 'Nội dung mẫu thử./.');
    const xml = unzipEntry(bytes, 'word/document.xml');
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(xml)?.[0] ?? '';
    expect(sectPr).toContain('<w:titlePg/>');
    const ref = (type: string) =>
      new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(sectPr)?.[1];
    const rels = unzipEntry(bytes, 'word/_rels/document.xml.rels');
    const target = (id: string | undefined) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const first = unzipEntry(bytes, `word/${target(ref('first'))}`);
    const other = unzipEntry(bytes, `word/${target(ref('default'))}`);
    expect(first).not.toMatch(/PAGE/);
    expect(other).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(other).toContain('<w:jc w:val="center"/>');
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(other)?.[1]) / 2;
    expect(size).toBeGreaterThanOrEqual(13);
    expect(size).toBeLessThanOrEqual(14);
    // The header stands in the top margin: its distance from the edge is less than the margin.
    const pgMar = /<w:pgMar ([^>]*)\/>/.exec(sectPr)?.[1] ?? '';
    const attrOf = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(pgMar)?.[1]);
    expect(attrOf('header')).toBeLessThan(attrOf('top'));
  });

  it('sets the V/v line 6 pt below the number (Phụ lục I II.5.b)', async () => {
    const xml = await documentXml(letter, 'Nội dung mẫu thử./.');
    const paragraph = (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find((p) =>
      p.includes('>V/v mẫu thử</w:t>'),
    )!;
    expect(paragraph).toMatch(/<w:spacing w:before="120"/);
  });

  it('draws the rule under the issuer 1/3 to 1/2 as long as the issuer line', async () => {
    const xml = await documentXml(letter, 'Nội dung mẫu thử./.');
    const heading = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
    const cellXml = /<w:tc>[\s\S]*?<\/w:tc>/.exec(heading)![0];
    const cellWidth = Number(
      /<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)"/.exec(cellXml)?.slice(1).find(Boolean),
    );
    const ruleParagraph = (cellXml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find((p) =>
      p.includes('<w:pBdr>'),
    )!;
    const indent = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(ruleParagraph)!;
    // The cell's own margins shorten the line too: Word's default is 108 twips (1.9 mm) a side.
    const cellMargin = (side: string) =>
      Number(
        new RegExp(`<w:tblCellMar>[\\s\\S]*?<w:${side} [^>]*w:w="(\\d+)"`).exec(heading)?.[1] ??
          108,
      );
    const ruleTwips =
      cellWidth - cellMargin('left') - cellMargin('right') - Number(indent[1]) - Number(indent[2]);
    // "SỞ GIÁO DỤC VÀ ĐÀO TẠO" in Times New Roman Bold 13 pt, from the font's own advance widths (em/1000):
    // S 556, O 778, G 778, I 389, A 722, D 722, U 722, C 722, V 722, T 667, space 250.
    const em = [
      [556, 778], // SỞ
      [778, 389, 722, 778], // GIÁO
      [722, 722, 722], // DỤC
      [722, 722], // VÀ
      [722, 722, 778], // ĐÀO
      [667, 722, 778], // TẠO
    ]
      .map((word) => word.reduce((a, b) => a + b, 0))
      .reduce((a, b) => a + b + 250);
    const lineTwips = (em / 1000) * 13 * 20;
    expect(ruleTwips).toBeGreaterThanOrEqual(lineTwips / 3);
    expect(ruleTwips).toBeLessThanOrEqual(lineTwips / 2);
  });

  it('marks every run, and the default run style, as Vietnamese (vi-VN)', async () => {
    const bytes = await renderDocx(letter, 'Nội dung mẫu thử./.');
    const xml = unzipEntry(bytes, 'word/document.xml');
    const runs = (xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(10);
    for (const r of runs) expect(r).toContain('<w:lang w:val="vi-VN"/>');
    expect(unzipEntry(bytes, 'word/styles.xml')).toMatch(
      /<w:rPrDefault>[\s\S]*<w:lang w:val="vi-VN"\/>[\s\S]*<\/w:rPrDefault>/,
    );
  });

  it('gives the file the trích yếu as title and the publisher, as it writes itself, as author and company', async () => {
    const bytes = await renderDocx(letter, 'Nội dung mẫu thử./.', { publisher: PUBLISHER });
    const core = unzipEntry(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>V/v mẫu thử</dc:title>');
    expect(core).toContain(`<dc:creator>${PUBLISHER}</dc:creator>`);
    expect(core).toContain('<dc:language>vi-VN</dc:language>');
    expect(unzipEntry(bytes, 'docProps/app.xml')).toContain(`<Company>${PUBLISHER}</Company>`);
  });

  it('gives the same bytes for the same document whenever it is rendered: nothing of the clock is in the file', async () => {
    // The zip's entries were stamped with the clock: two renders a second apart differed.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-03-01T08:00:00+07:00') });
    try {
      const bytes = await renderDocx(letter, 'Nội dung mẫu thử./.', { publisher: PUBLISHER });
      vi.setSystemTime(new Date('2026-11-20T17:45:31+07:00'));
      const again = await renderDocx(letter, 'Nội dung mẫu thử./.', { publisher: PUBLISHER });
      expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
      expect(unzipEntry(again, 'docProps/core.xml')).toContain('<dc:title>V/v mẫu thử</dc:title>');
    } finally {
      vi.useRealTimers();
    }
  });
});
