import { getCollection, render, type CollectionEntry } from 'astro:content';
import { t } from '../i18n/index.ts';
import type { BlockAnchor } from '../documents/anchors.ts';
import type { RecordedCitation } from '../documents/citation-grammar.ts';
import { compareDates } from '../documents/dates.ts';
import { checkCitedText, checkDocumentForm } from '../documents/document-checks.ts';
import { requireEntry } from '../documents/content-error.ts';
import { CONTENT_FILES } from '../content-disk/content-paths.ts';
import { documentPath, focusAreaPath, guidancePath, letterPath } from './routes.ts';
import {
  checkLetterReferences,
  checkCitedProvisions,
  checkLetterRoutes,
  collectBacklinks,
  requireAnchor,
  requireOneCampaign,
  requireSlugId,
  type DocumentReferences,
} from './site-checks.ts';

export type { Backlink, DocumentReferences } from './site-checks.ts';

type Rendered = Awaited<ReturnType<typeof render>>;
type TextCollection = 'letters' | 'focusAreas' | 'guidance' | 'documents';

/** A content entry with what rendering it produced: its anchors and the citations it makes. */
export interface RenderedEntry<C extends TextCollection> {
  entry: CollectionEntry<C>;
  rendered: Rendered;
  anchors: BlockAnchor[];
  citations: RecordedCitation[];
  /** Site-relative path of the page that shows this entry's text. */
  path: string;
  /** The file it was loaded from, relative to the project (for content errors). */
  file: string;
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
  /** For each cited or campaign document, where it is named (see DocumentReferences). */
  backlinks: ReadonlyMap<string, DocumentReferences>;
}

/** The file an entry was loaded from, relative to the project. */
function fileOf(entry: { id: string; filePath?: string | undefined; collection: string }): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}

/** Loads and renders one collection, sorted by `order`, reading what the rehype step recorded. */
async function renderAll<C extends TextCollection>(
  collection: C,
  pathOf: (entry: CollectionEntry<C>) => string,
): Promise<RenderedEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  const rendered = await Promise.all(
    entries.map(async (entry) => {
      const file = fileOf(entry);
      requireSlugId({ id: entry.id, file });
      const result = await render(entry);
      const frontmatter = result.remarkPluginFrontmatter as {
        anchors?: BlockAnchor[];
        citations?: RecordedCitation[];
      };
      return {
        entry,
        rendered: result,
        anchors: frontmatter.anchors ?? [],
        citations: frontmatter.citations ?? [],
        path: pathOf(entry),
        file,
      };
    }),
  );
  return rendered.sort((a, b) => (a.entry.data.order ?? 0) - (b.entry.data.order ?? 0));
}

/** The title a backlink shows for the page of an entry. */
function pageTitle(item: RenderedEntry<TextCollection>): string {
  return 'shortTitle' in item.entry.data ? item.entry.data.shortTitle : item.entry.data.title;
}

async function load(): Promise<SiteData> {
  const [campaigns, anniversaryEntries] = await Promise.all([
    getCollection('campaign'),
    getCollection('anniversaries'),
  ]);
  requireOneCampaign(campaigns.length, CONTENT_FILES.campaign);
  const campaign = campaigns[0]!.data;

  const letters = (await renderAll('letters', (e) => letterPath(e.data.route))).sort(
    (a, b) => a.entry.data.order - b.entry.data.order,
  );
  for (const letter of letters) checkDocumentForm(letter.entry.data, letter.file);
  checkLetterRoutes(letters.map((l) => ({ file: l.file, route: l.entry.data.route })));
  const letterMap = new Map(letters.map((l) => [l.entry.id, l]));
  const launchLetter = requireEntry(
    letterMap,
    campaign.launchLetter,
    { file: CONTENT_FILES.campaign, field: 'launchLetter' },
    t('errors.content.kind.letter'),
  );

  const focusAreas = await renderAll('focusAreas', (e) => focusAreaPath(e.id));
  const guidance = await renderAll('guidance', (e) => guidancePath(e.id));
  const documents = await renderAll('documents', (e) => documentPath(e.id));
  for (const doc of documents) checkCitedText(doc.entry.data, doc.file);
  // A provision cited in a published text must be there ("mục 9" of a Chỉ thị with four mục).
  checkCitedProvisions(
    [...letters, ...focusAreas, ...guidance, ...documents],
    new Map(documents.filter((d) => d.entry.data.text).map((d) => [d.entry.id, d])),
  );

  for (const items of [focusAreas, guidance]) {
    checkLetterReferences(
      items.map((i) => ({ file: i.file, ...i.entry.data })),
      letterMap,
    );
  }
  for (const milestone of campaign.milestones) {
    if (milestone.letterAnchor !== undefined)
      requireAnchor(launchLetter, milestone.letterAnchor, {
        file: CONTENT_FILES.campaign,
        field: 'milestones.letterAnchor',
      });
  }

  // Cited documents and the campaign's own documents (cited by number) both collect backlinks.
  const backlinks = collectBacklinks(
    [...documents, ...letters].map((d) => d.entry.id),
    [...letters, ...focusAreas, ...guidance, ...documents].map((item) => ({
      path: item.path,
      title: pageTitle(item),
      citations: item.citations,
      isDocument: item.entry.collection === 'letters',
    })),
  );

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
