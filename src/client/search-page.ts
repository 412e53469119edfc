// A search page, the campaign's (search.ts) or the archive's (src/archive/client/): what is typed,
// searched and drawn, the same on both. Each edit, Enter or choice in the filter starts a session;
// the page keeps the URL in step, draws the results (with their sections and marked excerpt), the
// reading the query was searched as, the filter with its counts and the status, and shows more on
// demand. What differs is the site's, given to startSearchPage: which engine it searches, how its
// results are found and filtered (by kind, by campaign), and what it draws besides. Strings, the
// abbreviation vocabulary and the URL parameter names come from the form's data-search attribute,
// written by the page from src/i18n.
import {
  MAX_QUERY_LENGTH,
  PAGEFIND_WORKER_FILE,
  SEARCH_FIRST_PAGE,
  SEARCH_IDS,
  SEARCH_KIND_FILTER,
  SEARCH_PAGE_SIZE,
} from '../constants.ts';
import { fold } from '../vietnamese/fold.ts';
import { splitCodes, tidyQuery } from '../search/tidy-query.ts';
import { mayBeMistyped, planQuery, type QueryPlan } from '../search/search-query.ts';
import { rerankFirstPage, type RankedHit } from '../search/search-rank.ts';
import {
  matchingSections,
  parseExcerpt,
  searchedWords,
  subResultTitle,
} from '../search/search-results.ts';
import { fill, type SearchPageData } from '../search/search-strings.ts';
import { cleanQuery, decodeFromIndex, forEngine } from '../search/search-text.ts';
import {
  hasWords,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type Searched,
} from './search-engine.ts';
import { engineOptions } from './engine-options.ts';
import { startPagefindWorker } from './pagefind-worker.ts';

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

/** The page's data-search attribute: a site reads its own fields from it too. */
export const pageData: unknown = JSON.parse(form.dataset['search']!);
const { strings: s, abbreviations, params } = pageData as SearchPageData;
/** The address of Pagefind's script, pagefind.js (`data-pagefind`). */
export const pagefindScript = form.dataset['pagefind']!;
/** Where Pagefind's files are: pagefind.js, its worker and the index, and the site's words. */
export const indexUrl = new URL(pagefindScript, location.href);
/** The address's parameters as the page was opened. */
export const initialParams = new URLSearchParams(location.search);
/** Search the letters as typed (the address of the "as typed" link says so): fixed for the visit. */
export const exact = initialParams.has(params.exact);

/** A loader that runs once, or again after it failed. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Pagefind's options for the page's own index, from the form's data- attributes. */
export function pagefindOptions(): Record<string, unknown> {
  return engineOptions(
    { script: pagefindScript, base: form.dataset['base'], language: document.documentElement.lang },
    location.href,
  );
}

/**
 * Pagefind on the page's own index: in its web worker, so that searching never holds up typing or
 * painting; on the main thread, taking turns, if the worker cannot start.
 */
export const ownPagefind = once(async (): Promise<Pagefind> => {
  try {
    return await startPagefindWorker(
      new URL(PAGEFIND_WORKER_FILE, indexUrl).href,
      pagefindOptions(),
    );
  } catch {
    return (await import('./main-thread.ts')).startOnMainThread(pagefindScript, pagefindOptions());
  }
});

const loadTypedReadings = once(() => import('../search/typed-readings.ts'));
/**
 * The readings of Telex, VNI and slips, loaded only for a query with a word they could read (the
 * search waits for them; typing such a word starts loading them).
 */
function typedReadingsFor(query: string) {
  if (exact) return undefined;
  const split = splitCodes(query, abbreviations) ?? query;
  return mayBeMistyped(split, abbreviations) ? loadTypedReadings() : undefined;
}

/** One value of the filter: its value in the address, its label, and how many results it holds. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** What a site's search found for a query and the value chosen in its filter. */
export interface Found {
  /** The search whose reading and marked words the page shows. */
  searched: Searched;
  /** The results to draw, ranked (the first page is reordered once its fragments are in). */
  results: RankedHit<PagefindResult>[];
  /** The filter's values besides "all", in order, each counted over every result. */
  options: FilterOption[];
  /** What "all" counts. */
  total: number;
  /** What the status says of the part searched (empty when it is everything). */
  scope: string;
  /** What a result belongs to, named above its kind (the archive's campaign), if anything. */
  owner?: ((hit: PagefindResult, data: PagefindResultData) => string | undefined) | undefined;
}

/** What differs from one site's search page to the other's. */
export interface SearchSite {
  /** The URL parameter of the filter, which is also its radios' name. */
  filterParam: string;
  /** The filter's value when the page opens. */
  filter: string;
  /** The engine, started when the box gets focus or on the first search; typed words preload in it. */
  engine(): Promise<Pagefind>;
  /** Searches a query's plan and finds the results of the value chosen in the filter. */
  find(plan: QueryPlan, filter: string): Promise<Found>;
  /** Called whenever a search, or an empty box, has been drawn. */
  drawn?(hasQuery: boolean): void;
}

/** A query searched: its plan and what the site found, ready to draw. */
interface Prepared extends Found {
  plan: QueryPlan;
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

/** A result's page data, or undefined when its fragment cannot be fetched (it is left out). */
async function dataOf(hit: PagefindResult): Promise<PagefindResultData | undefined> {
  try {
    return await hit.data();
  } catch {
    return undefined;
  }
}

/**
 * The words searched when they are not the words typed: what a Telex/VNI query or a code run
 * together was read as, or the reading that ranked the first result (the query without its
 * question words, respelt, or some of its words).
 */
function searchedFor(shown: string, plan: QueryPlan, searched: Searched): string | undefined {
  const top = searched.all[0]?.text;
  const primary = plan.variants[0]?.text;
  const reading =
    top !== undefined && top !== primary && !plan.variants.some((v) => v.text === top)
      ? top
      : plan.decoded;
  if (reading === undefined) return undefined;
  const words = (text: string) =>
    fold(text)
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(' ') ?? '';
  return words(reading) === words(shown) ? undefined : reading;
}

/**
 * Renders one result: what it belongs to (the archive's campaign) and its kind, linked title,
 * excerpt with matches marked, links to matching sections.
 */
function renderResult(
  data: PagefindResultData,
  keep: (marked: string) => boolean,
  owner: string | undefined,
): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  if (owner) item.append(el('p', owner, 'search-result__campaign'));
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

/** What a site may ask of its search page once started. */
export interface SearchPageControl {
  /**
   * Searches what is in the box again once `change` is made (the archive's next turn of campaigns):
   * the status says it is searching meanwhile, and the focus goes to the first result.
   */
  searchAgain(change: () => Promise<void>): Promise<void>;
}

/**
 * Starts the search page of a site: runs what the box holds, and listens to typing, Enter, the
 * filter and the "more" button.
 */
export function startSearchPage(site: SearchSite): SearchPageControl {
  /**
   * One search as the reader asked for it: what is in the box and the value chosen in the filter;
   * its search, made once whether a pause in typing or the debounce asks first; the results drawn.
   * Each edit, Enter and choice in the filter starts a new session, and the one before is stale:
   * whatever it is still doing (searching at a pause, drawing, showing more) stops there and draws
   * nothing. Enter or a choice in the filter searches again, since Pagefind quietly skips an index
   * chunk that failed to load.
   */
  class Session {
    /** Shown and kept in the URL as typed. */
    readonly shown: string;
    /** Searched cleaned (NFC, codes closed up). */
    readonly query: string;
    /** The results ranked, how many are drawn, which marked words their excerpts keep, whose they are. */
    results: RankedHit<PagefindResult>[] = [];
    drawn = 0;
    keep: (marked: string) => boolean = () => true;
    owner: Found['owner'];

    constructor(
      raw: string,
      readonly filter: string,
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
      const [, typed] = await Promise.all([
        site.engine(),
        typedReadingsFor(query)?.catch(() => undefined),
      ]);
      const plan = planQuery(query, abbreviations, { exact, splitCodes, ...typed });
      return { plan, ...(await site.find(plan, this.filter)) };
    });
  }

  let session = new Session((input.value = initialParams.get(params.query) ?? ''), site.filter);

  /** Starts a session for what is in the box (with the value chosen); the one before is stale. */
  function start(filter = session.filter): Session {
    return (session = new Session(input.value, filter));
  }

  /**
   * After a short pause in typing: searches the query and, unless the session is stale by then
   * (typing went on), fetches the fragments of the results the first page will show, so that when
   * the debounce ends little more than rendering is left.
   */
  function warm(q: Session): void {
    void q
      .search()
      .then(async ({ results }) => {
        if (q.stale) return;
        await Promise.all(results.slice(0, SEARCH_FIRST_PAGE).map((r) => dataOf(r.hit)));
      })
      .catch(() => {});
  }

  /** The search page's URL for a query, a value of the filter and the exact switch. */
  function urlFor(query: string, filter: string, exactly: boolean): URL {
    const url = new URL(location.href);
    url.search = '';
    if (query !== '') url.searchParams.set(params.query, query);
    if (filter !== '') url.searchParams.set(site.filterParam, filter);
    if (exactly) url.searchParams.set(params.exact, '1');
    return url;
  }

  /** Says what the query was read as, with a link to search the letters as typed. */
  function renderCorrection(q: Session, reading: string | undefined): void {
    corrected.replaceChildren();
    corrected.hidden = reading === undefined;
    if (reading === undefined) return;
    const asTyped = el('a', q.shown);
    asTyped.href = urlFor(q.shown, q.filter, true).href;
    corrected.append(
      `${s['search.corrected.searchedFor']} `,
      el('strong', reading),
      `. ${s['search.corrected.exact']} `,
      asTyped,
    );
  }

  /** Shows the next results (fragments are fetched only for these); focuses the first new one if asked. */
  async function showMore(q: Session, focusFirst: boolean): Promise<void> {
    const size = q.drawn === 0 ? SEARCH_FIRST_PAGE : SEARCH_PAGE_SIZE;
    const slice = q.results.slice(q.drawn, q.drawn + size);
    const data = await Promise.all(slice.map((r) => dataOf(r.hit)));
    if (q.stale) return;
    const items = slice.flatMap((r, i) => {
      const d = data[i];
      return d ? [renderResult(d, q.keep, q.owner?.(r.hit, d))] : [];
    });
    list.append(...items);
    q.drawn += slice.length;
    more.hidden = q.drawn >= q.results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** Rebuilds the filter from the counts of a query, the chosen value checked. */
  function renderFilter(options: readonly FilterOption[], total: number, chosen: string): void {
    const name = site.filterParam;
    const active = document.activeElement;
    const focused =
      active instanceof HTMLInputElement && active.name === name ? active.value : undefined;
    filterOptions.replaceChildren();
    const shown = [
      { value: '', label: s['search.filter.all'], count: total },
      ...options.filter((o) => o.count > 0 || o.value === chosen),
    ];
    for (const [index, { value, label, count }] of shown.entries()) {
      const id = `${name}-${index}`;
      const radio = el('input');
      radio.type = 'radio';
      radio.name = name;
      radio.value = value;
      radio.id = id;
      radio.checked = value === chosen;
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
    history.replaceState(null, '', urlFor(q.shown, q.filter, exact));
    list.replaceChildren();
    more.hidden = true;
    noResults.hidden = true;
    if (!hasWords(q.query)) {
      filterBox.hidden = true;
      help.hidden = false;
      renderCorrection(q, undefined);
      site.drawn?.(false);
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
    // Typing went on while this search ran: its results (and their fragments) would only be replaced.
    if (q.stale) return;
    // Everything is drawn in one go once the first fragments are in: the filter, the reading, the
    // count and the results appear together, and nothing already shown moves.
    const { results, scope } = prepared;
    const first = await Promise.all(results.slice(0, SEARCH_FIRST_PAGE).map((r) => dataOf(r.hit)));
    if (q.stale) return;
    // The first page is reordered once its fragments are in (search-rank.ts); a result whose
    // fragment could not be fetched is left out.
    q.results = rerankFirstPage(
      results.filter((_, i) => i >= SEARCH_FIRST_PAGE || first[i] !== undefined),
      first.filter((d): d is PagefindResultData => d !== undefined),
    );
    q.keep = searchedWords(prepared.searched.texts);
    q.owner = prepared.owner;
    renderCorrection(q, searchedFor(q.shown, prepared.plan, prepared.searched));
    renderFilter(prepared.options, prepared.total, q.filter);
    site.drawn?.(true);
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
      void site
        .engine()
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
    if (target.name === site.filterParam) void run(start(target.value));
  });
  more.addEventListener('click', () => void showMore(session, true));
  // Start loading the engine as soon as the reader is about to type, so results arrive as typing stops.
  input.addEventListener('focus', () => void site.engine().catch(() => undefined), { once: true });

  // Run what the box holds: an input of type search drops line breaks from the value it is given.
  void run(session);
  return {
    async searchAgain(change) {
      status.textContent = s['search.status.searching'];
      await change();
      await run(start());
      list.querySelector('a')?.focus();
    },
  };
}
