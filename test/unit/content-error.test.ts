import { describe, expect, it } from 'vitest';
import { ContentError, requireEntry, requireUnique } from '../../src/documents/content-error.ts';

const letters = new Map([
  ['cong-van', { title: 'Công văn' }],
  ['ke-hoach', { title: 'Kế hoạch' }],
]);
const origin = { file: 'content/focus-areas/x.mdx', field: 'letter' };

/** Runs `fn`, expecting a ContentError, and returns it. */
function contentErrorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, nothing was thrown');
}

describe('ContentError', () => {
  it('names the file and the field', () => {
    const error = new ContentError({ file: 'content/a.mdx', field: 'order' }, 'sai');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.message).toBe('content/a.mdx: trường "order": sai');
  });
});

describe('requireEntry', () => {
  it('returns the entry that exists', () => {
    expect(requireEntry(letters, 'ke-hoach', origin, 'văn bản')).toEqual({ title: 'Kế hoạch' });
  });

  it('throws naming the file, the field, the missing id and the valid ids', () => {
    const error = contentErrorOf(() => requireEntry(letters, 'cong-van-khac', origin, 'văn bản'));
    expect(error.message).toBe(
      'content/focus-areas/x.mdx: trường "letter": không có văn bản "cong-van-khac". Các giá trị hợp lệ: cong-van, ke-hoach',
    );
  });

  it('lists the valid ids sorted', () => {
    const map = new Map([
      ['z', 1],
      ['a', 2],
      ['m', 3],
    ]);
    expect(contentErrorOf(() => requireEntry(map, 'q', origin, 'mục')).message).toMatch(
      /Các giá trị hợp lệ: a, m, z$/,
    );
  });

  it('says so when there is no valid id', () => {
    expect(contentErrorOf(() => requireEntry(new Map(), 'x', origin, 'văn bản')).message).toMatch(
      /\(không có\)$/,
    );
  });
});

describe('requireUnique', () => {
  const items = [
    { file: 'content/guidance/a.mdx', order: 1 },
    { file: 'content/guidance/b.mdx', order: 2 },
    { file: 'content/guidance/c.mdx', order: 1 },
  ];
  const originOf = (item: { file: string }) => ({ file: item.file, field: 'order' });

  it('passes unique values', () => {
    expect(() => requireUnique(items.slice(0, 2), (i) => i.order, originOf)).not.toThrow();
    expect(() => requireUnique<(typeof items)[number]>([], (i) => i.order, originOf)).not.toThrow();
  });

  it('names the later file, the field, the value and the earlier file', () => {
    const error = contentErrorOf(() => requireUnique(items, (i) => i.order, originOf));
    expect(error.message).toBe(
      'content/guidance/c.mdx: trường "order": giá trị "1" trùng với content/guidance/a.mdx',
    );
  });

  it('tells a number from a string of the same digits', () => {
    const mixed = [
      { file: 'a', key: 1 as string | number },
      { file: 'b', key: '1' as string | number },
    ];
    expect(() => requireUnique(mixed, (i) => i.key, originOf)).not.toThrow();
  });
});
