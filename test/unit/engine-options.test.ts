import { describe, expect, it } from 'vitest';
import { SEARCH_WORKER_MIN_TEXTS } from '../../src/constants.ts';
import { engineOptions, searchInWorker } from '../../src/client/engine-options.ts';

describe('where the search page runs Pagefind', () => {
  it('searches on the main thread below the threshold, in the worker from it on', () => {
    expect(searchInWorker(String(SEARCH_WORKER_MIN_TEXTS - 1))).toBe(false);
    expect(searchInWorker(String(SEARCH_WORKER_MIN_TEXTS))).toBe(true);
    expect(searchInWorker('5000')).toBe(true);
  });

  it('keeps the main thread (12 KB less) when the page does not say how large its index is', () => {
    for (const texts of [undefined, '', 'nhiều', 'NaN', 'Infinity'])
      expect(searchInWorker(texts)).toBe(false);
  });

  it('passes the choice to Pagefind as noWorker, with the base path and ranking', () => {
    expect(engineOptions({ base: '/thi-dua/', texts: '17' })).toMatchObject({
      baseUrl: '/thi-dua/',
      noWorker: true,
      ranking: { metaWeights: { title: 5, ma: 10 } },
    });
    expect(engineOptions({ base: '/', texts: '1017' })).toMatchObject({ noWorker: false });
  });

  it('sets the threshold between this site (17 texts) and the 1,000 documents of bench:scale', () => {
    expect(SEARCH_WORKER_MIN_TEXTS).toBeGreaterThan(17);
    expect(SEARCH_WORKER_MIN_TEXTS).toBeLessThanOrEqual(1000);
  });
});
