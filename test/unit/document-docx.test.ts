import { describe, expect, it } from 'vitest';
import { DOCX_FONT, DOCX_PAGE, renderDocx } from '../../src/docx/document-docx.ts';
import type { FormInput } from '../../src/documents/document-form.ts';
import { docxText, unzipEntry, wordsOf } from '../support/docx.ts';

// A clearly fictional Quyết định with a KT. signature and an attached list.
const decision: FormInput = {
  type: 'Quyết định',
  number: null,
  code: 'QĐ-SCT',
  parentBody: 'UBND TỈNH LAI CHÂU',
  issuer: 'SỞ CÔNG THƯƠNG',
  place: 'Lai Châu',
  date: { year: 2023, month: 2 },
  subject: 'Về việc khen thưởng (mẫu thử)',
  decision: {
    authority: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG',
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
          'UBND TỈNH LAI CHÂU SỞ CÔNG THƯƠNG Số: …/QĐ-SCT',
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
          'Lai Châu, ngày … tháng 02 năm 2023',
          'QUYẾT ĐỊNH Về việc khen thưởng (mẫu thử) GIÁM ĐỐC SỞ CÔNG THƯƠNG',
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

  it('gives a công văn its V/v under the number and its Kính gửi, and no tên loại', async () => {
    const letter: FormInput = {
      ...decision,
      type: 'Công văn',
      code: 'SCT-VP',
      subject: 'V/v mẫu thử',
      decision: undefined,
      annexes: [],
      recipients: ['Các phòng, đơn vị trực thuộc Sở'],
      signer: { title: 'GIÁM ĐỐC', name: 'Người Ký Mẫu' },
    };
    const text = docxText(await documentXml(letter, 'Nội dung mẫu thử./.'));
    expect(text).toContain('Số: …/SCT-VP V/v mẫu thử CỘNG HÒA');
    expect(text).toContain('Kính gửi: Các phòng, đơn vị trực thuộc Sở Nội dung mẫu thử./.');
    expect(text).not.toContain('QUYẾT ĐỊNH');
  });
});
