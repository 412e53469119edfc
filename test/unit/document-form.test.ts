import { describe, expect, it } from 'vitest';
import { checkDocumentForm } from '../../src/documents/document-checks.ts';
import { formLines, signatureLines, type FormInput } from '../../src/documents/document-form.ts';

// Clearly fictional documents: none of them exists.
const plan: FormInput = {
  type: 'Kế hoạch',
  number: '87',
  code: 'KH-SCT',
  parentBody: 'UBND TỈNH SƠN HÀ',
  issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  place: 'Sơn Hà',
  date: { year: 2023, month: 6, day: 5 },
  subject: 'Thực hiện phong trào (mẫu thử)',
  signer: { prefix: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Người Ký Mẫu' },
  distribution: ['Các phòng', 'Lưu: VT, VP'],
};
const letter: FormInput = {
  ...plan,
  type: 'Công văn',
  number: null,
  code: 'SGDĐT-VP',
  subject: 'V/v mẫu thử',
  recipients: ['Các phòng, đơn vị trực thuộc Sở'],
  signer: { title: 'GIÁM ĐỐC', name: 'Người Ký Mẫu' },
};
const decision: FormInput = {
  ...plan,
  type: 'Quyết định',
  number: null,
  code: 'QĐ-SCT',
  decision: {
    authority: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
    bases: ['Căn cứ mẫu thử;'],
    proposal: 'Theo đề nghị của Chánh Văn phòng Sở.',
  },
  annexes: [{ title: 'DANH SÁCH', columns: ['TT', 'Tên'], rows: [['1', 'Mẫu']] }],
};

describe('signatureLines', () => {
  it('puts the prefix and authority above the title, or joins the prefix to the title', () => {
    expect(signatureLines(plan.signer)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signatureLines({ prefix: 'Q.', title: 'GIÁM ĐỐC', name: 'X' })).toEqual(['Q. GIÁM ĐỐC']);
    expect(
      signatureLines({ prefix: 'TM.', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'X' }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureLines({ title: 'GIÁM ĐỐC', name: 'X' })).toEqual(['GIÁM ĐỐC']);
  });
});

describe('formLines', () => {
  it('gives a văn bản có tên loại its heading and no V/v, and keeps blanks blank', () => {
    const lines = formLines(plan);
    expect(lines.number).toBe('Số: 87/KH-SCT');
    expect(lines.placeDate).toBe('Sơn Hà, ngày 05 tháng 6 năm 2023');
    expect(lines.heading).toEqual({ name: 'KẾ HOẠCH', subject: 'Thực hiện phong trào (mẫu thử)' });
    expect(lines.subjectUnderNumber).toBeNull();
    expect(lines.recipients).toBeNull();
    expect(lines.preamble).toBeNull();
    expect(lines.distribution).toEqual(['- Các phòng;', '- Lưu: VT, VP.']);
  });

  it('gives a công văn its V/v under the number and Kính gửi, and no heading', () => {
    const lines = formLines(letter);
    expect(lines.number).toBe('Số: …/SGDĐT-VP');
    expect(lines.subjectUnderNumber).toBe('V/v mẫu thử');
    expect(lines.heading).toBeNull();
    expect(lines.recipients).toEqual(['Các phòng, đơn vị trực thuộc Sở']);
  });

  it('gives a Quyết định its preamble and "QUYẾT ĐỊNH:"', () => {
    const lines = formLines(decision);
    expect(lines.heading?.name).toBe('QUYẾT ĐỊNH');
    expect(lines.preamble).toEqual({
      authority: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      bases: ['Căn cứ mẫu thử;'],
      proposals: ['Theo đề nghị của Chánh Văn phòng Sở.'],
      decides: 'QUYẾT ĐỊNH:',
    });
  });
});

describe('checkDocumentForm', () => {
  const FILE = 'content/letter/mau-thu.mdx';
  const failure = (data: FormInput) => {
    try {
      checkDocumentForm(data, FILE);
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  it('accepts each form as it should be', () => {
    for (const data of [plan, letter, decision]) expect(failure(data)).toBeUndefined();
  });

  it('names the file and the field of each broken rule', () => {
    expect(failure({ ...letter, recipients: undefined })).toMatch(
      /^content\/letter\/mau-thu\.mdx: trường "recipients": Công văn phải có "Kính gửi"/,
    );
    expect(failure({ ...plan, recipients: ['Sở Nội vụ'] })).toContain(
      `${FILE}: trường "recipients": thể thức Kế hoạch không có "Kính gửi"`,
    );
    expect(failure({ ...plan, code: 'SGDĐT-VP' })).toContain(
      `trường "code": ký hiệu Kế hoạch bắt đầu bằng "KH-"`,
    );
    expect(failure({ ...decision, decision: undefined })).toContain(`trường "decision"`);
    expect(failure({ ...plan, decision: decision.decision })).toContain(`trường "decision"`);
    expect(failure({ ...plan, signer: { ...plan.signer, prefix: undefined } })).toContain(
      `trường "signer.authority"`,
    );
    expect(
      failure({
        ...decision,
        annexes: [{ title: 'X', columns: ['TT', 'Tên'], rows: [['1', 'A'], ['2']] }],
      }),
    ).toContain(`trường "annexes[0].rows[1]": dòng có 1 ô nhưng bảng có 2 cột`);
    expect(failure({ ...plan, type: 'Thư mời' })).toContain(
      `trường "type": loại văn bản "Thư mời" chưa có trong danh sách. Các loại đã biết: Công văn, Nghị quyết, Quyết định`,
    );
  });
});
