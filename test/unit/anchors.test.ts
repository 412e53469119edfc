import { describe, expect, it } from 'vitest';
import { LETTER_ANCHOR_IDS } from '../support/letter-source.ts';
import {
  anchorLabel,
  createAnchorer,
  placeLabel,
  type BlockKind,
} from '../../src/documents/anchors.ts';
import { parsePlaceId, placeId, type Place } from '../../src/documents/anchor-ids.ts';

/** The blocks of the launch letter (content/letter/cong-van.mdx), in order, shortened. */
const LETTER: [BlockKind, string][] = [
  [
    'paragraph',
    'Năm 2023 là năm rất quan trọng trong việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV',
  ],
  ['paragraph', 'Để thiết thực lập thành tích chào mừng kỷ niệm các sự kiện của tỉnh'],
  [
    'paragraph',
    '1. Tiếp tục quán triệt sâu sắc tư tưởng của Chủ tịch Hồ Chí Minh về thi đua ái quốc',
  ],
  ['paragraph', '2. Với tinh thần “Đẩy mạnh đổi mới, sáng tạo”, các phòng, đơn vị phải xác định'],
  ['list-item', 'Phân đấu hoàn thành, hoàn thành vượt mức một số chỉ tiêu chủ yếu được giao'],
  ['list-item', 'Thi đua nâng cao vai trò, trách nhiệm và hành động'],
  ['list-item', 'Thi đua đẩy mạnh ứng dụng khoa học công nghệ và chuyển đổi số'],
  ['list-item', 'Thi đua đẩy mạnh phong trào thể dục, thể thao'],
  ['list-item', 'Thi đua tăng cường công tác quản lý, khai thác'],
  ['list-item', 'Tiếp tục thi đua đẩy mạnh việc “Học tập và làm theo tư tưởng”'],
  ['list-item', 'Thi đua chấp hành nghiêm kỷ luật, kỷ cương hành chính'],
  [
    'paragraph',
    '3. Tiếp tục đổi mới công tác thi đua, khen thưởng theo tinh thần Chỉ thị số 34-CT/TW',
  ],
  ['paragraph', '4. Tiếp tục nâng cao vai trò lãnh đạo của các cấp ủy Đảng'],
  [
    'paragraph',
    'Phong trào thi đua đặc biệt “Thi đua đổi mới, sáng tạo” được triển khai, thực hiện',
  ],
  ['heading', '5. Tổ chức thực hiện'],
  ['paragraph', 'a) Các phòng, đơn vị trực thuộc Sở triển khai phong trào thi đua'],
  ['paragraph', 'b) Các tổ chức đoàn thể phối hợp với lãnh đạo cơ quan, đơn vị'],
  ['paragraph', 'c) Văn phòng Sở chủ trì hướng dẫn, kiểm tra, đôn đốc'],
  ['paragraph', 'Giám đốc Sở Công Thương kêu gọi toàn thể công chức, viên chức, người lao động'],
];

/** Runs a fresh anchorer over the blocks. */
function anchorsOf(blocks: [BlockKind, string][], prefix?: string) {
  const anchorFor = createAnchorer(prefix);
  return blocks.map(([kind, text]) => anchorFor(kind, text));
}

describe('createAnchorer on the launch letter', () => {
  const anchors = anchorsOf(LETTER);

  it('gives the ids of the letter, in order', () => {
    expect(anchors.map((a) => a.id)).toEqual(LETTER_ANCHOR_IDS);
  });

  it('gives the labels a reader uses', () => {
    const label = (id: string) => anchors.find((a) => a.id === id)?.label;
    expect(label('doan-1')).toBe('đoạn 1');
    expect(label('doan-4')).toBe('đoạn 4');
    expect(label('muc-1')).toBe('mục 1');
    expect(label('muc-2-y-3')).toBe('mục 2, ý 3');
    expect(label('muc-5')).toBe('mục 5');
    expect(label('muc-5-a')).toBe('mục 5, điểm a');
    expect(label('muc-5-c')).toBe('mục 5, điểm c');
  });

  it('gives the same ids on every run', () => {
    expect(anchorsOf(LETTER)).toEqual(anchors);
  });

  it('prefixes every id with the prefix, keeping the labels', () => {
    const prefixed = anchorsOf(LETTER, 'van-phong-so-');
    expect(prefixed.map((a) => a.id)).toEqual(LETTER_ANCHOR_IDS.map((id) => `van-phong-so-${id}`));
    expect(prefixed.map((a) => a.label)).toEqual(anchors.map((a) => a.label));
  });
});

describe('createAnchorer', () => {
  it('accepts "N)" and surrounding white space for a numbered section', () => {
    expect(anchorsOf([['paragraph', '  2) Nội dung  ']])[0]).toEqual({
      id: 'muc-2',
      label: 'mục 2',
    });
  });

  it('does not take a number without a following space as a section', () => {
    expect(anchorsOf([['paragraph', '1.5 lần so với năm 2022']])[0]).toEqual({
      id: 'doan-1',
      label: 'đoạn 1',
    });
  });

  it('numbers bullets before any section as ý K', () => {
    expect(
      anchorsOf([
        ['list-item', 'Một'],
        ['list-item', 'Hai'],
      ]),
    ).toEqual([
      { id: 'y-1', label: 'ý 1' },
      { id: 'y-2', label: 'ý 2' },
    ]);
  });

  it('restarts bullet numbers in each section', () => {
    const ids = anchorsOf([
      ['paragraph', '1. Một'],
      ['list-item', 'a'],
      ['list-item', 'b'],
      ['paragraph', '2. Hai'],
      ['list-item', 'c'],
    ]).map((a) => a.id);
    expect(ids).toEqual(['muc-1', 'muc-1-y-1', 'muc-1-y-2', 'muc-2', 'muc-2-y-1']);
  });

  it('gives a lettered point before any section the id diem-X, and đ the id dd', () => {
    expect(
      anchorsOf([
        ['paragraph', 'a) Một'],
        ['paragraph', 'đ) Năm'],
      ]),
    ).toEqual([
      { id: 'diem-a', label: 'điểm a' },
      { id: 'diem-dd', label: 'điểm đ' },
    ]);
  });

  it('does not take a lettered list item or heading for a point', () => {
    const ids = anchorsOf([
      ['paragraph', '1. Một'],
      ['list-item', 'a) trong danh sách'],
      ['heading', 'b) Tiêu đề'],
    ]).map((a) => a.id);
    expect(ids).toEqual(['muc-1', 'muc-1-y-1', 'b-tieu-de']);
  });

  it('numbers a list item that starts with a number as a bullet, not a section', () => {
    expect(anchorsOf([['list-item', '3. Ba']])[0]).toEqual({ id: 'y-1', label: 'ý 1' });
  });

  it('gives an unnumbered heading the ASCII slug of its words and its text as label', () => {
    const [anchor] = anchorsOf([['heading', 'Công văn yêu cầu gì theo văn bản này']]);
    expect(anchor).toEqual({
      id: 'cong-van-yeu-cau-gi-theo-van-ban-nay',
      label: 'Công văn yêu cầu gì theo văn bản này',
    });
    expect(anchor?.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('gives a heading with no letters or digits the id phan', () => {
    expect(anchorsOf([['heading', '* * *']])[0]?.id).toBe('phan');
  });

  it('gives a duplicate id the suffix -2, then -3', () => {
    const ids = anchorsOf([
      ['heading', 'Lưu ý'],
      ['heading', 'Lưu ý'],
      ['heading', 'Lưu ý'],
      ['paragraph', '1. Một'],
      ['paragraph', '1. Lại một'],
    ]).map((a) => a.id);
    expect(ids).toEqual(['luu-y', 'luu-y-2', 'luu-y-3', 'muc-1', 'muc-1-2']);
  });

  it('keeps the prefix on a de-duplicated id', () => {
    const ids = anchorsOf(
      [
        ['heading', 'Lưu ý'],
        ['heading', 'Lưu ý'],
      ],
      'p-',
    ).map((a) => a.id);
    expect(ids).toEqual(['p-luu-y', 'p-luu-y-2']);
  });

  it('keeps separate counters for separate anchorers', () => {
    const first = createAnchorer();
    const second = createAnchorer();
    expect(first('paragraph', 'Một').id).toBe('doan-1');
    expect(second('paragraph', 'Một').id).toBe('doan-1');
    expect(first('paragraph', 'Hai').id).toBe('doan-2');
  });
});

describe('anchorLabel (reading an id back)', () => {
  const places: Place[] = [
    { section: '2' },
    { section: '2', bullet: 3 },
    { section: '5', point: 'a' },
    { section: '5', point: 'đ' },
    { point: 'b' },
    { point: 'đ' },
    { bullet: 4 },
    { paragraph: 1 },
    { paragraph: 12 },
    { part: 'II' },
    { part: 'XIV' },
    { article: '3' },
    { article: '3', clause: '1' },
    { article: '3', clause: '1', point: 'a' },
    { article: '12', clause: '10', point: 'đ' },
    { article: '3', point: 'b' },
  ];

  it('gives back the place an id was made from, and its words', () => {
    for (const place of places) {
      const id = placeId(place);
      expect(parsePlaceId(id), id).toEqual(place);
      expect(anchorLabel(id), id).toBe(placeLabel(place));
    }
  });

  it('reads the words a reader says', () => {
    expect(anchorLabel('muc-2-y-3')).toBe('mục 2, ý 3');
    expect(anchorLabel('muc-5-dd')).toBe('mục 5, điểm đ');
    expect(anchorLabel('doan-1')).toBe('đoạn 1');
    expect(placeId({ section: '5', point: 'đ' })).toBe('muc-5-dd');
  });

  it('reads the place at the end of a prefixed id (a guidance item)', () => {
    expect(anchorLabel('van-phong-so-muc-5-y-2')).toBe('mục 5, ý 2');
  });

  it('reads parts and articles, an article point whole rather than its tail `diem-a`', () => {
    expect(parsePlaceId('phan-ii')).toEqual({ part: 'II' });
    expect(anchorLabel('phan-ii')).toBe('phần II');
    expect(parsePlaceId('dieu-3')).toEqual({ article: '3' });
    expect(parsePlaceId('dieu-3-khoan-1')).toEqual({ article: '3', clause: '1' });
    expect(parsePlaceId('dieu-3-khoan-1-diem-dd')).toEqual({
      article: '3',
      clause: '1',
      point: 'đ',
    });
    expect(parsePlaceId('dieu-3-diem-a')).toEqual({ article: '3', point: 'a' });
    expect(parsePlaceId('quyet-dinh-dieu-2-khoan-1')).toEqual({ article: '2', clause: '1' });
    expect(anchorLabel('dieu-2-khoan-1-diem-a')).toBe('Điều 2, khoản 1, điểm a');
    expect(placeId({ part: 'IV' })).toBe('phan-iv');
    expect(placeId({ article: '3', clause: '1', point: 'đ' })).toBe('dieu-3-khoan-1-diem-dd');
  });

  it('gives undefined for an id that is not a place (a heading, a repeated section)', () => {
    expect(anchorLabel('to-chuc-thuc-hien')).toBeUndefined();
    expect(anchorLabel('muc-2-2')).toBeUndefined();
    expect(anchorLabel('dieu-1-2')).toBeUndefined();
    expect(anchorLabel('phan-ii-2')).toBeUndefined();
  });

  it('round-trips every numbered block of the letter: the label read back is the label given', () => {
    const anchorFor = createAnchorer();
    const anchors = LETTER.map(([kind, text]) => ({ kind, ...anchorFor(kind, text) }));
    const numbered = anchors.filter((a) => a.kind !== 'heading');
    expect(numbered.length).toBeGreaterThan(10);
    for (const anchor of numbered) expect(anchorLabel(anchor.id), anchor.id).toBe(anchor.label);
  });
});
