import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { BlockAnchor } from './anchors';
import type { RecordedCitation } from '../integrations/rehype-anchors-citations';
import { compareDates } from './dates';
import { checkDocumentForm } from './document-checks';
import { ContentError, requireEntry, requireUnique } from './lookup';
import { documentPath, focusAreaPath, guidancePath, letterPath, RESERVED_ROUTES } from './routes';

type Rendered = Awaited<ReturnType<typeof render>>;

/** A content entry with what rendering it produced: its anchors and the citations it makes. */
export interface RenderedEntry<C extends 'letters' | 'focusAreas' | 'guidance' | 'documents'> {
  entry: CollectionEntry<C>;
  rendered: Rendered;
  anchors: BlockAnchor[];
  citations: RecordedCitation[];
  /** Site-relative path of the page that shows this entry's text. */
  path: string;
}

/** A paragraph somewhere on the site that cites a document. */
export interface Backlink {
  href: string;
  pageTitle: string;
  label: string;
  excerpt: string;
}

/** Everything the pages need, loaded, rendered and cross-checked once per build. */
export interface SiteData {
  campaign: CollectionEntry<'campaign'>['data'];
  letters: RenderedEntry<'letters'>[];
  launchLetter: RenderedEntry<'letters'>;
  focusAreas: RenderedEntry<'focusAreas'>[];
  guidance: RenderedEntry<'guidance'>[];
  documents: RenderedEntry<'documents'>[];
  anniversaries: CollectionEntry<'anniversaries'>['data'][];
  backlinks: ReadonlyMap<string, Backlink[]>;
}

/** The file an entry was loaded from, relative to the project. */
function fileOf(entry: { id: string; filePath?: string | undefined; collection: string }): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

async function renderAll<C extends 'letters' | 'focusAreas' | 'guidance' | 'documents'>(
  collection: C,
  pathOf: (entry: CollectionEntry<C>) => string,
): Promise<RenderedEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return Promise.all(
    entries.map(async (entry) => {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) {
        throw new ContentError(
          { file: fileOf(entry), field: 'tên tệp' },
          'tên tệp phải là slug ASCII (vd. chi-thi-34-ct-tw.mdx)',
        );
      }
      const rendered = await render(entry);
      const frontmatter = rendered.remarkPluginFrontmatter as {
        anchors?: BlockAnchor[];
        citations?: RecordedCitation[];
      };
      return {
        entry,
        rendered,
        anchors: frontmatter.anchors ?? [],
        citations: frontmatter.citations ?? [],
        path: pathOf(entry),
      };
    }),
  );
}

/** Checks that an anchor named in front matter exists in the letter it points to. */
function requireAnchor(
  letter: RenderedEntry<'letters'>,
  anchor: string,
  file: string,
  field: string,
): void {
  if (!letter.anchors.some((a) => a.id === anchor)) {
    const known = letter.anchors.map((a) => a.id).join(', ');
    throw new ContentError(
      { file, field },
      `không có mục "${anchor}" trong ${fileOf(letter.entry)}. Các mục có: ${known}`,
    );
  }
}

async function load(): Promise<SiteData> {
  const [campaigns, anniversaryEntries] = await Promise.all([
    getCollection('campaign'),
    getCollection('anniversaries'),
  ]);
  if (campaigns.length !== 1) {
    throw new ContentError(
      { file: 'content/campaign.yaml', field: 'id' },
      `cần đúng một phong trào, có ${campaigns.length}`,
    );
  }
  const campaign = campaigns[0]!.data;

  const letters = (await renderAll('letters', (e) => letterPath(e.data.route))).sort(
    (a, b) => a.entry.data.order - b.entry.data.order,
  );
  for (const letter of letters) {
    checkDocumentForm(letter.entry.data, fileOf(letter.entry));
    if (RESERVED_ROUTES.includes(letter.entry.data.route)) {
      throw new ContentError(
        { file: fileOf(letter.entry), field: 'route' },
        `"${letter.entry.data.route}" trùng với một mục của trang`,
      );
    }
  }
  requireUnique(
    letters,
    (l) => l.entry.data.route,
    (l) => ({ file: fileOf(l.entry), field: 'route' }),
  );
  const letterMap = new Map(letters.map((l) => [l.entry.id, l]));
  const launchLetter = requireEntry(
    letterMap,
    campaign.launchLetter,
    { file: 'content/campaign.yaml', field: 'launchLetter' },
    'văn bản',
  );

  const focusAreas = (await renderAll('focusAreas', (e) => focusAreaPath(e.id))).sort(
    (a, b) => a.entry.data.order - b.entry.data.order,
  );
  const guidance = (await renderAll('guidance', (e) => guidancePath(e.id))).sort(
    (a, b) => a.entry.data.order - b.entry.data.order,
  );
  const documents = (await renderAll('documents', (e) => documentPath(e.id))).sort(
    (a, b) => a.entry.data.order - b.entry.data.order,
  );

  for (const items of [focusAreas, guidance]) {
    requireUnique<RenderedEntry<'focusAreas' | 'guidance'>>(
      items,
      (i) => i.entry.data.order,
      (i) => ({ file: fileOf(i.entry), field: 'order' }),
    );
    for (const item of items) {
      const file = fileOf(item.entry);
      const letter = requireEntry(
        letterMap,
        item.entry.data.letter,
        { file, field: 'letter' },
        'văn bản',
      );
      requireAnchor(letter, item.entry.data.letterAnchor, file, 'letterAnchor');
    }
  }
  for (const milestone of campaign.milestones) {
    if (milestone.letterAnchor !== undefined)
      requireAnchor(
        launchLetter,
        milestone.letterAnchor,
        'content/campaign.yaml',
        'milestones.letterAnchor',
      );
  }

  const pageTitle = (item: RenderedEntry<'letters' | 'focusAreas' | 'guidance' | 'documents'>) =>
    'shortTitle' in item.entry.data ? item.entry.data.shortTitle : item.entry.data.title;
  const documentIds = new Set(documents.map((d) => d.entry.id));
  const backlinks = new Map<string, Backlink[]>(documents.map((d) => [d.entry.id, []]));
  for (const item of [...letters, ...focusAreas, ...guidance, ...documents]) {
    for (const citation of item.citations) {
      if (!documentIds.has(citation.targetId)) continue;
      const pagePath = item.path.split('#')[0]!;
      backlinks.get(citation.targetId)!.push({
        href: `${pagePath}#${citation.anchor}`,
        pageTitle: pageTitle(item),
        label: citation.label,
        excerpt: citation.excerpt,
      });
    }
  }

  return {
    campaign,
    letters,
    launchLetter,
    focusAreas,
    guidance,
    documents,
    anniversaries: anniversaryEntries
      .map((a) => a.data)
      .sort((a, b) => compareDates(a.anniversaryDate, b.anniversaryDate)),
    backlinks,
  };
}

let cached: Promise<SiteData> | undefined;

/** Loads, renders and cross-checks all content once; every page calls this. */
export function loadSite(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
