import { describe, expect, it } from 'vitest';
import { PAGEFIND_WORKER_FILE, SEARCH_CODE_META } from '../../src/constants.ts';
import { engineOptions } from '../../src/client/engine-options.ts';
import { takingTurns } from '../../src/client/main-thread.ts';
import type { Pagefind } from '../../src/client/search-engine.ts';

describe('how the search page starts Pagefind', () => {
  it('tells the worker where the index is and which language, as pagefind.js would find them', () => {
    expect(
      engineOptions(
        { script: '/thi-dua-2023/pagefind/pagefind.js', base: '/thi-dua-2023/', language: 'VI' },
        'https://portal.example.gov.vn/thi-dua-2023/tim-kiem/?q=x',
      ),
    ).toEqual({
      basePath: '/thi-dua-2023/pagefind/',
      baseUrl: '/thi-dua-2023/',
      language: 'vi',
      excerptLength: 26,
      ranking: { metaWeights: { title: 5, [SEARCH_CODE_META]: 10 } },
    });
    expect(PAGEFIND_WORKER_FILE).toBe('pagefind-worker.js');
  });
});

describe('Pagefind on the main thread takes turns', () => {
  it('starts each search in a task of its own, never in the task that asked for it', async () => {
    const started: string[] = [];
    const pf = {
      search: async (query: string | null) => {
        started.push(`search ${query}`);
        return { results: [] };
      },
      preload: async (query: string) => {
        started.push(`preload ${query}`);
      },
    } as unknown as Pagefind;
    const polite = takingTurns(pf);
    const done = Promise.all([polite.search('a'), polite.search('b'), polite.preload('c')]);
    // Microtasks (what a resolved chunk would run next) start none of them.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(started).toEqual([]);
    await done;
    expect(started.sort()).toEqual(['preload c', 'search a', 'search b']);
  });
});
