// Where an imported document goes and how it is told apart: its route (type, number and code, or for
// a blank number its code and the words of its trích yếu), the routes the site keeps for its own
// pages (RESERVED_ROUTES), and the key by which a second import of the same document is recognised.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { t } from '../../src/i18n/index.ts';
import { readContentDir } from '../../src/content-disk/content-files.ts';
import { CONTENT_DIRS, RESERVED_ROUTES } from '../../src/content-disk/content-paths.ts';
import { SLUG } from '../../src/schemas/common.ts';
import { slugify } from '../../src/documents/text.ts';
import { fold, identifierKey } from '../../src/vietnamese/fold.ts';
import { importError } from './errors.ts';
import { SUBJECT_OPENING } from './words.ts';

const LETTER_DIR = CONTENT_DIRS.letters;

/** Refuses a route that is not an ASCII slug, or one that the site keeps for its own pages. */
export function checkRouteName(route: string): void {
  if (!SLUG.test(route)) throw importError('importer.error.routeSlug', { route });
  if (RESERVED_ROUTES.includes(route))
    throw importError('importer.error.routeTaken', { route, owner: t('importer.error.routePage') });
}

/** What tells a document apart: its number and code, or (a blank number) code, date and trích yếu. */
export interface DocumentIdentity {
  type: string;
  number: string | null;
  code: string;
  date?: string | undefined;
  subject?: string | undefined;
}

/** The words of the trích yếu a route takes when the number is blank. */
const ROUTE_SUBJECT_WORDS = 7;

/**
 * The route of a document: `ke-hoach-87-kh-sct`; with its number blank, its code and the first words
 * of its trích yếu, so three blank quyết định of one Sở do not share `quyet-dinh-qd-sct`:
 * `quyet-dinh-qd-sct-cong-nhan-ket-qua-huan-luyen-kiem-tra`.
 */
export function documentRoute(identity: DocumentIdentity): string {
  if (identity.number !== null)
    return slugify(`${identity.type} ${identity.number} ${identity.code}`);
  const words = (identity.subject ?? '')
    .replace(SUBJECT_OPENING, '')
    .split(/\s+/)
    .slice(0, ROUTE_SUBJECT_WORDS)
    .join(' ');
  return slugify(`${identity.type} ${identity.code} ${words || identity.date || ''}`);
}

/**
 * The key two imports of one document share: its số, ký hiệu as the linker keys it (`34cttw`); for a
 * blank number, its code, date and trích yếu.
 */
export function documentKey(identity: DocumentIdentity): string {
  if (identity.number !== null) return identifierKey(`${identity.number}/${identity.code}`);
  const subject = fold(identity.subject ?? '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return `/${identity.code.toUpperCase()}|${identity.date ?? ''}|${subject}`;
}

export interface LetterFile {
  file: string;
  route?: string;
  date?: string;
  order?: number;
  /** Số, ký hiệu as the site links it (a numbered document only). */
  identifier?: string;
  /** What tells the document apart (documentKey). */
  key?: string;
}

/** The campaign documents the project has. */
export function readLetters(root: string): LetterFile[] {
  return readContentDir(join(root, LETTER_DIR)).map(({ name, data }) => {
    const file = join(LETTER_DIR, name);
    const letter: LetterFile = { file };
    if (typeof data['route'] === 'string') letter.route = data['route'];
    if (typeof data['date'] === 'string') letter.date = data['date'];
    if (typeof data['order'] === 'number') letter.order = data['order'];
    if (typeof data['code'] === 'string') {
      const number = typeof data['number'] === 'string' ? data['number'] : null;
      if (number !== null) letter.identifier = `${number}/${data['code']}`;
      letter.key = documentKey({
        type: String(data['type'] ?? ''),
        number,
        code: data['code'],
        date: letter.date,
        subject: typeof data['subject'] === 'string' ? data['subject'] : undefined,
      });
    }
    return letter;
  });
}

/**
 * Refuses a route another document has, and an existing file without --force; a second import of a
 * document the site already has (same key, any route) is named as such.
 */
export function checkRoute(
  root: string,
  route: string,
  target: string,
  letters: readonly LetterFile[],
  { force, key }: { force: boolean; key: string },
): void {
  const same = letters.find((letter) => letter.key === key && letter.file !== target);
  if (same !== undefined && !force)
    throw importError('importer.error.sameDocument', { file: same.file });
  for (const letter of letters) {
    if (letter.file === target) continue;
    if (letter.route === route || letter.file.replace(/^.*\/|\.mdx?$/g, '') === route)
      throw importError('importer.error.routeTaken', { route, owner: letter.file });
  }
  if (existsSync(join(root, target)) && !force) {
    if (letters.find((letter) => letter.file === target)?.key === key)
      throw importError('importer.error.sameDocument', { file: target });
    throw importError('importer.error.routeExists', { route, file: target });
  }
}

/** Documents of the same date are ordered by `order`: the new one comes after those already there. */
export function nextLetterOrder(
  letters: readonly LetterFile[],
  date: string,
  target: string,
): number {
  const same = letters.filter((l) => l.file !== target && l.date === date);
  return same.length === 0 ? 0 : Math.max(...same.map((l) => l.order ?? 0)) + 1;
}
