import { describe, expect, it } from 'vitest';
import { anchorLabel, type BlockKind } from '../../src/documents/anchors.ts';
import {
  annexAnchor,
  annexRowAnchor,
  createDocumentAnchorer,
} from '../../src/documents/article-anchors.ts';

function anchorsOf(blocks: [BlockKind, string][], prefix?: string) {
  const anchorFor = createDocumentAnchorer(prefix);
  return blocks.map(([kind, text]) => anchorFor(kind, text));
}

/** The articles of test/fixtures/documents/quyet-dinh.mdx, shortened. */
const DECISION: [BlockKind, string][] = [
  ['paragraph', 'Điều 1. Tặng Giấy khen của Giám đốc Sở Công Thương'],
  ['paragraph', 'Điều 2. Tổ chức thực hiện:'],
  ['paragraph', '1. Văn phòng Sở:'],
  ['paragraph', 'a) Thực hiện nội dung mẫu thử thứ nhất;'],
  ['paragraph', 'đ) Thực hiện nội dung mẫu thử thứ hai.'],
  ['paragraph', '2. Các tập thể, cá nhân có tên tại Điều 1'],
  ['paragraph', 'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.'],
  ['paragraph', 'a) Điểm ngay dưới điều.'],
  ['list-item', 'Một ý gạch đầu dòng.'],
];

describe('createDocumentAnchorer', () => {
  it('gives Điều, khoản and điểm their stable ids and labels', () => {
    const anchors = anchorsOf(DECISION);
    expect(anchors.map((a) => a.id)).toEqual([
      'dieu-1',
      'dieu-2',
      'dieu-2-khoan-1',
      'dieu-2-khoan-1-diem-a',
      'dieu-2-khoan-1-diem-dd',
      'dieu-2-khoan-2',
      'dieu-3',
      'dieu-3-diem-a',
      'y-1',
    ]);
    expect(anchors[3]?.label).toBe('Điều 2, khoản 1, điểm a');
    expect(anchors[6]?.label).toBe('Điều 3');
  });

  it('names each article, clause and point as its id reads back (anchorLabel)', () => {
    const anchors = anchorsOf(DECISION).filter((a) => a.id.startsWith('dieu-'));
    expect(anchors).toHaveLength(8);
    for (const anchor of anchors) expect(anchorLabel(anchor.id), anchor.id).toBe(anchor.label);
  });

  it('keeps the mục and ý ids of a text without articles', () => {
    const anchors = anchorsOf([
      ['paragraph', 'Mở đầu.'],
      ['paragraph', '1. Mục một.'],
      ['list-item', 'Ý một.'],
      ['paragraph', 'a) Điểm a.'],
    ]);
    expect(anchors.map((a) => a.id)).toEqual(['doan-1', 'muc-1', 'muc-1-y-1', 'muc-1-a']);
  });

  it('prefixes and de-duplicates article ids', () => {
    const anchors = anchorsOf(
      [
        ['paragraph', 'Điều 1. Một.'],
        ['paragraph', 'Điều 1. Lặp lại.'],
      ],
      'x-',
    );
    expect(anchors.map((a) => a.id)).toEqual(['x-dieu-1', 'x-dieu-1-2']);
  });

  it('never gives an article an id the text already gave another block', () => {
    // A heading whose slug is an article's id, then that article: one id maker for the whole text.
    const anchors = anchorsOf([
      ['heading', 'Dieu 1'],
      ['paragraph', 'Điều 1. Một.'],
    ]);
    expect(anchors.map((a) => a.id)).toEqual(['dieu-1', 'dieu-1-2']);
  });

  it('names an attached table and its rows', () => {
    expect(annexAnchor(1)).toBe('phu-luc-1');
    expect(annexRowAnchor(2, 3)).toBe('phu-luc-2-dong-3');
  });
});
