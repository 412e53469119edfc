import { t } from '../i18n/index.ts';
import type { BlockAnchor } from '../documents/anchors.ts';
import type { RecordedCitation } from '../documents/citation-grammar.ts';
import {
  ContentError,
  requireEntry,
  requireUnique,
  type Origin,
} from '../documents/content-error.ts';
import { RESERVED_ROUTES } from '../content-disk/content-paths.ts';
import { SLUG } from '../schemas/common.ts';

// The cross-checks of the content that its schemas cannot make, on plain objects (see site-data.ts,
// which reads the content and calls these once per build).

/** A content file, by its id (file name) and its path in the project. */
export interface ContentFile {
  id: string;
  file: string;
}

/** A text whose blocks have anchors (a letter), by its file. */
export interface AnchoredText {
  file: string;
  anchors: readonly Pick<BlockAnchor, 'id'>[];
}

/** Throws unless a file's id is an ASCII slug (its URL). */
export function requireSlugId(entry: ContentFile): void {
  if (!SLUG.test(entry.id)) {
    throw new ContentError(
      { file: entry.file, field: t('errors.content.fileNameField') },
      t('errors.content.fileNameSlug'),
    );
  }
}

/** Throws when the content holds other than exactly one campaign. */
export function requireOneCampaign(count: number, file: string): void {
  if (count !== 1)
    throw new ContentError({ file, field: 'id' }, t('errors.content.oneCampaign', { count }));
}

/** Throws when a campaign document claims a route of the site's own sections, or another's route. */
export function checkLetterRoutes(letters: readonly { file: string; route: string }[]): void {
  for (const letter of letters) {
    if (RESERVED_ROUTES.includes(letter.route)) {
      throw new ContentError(
        { file: letter.file, field: 'route' },
        t('errors.content.reservedRoute', { route: letter.route }),
      );
    }
  }
  requireUnique(
    letters,
    (l) => l.route,
    (l) => ({ file: l.file, field: 'route' }),
  );
}

/** Throws unless an anchor named in front matter exists in the letter it points to. */
export function requireAnchor(letter: AnchoredText, anchor: string, origin: Origin): void {
  if (!letter.anchors.some((a) => a.id === anchor)) {
    const known = letter.anchors.map((a) => a.id).join(', ');
    throw new ContentError(
      origin,
      t('errors.content.unknownAnchor', { anchor, file: letter.file, known }),
    );
  }
}

/** An entry that quotes a place of a letter (a focus area, a guidance item). */
export interface LetterReference {
  file: string;
  order: number;
  letter: string;
  letterAnchor: string;
}

/**
 * Checks one collection of entries that quote the letters: orders unique, each letter known, each
 * anchor a block of that letter.
 */
export function checkLetterReferences(
  items: readonly LetterReference[],
  letters: ReadonlyMap<string, AnchoredText>,
): void {
  requireUnique(
    items,
    (i) => i.order,
    (i) => ({ file: i.file, field: 'order' }),
  );
  for (const item of items) {
    const letter = requireEntry(
      letters,
      item.letter,
      { file: item.file, field: 'letter' },
      t('errors.content.kind.letter'),
    );
    requireAnchor(letter, item.letterAnchor, { file: item.file, field: 'letterAnchor' });
  }
}

/** A paragraph somewhere on the site that cites a document. */
export interface Backlink {
  href: string;
  pageTitle: string;
  label: string;
  excerpt: string;
  /** The provision of the document the place cites ("mục 2"), when it names one. */
  provision?: string;
}

/**
 * Where a document is named: `citedIn`, places in the campaign's documents (the letter, a plan, a
 * report), which are what "Được viện dẫn tại" means; `mentionedOn`, the site's own pages (a focus
 * area, the guidance, another document's page). Each place is listed once.
 */
export interface DocumentReferences {
  citedIn: Backlink[];
  mentionedOn: Backlink[];
}

/**
 * A page whose text cites documents: its path (maybe with `#item`), its title, its citations, and
 * whether it is one of the campaign's documents or a page the site writes about them.
 */
export interface CitingPage {
  path: string;
  title: string;
  citations: readonly RecordedCitation[];
  isDocument: boolean;
}

/** For each document, the places that name it, in the order of the pages given, each once. */
export function collectBacklinks(
  documentIds: readonly string[],
  pages: readonly CitingPage[],
): Map<string, DocumentReferences> {
  const references = new Map<string, DocumentReferences>(
    documentIds.map((id) => [id, { citedIn: [], mentionedOn: [] }]),
  );
  const seen = new Map<string, Backlink>();
  for (const page of pages) {
    const pagePath = page.path.split('#')[0]!;
    for (const citation of page.citations) {
      const target = references.get(citation.targetId);
      const href = `${pagePath}#${citation.anchor}`;
      if (target === undefined) continue;
      const listed = seen.get(`${citation.targetId} ${href}`);
      if (listed !== undefined) {
        // One place citing several provisions of the document names each of them.
        const words = citation.provision?.words;
        if (
          words !== undefined &&
          listed.provision
            ?.split(t('pages.document.provisionJoin', { first: '', next: '' }))
            .includes(words) !== true
        )
          listed.provision =
            listed.provision === undefined
              ? words
              : t('pages.document.provisionJoin', { first: listed.provision, next: words });
        continue;
      }
      const backlink: Backlink = {
        href,
        pageTitle: page.title,
        label: citation.label,
        excerpt: citation.excerpt,
        ...(citation.provision === undefined ? {} : { provision: citation.provision.words }),
      };
      seen.set(`${citation.targetId} ${href}`, backlink);
      (page.isDocument ? target.citedIn : target.mentionedOn).push(backlink);
    }
  }
  return references;
}

/** A content file's citations, by the file. */
export interface CitingFile {
  file: string;
  citations: readonly RecordedCitation[];
}

/**
 * Throws when a citation names a provision that the cited document's published text does not have
 * ("mục 9 Chỉ thị số 27-CT/TU" when the Chỉ thị has four mục), naming the citing file and its words.
 */
export function checkCitedProvisions(
  files: readonly CitingFile[],
  texts: ReadonlyMap<string, AnchoredText>,
): void {
  for (const { file, citations } of files) {
    for (const citation of citations) {
      const anchor = citation.provision?.anchor;
      const text = texts.get(citation.targetId);
      if (anchor === undefined || text === undefined) continue;
      if (text.anchors.some((a) => a.id === anchor)) continue;
      throw new ContentError(
        { file, field: citation.label },
        t('errors.content.unknownProvision', {
          words: citation.provision!.mention,
          provision: citation.provision!.words,
          document: text.file,
        }),
      );
    }
  }
}
