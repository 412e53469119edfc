import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../src/documents/anchors.ts';
import { checkCitedText } from '../../src/documents/document-checks.ts';
import { citedFormLines, printedIdentifier } from '../../src/documents/document-form.ts';
import { checkCitedProvisions, collectBacklinks } from '../../src/site/site-checks.ts';
import { provisionAnchor } from '../../src/documents/citation-grammar.ts';
import { documentSchema, type DocumentText } from '../../src/schemas/document.ts';

// A cited document that carries its text (CONTRACT-cited.md): the schema of `text`, the Party form's
// lines (HD 36-HD/VPTW), the checks between `text` and the rest, provisions and their anchors.

const party = {
  title: 'Chỉ thị số 27-CT/TU (mẫu thử)',
  shortTitle: 'Chỉ thị số 27-CT/TU',
  type: 'Chỉ thị',
  identifier: '27-CT/TU',
  issuer: 'Ban Thường vụ Tỉnh ủy',
  subject: 'về nội dung mẫu thử',
  description: 'Mẫu thử.',
  sources: [{ name: 'Mẫu thử' }],
  order: 1,
  text: {
    form: 'party',
    parentBody: 'TỈNH ỦY SƠN HÀ',
    issuerLine: 'BAN THƯỜNG VỤ',
    number: '27',
    code: 'CT/TU',
    place: 'Sơn Hà',
    date: '2014-06-26',
    headingIssuer: 'Ban Thường vụ Tỉnh ủy',
    signer: { prefix: 'T/M', authority: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Người Ký' },
    distribution: ['Như trên', 'Lưu Văn phòng Tỉnh ủy'],
  },
};

const parsed = documentSchema.parse(party);
const text = parsed.text!;

describe('the text of a cited document in the schema', () => {
  it('is optional: a document without it parses as before', () => {
    const { text: _, ...withoutText } = party;
    expect(documentSchema.parse(withoutText).text).toBeUndefined();
  });

  it('refuses a state prefix on a Party document and a Party prefix on a state one', () => {
    const wrong = {
      ...party,
      text: { ...party.text, signer: { ...party.text.signer, prefix: 'TM.' } },
    };
    const issues = documentSchema.safeParse(wrong).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(['text.signer.prefix']);
    expect(issues[0]!.message).toContain('T/M, K/T, T/L, TUQ');
    const state = { ...party, text: { ...party.text, form: 'state' } };
    expect(documentSchema.safeParse(state).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'text.signer.prefix',
    ]);
  });

  it('needs at least one issuer line', () => {
    const { parentBody: _, issuerLine: __, ...lines } = party.text;
    const issues = documentSchema.safeParse({ ...party, text: lines }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(['text.issuerLine']);
  });
});

describe('the Party form (HD 36)', () => {
  it('prints its own lines', () => {
    const lines = citedFormLines({ type: parsed.type, subject: parsed.subject!, text });
    expect(lines.type.form).toBe('dang');
    expect([lines.parentBody, lines.issuer, lines.issuerMark, lines.number]).toEqual([
      'TỈNH ỦY SƠN HÀ',
      'BAN THƯỜNG VỤ',
      '*',
      'Số 27-CT/TU',
    ]);
    expect([lines.nationalName, lines.motto, lines.placeDate]).toEqual([
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '',
      'Sơn Hà, ngày 26 tháng 6 năm 2014',
    ]);
    expect(lines.heading).toEqual({
      name: 'CHỈ THỊ',
      issuer: 'của Ban Thường vụ Tỉnh ủy',
      subject: 'về nội dung mẫu thử',
    });
    expect(lines.signature).toEqual({ lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Người Ký' });
    expect(lines.distributionLabel).toBe('Nơi nhận:');
  });

  it('writes the identifier with "-" (Party) or "/" (state)', () => {
    expect(printedIdentifier(text)).toBe('27-CT/TU');
    expect(printedIdentifier({ form: 'state', number: '08', code: 'CT-UBND' })).toBe('08/CT-UBND');
    expect(printedIdentifier({ form: 'party', number: null, code: 'CT/TU' })).toBe('…-CT/TU');
  });
});

describe('checkCitedText', () => {
  it('accepts a text that agrees with its document', () => {
    expect(() => checkCitedText(parsed, 'content/documents/a.mdx')).not.toThrow();
  });

  it('refuses a printed number other than the identifier, naming file and field', () => {
    const other: DocumentText = { ...text, number: '28' };
    expect(() => checkCitedText({ ...parsed, text: other }, 'content/documents/a.mdx')).toThrow(
      /content\/documents\/a\.mdx.*text\.number.*28-CT\/TU.*27-CT\/TU/,
    );
  });

  it('refuses a text without its trích yếu, naming file and field', () => {
    expect(() => checkCitedText({ ...parsed, subject: null }, 'content/documents/a.mdx')).toThrow(
      /content\/documents\/a\.mdx.*"subject".*trích yếu/,
    );
    // Without its text, a document may leave its trích yếu unknown.
    const { text: _, ...withoutText } = parsed;
    expect(() =>
      checkCitedText({ ...withoutText, subject: null }, 'content/documents/a.mdx'),
    ).not.toThrow();
  });

  it('refuses a state text of a type whose form the site does not draw', () => {
    const state: DocumentText = {
      ...text,
      form: 'state',
      code: 'TM-UBND',
      signer: { ...text.signer!, prefix: 'TM.' },
    };
    expect(() =>
      checkCitedText(
        { ...parsed, type: 'Thư mời', identifier: '27/TM-UBND', text: state },
        'f.mdx',
      ),
    ).toThrow(/f\.mdx.*type.*Thư mời/);
  });
});

describe('provisions and their anchors', () => {
  it('gives the ids the anchorers give', () => {
    expect(provisionAnchor({ section: '2', words: '' })).toBe('muc-2');
    expect(provisionAnchor({ section: '2', point: 'a', words: '' })).toBe('muc-2-a');
    expect(provisionAnchor({ section: '2', point: 'đ', words: '' })).toBe('muc-2-dd');
    expect(provisionAnchor({ article: '3', words: '' })).toBe('dieu-3');
    expect(provisionAnchor({ article: '3', clause: '1', words: '' })).toBe('dieu-3-khoan-1');
    expect(provisionAnchor({ article: '3', clause: '1', point: 'a', words: '' })).toBe(
      'dieu-3-khoan-1-diem-a',
    );
    expect(provisionAnchor({ part: 'II', words: '' })).toBe('phan-ii');
    expect(provisionAnchor({ article: '3', clause: '1', point: 'đ', words: '' })).toBe(
      'dieu-3-khoan-1-diem-dd',
    );
  });

  it('anchors a Roman part written as a paragraph, not a heading', () => {
    const anchor = createAnchorer();
    expect(anchor('paragraph', 'I. NHIỆM VỤ CHUNG')).toEqual({ id: 'phan-i', label: 'phần I' });
    expect(anchor('paragraph', '1. Nội dung')).toEqual({ id: 'muc-1', label: 'mục 1' });
    expect(anchor('paragraph', 'II. NHIỆM VỤ CỤ THỂ').id).toBe('phan-ii');
    expect(anchor('heading', 'III. MỤC ĐÍCH').id).toBe('iii-muc-dich');
  });

  const citation = (anchor: string | undefined, words: string) => ({
    anchor: 'muc-1',
    label: 'mục 1',
    targetId: 'ct27',
    excerpt: '…',
    provision: { words, mention: `${words} Chỉ thị số 27-CT/TU`, ...(anchor ? { anchor } : {}) },
  });

  it('stops the build on a provision the text lacks, naming the file and the words', () => {
    const texts = new Map([
      ['ct27', { file: 'content/documents/ct27.mdx', anchors: [{ id: 'muc-2' }] }],
    ]);
    expect(() =>
      checkCitedProvisions(
        [{ file: 'content/letter/kh.mdx', citations: [citation('muc-2', 'mục 2')] }],
        texts,
      ),
    ).not.toThrow();
    expect(() =>
      checkCitedProvisions(
        [{ file: 'content/letter/kh.mdx', citations: [citation('muc-9', 'mục 9')] }],
        texts,
      ),
    ).toThrow(/content\/letter\/kh\.mdx.*"mục 9 Chỉ thị số 27-CT\/TU".*ct27\.mdx không có mục 9/);
  });

  it('lists a place once, naming each provision it cites', () => {
    const refs = collectBacklinks(
      ['ct27'],
      [
        {
          path: '/ke-hoach/',
          title: 'Kế hoạch',
          isDocument: true,
          citations: [
            citation('muc-2', 'mục 2'),
            citation('muc-2-a', 'điểm a mục 2'),
            citation('muc-2', 'mục 2'),
          ],
        },
      ],
    );
    expect(refs.get('ct27')!.citedIn.map((b) => b.provision)).toEqual(['mục 2; điểm a mục 2']);
  });
});
