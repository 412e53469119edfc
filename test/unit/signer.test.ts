import { describe, expect, it } from 'vitest';
import { signerText, titleInText } from '../../src/site/meta.ts';

// The metadata box names the signer as a sentence does, not in the signature block's capitals.

describe('titleInText', () => {
  it('writes a title printed in capitals as it reads in a sentence', () => {
    expect(titleInText('GIÁM ĐỐC')).toBe('Giám đốc');
    expect(titleInText('PHÓ GIÁM ĐỐC')).toBe('Phó giám đốc');
  });
});

describe('signerText', () => {
  it('names the launch letter’s signer and title', () => {
    expect(signerText({ name: 'Người Ký Mẫu Sáu', title: 'GIÁM ĐỐC' })).toBe(
      'Người Ký Mẫu Sáu – Giám đốc',
    );
  });

  it('says for whom a deputy signs (KT.), and an acting head (Q.)', () => {
    expect(
      signerText({
        name: 'Nguyễn Văn A',
        title: 'PHÓ GIÁM ĐỐC',
        prefix: 'KT.',
        authority: 'GIÁM ĐỐC',
      }),
    ).toBe('Nguyễn Văn A – Phó giám đốc (ký thay Giám đốc)');
    expect(signerText({ name: 'Nguyễn Văn B', title: 'GIÁM ĐỐC', prefix: 'Q.' })).toBe(
      'Nguyễn Văn B – Quyền giám đốc',
    );
    expect(
      signerText({
        name: 'Trần Văn C',
        title: 'CHÁNH VĂN PHÒNG',
        prefix: 'TL.',
        authority: 'GIÁM ĐỐC',
      }),
    ).toBe('Trần Văn C – Chánh văn phòng (thừa lệnh Giám đốc)');
  });
});
