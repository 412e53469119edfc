import { describe, expect, it } from 'vitest';
import {
  adjacentPairs,
  mergeRankings,
  rerankFirstPage,
  titleMatch,
  type PageText,
} from '../../src/search/search-rank.ts';

/** A fragment as Pagefind gives it: the title as the h1 (weight 7), then body text (weight 1). */
function page(title: string, body: string, searched: string): PageText {
  const content = `${title}. ${body}`;
  const words = content.split(/\s+/);
  const fold = (w: string) =>
    w
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9đ]/g, '');
  const wanted = new Set(searched.split(' ').map(fold));
  const titleLength = title.split(/\s+/).length;
  return {
    meta: { title },
    content,
    weighted_locations: words
      .map((w, location) => ({ weight: location < titleLength ? 7 : 1, location, w }))
      .filter(({ w }) => wanted.has(fold(w)))
      .map(({ weight, location }) => ({ weight, location })),
  };
}

describe('adjacentPairs', () => {
  it('lists each pair of neighbouring words, punctuation-only words left out', () => {
    expect(adjacentPairs('tham nhung')).toEqual(['tham nhung']);
    expect(adjacentPairs('a - b c')).toEqual(['a b', 'b c']);
    expect(adjacentPairs('one')).toEqual([]);
    expect(adjacentPairs('a b c d e f g h', 3)).toHaveLength(3);
  });
});

describe('mergeRankings', () => {
  it('ranks the page where the syllables stand together above one where they are scattered', () => {
    // "tham nhung" without accents: Pagefind scores /to-chuc-thuc-hien/ ("tham gia", "những") first.
    const ranked = mergeRankings([
      {
        text: 'q',
        weight: 1,
        hits: [
          { id: 'to-chuc', score: 3.38 },
          { id: 'xay-dung-dang', score: 3.07 },
          { id: 'cong-van', score: 2.57 },
        ],
        pairs: [new Set(['xay-dung-dang', 'cong-van'])],
        phrase: new Set(['xay-dung-dang', 'cong-van']),
      },
    ]);
    expect(ranked.map((r) => r.hit.id)).toEqual(['xay-dung-dang', 'cong-van', 'to-chuc']);
  });

  it('keeps each page once, with its best score over the searched strings', () => {
    const ranked = mergeRankings([
      { text: 'q', weight: 1, hits: [{ id: 'a', score: 2 }], pairs: [], phrase: undefined },
      {
        text: 'q',
        weight: 0.8,
        hits: [
          { id: 'b', score: 20 },
          { id: 'a', score: 1 },
        ],
        pairs: [],
        phrase: undefined,
      },
    ]);
    expect(ranked.map((r) => [r.hit.id, r.score])).toEqual([
      ['b', 16],
      ['a', 2],
    ]);
  });

  it('keeps Pagefind’s order between equal scores', () => {
    const ranked = mergeRankings([
      {
        text: 'q',
        weight: 1,
        hits: [
          { id: 'x', score: 1 },
          { id: 'y', score: 1 },
        ],
        pairs: [],
        phrase: undefined,
      },
    ]);
    expect(ranked.map((r) => r.hit.id)).toEqual(['x', 'y']);
  });
});

describe('titleMatch', () => {
  it('says whether the title and headings hold every word searched, and what share of the title they make in a row', () => {
    const focus = page(
      'Kỷ luật, kỷ cương; thi đua, khen thưởng',
      'Tiếp tục khen thưởng.',
      'khen thưởng',
    );
    expect(titleMatch(focus, 'khen thưởng')).toEqual({ whole: true, focus: 2 / 8 });
    const directive = page(
      'Chỉ thị số 26-CT/TU ngày 26/6/2014 của Tỉnh ủy Sơn Hà về tiếp tục đổi mới công tác thi đua, khen thưởng',
      'Nội dung.',
      'khen thưởng',
    );
    expect(titleMatch(directive, 'khen thưởng').focus).toBeCloseTo(2 / 26);
    // Only in the body: neither.
    expect(
      titleMatch(page('Tổ chức thực hiện', 'khen thưởng', 'khen thưởng'), 'khen thưởng'),
    ).toEqual({
      whole: false,
      focus: 0,
    });
  });

  it('reads a code’s parts as words, breaks a row at punctuation between words, and keeps the marks typed', () => {
    const directive = page('Chỉ thị số 47-CT/TW (khóa XI)', '', '47-ct/tw');
    expect(titleMatch(directive, '47-ct/tw').focus).toBeCloseTo(3 / 8);
    const area = page('Xây dựng Đảng, bộ máy, tiếp dân', '', 'Đảng bộ');
    expect(titleMatch(area, 'Đảng bộ')).toEqual({ whole: true, focus: 0 });
    // "khoá" (old tone placement) is "khóa", not "Khoa"; "khoa" without marks is either.
    const science = page('Khoa học, công nghệ', '', 'khoa');
    expect(titleMatch(science, 'khoá')).toEqual({ whole: false, focus: 0 });
    expect(titleMatch(page('Chỉ thị số 47-CT/TW (khóa XI)', '', 'khoa'), 'khoá').whole).toBe(true);
    expect(titleMatch(science, 'khoa').whole).toBe(true);
    expect(titleMatch(page('Phong trào thi đua mẫu thử', '', 'thi dua'), 'thi dua').focus).toBe(
      2 / 6,
    );
  });
});

describe('rerankFirstPage', () => {
  const ranked = (ids: string[], text: string) =>
    ids.map((id, i) => ({ hit: { id, score: 0 }, score: 50 - i * 2, text }));

  it('puts the page whose title is the query above pages that name it in a long title', () => {
    const pages = [
      page(
        'Chỉ thị số 26-CT/TU ngày 26/6/2014 của Tỉnh ủy Sơn Hà về tiếp tục đổi mới công tác thi đua, khen thưởng',
        '',
        'khen thưởng',
      ),
      page(
        'Chỉ thị số 47-CT/TW ngày 07/4/2014 của Bộ Chính trị (khóa XI) về tiếp tục đổi mới công tác thi đua, khen thưởng',
        '',
        'khen thưởng',
      ),
      page('Kỷ luật, kỷ cương; thi đua, khen thưởng', '', 'khen thưởng'),
    ];
    const order = rerankFirstPage(ranked(['ct32', 'ct34', 'focus', 'sixth'], 'khen thưởng'), pages);
    expect(order.map((r) => r.hit.id)).toEqual(['focus', 'ct32', 'ct34', 'sixth']);
  });

  it('puts a page whose title and headings hold every word above a long one that says them together', () => {
    const anniversaries: PageText = {
      meta: { title: 'Các ngày kỷ niệm' },
      content: 'Các ngày kỷ niệm 60 năm thành lập tỉnh Ngày 28/6/1964',
      weighted_locations: [
        { weight: 7, location: 2 },
        { weight: 7, location: 3 },
        { weight: 6, location: 4 },
        { weight: 6, location: 5 },
      ],
    };
    const letter: PageText = {
      meta: {
        title: 'Công văn phát động phong trào chào mừng kỷ niệm các sự kiện lịch sử của tỉnh',
      },
      content:
        'Công văn phát động phong trào chào mừng kỷ niệm các sự kiện lịch sử của tỉnh chào mừng kỷ niệm 60 năm',
      weighted_locations: [7, 8, 16, 17, 18, 19].map((location) => ({
        weight: location < 15 ? 7 : 1,
        location,
      })),
    };
    const before = [
      { hit: { id: 'letter', score: 0 }, score: 30.4, text: 'ky niem 60 nam' },
      { hit: { id: 'anniversaries', score: 0 }, score: 23.9, text: 'ky niem 60 nam' },
    ];
    expect(rerankFirstPage(before, [letter, anniversaries]).map((r) => r.hit.id)).toEqual([
      'anniversaries',
      'letter',
    ]);
  });

  it('leaves the order alone when no title or heading holds the words, and moves only the pages given', () => {
    const plain = [page('A', 'x y', 'x y'), page('B', 'x y', 'x y')];
    const order = rerankFirstPage(ranked(['a', 'b', 'c'], 'x y'), plain);
    expect(order.map((r) => [r.hit.id, r.score])).toEqual([
      ['a', 50],
      ['b', 48],
      ['c', 46],
    ]);
  });
});
