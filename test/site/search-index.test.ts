import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEX_CHUNK_PREFIX, SEARCH_INDEX_MAX_CHUNKS } from '../../src/constants.ts';
import {
  justBelow,
  readEntry,
  readWordIndex,
  type ChunkRef,
} from '../../src/integrations/pagefind-chunks.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { assertBuilt } from '../support/site.ts';

// The search index as the build leaves it (src/integrations/pagefind-chunks.ts), in the fixture site:
// the word index cut into small chunks that the metadata lists without gaps, so a search fetches only
// its words' chunks.
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

let chunks: ChunkRef[] = [];
const wordsOf = new Map<string, string[]>();

let bundle: string;

beforeAll(async () => {
  assertBuilt(fixtureSite().dist);
  bundle = join(fixtureSite().dist, 'pagefind');
  const files = { read: (path: string) => readFile(join(bundle, path)) };
  const index = await readWordIndex(files, (await readEntry(files)).languages['vi']!.hash);
  chunks = index.meta.chunks;
  for (const chunk of index.chunks)
    wordsOf.set(
      chunk.ref.hash,
      chunk.words.map((w) => w.word),
    );
});

describe('the word index of the built site', () => {
  it('is cut into several chunks, no more than the limit, every file listed and every listed file there', () => {
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.length).toBeLessThanOrEqual(SEARCH_INDEX_MAX_CHUNKS);
    const files = readdirSync(join(bundle, 'index')).sort();
    expect(files).toEqual(chunks.map((c) => `${c.hash}.pf_index`).sort());
  });

  it('lists ranges that cover every query word without gaps, each word inside its own range', () => {
    expect(chunks[0]!.from).toBe('');
    expect(chunks.at(-1)!.to).toBe('\u{10FFFF}');
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0) expect(chunks[i - 1]!.to).toBe(justBelow(chunk.from));
      for (const word of wordsOf.get(chunk.hash)!) {
        expect(byteOrder(word, chunk.from)).toBeGreaterThanOrEqual(0);
        expect(byteOrder(word, chunk.to)).toBeLessThanOrEqual(0);
      }
    }
  });

  it('keeps words that share their first letters in one chunk, so a typed start finds them all', () => {
    const home = new Map<string, string>();
    for (const [hash, words] of wordsOf)
      for (const word of words) {
        const start = [...word].slice(0, INDEX_CHUNK_PREFIX).join('');
        if ([...word].length < INDEX_CHUNK_PREFIX) continue;
        expect(home.get(start) ?? hash, `${word} is not with the other words of “${start}”`).toBe(
          hash,
        );
        home.set(start, hash);
      }
    // The words this site's searches are about are where a search for them looks.
    for (const word of ['chi', 'thi', '19cttu', 'truong', 'hoc', 'xanh', 'phan', 'loai']) {
      expect(
        [...wordsOf.values()].some((words) => words.includes(word)),
        word,
      ).toBe(true);
    }
  });
});
