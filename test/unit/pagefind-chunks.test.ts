import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import {
  arrayItems,
  ChunkFormatError,
  chunkRanges,
  cutWords,
  encodeArray,
  encodeText,
  justBelow,
  mayCutBetween,
  pack,
  readEntry,
  readText,
  readWordIndex,
  rechunkBundle,
  skipItem,
  unpack,
  type ChunkFiles,
  type WordEntry,
} from '../../src/integrations/pagefind-chunks.ts';

/** Pagefind (Rust) compares words byte by byte in UTF-8, which is code point order. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A word entry shaped like Pagefind's: the word, then a payload of `size` bytes. */
function entry(word: string, size = 10): WordEntry {
  return { word, bytes: encodeArray([encodeText(word), encodeText('x'.repeat(size))]) };
}

/** What Pagefind's `request_indexes` does for one query word: the first chunk whose range holds it. */
function chunkFor(ranges: { from: string; to: string }[], term: string): number {
  return ranges.findIndex((r) => byteOrder(term, r.from) >= 0 && byteOrder(term, r.to) <= 0);
}

describe('the CBOR reader and writer', () => {
  it('reads back what it writes, with one-, two- and four-byte lengths', () => {
    const texts = ['', 'thi đua', 'a'.repeat(24), 'b'.repeat(300), 'c'.repeat(70_000)];
    const encoded = encodeArray(texts.map(encodeText));
    const { items, next } = arrayItems(encoded, 0);
    expect(next).toBe(encoded.length);
    expect(items.map((item) => readText(item))).toEqual(texts);
    expect(skipItem(encoded, 0)).toBe(encoded.length);
  });

  it('skips integers, byte strings, maps and indefinite arrays as minicbor writes them', () => {
    // [1, -1, h'0102', {"a": 0}, [_ 1, 2]] followed by "z"
    const bytes = Uint8Array.from([
      0x85, 0x01, 0x20, 0x42, 0x01, 0x02, 0xa1, 0x61, 0x61, 0x00, 0x9f, 0x01, 0x02, 0xff, 0x61,
      0x7a,
    ]);
    expect(skipItem(bytes, 0)).toBe(14);
    expect(arrayItems(bytes, 0).items).toHaveLength(5);
    expect(readText(bytes, 14)).toBe('z');
  });

  it('refuses what is not an array, a text or a Pagefind file, naming the file', () => {
    expect(() => arrayItems(encodeText('a'), 0)).toThrow(ChunkFormatError);
    expect(() => readText(encodeArray([]))).toThrow(ChunkFormatError);
    expect(() => skipItem(Uint8Array.from([0x1c]), 0)).toThrow(ChunkFormatError);
    expect(Buffer.from(unpack(pack(Buffer.from('x')), 'ok')).toString()).toBe('x');
    expect(() => unpack(gzipSync('nope'), 'index/vi_x.pf_index')).toThrow(/index\/vi_x\.pf_index/);
  });
});

describe('where a chunk may end', () => {
  it('keeps a word with the words that extend its first three letters', () => {
    expect(mayCutBetween('thi', 'thiet')).toBe(false);
    expect(mayCutBetween('47', '47cttw')).toBe(false);
    expect(mayCutBetween('chuong', 'chuyen')).toBe(false);
  });

  it('may end where the first three letters change', () => {
    expect(mayCutBetween('chong', 'chu')).toBe(true);
    expect(mayCutBetween('thanh', 'the')).toBe(true);
  });
});

describe('cutWords', () => {
  const words = ['cho', 'chon', 'chong', 'chu', 'chua', 'chung', 'chuyen', 'doi', 'so', 'soat'].map(
    (w) => entry(w),
  );

  it('keeps every word once and in order', () => {
    const chunks = cutWords(words, 1);
    expect(chunks.flat().map((w) => w.word)).toEqual(words.map((w) => w.word));
  });

  it('never separates words that share their first three letters', () => {
    const chunks = cutWords(words, 1);
    expect(chunks.map((c) => c.map((w) => w.word))).toEqual([
      ['cho', 'chon', 'chong'],
      ['chu', 'chua', 'chung', 'chuyen'],
      ['doi'],
      ['so', 'soat'],
    ]);
  });

  it('fills a chunk up to the target before ending it', () => {
    const size = words[0]!.bytes.length;
    const chunks = cutWords(words, size * 4);
    expect(chunks[0]!.map((w) => w.word)).toEqual([
      'cho',
      'chon',
      'chong',
      'chu',
      'chua',
      'chung',
      'chuyen',
    ]);
    expect(cutWords(words, Number.MAX_SAFE_INTEGER)).toHaveLength(1);
  });
});

describe('chunk ranges', () => {
  it('ends just below the next chunk', () => {
    expect(justBelow('tho')).toBe('thn\u{10FFFF}');
    for (const word of ['tho', 'a', '34', 'đua']) {
      const below = justBelow(word);
      expect(byteOrder(below, word)).toBeLessThan(0);
      expect(byteOrder(`${below.slice(0, -2)}zzzz`, below)).toBeLessThan(0);
    }
  });

  const words = [
    '000',
    '34',
    '47cttw',
    'cho',
    'chon',
    'chu',
    'chuyen',
    'doi',
    'tham',
    'than',
    'the',
    'thi',
    'thiet',
    'đua',
  ].map((w) => entry(w));
  const chunks = cutWords(words, 1);
  const ranges = chunkRanges(chunks);

  it('cover every string without gaps, each word inside its own chunk', () => {
    expect(ranges[0]!.from).toBe('');
    expect(ranges.at(-1)!.to).toBe('\u{10FFFF}');
    for (const [i, chunk] of chunks.entries())
      for (const w of chunk) expect(chunkFor(ranges, w.word)).toBe(i);
    for (let i = 1; i < ranges.length; i++)
      expect(ranges[i - 1]!.to).toBe(justBelow(ranges[i]!.from));
  });

  it('send a word being typed to the chunk of the word it becomes, from three letters', () => {
    const chunkOf = (word: string) => chunks.findIndex((c) => c.some((w) => w.word === word));
    expect(chunkFor(ranges, 'chuy')).toBe(chunkOf('chuyen'));
    expect(chunkFor(ranges, 'thie')).toBe(chunkOf('thiet'));
    expect(chunkFor(ranges, '47c')).toBe(chunkOf('47cttw'));
  });

  it('send a start of one or two letters to a chunk where words with that start begin', () => {
    for (const start of ['c', 'ch', 'd', 'do', 't', 'th', '3', '34']) {
      const words = chunks[chunkFor(ranges, start)]!.map((w) => w.word);
      expect(
        words.some((w) => w.startsWith(start)),
        `${start}: ${words.join(' ')}`,
      ).toBe(true);
    }
  });

  it('send a word that is not indexed to the chunk of its longest indexed prefix', () => {
    const chunkOf = (word: string) => chunks.findIndex((c) => c.some((w) => w.word === word));
    expect(chunkFor(ranges, 'thamx')).toBe(chunkOf('tham'));
    expect(chunkFor(ranges, 'doixyz')).toBe(chunkOf('doi'));
    expect(chunkFor(ranges, 'zzz')).toBeGreaterThanOrEqual(0);
  });
});

describe('rechunkBundle on an index Pagefind wrote', () => {
  let dir = '';
  const files: ChunkFiles = {
    read: (path) => readFile(join(dir, path)),
    write: (path, bytes) => writeFile(join(dir, path), bytes),
    remove: (path) => rm(join(dir, path)),
  };
  /** Every word of the bundle's index, in the order of its chunks, from the entry file on. */
  async function indexedWords(): Promise<{ words: string[]; chunks: number; listed: string[] }> {
    const entry = await readEntry(files);
    const { chunks } = await readWordIndex(files, entry.languages['vi']!.hash);
    return {
      words: chunks.flatMap((chunk) => chunk.words.map((w) => w.word)),
      chunks: chunks.length,
      listed: chunks.map((chunk) => `${chunk.ref.hash}.pf_index`),
    };
  }
  let before: Awaited<ReturnType<typeof indexedWords>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pagefind-chunks-'));
    const { index } = await createIndex({ forceLanguage: 'vi' });
    const text =
      'Thi đua đổi mới sáng tạo chuyển đổi số chỉ thị 47-CT/TW thẩm định thành tích khen thưởng';
    for (let i = 0; i < 12; i++)
      await index!.addCustomRecord({
        url: `/trang-${i}/`,
        content: `${text} trang ${i} ${'chữ '.repeat(i)}`,
        language: 'vi',
      });
    await index!.writeFiles({ outputPath: dir });
    await close();
    before = await indexedWords();
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('cuts the index into small chunks with every word kept, in order', async () => {
    const [report] = await rechunkBundle(files, { targetBytes: 64, maxChunks: 1000 });
    const after = await indexedWords();
    expect(before.chunks).toBe(1);
    expect(report!.after).toBeGreaterThan(3);
    expect(after.chunks).toBe(report!.after);
    expect(after.words).toEqual(before.words);
    expect((await readdir(join(dir, 'index'))).sort()).toEqual([...after.listed].sort());
  });

  it('names the metadata after its content and leaves no old metadata behind', async () => {
    const metas = (await readdir(dir)).filter((name) => name.endsWith('.pf_meta'));
    const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(metas).toEqual([`pagefind.${entry.languages.vi.hash}.pf_meta`]);
  });

  it('keeps at most maxChunks chunks', async () => {
    const [report] = await rechunkBundle(files, { targetBytes: 1, maxChunks: 2 });
    expect(report!.after).toBeLessThanOrEqual(2);
    expect((await indexedWords()).words).toEqual(before.words);
  });

  it('refuses a Pagefind version it does not know, naming it, and writes nothing', async () => {
    const entryPath = join(dir, 'pagefind-entry.json');
    const entry = JSON.parse(await readFile(entryPath, 'utf8'));
    const listing = await readdir(dir, { recursive: true });
    await writeFile(entryPath, JSON.stringify({ ...entry, version: '9.9.9' }));
    await expect(rechunkBundle(files, { targetBytes: 64, maxChunks: 1000 })).rejects.toThrow(
      /9\.9\.9/,
    );
    expect(await readdir(dir, { recursive: true })).toEqual(listing);
    await writeFile(entryPath, JSON.stringify(entry));
  });
});
