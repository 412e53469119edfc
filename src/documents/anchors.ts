import { t } from '../i18n/index.ts';
import { POINT_LETTERS } from '../vietnamese/document-parts.ts';
import { parsePlaceId, placeId, type Place } from './anchor-ids.ts';
import { slugify } from './text.ts';

/** The kind of block the anchor walker sees, in document order. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/** A block's stable id and the words a reader uses for it ("mục 2, ý 3"). */
export interface BlockAnchor {
  id: string;
  label: string;
}

/**
 * The words for a place, as the letter's readers say them: `mục 2, ý 3`, `điểm a`, `đoạn 1`, `phần II`;
 * an article's as article-anchors.ts names it: `Điều 2, khoản 1, điểm a`.
 */
export function placeLabel(place: Place): string {
  if ('paragraph' in place) return t('documents.anchor.paragraph', { paragraph: place.paragraph });
  if ('part' in place) return t('documents.anchor.part', { part: place.part });
  if ('article' in place) {
    let label = t('documents.anchor.article', { article: place.article });
    if (place.clause !== undefined)
      label = t('documents.anchor.join', {
        outer: label,
        inner: t('documents.anchor.clause', { clause: place.clause }),
      });
    if (place.point !== undefined)
      label = t('documents.anchor.join', {
        outer: label,
        inner: t('documents.anchor.point', { point: place.point }),
      });
    return label;
  }
  const inner =
    place.point !== undefined
      ? t('documents.anchor.point', { point: place.point })
      : place.bullet !== undefined
        ? t('documents.anchor.bullet', { bullet: place.bullet })
        : undefined;
  if (place.section === undefined) return inner ?? '';
  const outer = t('documents.anchor.section', { section: place.section });
  return inner === undefined ? outer : t('documents.anchor.join', { outer, inner });
}

/** The words for a block id (`muc-2-y-3` → `mục 2, ý 3`), or undefined for an id that is not a place. */
export function anchorLabel(id: string): string | undefined {
  const place = parsePlaceId(id);
  return place === undefined ? undefined : placeLabel(place);
}

/**
 * The ids of one text, made unique: each with the prefix, and an id already given numbered on
 * (`muc-2`, then `muc-2-2`, `muc-2-3`).
 */
export function uniqueIds(prefix = ''): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let candidate = prefix + id;
    for (let n = 2; used.has(candidate); n++) candidate = `${prefix}${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
}

/** A lettered point at the start of a block: `a) `, `đ) `. */
export const LETTERED_POINT = new RegExp(`^([${POINT_LETTERS}])\\)\\s`, 'u');

/**
 * Gives ids to the blocks of an administrative text, in order: a numbered section `N.` is `muc-N`,
 * a lettered point `a)` is `muc-N-a`, a bullet is `muc-N-y-K`, another paragraph `doan-K`,
 * another heading the slug of its words. The same text always gives the same ids. `unique` is the
 * text's id maker, when another anchorer shares it (article-anchors.ts).
 */
export function createAnchorer(
  prefix = '',
  unique = uniqueIds(prefix),
): (kind: BlockKind, text: string) => BlockAnchor {
  let section: string | undefined;
  let bullet = 0;
  let paragraph = 0;
  const anchor = (place: Place): BlockAnchor => ({
    id: unique(placeId(place)),
    label: placeLabel(place),
  });
  return (kind, rawText) => {
    const text = rawText.trim();
    // A paragraph that opens a Roman-numbered part ("**I.** MỤC ĐÍCH"): `phan-i`; the numbered
    // sections after it start afresh. (A Markdown heading "## I. …" keeps the slug of its words.)
    const roman = /^([IVXLC]+)\.\s/.exec(text);
    if (kind === 'paragraph' && roman?.[1] !== undefined) {
      section = undefined;
      bullet = 0;
      return {
        id: unique(`phan-${roman[1].toLowerCase()}`),
        label: t('documents.anchor.part', { part: roman[1] }),
      };
    }
    const numbered = /^(\d+)\s*[.)]\s/.exec(text);
    if (kind !== 'list-item' && numbered?.[1] !== undefined) {
      section = numbered[1];
      bullet = 0;
      return anchor({ section });
    }
    const lettered = LETTERED_POINT.exec(text);
    if (kind === 'paragraph' && lettered?.[1] !== undefined) {
      return anchor(
        section === undefined ? { point: lettered[1] } : { section, point: lettered[1] },
      );
    }
    if (kind === 'list-item') {
      bullet += 1;
      return anchor(section === undefined ? { bullet } : { section, bullet });
    }
    if (kind === 'heading') {
      return { id: unique(slugify(text) || 'phan'), label: text };
    }
    paragraph += 1;
    return anchor({ paragraph });
  };
}
