import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DOCUMENT_TYPE_NAMES,
  DOCUMENT_TYPES,
  documentType,
} from '../../src/schemas/document-types.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

/** The launch letter's front matter, read from the real content file. */
const launch = parse(
  splitFrontMatter(readFileSync('content/letter/cong-van.mdx', 'utf8'))!.yaml,
) as Record<string, unknown> & { signer: Record<string, string> };

// Clearly fictional: no such decision exists.
const decision = {
  ...launch,
  title: 'Quyết định khen thưởng (mẫu thử)',
  type: 'Quyết định',
  number: '99',
  code: 'QĐ-SCT',
  subject: 'Về việc khen thưởng (mẫu thử)',
  recipients: undefined,
  decision: {
    authority: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG',
    bases: ['Căn cứ văn bản mẫu thử A;', 'Căn cứ văn bản mẫu thử B;'],
    proposal: 'Theo đề nghị của Chánh Văn phòng Sở.',
  },
  annexes: [
    {
      label: 'Phụ lục I',
      title: 'DANH SÁCH TẬP THỂ (MẪU THỬ)',
      columns: ['TT', 'Tên tập thể'],
      rows: [
        ['1', 'Phòng Mẫu thử A'],
        ['2', 'Phòng Mẫu thử B'],
      ],
    },
  ],
  signer: { prefix: 'KT.', authority: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Người Ký Thử' },
  route: 'quyet-dinh-mau-thu',
};

describe('the document type registry', () => {
  it('knows the công văn, the Quyết định and the văn bản có tên loại with their NĐ 30 codes', () => {
    const codes = Object.fromEntries(DOCUMENT_TYPES.map((type) => [type.name, type.code]));
    expect(codes).toMatchObject({
      'Công văn': null,
      'Quyết định': 'QĐ',
      'Kế hoạch': 'KH',
      'Báo cáo': 'BC',
      'Thông báo': 'TB',
      'Hướng dẫn': 'HD',
      'Chương trình': 'CTr',
      'Tờ trình': 'TTr',
    });
    expect(documentType('Kế hoạch')).toMatchObject({ form: 'ten-loai', heading: 'KẾ HOẠCH' });
    expect(documentType('Quyết định')).toMatchObject({ form: 'quyet-dinh', heading: 'QUYẾT ĐỊNH' });
    expect(documentType('Công văn')).toMatchObject({ form: 'cong-van', heading: null });
    expect(documentType('Thư mời')).toBeUndefined();
  });

  it('has unique ids, names and codes, and ASCII ids', () => {
    for (const key of ['id', 'name', 'code'] as const) {
      const values = DOCUMENT_TYPES.map((type) => type[key]).filter((v) => v !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const type of DOCUMENT_TYPES) expect(type.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('letterSchema for every type', () => {
  it('accepts a Quyết định with its preamble, an annex and a KT. signature, and no Kính gửi', () => {
    const parsed = letterSchema.parse(decision);
    expect(parsed.recipients).toBeUndefined();
    expect(parsed.decision?.bases).toHaveLength(2);
    expect(parsed.annexes[0]?.rows).toHaveLength(2);
    expect(parsed.signer).toEqual(decision.signer);
  });

  it('defaults annexes to none', () => {
    expect(letterSchema.parse(launch).annexes).toEqual([]);
  });

  it('rejects an unknown type, naming the field and listing every known type', () => {
    const result = letterSchema.safeParse({ ...launch, type: 'Thư mời' });
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['type']);
    expect(issues[0]?.message).toContain('loại văn bản "Thư mời" chưa có trong danh sách');
    for (const name of DOCUMENT_TYPE_NAMES) expect(issues[0]?.message).toContain(name);
  });

  it('rejects a signature prefix NĐ 30 does not have', () => {
    const result = letterSchema.safeParse({
      ...launch,
      signer: { ...launch.signer, prefix: 'K/T' },
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['signer', 'prefix']]);
  });

  it('rejects a Quyết định without its "Căn cứ" lines', () => {
    const result = letterSchema.safeParse({
      ...decision,
      decision: { ...decision.decision, bases: [] },
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['decision', 'bases']]);
  });
});
