// The search page: runs Pagefind on `?q=`, keeps the URL in step with what is typed, and renders
// results. Loaded only by /tim-kiem/. Its strings, the abbreviation vocabulary and the URL parameter
// names come from the form's data-search attribute, written by the page from src/i18n.
import {
  MAX_QUERY_LENGTH,
  PAGEFIND_WORKER_FILE,
  SEARCH_FIRST_PAGE,
  SEARCH_IDS,
  SEARCH_KIND_FILTER,
  SEARCH_PAGE_SIZE,
} from '../constants.ts';
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import { splitCodes, tidyQuery } from '../search/tidy-query.ts';
import { mayBeMistyped, planQuery, type QueryPlan } from '../search/search-query.ts';
import { fold } from '../vietnamese/fold.ts';
import { rerankFirstPage, type RankedHit } from '../search/search-rank.ts';
import {
  matchingSections,
  parseExcerpt,
  searchedWords,
  subResultTitle,
} from '../search/search-results.ts';
import { fill, type SearchStrings } from '../search/search-strings.ts';
import { cleanQuery, decodeFromIndex, forEngine } from '../search/search-text.ts';
import {
  hasWords,
  searchPlan,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type Searched,
} from './search-engine.ts';
import { engineOptions } from './engine-options.ts';
import { startPagefindWorker } from './pagefind-worker.ts';

interface SearchConfig {
  strings: SearchStrings;
  abbreviations: Abbreviation[];
  params: { query: string; kind: string; exact: string };
}

// Longer than the gap between keys of someone typing, short enough to answer within 150 ms.
const DEBOUNCE_MS = 100;
// A pause after which the query is searched and its first results fetched, before the debounce
// renders them: about one key's gap for someone typing fast.
const PAUSE_MS = 70;
// The word being typed is preloaded from its third letter: Pagefind fetches every index chunk that
// may hold a word beginning with what it is given, and a shorter start begins too many.
const PRELOAD_LETTERS = 3;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>(SEARCH_IDS.form);
const input = byId<HTMLInputElement>(SEARCH_IDS.input);
const status = byId<HTMLElement>(SEARCH_IDS.status);
const corrected = byId<HTMLElement>(SEARCH_IDS.corrected);
const list = byId<HTMLOListElement>(SEARCH_IDS.results);
const more = byId<HTMLButtonElement>(SEARCH_IDS.more);
const help = byId<HTMLElement>(SEARCH_IDS.help);
const noResults = byId<HTMLElement>(SEARCH_IDS.empty);
const filterBox = byId<HTMLFieldSetElement>(SEARCH_IDS.filters);
const filterOptions = filterBox.querySelector<HTMLElement>('.search-filters__options')!;

const config = JSON.parse(form.dataset['search']!) as SearchConfig;
const s = config.strings;
const PARAMS = config.params;
const script = form.dataset['pagefind']!;
/** Where Pagefind's files are: pagefind.js, its worker and the index, and the site's words. */
const indexUrl = new URL(script, location.href);
const initialParams = new URLSearchParams(location.search);
/** Search the letters as typed (the address of the "as typed" link says so): fixed for the visit. */
const exact = initialParams.has(PARAMS.exact);

/** A loader that runs once, or again after it failed. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * Pagefind, loaded when the box gets focus or on the first search: in its web worker, so that
 * searching never holds up typing or painting; on the main thread, taking turns, if the worker
 * cannot start.
 */
const loadPagefind = once(async (): Promise<Pagefind> => {
  const options = engineOptions(
    { script, base: form.dataset['base'], language: document.documentElement.lang },
    location.href,
  );
  let pf: Pagefind;
  try {
    pf = await startPagefindWorker(new URL(PAGEFIND_WORKER_FILE, indexUrl).href, options);
  } catch {
    pf = await (await import('./main-thread.ts')).startOnMainThread(script, options);
  }
  // The kind of every page is needed by every search: load it with the engine.
  void loadKinds().catch(() => undefined);
  return pf;
});

/**
 * The kind of every page, from one filter-only search per kind (ids only, no fragments), so merged
 * results can be counted and filtered per kind. Pagefind quietly skips a filter file that failed
 * to load: finding no kind is a failure, and the next search asks again.
 */
const loadKinds = once(async (): Promise<Map<string, string>> => {
  const pf = await loadPagefind();
  const names = Object.keys((await pf.filters())[SEARCH_KIND_FILTER] ?? {});
  const kindOf = new Map<string, string>();
  const pages = await Promise.all(
    names.map((name) => pf.search(null, { filters: { [SEARCH_KIND_FILTER]: [name] } })),
  );
  for (const [i, name] of names.entries())
    for (const page of pages[i]?.results ?? []) kindOf.set(page.id, name);
  if (kindOf.size === 0) throw new Error('no kinds');
  return kindOf;
});

const loadTypedReadings = once(() => import('../search/typed-readings.ts'));
/**
 * The readings of Telex, VNI and slips, loaded only for a query with a word they could read (the
 * search waits for them; typing such a word starts loading them).
 */
function typedReadingsFor(query: string) {
  if (exact) return undefined;
  const split = splitCodes(query, config.abbreviations) ?? query;
  return mayBeMistyped(split, config.abbreviations) ? loadTypedReadings() : undefined;
}

/** A query searched: its plan and its merged results, ready to render. */
interface Prepared extends Searched {
  plan: QueryPlan;
}

/**
 * One search as the reader asked for it: what is in the box and the kind chosen; its search, made
 * once whether a pause in typing or the debounce asks first; the results drawn. Each edit, Enter
 * and choice of kind starts a new session, and the one before is stale: whatever it is still doing
 * (searching at a pause, drawing, showing more) stops there and draws nothing. Enter or a kind
 * chosen searches again, since Pagefind quietly skips an index chunk that failed to load.
 */
class Session {
  /** Shown and kept in the URL as typed. */
  readonly shown: string;
  /** Searched cleaned (NFC, codes closed up). */
  readonly query: string;
  /** The results ranked, how many are drawn, and which marked words their excerpts keep. */
  results: RankedHit<PagefindResult>[] = [];
  drawn = 0;
  keep: (marked: string) => boolean = () => true;

  constructor(
    raw: string,
    readonly kind: string,
  ) {
    this.shown = raw.trim().slice(0, MAX_QUERY_LENGTH);
    this.query = cleanQuery(raw);
  }

  get stale(): boolean {
    return this !== session;
  }

  /** The query's search, made once; a failed one is made again when asked again. */
  readonly search = once(async (): Promise<Prepared> => {
    const query = exact ? this.query : tidyQuery(this.query) || this.query;
    const [pf, typed] = await Promise.all([
      loadPagefind(),
      typedReadingsFor(query)?.catch(() => undefined),
    ]);
    const plan = planQuery(query, config.abbreviations, { exact, splitCodes, ...typed });
    return { plan, ...(await searchPlan(pf, plan, exact, indexUrl)) };
  });
}

let session = new Session(
  (input.value = initialParams.get(PARAMS.query) ?? ''),
  initialParams.get(PARAMS.kind) ?? '',
);

/** Starts a session for what is in the box (with the kind chosen); the one before is stale. */
function start(kind = session.kind): Session {
  return (session = new Session(input.value, kind));
}

/** The results of a kind (all of them when no kind is chosen). */
function ofKind<T extends { hit: { id: string } }>(
  all: T[],
  kind: string,
  kindOf: Map<string, string>,
): T[] {
  return kind === '' ? all : all.filter((r) => kindOf.get(r.hit.id) === kind);
}

/**
 * After a short pause in typing: searches the query and, unless the session is stale by then
 * (typing went on), fetches the fragments of the results the first page will show, so that when
 * the debounce ends little more than rendering is left.
 */
function warm(q: Session): void {
  void q
    .search()
    .then(async ({ all }) => {
      if (q.stale) return;
      const kindOf = q.kind === '' ? new Map<string, string>() : await loadKinds();
      await Promise.all(
        ofKind(all, q.kind, kindOf)
          .slice(0, SEARCH_FIRST_PAGE)
          .map((r) => r.hit.data()),
      );
    })
    .catch(() => {});
}

/** Creates an element with text, never parsing markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The search page's URL for a query, a filter and the exact switch. */
function urlFor(query: string, kind: string, exactly: boolean): URL {
  const url = new URL(location.href);
  url.search = '';
  if (query !== '') url.searchParams.set(PARAMS.query, query);
  if (kind !== '') url.searchParams.set(PARAMS.kind, kind);
  if (exactly) url.searchParams.set(PARAMS.exact, '1');
  return url;
}

/**
 * The words searched when they are not the words typed: what a Telex/VNI query or a code run
 * together was read as, or the reading that ranked the first result (the query without its
 * question words, respelt, or some of its words).
 */
function searchedFor(shown: string, prepared: Prepared): string | undefined {
  const top = prepared.all[0]?.text;
  const primary = prepared.plan.variants[0]?.text;
  const reading =
    top !== undefined && top !== primary && !prepared.plan.variants.some((v) => v.text === top)
      ? top
      : prepared.plan.decoded;
  if (reading === undefined) return undefined;
  const words = (text: string) =>
    fold(text)
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? '';
  return words(reading) === words(shown) ? undefined : reading;
}

/** Says what the query was read as, with a link to search the letters as typed. */
function renderCorrection(q: Session, reading: string | undefined): void {
  corrected.replaceChildren();
  corrected.hidden = reading === undefined;
  if (reading === undefined) return;
  const asTyped = el('a', q.shown);
  asTyped.href = urlFor(q.shown, q.kind, true).href;
  corrected.append(
    `${s['search.corrected.searchedFor']} `,
    el('strong', reading),
    `. ${s['search.corrected.exact']} `,
    asTyped,
  );
}

/** Renders one result: kind, linked title, excerpt with matches marked, links to matching sections. */
function renderResult(data: PagefindResultData, keep: (marked: string) => boolean): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  const kindName = data.filters[SEARCH_KIND_FILTER]?.[0];
  if (kindName) item.append(el('p', decodeFromIndex(kindName), 'search-result__kind'));
  const heading = el('h2', undefined, 'search-result__title');
  const link = el('a', decodeFromIndex(data.meta['title'] ?? data.url));
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const excerpt = el('p', undefined, 'search-result__excerpt');
  for (const part of parseExcerpt(data.excerpt, keep))
    excerpt.append(part.marked ? el('mark', part.text) : document.createTextNode(part.text));
  item.append(excerpt);

  const sections = new Map<string, string>();
  for (const section of matchingSections(data.anchors, data.weighted_locations, s))
    sections.set(`${data.url}#${section.id}`, section.label);
  for (const sub of data.sub_results) {
    if (sections.size >= 4) break;
    if (sub.url.includes('#') && !sections.has(sub.url))
      sections.set(sub.url, subResultTitle(sub.title));
  }
  if (sections.size > 0) {
    const nav = el('ul', undefined, 'search-result__sections');
    nav.setAttribute(
      'aria-label',
      fill(s['search.result.sections'], { title: link.textContent ?? '' }),
    );
    for (const [href, label] of sections) {
      const li = el('li');
      const a = el('a', label);
      a.href = href;
      li.append(a);
      nav.append(li);
    }
    item.append(nav);
  }
  return item;
}

/** Shows the next results (fragments are fetched only for these); focuses the first new one if asked. */
async function showMore(q: Session, focusFirst: boolean): Promise<void> {
  const size = q.drawn === 0 ? SEARCH_FIRST_PAGE : SEARCH_PAGE_SIZE;
  const slice = q.results.slice(q.drawn, q.drawn + size);
  const data = await Promise.all(slice.map((r) => r.hit.data()));
  if (q.stale) return;
  const items = data.map((d) => renderResult(d, q.keep));
  list.append(...items);
  q.drawn += slice.length;
  more.hidden = q.drawn >= q.results.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Rebuilds the kind filter from the counts of a query, the chosen kind checked. */
function renderFilters(counts: Map<string, number>, total: number, kind: string): void {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && active.name === PARAMS.kind ? active.value : undefined;
  filterOptions.replaceChildren();
  const options: [string, string, number][] = [['', s['search.filter.all'], total]];
  for (const [name, count] of counts) {
    if (count > 0 || name === kind) options.push([name, decodeFromIndex(name), count]);
  }
  for (const [index, [value, label, count]] of options.entries()) {
    const id = `${PARAMS.kind}-${index}`;
    const radio = el('input');
    radio.type = 'radio';
    radio.name = PARAMS.kind;
    radio.value = value;
    radio.id = id;
    radio.checked = value === kind;
    const text = el('label', fill(s['search.filter.option'], { label, count }));
    text.htmlFor = id;
    const row = el('div', undefined, 'search-filters__option');
    row.append(radio, text);
    filterOptions.append(row);
    if (value === focused) radio.focus();
  }
  filterBox.hidden = total === 0;
}

/** Runs a session's search and renders it; an empty box shows the help. */
async function run(q: Session): Promise<void> {
  if (q.stale) return;
  history.replaceState(null, '', urlFor(q.shown, q.kind, exact));
  list.replaceChildren();
  more.hidden = true;
  noResults.hidden = true;
  if (!hasWords(q.query)) {
    filterBox.hidden = true;
    help.hidden = false;
    renderCorrection(q, undefined);
    status.textContent = q.query === '' ? '' : s['search.status.needWords'];
    return;
  }
  help.hidden = true;
  status.textContent = s['search.status.searching'];
  let prepared: Prepared;
  try {
    prepared = await q.search();
  } catch {
    if (!q.stale) status.textContent = s['search.status.failed'];
    return;
  }
  // Everything is drawn in one go once the kinds and the first fragments are in: the filter, the
  // reading, the count and the results appear together, and nothing already shown moves.
  const kindOfPage = await loadKinds().catch(() => new Map<string, string>());
  // Typing went on while this search ran: its results (and their fragments) would only be replaced.
  if (q.stale) return;
  const { all } = prepared;
  const found = ofKind(all, q.kind, kindOfPage);
  const first = await Promise.all(found.slice(0, SEARCH_FIRST_PAGE).map((r) => r.hit.data()));
  if (q.stale) return;
  // The first page is reordered once its fragments are in (search-rank.ts).
  q.results = rerankFirstPage(found, first);
  q.keep = searchedWords(prepared.texts);
  renderCorrection(q, searchedFor(q.shown, prepared));
  // Counts per kind come from all results, so every kind keeps its count while one is chosen.
  const counts = new Map<string, number>([...new Set(kindOfPage.values())].map((k) => [k, 0]));
  for (const r of all) {
    const k = kindOfPage.get(r.hit.id);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  renderFilters(counts, all.length, q.kind);
  const scope = q.kind ? fill(s['search.status.scope'], { kind: decodeFromIndex(q.kind) }) : '';
  if (q.results.length === 0) {
    status.textContent = fill(s['search.status.none'], { query: q.shown, scope });
    noResults.hidden = false;
  } else {
    await showMore(q, false);
    if (q.stale) return;
    status.textContent = fill(s['search.status.found'], {
      count: q.results.length,
      query: q.shown,
      scope,
    });
  }
}

input.addEventListener('input', () => {
  const q = start();
  // While typing, fetch the index chunks of the words typed so far: every finished word, and the
  // word being typed once it has PRELOAD_LETTERS letters. Searching itself waits for a pause.
  const words = forEngine(q.query).split(' ');
  if ([...(words.at(-1) ?? '')].length < PRELOAD_LETTERS) words.pop();
  if (words.length > 0)
    void loadPagefind()
      .then((pf) => pf.preload(words.join(' ')))
      .catch(() => {});
  void typedReadingsFor(tidyQuery(q.query))?.catch(() => {});
  if (hasWords(q.query)) setTimeout(() => warm(q), PAUSE_MS);
  // A session made stale by a later key neither searches nor draws when its time comes.
  setTimeout(() => void run(q), DEBOUNCE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(start());
});
filterBox.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === PARAMS.kind) void run(start(target.value));
});
more.addEventListener('click', () => void showMore(session, true));
// Start loading the engine as soon as the reader is about to type, so results arrive as typing stops.
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

// Run what the box holds: an input of type search drops line breaks from the value it is given.
void run(session);
