import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import {
  indexableWords,
  indexedText,
  pageWords,
  siteWords,
  wordLocations,
} from '../../src/integrations/pagefind-text.ts';
import { fold } from '../../src/vietnamese/fold.ts';
import { encodeHtmlForIndex } from '../../src/search/search-text.ts';

// Fictional pages with every rule of how Pagefind reads a page: the body it indexes, what it leaves
// out, where it puts spaces, the title and the meta values.
const PAGES: Record<string, string> = {
  '/van-ban/quy-che-5/': `<!doctype html><html lang="vi"><head><title>Quy chế số 5</title>
    <script>var hidden = "khong duoc tim";</script></head><body>
    <header><p>Ủy ban nhân dân xã Bản Mù</p></header>
    <nav><a href="/">Trang chủ</a></nav>
    <main data-pagefind-body data-pagefind-filter="loai:Văn bản">
      <span hidden data-pagefind-meta="ma[data-ma]" data-ma="5qcub qcub"></span>
      <h1>Quy chế số 5-QC/UB về <em>giữ gìn</em> đường làng</h1>
      <dl><dt>Ngày ký</dt><dd>03/02/2021</dd></dl>
      <p>Mỗi hộ quét dọn ngõ xóm vào sáng<br>thứ bảy; chi<b>tiết</b> ở phụ lục.</p>
      <div data-pagefind-ignore><p>Danh sách liên quan không tìm</p></div>
      <div data-pagefind-ignore="all"><p data-pagefind-meta="bo:bỏ qua">Cũng không tìm</p></div>
      <form><label>Ô nhập</label></form>
      <nav><a href="#a">Mục lục riêng</a></nav>
      <ul><li>Điểm một</li><li>Điểm hai</li></ul>
      <svg><text>hình</text></svg>
      <footer>Chân trang trong phần chính</footer>
      <p>ĐồngThuận và TPHCMxa</p>
    </main>
    <footer><p>Cuối trang web</p></footer></body></html>`,
  '/tin/ngay-hoi/': `<!doctype html><html lang="vi"><body>
    <h1 data-pagefind-ignore>Ngày hội đoàn kết</h1>
    <main data-pagefind-body><p>Ngày hội diễn ra ở nhà văn hóa thôn.</p></main></body></html>`,
};

describe('the text Pagefind indexes in a page', () => {
  const quyChe = indexedText(PAGES['/van-ban/quy-che-5/']!)!;

  it('reads only the body, without ignored, dropped or outside elements', () => {
    const body = quyChe.body.replace(/\s+/g, ' ');
    expect(body).toContain('Quy chế số 5-QC/UB về giữ gìn đường làng');
    for (const left of [
      'Bản Mù',
      'Trang chủ',
      'khong duoc tim',
      'Danh sách',
      'Cũng không',
      'Ô nhập',
      'Mục lục',
      'hình',
      'Chân trang',
      'Cuối trang',
    ])
      expect(body).not.toContain(left);
  });

  it('sets blocks and line breaks apart and runs inline elements together', () => {
    const words = quyChe.body.split(/\s+/);
    expect(words).toEqual(expect.arrayContaining(['sáng', 'thứ', 'chitiết', 'Điểm', 'một']));
    expect(words).toContain('Ngày');
    expect(words).toContain('ký03/02/2021');
  });

  it('keeps the first heading as the title, and meta values, even where the text is ignored', () => {
    expect(quyChe.meta).toEqual(['Quy chế số 5-QC/UB về giữ gìn đường làng', '5qcub qcub']);
    expect(indexedText(PAGES['/tin/ngay-hoi/']!)!.meta).toEqual(['Ngày hội đoàn kết']);
  });

  it('is undefined for a page Pagefind does not index', () => {
    expect(indexedText('<html><body><main><p>Trang tìm kiếm</p></main></body></html>')).toBe(
      undefined,
    );
  });
});

describe('the words Pagefind indexes', () => {
  it('runs a word with punctuation together and keeps its parts', () => {
    // Parts of one character are left out ("5").
    expect(indexableWords('5-QC/UB')).toEqual(['5QCUB', 'QC', 'UB']);
    expect(indexableWords('12-KH/UB')).toEqual(['12KHUB', '12', 'KH', 'UB']);
    expect(indexableWords('ĐồngThuận')).toEqual(['ĐồngThuận', 'Đồng', 'Thuận']);
    expect(indexableWords('đường')).toEqual(['đường']);
    expect(indexableWords('«làng»')).toEqual(['làng', '«làng»']);
    expect(indexableWords('(a)')).toEqual(['a']);
  });

  it('lists the syllables of the site, folded and sorted, without codes, numbers or names', () => {
    const words = pageWords(indexedText(encodeHtmlForIndex(PAGES['/van-ban/quy-che-5/']!))!);
    const list = siteWords(words).trim().split('\n');
    expect(list).toEqual([...list].sort());
    expect(list).toEqual(expect.arrayContaining(['quy', 'che', 'duong', 'lang', 'dong', 'thuan']));
    for (const not of ['5qcub', 'qc', 'chitiet', '03', 'tphcmxa']) expect(list).not.toContain(not);
  });

  it('counts word locations as Pagefind sizes its chunks: each word, plus one per page', () => {
    expect(wordLocations(['thi', 'dua', 'thi'])).toBe(5);
  });
});

describe('against the installed Pagefind', () => {
  /** Each page's words as Pagefind stored them: its fragment's text, and its title. */
  const stored = new Map<string, { content: string; title: string; ma?: string }>();

  beforeAll(async () => {
    const { index } = await createIndex({ forceLanguage: 'vi' });
    for (const [url, html] of Object.entries(PAGES))
      await index!.addHTMLFile({ url, content: encodeHtmlForIndex(html) });
    for (const file of (await index!.getFiles()).files) {
      if (!file.path.startsWith('fragment/')) continue;
      const json = gunzipSync(file.content).subarray('pagefind_dcd'.length).toString('utf8');
      const fragment = JSON.parse(json) as {
        url: string;
        content: string;
        meta: { title: string; ma?: string };
      };
      stored.set(fragment.url, { content: fragment.content, ...fragment.meta });
    }
  }, 60_000);
  afterAll(() => close());

  /** The letters and digits of a text, folded, as a list of words. */
  const letters = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

  it('reads the same text and title from each page', () => {
    expect([...stored.keys()].sort()).toEqual(Object.keys(PAGES).sort());
    for (const [url, html] of Object.entries(PAGES)) {
      const ours = indexedText(encodeHtmlForIndex(html))!;
      const theirs = stored.get(url)!;
      expect(letters(ours.body), url).toEqual(letters(theirs.content));
      expect(letters(ours.meta[0]!), url).toEqual(letters(theirs.title));
      if (theirs.ma !== undefined) expect(ours.meta).toContain(theirs.ma);
    }
  });
});
