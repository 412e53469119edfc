// @ts-check
// Synthetic content for `npm run bench:scale`: N full-text documents the size of the launch letter, in
// the same format as content/ (front matter the schemas accept), each different in wording and each
// citing documents from a shared pool so the citation linker and the backlinks have real work to do.
//
// Where they go: a tenth are campaign documents (content/letter/, one route each, laid out as a công
// văn); the rest are cited documents (content/documents/, each with a type and an identifier such as
// `Kế hoạch số 3007/KH-SCT`), so the citation pool grows with the corpus. A tenth as many focus areas
// (content/focus-areas/) point at the launch letter's bullets. Every synthetic body is the launch
// letter's body with about one word in eight replaced (by words of the real content or by made-up
// syllables, so the search index grows the way a real archive's vocabulary does), plus sentences that
// cite pool documents; the four real cited documents keep being cited by the letter's own wording.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

/** The kinds of synthetic cited documents: type as printed, the code after the number, a slug. */
const DOCUMENT_KINDS = [
  { type: 'Kế hoạch', code: 'KH-SCT', slug: 'ke-hoach' },
  { type: 'Công văn', code: 'SCT-VP', slug: 'cong-van' },
  { type: 'Quyết định', code: 'QĐ-SCT', slug: 'quyet-dinh' },
  { type: 'Thông báo', code: 'TB-SCT', slug: 'thong-bao' },
  { type: 'Báo cáo', code: 'BC-SCT', slug: 'bao-cao' },
];

/** Numbers of synthetic cited documents start here, far from the years and numbers in the real text. */
const FIRST_NUMBER = 3001;

const ONSETS = [
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
const RIMES = [
  'a',
  'ai',
  'am',
  'an',
  'ang',
  'anh',
  'ao',
  'at',
  'ay',
  'e',
  'em',
  'en',
  'eo',
  'i',
  'im',
  'in',
  'inh',
  'o',
  'oa',
  'oi',
  'om',
  'on',
  'ong',
  'u',
  'ui',
  'um',
  'un',
  'ung',
  'uy',
  'ưa',
  'ơn',
  'ân',
  'ôi',
  'ương',
];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** A small deterministic PRNG (mulberry32), so the same size always gives the same corpus. */
export function prng(/** @type {number} */ seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one element of a non-empty list. @template T @param {() => number} random @param {readonly T[]} list @returns {T} */
function pick(random, list) {
  return /** @type {T} */ (list[Math.floor(random() * list.length)]);
}

/** A made-up Vietnamese-looking syllable (onset, rime, tone mark on the rime's first vowel). */
function syllable(/** @type {() => number} */ random) {
  const rime = pick(random, RIMES);
  const tone = pick(random, TONES);
  return `${pick(random, ONSETS)}${rime.slice(0, 1)}${tone}${rime.slice(1)}`.normalize('NFC');
}

/** The words (letters only, two or more) of some texts, lower-cased, without duplicates. */
export function vocabularyOf(/** @type {string[]} */ texts) {
  const words = new Set();
  for (const text of texts)
    for (const word of text.match(/\p{L}{2,}/gu) ?? []) words.add(word.toLowerCase());
  return [...words].sort();
}

/** The body of a content file, after its front matter. */
export function bodyOf(/** @type {string} */ source) {
  const split = splitFrontMatter(source);
  if (split === undefined) throw new Error('no front matter');
  return split.body;
}

/**
 * What a synthetic corpus is made from, read from a project's content/: the launch letter (every
 * synthetic document's template), the focus areas' bodies, and the words of the real content.
 * @param {string} contentDir
 */
export async function readCorpusTemplates(contentDir) {
  const letterSource = await readFile(join(contentDir, 'letter', 'cong-van.mdx'), 'utf8');
  /** @type {string[]} */
  const texts = [letterSource];
  /** @type {string[]} */
  const focusAreaBodies = [];
  for (const folder of ['focus-areas', 'guidance', 'documents']) {
    for (const name of (await readdir(join(contentDir, folder))).sort()) {
      const source = await readFile(join(contentDir, folder, name), 'utf8');
      texts.push(source);
      if (folder === 'focus-areas') focusAreaBodies.push(bodyOf(source));
    }
  }
  return { letterSource, focusAreaBodies, vocabulary: vocabularyOf(texts) };
}

/**
 * Rewords a text: about one plain word in eight becomes another word of the vocabulary or a made-up
 * syllable; markup, numbers and punctuation are left alone so the structure (sections, bullets,
 * points) and so the anchors stay the same.
 * @param {string} text
 * @param {() => number} random
 * @param {readonly string[]} vocabulary
 */
export function reword(text, random, vocabulary) {
  return text.replace(/(?<=^|[ \t])\p{L}+(?=$|[ \t,;.:])/gmu, (word) => {
    if (random() >= 0.125) return word;
    return random() < 0.5 ? pick(random, vocabulary) : syllable(random);
  });
}

/** A YAML double-quoted string. */
const q = (/** @type {string} */ value) => JSON.stringify(value);

/**
 * @typedef {object} PoolDocument a synthetic cited document
 * @property {string} id file name without `.mdx`
 * @property {string} type
 * @property {string} identifier
 * @property {string} dateText e.g. `12/3/2023`
 * @property {string} isoDate e.g. `2023-03-12`
 */

/** The pool of synthetic cited documents, numbered from 3001. @returns {PoolDocument[]} */
export function documentPool(/** @type {number} */ count) {
  return Array.from({ length: count }, (_, index) => {
    const kind = /** @type {(typeof DOCUMENT_KINDS)[number]} */ (
      DOCUMENT_KINDS[index % DOCUMENT_KINDS.length]
    );
    const random = prng(index + 1);
    const year = 2022 + Math.floor(random() * 2);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const number = FIRST_NUMBER + index;
    const codeSlug = kind.code
      .toLowerCase()
      .replace('đ', 'd')
      .replace(/[^a-z0-9]+/g, '-');
    return {
      id: `${kind.slug}-${number}-${codeSlug}`,
      type: kind.type,
      identifier: `${number}/${kind.code}`,
      dateText: `${day}/${month}/${year}`,
      isoDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  });
}

/**
 * Adds citation sentences to the body's paragraphs and bullets: the n-th citation goes at the end of
 * the (2n+1)-th block, so mentions land in different sections.
 * @param {string} body
 * @param {PoolDocument[]} cited
 */
function withCitations(body, cited) {
  const blocks = body.split(/\n\n/);
  cited.forEach((doc, n) => {
    const at = Math.min(blocks.length - 1, 1 + 2 * n);
    blocks[at] =
      `${blocks[at]} Căn cứ ${doc.type} số ${doc.identifier} ngày ${doc.dateText} của Sở Công Thương.`;
  });
  return blocks.join('\n\n');
}

/** Up to `count` pool documents for entry `index` to cite, never `self`, spread over the pool. */
function citedBy(
  /** @type {number} */ index,
  /** @type {PoolDocument[]} */ pool,
  count = 4,
  self = -1,
) {
  /** @type {PoolDocument[]} */
  const cited = [];
  for (let n = 0; cited.length < Math.min(count, pool.length - (self >= 0 ? 1 : 0)); n++) {
    const at = (index * 7 + n * 131 + 1) % pool.length;
    const doc = /** @type {PoolDocument} */ (pool[at]);
    if (at !== self && !cited.includes(doc)) cited.push(doc);
    if (n > pool.length * 2) break;
  }
  return cited;
}

/**
 * Generates the synthetic files for a corpus of `size` full-text documents.
 * @param {object} options
 * @param {number} options.size full-text documents (campaign documents + cited documents)
 * @param {string} options.letterSource content/letter/cong-van.mdx, the template
 * @param {string[]} options.focusAreaBodies bodies of the real focus areas, templates for synthetic ones
 * @param {string[]} options.vocabulary words to reword with
 * @param {number} [options.seed] another corpus of the same size and numbers, worded differently
 *   (`npm run bench:archive` makes one per campaign); 0, the default, is bench:scale's
 * @returns {{ files: Map<string, string>, letters: number, documents: number, focusAreas: number }}
 *   files: path under content/ → file text
 */
export function scaleCorpus({ size, letterSource, focusAreaBodies, vocabulary, seed = 0 }) {
  const body = bodyOf(letterSource);
  const letters = Math.max(1, Math.round(size / 10));
  const documents = Math.max(0, size - letters);
  const focusAreas = Math.max(1, Math.round(size / 10));
  const pool = documentPool(documents);
  /** @type {Map<string, string>} */
  const files = new Map();

  pool.forEach((doc, index) => {
    const random = prng(seed * 10_000_000 + 1_000_000 + index);
    const subject = reword(
      'Về tiếp tục đổi mới công tác thi đua, khen thưởng năm 2023',
      random,
      vocabulary,
    );
    const text = withCitations(reword(body, random, vocabulary), citedBy(index, pool, 4, index));
    files.set(
      `documents/${doc.id}.mdx`,
      [
        '---',
        `title: ${q(`${doc.type} số ${doc.identifier} ngày ${doc.dateText} của Sở Công Thương ${subject.toLowerCase()}`)}`,
        `shortTitle: ${q(`${doc.type} số ${doc.identifier}`)}`,
        `type: ${q(doc.type)}`,
        `identifier: ${q(doc.identifier)}`,
        `issuer: "Sở Công Thương tỉnh Lai Châu"`,
        `date: ${q(doc.isoDate)}`,
        `subject: ${q(subject)}`,
        `description: ${q(`Văn bản tổng hợp số ${index + 1} dùng để đo hiệu năng khi trang có nhiều văn bản.`)}`,
        'aliases: []',
        'sources:',
        '  - name: "Dữ liệu tổng hợp của npm run bench:scale"',
        `order: ${100 + index}`,
        '---',
        '',
        text,
      ].join('\n'),
    );
  });

  for (let index = 0; index < letters; index++) {
    const random = prng(seed * 10_000_000 + 2_000_000 + index);
    const subject = reword(
      'V/v triển khai phong trào thi đua đặc biệt tại các phòng, đơn vị',
      random,
      vocabulary,
    );
    const text = withCitations(reword(body, random, vocabulary), citedBy(index + 17, pool, 4));
    files.set(
      `letter/ke-hoach-thi-dua-${index + 1}.mdx`,
      [
        '---',
        `title: ${q(`Kế hoạch thi đua số ${index + 1}`)}`,
        'type: Kế hoạch',
        `number: ${q(String(5001 + index))}`,
        'code: KH-SCT',
        'parentBody: UBND TỈNH LAI CHÂU',
        'issuer: SỞ CÔNG THƯƠNG',
        'place: Lai Châu',
        'date: "2023-07"',
        `subject: ${q(subject)}`,
        // A Kế hoạch has no "Kính gửi" (NĐ 30): the build refuses recipients on it.
        'signer:',
        '  name: Nguyễn Văn A',
        '  title: GIÁM ĐỐC',
        'distribution:',
        '  - Như trên',
        '  - "Lưu: VT, VP"',
        `description: ${q(`Kế hoạch tổng hợp số ${index + 1} dùng để đo hiệu năng khi trang có nhiều văn bản.`)}`,
        `route: ke-hoach-thi-dua-${index + 1}`,
        `order: ${index + 1}`,
        '---',
        '',
        text,
      ].join('\n'),
    );
  }

  for (let index = 0; index < focusAreas; index++) {
    const random = prng(seed * 10_000_000 + 3_000_000 + index);
    const template = /** @type {string} */ (focusAreaBodies[index % focusAreaBodies.length]);
    const text = withCitations(
      reword(template.trim(), random, vocabulary),
      citedBy(index + 29, pool, 1),
    );
    const title = reword('Nội dung thi đua tổng hợp', random, vocabulary);
    files.set(
      `focus-areas/noi-dung-tong-hop-${index + 1}.mdx`,
      [
        '---',
        `title: ${q(`${title} ${index + 1}`)}`,
        `order: ${100 + index}`,
        `summary: ${q(reword('Một nội dung thi đua tổng hợp, dùng để đo hiệu năng khi trang có nhiều nội dung.', random, vocabulary))}`,
        'letter: cong-van',
        `letterAnchor: muc-2-y-${(index % 7) + 1}`,
        '---',
        '',
        text,
      ].join('\n'),
    );
  }

  return { files, letters, documents, focusAreas };
}

/** Fictional departments the synthetic campaigns of `npm run bench:archive` take turns at. */
const SYNTHETIC_PUBLISHERS = [
  'Sở Tổng Hợp Một tỉnh Mẫu Thử',
  'Sở Tổng Hợp Hai tỉnh Mẫu Thử',
  'Sở Tổng Hợp Ba tỉnh Mẫu Thử',
];

/** A month `back` months before June 2026, as `YYYY-MM`. */
function monthsBack(/** @type {number} */ back) {
  const total = 2026 * 12 + 5 - back;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The campaign.yaml entry of synthetic campaign n of `npm run bench:archive` (1 is the newest; one
 * campaign every four months going back from 2026), launched by the real content's letter, whose
 * copy every synthetic campaign keeps; it names the archive at `archiveUrl`.
 * @param {number} n
 * @param {string} archiveUrl
 */
export function syntheticCampaign(n, archiveUrl) {
  return {
    id: 'campaign',
    name: `Phong trào thi đua tổng hợp số ${n}`,
    shortName: `Tổng hợp ${n}`,
    theme: `Chủ đề tổng hợp số ${n}, dùng để đo hiệu năng của trang lưu trữ`,
    publisher: /** @type {string} */ (SYNTHETIC_PUBLISHERS[(n - 1) % SYNTHETIC_PUBLISHERS.length]),
    parentBody: 'Ủy ban nhân dân tỉnh Mẫu Thử',
    launchLetter: 'cong-van',
    start: monthsBack(4 * (n - 1) + 3),
    end: monthsBack(4 * (n - 1)),
    archive: { name: SYNTHETIC_ARCHIVE.name, url: archiveUrl },
  };
}

/** The archive of the synthetic campaigns: its name and publisher. */
export const SYNTHETIC_ARCHIVE = {
  name: 'Lưu trữ phong trào thi đua (tổng hợp)',
  publisher: 'Hội đồng Thi đua - Khen thưởng tỉnh Mẫu Thử',
};
