import { describe, expect, it } from 'vitest';
import { adjacentPairs, mergeRankings } from '../../src/search/search-rank.ts';

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
