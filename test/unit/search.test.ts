import { describe, expect, it } from 'vitest';
import {
  labelForAnchor,
  matchingSections,
  parseExcerpt,
  searchedWords,
  subResultTitle,
} from '../../src/search/search-results.ts';
import {
  cleanQuery,
  codeAliases,
  decodeFromIndex,
  encodeForIndex,
  encodeHtmlForIndex,
  forEngine,
} from '../../src/search/search-text.ts';
import { MAX_QUERY_LENGTH } from '../../src/constants.ts';
import { pick } from '../../src/i18n/index.ts';
import { SEARCH_CLIENT_KEYS } from '../../src/search/search-strings.ts';
import { urlForFile } from '../../src/integrations/pagefind.ts';

const strings = pick(SEARCH_CLIENT_KEYS);

describe('index encoding of đ', () => {
  it('writes đ/Đ as d/D with a combining stroke that strips like a tone mark', () => {
    const encoded = encodeForIndex('Đảng bộ đổi mới');
    expect(encoded).toBe('D\u0335ảng bộ d\u0335ổi mới');
    // What Pagefind does to indexed words: decompose and drop marks. The result is plain ASCII d.
    expect(encoded.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Dang bo doi moi');
  });

  it('round-trips: what the index returns reads as the page did', () => {
    const text = 'Đại hội Đảng bộ tỉnh; đồng bào';
    expect(decodeFromIndex(encodeForIndex(text))).toBe(text);
  });

  it('encodes text of an HTML page but never tags or attribute values', () => {
    const html =
      '<main data-pagefind-filter="loai:Nội dung thi đua"><h1 title="đ">Thi đua</h1><p>đổi <b>Đảng</b></p></main>';
    expect(encodeHtmlForIndex(html)).toBe(
      '<main data-pagefind-filter="loai:Nội dung thi đua"><h1 title="đ">Thi d\u0335ua</h1><p>d\u0335ổi <b>D\u0335ảng</b></p></main>',
    );
  });
});

describe('index text of elements Pagefind runs together', () => {
  it('ends a term, a definition, a cell and a time with a space, so no two words join', () => {
    const html =
      '<dl><dt>Ngày ban hành</dt><dd>07/4/2014</dd><dt>Trích yếu</dt></dl><table><tr><th>Số</th><td>34-CT/TW</td></tr></table><time>30/10/2023</time>';
    const text = encodeHtmlForIndex(html).replace(/<[^>]+>/g, '');
    expect(text).toBe('Ngày ban hành 07/4/2014 Trích yếu Số 34-CT/TW 30/10/2023 ');
  });
});

describe('cleanQuery, then forEngine (what the search page sends)', () => {
  const normalizeQuery = (raw: string) => forEngine(cleanQuery(raw));

  it('makes decomposed (Unikey "tổ hợp") and composed input identical', () => {
    expect(normalizeQuery('tổ chức thực hiện'.normalize('NFD'))).toBe(
      normalizeQuery('tổ chức thực hiện'),
    );
  });

  it('writes đ as d so that typed đ matches the encoded index', () => {
    expect(normalizeQuery('Đảng bộ đổi mới')).toBe('Dảng bộ dổi mới');
  });

  it('collapses white space, drops control characters and caps the length', () => {
    expect(normalizeQuery('  chỉ\tthị\u0000 34\n')).toBe('chỉ thị 34');
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery('')).toBe('');
  });

  it('writes look-alike slashes as "/" and closes up the separators of a code', () => {
    expect(cleanQuery('34\u2044CT\u2044TW')).toBe('34/CT/TW');
    expect(cleanQuery('Chỉ thị 34 - CT/TW')).toBe('Chỉ thị 34-CT/TW');
    expect(cleanQuery('1954 / UBND - TH')).toBe('1954/UBND-TH');
    expect(cleanQuery('34 CT/TW')).toBe('34 CT/TW');
    // A dash between words in prose stays.
    expect(cleanQuery('kinh tế - xã hội')).toBe('kinh tế - xã hội');
  });
});

describe('codeAliases', () => {
  it('adds the code with and without its number, as Pagefind reads a query', () => {
    expect(codeAliases('34-CT/TW')).toEqual(['34cttw', 'cttw']);
    expect(codeAliases('1954/UBND-TH')).toEqual(['1954ubndth', 'ubndth']);
    expect(codeAliases(null)).toEqual([]);
  });
});

describe('parseExcerpt', () => {
  it('splits marks from text and decodes the index encoding', () => {
    expect(parseExcerpt('và <mark>chuyển</mark> <mark>d\u0335ổi</mark> số')).toEqual([
      { text: 'và ', marked: false },
      { text: 'chuyển', marked: true },
      { text: ' ', marked: false },
      { text: 'đổi', marked: true },
      { text: ' số', marked: false },
    ]);
  });

  it('keeps any other markup as literal text, so rendering it with text nodes cannot inject', () => {
    const parts = parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <img src=x> <mark>x</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> <img src=x> x');
    expect(parts.filter((p) => p.marked)).toEqual([{ text: 'x', marked: true }]);
  });
});

describe('matching sections', () => {
  it('names the blocks made by the anchor step', () => {
    expect(labelForAnchor('muc-2-y-3', strings)).toBe('Mục 2, ý 3');
    expect(labelForAnchor('muc-5-a', strings)).toBe('Mục 5, điểm a');
    expect(labelForAnchor('muc-5-dd', strings)).toBe('Mục 5, điểm đ');
    expect(labelForAnchor('muc-4', strings)).toBe('Mục 4');
    expect(labelForAnchor('doan-3', strings)).toBe('Đoạn 3');
    expect(labelForAnchor('trich-yeu', strings)).toBeUndefined();
  });

  it('names parts, articles, clauses and points as documents cite them (NĐ 30 order)', () => {
    expect(labelForAnchor('phan-ii', strings)).toBe('Phần II');
    expect(labelForAnchor('dieu-3', strings)).toBe('Điều 3');
    expect(labelForAnchor('dieu-3-khoan-1', strings)).toBe('Khoản 1 Điều 3');
    expect(labelForAnchor('dieu-3-khoan-1-diem-a', strings)).toBe('Điểm a khoản 1 Điều 3');
    expect(labelForAnchor('dieu-3-khoan-2-diem-dd', strings)).toBe('Điểm đ khoản 2 Điều 3');
    expect(labelForAnchor('dieu-3-diem-b', strings)).toBe('Điểm b Điều 3');
    expect(labelForAnchor('chi-thi-dieu-12-khoan-10', strings)).toBe('Khoản 10 Điều 12');
    // A Party directive's point under its item.
    expect(labelForAnchor('muc-2-a', strings)).toBe('Mục 2, điểm a');
    // A repeated article, a bare point or bullet: no label.
    expect(labelForAnchor('dieu-1-2', strings)).toBeUndefined();
    expect(labelForAnchor('diem-a', strings)).toBeUndefined();
    expect(labelForAnchor('y-1', strings)).toBeUndefined();
  });

  const anchors = [
    { id: 'trich-yeu', location: 0 },
    { id: 'doan-1', location: 10 },
    { id: 'muc-1', location: 20 },
    { id: 'muc-2', location: 40 },
    { id: 'muc-2-y-1', location: 50 },
    { id: 'muc-2-y-2', location: 70 },
  ];

  it('returns the heaviest blocks, heaviest first', () => {
    const locations = [
      { location: 12, balanced_score: 1 },
      { location: 51, balanced_score: 5 },
      { location: 75, balanced_score: 9 },
      { location: 76, balanced_score: 9 },
    ];
    expect(matchingSections(anchors, locations, strings, 2)).toEqual([
      { id: 'muc-2-y-2', label: 'Mục 2, ý 2' },
      { id: 'muc-2-y-1', label: 'Mục 2, ý 1' },
    ]);
    // The provision that holds the words first, before a paragraph where one of them stands.
    expect(
      matchingSections(
        anchors,
        [
          { location: 11, balanced_score: 2 },
          { location: 41, balanced_score: 2 },
          { location: 42, balanced_score: 2 },
          { location: 43, balanced_score: 2 },
        ],
        strings,
      ),
    ).toEqual([
      { id: 'muc-2', label: 'Mục 2' },
      { id: 'doan-1', label: 'Đoạn 1' },
    ]);
  });

  it('gives a page of articles its articles, clauses and points', () => {
    const decision = [
      { id: 'trich-yeu', location: 0 },
      { id: 'dieu-1', location: 10 },
      { id: 'dieu-2', location: 30 },
      { id: 'dieu-2-khoan-1', location: 35 },
      { id: 'dieu-2-khoan-1-diem-a', location: 40 },
      { id: 'dieu-3', location: 60 },
    ];
    const locations = [
      { location: 12, balanced_score: 1 },
      { location: 42, balanced_score: 5 },
      { location: 37, balanced_score: 2 },
    ];
    expect(matchingSections(decision, locations, strings)).toEqual([
      { id: 'dieu-2-khoan-1-diem-a', label: 'Điểm a khoản 1 Điều 2' },
      { id: 'dieu-2-khoan-1', label: 'Khoản 1 Điều 2' },
      { id: 'dieu-1', label: 'Điều 1' },
    ]);
  });

  it('counts no match after an anchor that is not a block (an annex, the list of citing pages)', () => {
    const decision = [
      { id: 'dieu-1', location: 10 },
      { id: 'dieu-3', location: 30 },
      { id: 'phu-luc-1', location: 50 },
      { id: 'phu-luc-1-dong-1', location: 55 },
      { id: 'duoc-dan-chieu-tai', location: 70 },
    ];
    const locations = [
      { location: 12, balanced_score: 2 },
      { location: 51, balanced_score: 5 },
      { location: 56, balanced_score: 5 },
      { location: 72, balanced_score: 5 },
    ];
    expect(matchingSections(decision, locations, strings)).toEqual([
      { id: 'dieu-1', label: 'Điều 1' },
    ]);
    // Of two anchors at one place, the block's own takes the match.
    expect(
      matchingSections(
        [
          { id: 'muc-1', location: 10 },
          { id: 'muc-1-tieu-de', location: 10 },
        ],
        [{ location: 11, balanced_score: 1 }],
        strings,
      ),
    ).toEqual([{ id: 'muc-1', label: 'Mục 1' }]);
  });

  it('gives a page of Roman-numbered parts its parts, and its paragraphs then', () => {
    const parts = [
      { id: 'doan-1', location: 0 },
      { id: 'phan-i', location: 10 },
      { id: 'phan-ii', location: 30 },
    ];
    expect(
      matchingSections(
        parts,
        [
          { location: 3, balanced_score: 1 },
          { location: 33, balanced_score: 2 },
        ],
        strings,
      ),
    ).toEqual([
      { id: 'phan-ii', label: 'Phần II' },
      { id: 'doan-1', label: 'Đoạn 1' },
    ]);
  });

  it('lists nothing for a page without numbered sections', () => {
    expect(
      matchingSections(
        [{ id: 'doan-1', location: 0 }],
        [{ location: 3, balanced_score: 1 }],
        strings,
      ),
    ).toEqual([]);
  });
});

describe('subResultTitle', () => {
  it('reads a heading as indexed, its đ written back', () => {
    expect(subResultTitle('Thông tin d\u0335ã biết')).toBe('Thông tin đã biết');
    expect(subResultTitle(' 5. Tổ chức thực hiện ')).toBe('5. Tổ chức thực hiện');
  });
});

describe('urlForFile', () => {
  it('maps built files to the URLs the site links to', () => {
    expect(urlForFile('index.html')).toBe('/');
    expect(urlForFile('van-ban/chi-thi-34-ct-tw/index.html')).toBe('/van-ban/chi-thi-34-ct-tw/');
    expect(urlForFile('404.html')).toBe('/404.html');
  });
});

describe('searchedWords', () => {
  const keep = searchedWords(['chỉ thị 34', 'chỉ thị 34-CT/TW']);
  it('keeps marks on the words searched, with accents or without', () => {
    expect(keep('Chỉ')).toBe(true);
    expect(keep('thị')).toBe(true);
    expect(keep('34-CT/TW')).toBe(true);
  });
  it('drops marks on words that only start like a searched syllable', () => {
    expect(keep('Chính')).toBe(false);
    expect(keep('thiết')).toBe(false);
  });
  it('keeps a prefix of the last word and of a word that is no syllable', () => {
    expect(searchedWords(['chuyen doi s'])('số')).toBe(true);
    expect(searchedWords(['cov'])('Covid-19')).toBe(true);
  });
  it('unmarks in parseExcerpt what it is told to', () => {
    expect(parseExcerpt('<mark>Chính</mark> <mark>chỉ</mark>', keep)).toEqual([
      { text: 'Chính', marked: false },
      { text: ' ', marked: false },
      { text: 'chỉ', marked: true },
    ]);
  });
});
