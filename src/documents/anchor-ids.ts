// Block ids of an administrative text and their reading back, without words: the one writer of a
// place's id (the anchor walkers of anchors.ts and article-anchors.ts, and the citation linker's
// provision ids, all call placeId). This module imports no dictionary, so browser code (the search
// page's section labels) can use it; anchors.ts adds the words ("mục 2, ý 3").
import { D_STROKE } from '../vietnamese/orthography.ts';

/**
 * A numbered place in an administrative text: a section `N.` (mục), a lettered point `a)` (điểm) or a
 * bullet (ý) inside it or on its own, or an unnumbered paragraph (đoạn); in a text with articles an
 * article (Điều), a clause (khoản) in it and a point (điểm) in either; a Roman-numbered part (phần,
 * `part` as printed: "II").
 */
export type Place =
  | { section: string; point?: string | undefined; bullet?: undefined }
  | { section: string; bullet: number; point?: undefined }
  | { section?: undefined; point: string; bullet?: undefined }
  | { section?: undefined; bullet: number; point?: undefined }
  | { paragraph: number }
  | { article: string; clause?: string | undefined; point?: string | undefined }
  | { part: string };

/** A place in a text with articles: `Điều 3`, `khoản 1 Điều 3`, `điểm a khoản 1 Điều 3`. */
export type ArticlePlace = Extract<Place, { article: string }>;

/**
 * The id of a place: `muc-2`, `muc-2-a`, `muc-2-dd`, `muc-2-y-3`, `diem-a`, `y-1`, `doan-1`; `dieu-3`,
 * `dieu-3-khoan-1`, `dieu-3-khoan-1-diem-a`, `dieu-3-diem-a`; `phan-ii`.
 */
export function placeId(place: Place): string {
  if ('paragraph' in place) return `doan-${place.paragraph}`;
  if ('part' in place) return `phan-${place.part.toLowerCase()}`;
  if ('article' in place) {
    const clause = place.clause === undefined ? '' : `-khoan-${place.clause}`;
    const point = place.point === undefined ? '' : `-diem-${pointCode(place.point)}`;
    return `dieu-${place.article}${clause}${point}`;
  }
  const point = place.point === undefined ? undefined : pointCode(place.point);
  const inner =
    point !== undefined ? point : place.bullet !== undefined ? `y-${place.bullet}` : undefined;
  if (place.section === undefined) return point !== undefined ? `diem-${point}` : `${inner}`;
  return inner === undefined ? `muc-${place.section}` : `muc-${place.section}-${inner}`;
}

/** A point letter as ids write it (ASCII slugs): `đ` is `dd`. */
function pointCode(letter: string): string {
  return letter === D_STROKE ? 'dd' : letter;
}

// The leftmost match wins, so `dieu-3-diem-a` is read as a whole, not as its tail `diem-a`.
const PLACE_ID =
  /(?:^|-)(?:muc-(\d+)(?:-y-(\d+)|-([a-z]|dd))?|diem-([a-z]|dd)|y-(\d+)|doan-(\d+)|dieu-(\d+)(?:-khoan-(\d+))?(?:-diem-([a-z]|dd))?|phan-([ivxlc]+))$/;

/**
 * Reads a place back from an id made by placeId, also at the end of a prefixed id
 * (`van-phong-so-muc-3-y-1`); undefined for other ids (a heading's slug).
 */
export function parsePlaceId(id: string): Place | undefined {
  const m = PLACE_ID.exec(id);
  if (m === null) return undefined;
  const [
    ,
    section,
    sectionBullet,
    sectionPoint,
    point,
    bullet,
    paragraph,
    article,
    clause,
    articlePoint,
    part,
  ] = m;
  const letter = (code: string) => (code === 'dd' ? D_STROKE : code);
  if (paragraph !== undefined) return { paragraph: Number(paragraph) };
  if (part !== undefined) return { part: part.toUpperCase() };
  if (article !== undefined) {
    const place: ArticlePlace = { article };
    if (clause !== undefined) place.clause = clause;
    if (articlePoint !== undefined) place.point = letter(articlePoint);
    return place;
  }
  if (section !== undefined) {
    if (sectionBullet !== undefined) return { section, bullet: Number(sectionBullet) };
    if (sectionPoint !== undefined) return { section, point: letter(sectionPoint) };
    return { section };
  }
  if (point !== undefined) return { point: letter(point) };
  return { bullet: Number(bullet) };
}
