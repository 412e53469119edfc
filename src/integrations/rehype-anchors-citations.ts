import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { t } from '../i18n/index.ts';
import { anchorLabel, type BlockAnchor, type BlockKind } from '../documents/anchors.ts';
import { annexAnchor, createDocumentAnchorer } from '../documents/article-anchors.ts';
import { ITEM_DASH } from '../documents/letter.ts';
import {
  createCitationFinder,
  provisionAnchor,
  type CitationFinder,
  type CitationMatch,
  type CitationTarget,
  type RecordedCitation,
} from '../documents/citation-grammar.ts';
import { loadCampaignCitationTargets } from '../content-disk/campaign-citation-targets.ts';
import { loadCitationTargets } from '../content-disk/citation-targets.ts';
import { CONTENT_DIRS, letterPath } from '../content-disk/content-paths.ts';
import { joinBase } from '../site/paths.ts';
import { blockIdPrefix, documentPath, entryIdIn } from '../site/routes.ts';

export interface AnchorsCitationsOptions {
  targets: readonly CitationTarget[];
  /** The base-aware URL of a cited document's page. */
  hrefFor: (targetId: string) => string;
  /** The absolute URL of a cited document's page, printed after the link on paper. */
  printUrlFor?: (targetId: string) => string;
  /** A prefix for the ids of a file whose text shares a page with others (guidance items). */
  idPrefixFor?: (path: string) => string;
}

/**
 * The step's options for the content files in `folders` (the cited documents and the campaign's own
 * documents, which cite each other too: a Quyết định naming "Kế hoạch số 87/KH-SCT"), for pages
 * served at `base` of `site`. astro.config.mjs passes the project's content/ folders.
 */
export function contentAnchorsCitations(
  folders: { documents: string; letters: string },
  base: string,
  site: string | URL,
): AnchorsCitationsOptions {
  const citationTargets = loadCitationTargets(folders.documents);
  const campaignTargets = loadCampaignCitationTargets(folders.letters);
  const citedPath = (id: string) => {
    const route = campaignTargets.routes.get(id);
    return route === undefined ? documentPath(id) : letterPath(route);
  };
  return {
    targets: [...citationTargets, ...campaignTargets.targets],
    hrefFor: (id) => joinBase(base, citedPath(id)),
    printUrlFor: (id) => new URL(joinBase(base, citedPath(id)), site).href,
    idPrefixFor: blockIdPrefix,
  };
}

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const HEADING = /^h[1-6]$/;
const NO_LINKS_INSIDE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre']);

/** Concatenates the text under a node. */
function textOf(node: RootContent | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node)
    return (node.children as (ElementContent | RootContent)[]).map(textOf).join('');
  return '';
}

/** How far (characters) an excerpt reaches for the start or end of the sentence around a mention. */
const SENTENCE_REACH = 160;
/** How far it reaches for a word's edge when no sentence or clause ends nearer. */
const WORD_REACH = 90;

/**
 * Where the text may be cut around a mention, outside “…”: `sentence`, its start and end and after a
 * sentence mark (. ; :) and its space; `clause`, after a comma and its space; `word`, after a space.
 */
function cutPoints(text: string): Record<'sentence' | 'clause' | 'word', number[]> {
  const points = { sentence: [0], clause: [] as number[], word: [] as number[] };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') depth += 1;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === ' ') points.word.push(i + 1);
    if (depth > 0 || text[i + 1] !== ' ') continue;
    if (ch === '.' || ch === ';' || ch === ':') points.sentence.push(i + 2);
    else if (ch === ',') points.clause.push(i + 2);
  }
  points.sentence.push(text.length);
  return points;
}

/**
 * A block's text cut to a readable quotation around a mention, never inside a word: from the start
 * of its sentence (else its clause, else a word) to the end of its sentence (else its clause, else a
 * word), each within reach of the mention; "…" marks what is left out.
 */
function excerptAround(text: string, start: number, end: number): string {
  const points = cutPoints(text);
  // The nearest sentence or clause edge (the one the mention is in); else the farthest word edge.
  const before = (kind: keyof typeof points, reach: number) => {
    const within = points[kind].filter((p) => p <= start && start - p <= reach);
    return kind === 'word' ? within[0] : within.at(-1);
  };
  const after = (kind: keyof typeof points, reach: number) => {
    const within = points[kind].filter((p) => p >= end && p - end <= reach);
    return kind === 'word' ? within.at(-1) : within[0];
  };
  const from =
    before('sentence', SENTENCE_REACH) ??
    before('clause', SENTENCE_REACH) ??
    before('word', WORD_REACH) ??
    0;
  const to =
    after('sentence', SENTENCE_REACH) ??
    after('clause', SENTENCE_REACH) ??
    after('word', WORD_REACH) ??
    text.length;
  const quoted = text.slice(from, to).trim();
  const tail = to >= text.length ? '' : /[.;:,]$/.test(quoted) ? ' …' : '…';
  return `${from > 0 ? '…' : ''}${quoted}${tail}`;
}

/** The id inside the cited document a mention links to: its provision's, when the site has the text. */
function provisionIdOf(match: CitationMatch, withText: ReadonlySet<string>): string | undefined {
  if (match.provision === undefined || !withText.has(match.targetId)) return undefined;
  return provisionAnchor(match.provision);
}

/**
 * Whether a block's text is quoted verbatim, so nothing may be printed into it: the whole block (a
 * campaign document's text, a quotation block) or the depth of “…” reached so far in its text.
 */
interface QuoteState {
  verbatim: boolean;
  depth: number;
}

/** The quotation depth after `text`, from `depth` before it (“ opens, ” closes). */
function depthAfter(text: string, depth: number): number {
  let d = depth;
  for (const ch of text) {
    if (ch === '“') d += 1;
    else if (ch === '”') d = Math.max(0, d - 1);
  }
  return d;
}

/**
 * Replaces document mentions in the text nodes under `parent` with links, except inside links and
 * headings. A link inside a verbatim quotation gets no address to print: on paper a quotation
 * carries its own words and nothing else.
 */
function linkMentions(
  parent: Element | Root,
  options: AnchorsCitationsOptions,
  find: CitationFinder,
  skipId: string | undefined,
  withText: ReadonlySet<string>,
  quote: QuoteState,
): void {
  const children = parent.children as (ElementContent | RootContent)[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'element') {
      if (!NO_LINKS_INSIDE.has(child.tagName))
        linkMentions(child, options, find, skipId, withText, quote);
      else quote.depth = depthAfter(textOf(child), quote.depth);
      continue;
    }
    if (child.type !== 'text') continue;
    const matches = find(child.value, skipId);
    const depthBefore = quote.depth;
    quote.depth = depthAfter(child.value, quote.depth);
    if (matches.length === 0) continue;
    const replacement: ElementContent[] = [];
    let cursor = 0;
    for (const match of matches) {
      if (match.start > cursor)
        replacement.push({ type: 'text', value: child.value.slice(cursor, match.start) });
      const provisionId = provisionIdOf(match, withText);
      const hash = provisionId === undefined ? '' : `#${provisionId}`;
      replacement.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: options.hrefFor(match.targetId) + hash,
          className: ['cite'],
          dataCites: match.targetId,
          ...(options.printUrlFor &&
          !quote.verbatim &&
          depthAfter(child.value.slice(0, match.start), depthBefore) === 0
            ? { dataPrintUrl: options.printUrlFor(match.targetId) + hash }
            : {}),
        },
        children: [{ type: 'text', value: match.text } satisfies Text],
      });
      cursor = match.end;
    }
    if (cursor < child.value.length)
      replacement.push({ type: 'text', value: child.value.slice(cursor) });
    children.splice(i, 1, ...replacement);
    i += replacement.length - 1;
  }
}

/**
 * A visible link to a block, so a reader can copy a link to "mục 2, ý 3". Its name, for screen
 * readers, says where; its "#" is drawn by CSS (.self-link::before). The link holds no text, so copying
 * the block gives the block's words and nothing of the page's own.
 */
function selfLink(anchor: BlockAnchor): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${anchor.id}`,
      className: ['self-link'],
      ariaLabel: t('documents.anchor.selfLink', { label: anchor.label }),
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

/** Gives a paragraph or list item its id and appends its link to itself (in its last paragraph). */
function addSelfLink(block: Element, anchor: BlockAnchor): void {
  block.properties = { ...block.properties, id: anchor.id };
  host(block, 'last').children.push(selfLink(anchor));
}

/** Where a list item's text is: its first or last paragraph when it has some, else the item itself. */
function host(block: Element, which: 'first' | 'last'): Element {
  const isParagraph = (c: ElementContent) => c.type === 'element' && c.tagName === 'p';
  const found =
    which === 'first' ? block.children.find(isParagraph) : block.children.findLast(isParagraph);
  return block.tagName === 'li' && found !== undefined ? (found as Element) : block;
}

/**
 * Gives a heading its id and puts its link to itself beside it, not inside it, so the heading's
 * name is its text alone (for a screen reader, and for the search's section labels).
 */
function wrapHeading(heading: Element, anchor: BlockAnchor): Element {
  heading.properties = { ...heading.properties, id: anchor.id };
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper'] },
    children: [heading, selfLink(anchor)],
  };
}

/**
 * Rehype plugin: gives every block of a content file a stable ASCII id and a link to itself, links every
 * mention of a cited document to that document's page, and records both in the file's frontmatter
 * (`anchors`, `citations`) so pages can list "Được viện dẫn tại" without reading the text twice.
 */
export function rehypeAnchorsCitations(options: AnchorsCitationsOptions) {
  // The documents' patterns are prepared once, on first use, for all the files the build renders.
  let finder: CitationFinder | undefined;
  const withText = new Set(options.targets.filter((t) => t.hasText).map((t) => t.id));
  return (tree: Root, file: VFileLike) => {
    const find = (finder ??= createCitationFinder(options.targets));
    const prefix = options.idPrefixFor?.(file.path ?? '') ?? '';
    let anchorFor = createDocumentAnchorer(prefix);
    const anchors: BlockAnchor[] = [];
    const citations: RecordedCitation[] = [];
    // A document's own page (a cited document's or a campaign document's) does not link to itself.
    const citedId = entryIdIn(CONTENT_DIRS.documents, file.path ?? '');
    const letterId = entryIdIn(CONTENT_DIRS.letters, file.path ?? '');
    const skipId = citedId ?? letterId;

    // A focus area's or a guidance item's text quotes one place of the letter (`letterAnchor`): its
    // blocks are named after that place ("nguyên văn mục 5, điểm a"), not "đoạn 1" on every item.
    const quotedAnchor = file.data.astro?.frontmatter?.['letterAnchor'];
    const quoted = typeof quotedAnchor === 'string' ? anchorLabel(quotedAnchor) : undefined;
    let quotedBlocks = 0;
    const named = (anchor: BlockAnchor, kind: BlockKind): BlockAnchor => {
      if (quoted === undefined || kind === 'heading') return anchor;
      quotedBlocks += 1;
      const place =
        quotedBlocks === 1
          ? quoted
          : t('documents.anchor.join', { outer: quoted, inner: anchor.label });
      return { ...anchor, label: t('documents.anchor.quoted', { label: place }) };
    };

    // A document's own text: a campaign document's, or a cited document's that the site publishes.
    // A cited document without its text has the site's note as its body: its blocks get ids but no
    // link to themselves, which would name the note's "đoạn 1" like the letter's.
    const publishedText = file.data.astro?.frontmatter?.['text'] !== undefined;
    const citedWithoutText = citedId !== undefined && !publishedText;
    const documentText = letterId !== undefined || (citedId !== undefined && publishedText);
    // A campaign document's text, and a text that quotes a place of the letter, is verbatim throughout.
    const verbatimFile = quoted !== undefined || letterId !== undefined;

    /** Names, records and links one block; a heading comes back wrapped with its link. */
    const visitBlock = (
      block: Element,
      kind: BlockKind,
      inQuotation = false,
    ): Element | undefined => {
      const text = textOf(block).replace(/\s+/g, ' ').trim();
      if (text === '') return undefined;
      const anchor = named(anchorFor(kind, text), kind);
      anchors.push(anchor);
      for (const match of find(text, skipId)) {
        const provisionId = provisionIdOf(match, withText);
        citations.push({
          anchor: anchor.id,
          label: anchor.label,
          targetId: match.targetId,
          excerpt: excerptAround(text, match.start, match.end),
          ...(match.provision === undefined
            ? {}
            : {
                provision: {
                  words: match.provision.words,
                  mention: match.text,
                  ...(provisionId === undefined ? {} : { anchor: provisionId }),
                },
              }),
        });
      }
      const withId = () => (block.properties = { ...block.properties, id: anchor.id });
      if (HEADING.test(block.tagName)) {
        if (!citedWithoutText) return wrapHeading(block, anchor);
        withId();
        return undefined;
      }
      linkMentions(block, options, find, skipId, withText, {
        verbatim: verbatimFile || inQuotation,
        depth: 0,
      });
      if (citedWithoutText) withId();
      else addSelfLink(block, anchor);
      return undefined;
    };

    const walk = (parent: Root | Element, inQuotation = false) => {
      parent.children.forEach((node, i) => {
        if (node.type !== 'element') return;
        if (HEADING.test(node.tagName)) {
          const wrapper = visitBlock(node, 'heading');
          if (wrapper) parent.children[i] = wrapper;
        } else if (node.tagName === 'p') visitBlock(node, 'paragraph', inQuotation);
        else if (node.tagName === 'ul' || node.tagName === 'ol') {
          for (const item of node.children) {
            if (item.type !== 'element' || item.tagName !== 'li') continue;
            visitBlock(item, 'list-item', inQuotation);
            // A document prints its dash before each item: words of the text, not a list marker.
            if (documentText && node.tagName === 'ul')
              host(item, 'first').children.unshift({ type: 'text', value: ITEM_DASH });
          }
        } else if (node.tagName === 'blockquote') walk(node, true);
        else if (node.tagName === 'section' && node.properties['dataAnnex'] !== undefined) {
          // A text attached after the signature (src/documents/annex-text.ts) numbers its own
          // blocks: `phu-luc-1-muc-2`, not on from the body's.
          const outer = anchorFor;
          anchorFor = createDocumentAnchorer(
            `${prefix}${annexAnchor(Number(node.properties['dataAnnex']))}-`,
          );
          walk(node, inQuotation);
          anchorFor = outer;
        } else if (node.tagName === 'section' || node.tagName === 'div') walk(node, inQuotation);
      });
    };
    walk(tree);

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['anchors'] = anchors;
    file.data.astro.frontmatter['citations'] = citations;
  };
}
