import { describe, expect, it } from 'vitest';
import type { RecordedCitation } from '../../src/documents/citation-grammar.ts';
import {
  checkLetterReferences,
  checkLetterRoutes,
  collectBacklinks,
  requireAnchor,
  requireOneCampaign,
  requireSlugId,
} from '../../src/site/site-checks.ts';

// The content cross-checks on plain objects; test/site/content-errors.test.ts proves a few of them
// through a whole build.

const LETTER = {
  file: 'content/letter/cong-van.mdx',
  anchors: [{ id: 'doan-1' }, { id: 'muc-2' }, { id: 'muc-2-y-1' }],
};
const LETTERS = new Map([['cong-van', LETTER]]);

function reference(file: string, order: number, letterAnchor = 'muc-2-y-1', letter = 'cong-van') {
  return { file, order, letter, letterAnchor };
}

describe('requireSlugId', () => {
  it('accepts an ASCII slug and names the file of anything else', () => {
    expect(() => requireSlugId({ id: 'chi-thi-34-ct-tw', file: 'a.mdx' })).not.toThrow();
    expect(() => requireSlugId({ id: 'Chỉ-thị', file: 'content/documents/Chỉ-thị.mdx' })).toThrow(
      /^content\/documents\/Chỉ-thị\.mdx: trường "tên tệp": tên tệp phải là slug ASCII/,
    );
  });
});

describe('requireOneCampaign', () => {
  it('accepts one campaign only', () => {
    expect(() => requireOneCampaign(1, 'content/campaign.yaml')).not.toThrow();
    expect(() => requireOneCampaign(2, 'content/campaign.yaml')).toThrow(
      'content/campaign.yaml: trường "id": cần đúng một phong trào, có 2',
    );
  });
});

describe('checkLetterRoutes', () => {
  it('accepts distinct routes outside the site sections', () => {
    expect(() =>
      checkLetterRoutes([
        { file: 'a.mdx', route: 'cong-van' },
        { file: 'b.mdx', route: 'ke-hoach' },
      ]),
    ).not.toThrow();
  });

  it('refuses a route of a site section, naming the file and the field', () => {
    expect(() => checkLetterRoutes([{ file: 'b.mdx', route: 'van-ban' }])).toThrow(
      'b.mdx: trường "route": "van-ban" trùng với một mục của trang',
    );
  });

  it('refuses two letters on one route, naming both files', () => {
    expect(() =>
      checkLetterRoutes([
        { file: 'a.mdx', route: 'cong-van' },
        { file: 'b.mdx', route: 'cong-van' },
      ]),
    ).toThrow('b.mdx: trường "route": giá trị "cong-van" trùng với a.mdx');
  });
});

describe('requireAnchor', () => {
  it('lists the anchors the letter has when one is missing', () => {
    expect(() =>
      requireAnchor(LETTER, 'muc-2', { file: 'x', field: 'letterAnchor' }),
    ).not.toThrow();
    expect(() => requireAnchor(LETTER, 'muc-9', { file: 'x.mdx', field: 'letterAnchor' })).toThrow(
      'x.mdx: trường "letterAnchor": không có mục "muc-9" trong content/letter/cong-van.mdx. Các mục có: doan-1, muc-2, muc-2-y-1',
    );
  });
});

describe('checkLetterReferences', () => {
  it('accepts entries that quote existing places of a known letter', () => {
    expect(() =>
      checkLetterReferences([reference('a.mdx', 1), reference('b.mdx', 2, 'muc-2')], LETTERS),
    ).not.toThrow();
  });

  it('refuses a duplicate order', () => {
    expect(() =>
      checkLetterReferences([reference('a.mdx', 1), reference('b.mdx', 1)], LETTERS),
    ).toThrow('b.mdx: trường "order": giá trị "1" trùng với a.mdx');
  });

  it('refuses an unknown letter, listing the known ones', () => {
    expect(() =>
      checkLetterReferences([reference('a.mdx', 1, 'muc-2', 'ke-hoach')], LETTERS),
    ).toThrow('a.mdx: trường "letter": không có văn bản "ke-hoach". Các giá trị hợp lệ: cong-van');
  });

  it('refuses a place the letter does not have', () => {
    expect(() => checkLetterReferences([reference('a.mdx', 1, 'muc-7')], LETTERS)).toThrow(
      /^a\.mdx: trường "letterAnchor": không có mục "muc-7"/,
    );
  });
});

describe('collectBacklinks', () => {
  const citation = (targetId: string, anchor: string, label: string): RecordedCitation => ({
    targetId,
    anchor,
    label,
    excerpt: `… ${targetId} …`,
  });

  it('lists, for each document, the places in campaign documents and on site pages that name it', () => {
    const backlinks = collectBacklinks(
      ['chi-thi-34', 'chi-thi-32'],
      [
        {
          path: '/cong-van/',
          title: 'Công văn',
          citations: [citation('chi-thi-34', 'muc-3', 'mục 3')],
          isDocument: true,
        },
        {
          path: '/to-chuc-thuc-hien/#van-phong-so',
          title: 'Văn phòng Sở',
          citations: [
            citation('chi-thi-34', 'van-phong-so-doan-1', 'đoạn 1'),
            citation('khong-co', 'van-phong-so-doan-2', 'đoạn 2'),
          ],
          isDocument: false,
        },
      ],
    );
    expect(backlinks.get('chi-thi-34')).toEqual({
      citedIn: [
        {
          href: '/cong-van/#muc-3',
          pageTitle: 'Công văn',
          label: 'mục 3',
          excerpt: '… chi-thi-34 …',
        },
      ],
      mentionedOn: [
        {
          href: '/to-chuc-thuc-hien/#van-phong-so-doan-1',
          pageTitle: 'Văn phòng Sở',
          label: 'đoạn 1',
          excerpt: '… chi-thi-34 …',
        },
      ],
    });
    expect(backlinks.get('chi-thi-32')).toEqual({ citedIn: [], mentionedOn: [] });
    expect(backlinks.has('khong-co')).toBe(false);
  });

  it('lists a paragraph that names a document twice once', () => {
    const backlinks = collectBacklinks(
      ['chi-thi-34'],
      [
        {
          path: '/cong-van/',
          title: 'Công văn',
          citations: [
            citation('chi-thi-34', 'muc-3', 'mục 3'),
            citation('chi-thi-34', 'muc-3', 'mục 3'),
          ],
          isDocument: true,
        },
      ],
    );
    expect(backlinks.get('chi-thi-34')!.citedIn).toHaveLength(1);
  });
});
