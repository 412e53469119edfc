// The search page: runs Pagefind on `?q=`, keeps the URL in step with what is typed, and renders
// results. Loaded only by /tim-kiem/. Its strings, the abbreviation vocabulary and the URL parameter
// names come from the form's data-search attribute, written by the page from src/i18n.
import {
  INDEX_CHUNK_PREFIX,
  MAX_QUERY_LENGTH,
  SITE_WORDS_FILE,
  SEARCH_FIRST_PAGE,
  SEARCH_IDS,
  SEARCH_KIND_FILTER,
  SEARCH_PAGE_SIZE,
} from '../constants.ts';
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import { splitCodes, tidyQuery } from '../search/readings.ts';
import { planQuery, type QueryPlan } from '../search/search-query.ts';
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
import { engineOptions, takingTurns, WORKER_FILE } from './engine-options.ts';
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

let pagefind: Promise<Pagefind> | undefined;
let kinds: Promise<Map<string, string>> | undefined;
let generation = 0;
let current:
  | { results: RankedHit<PagefindResult>[]; shown: number; keep: (marked: string) => boolean }
  | undefined;
const initialParams = new URLSearchParams(location.search);
let kind = initialParams.get(PARAMS.kind) ?? '';
let exact = initialParams.has(PARAMS.exact);

/**
 * Loads Pagefind once, when the box gets focus or on the first search: in its web worker, so that
 * searching never holds up typing or painting; on the main thread, taking turns, if the worker
 * cannot start.
 */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const script = form.dataset['pagefind']!;
    const options = engineOptions(
      { script, base: form.dataset['base'], language: document.documentElement.lang },
      location.href,
    );
    let pf: Pagefind;
    try {
      pf = await startPagefindWorker(
        new URL(WORKER_FILE, new URL(script, location.href)).href,
        options,
      );
    } catch {
      const engine = (await import(/* @vite-ignore */ script)) as Pagefind;
      await engine.options({ ...options, noWorker: true });
      await engine.init();
      pf = takingTurns(engine);
    }
    // The kind of every page is needed by every search: load it with the engine.
    void loadKinds(pf).catch(() => undefined);
    return pf;
  })();
  return pagefind;
}

/**
 * The kind of every page, from one filter-only search per kind (ids only, no fragments), so merged
 * results can be counted and filtered per kind. Built once, after the first results are shown.
 */
function loadKinds(pf: Pagefind): Promise<Map<string, string>> {
  kinds ??= (async () => {
    const names = Object.keys((await pf.filters())[SEARCH_KIND_FILTER] ?? {});
    const kindOf = new Map<string, string>();
    const pages = await Promise.all(
      names.map((name) => pf.search(null, { filters: { [SEARCH_KIND_FILTER]: [name] } })),
    );
    for (const [i, name] of names.entries())
      for (const page of pages[i]?.results ?? []) kindOf.set(page.id, name);
    // Pagefind quietly skips a filter file that failed to load: no kinds means ask again next time.
    if (kindOf.size === 0) kinds = undefined;
    return kindOf;
  })();
  return kinds;
}

let siteWords: Promise<Set<string>> | undefined;
/** The site's words (folded), written by the build next to the index; fetched only when needed. */
function loadSiteWords(): Promise<Set<string>> {
  siteWords ??= fetch(new URL(SITE_WORDS_FILE, new URL(form.dataset['pagefind']!, location.href)))
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => new Set(text.split('\n').filter((w) => w !== '')))
    .catch(() => {
      siteWords = undefined;
      return new Set<string>();
    });
  return siteWords;
}

/** A query searched: its plan and its merged results, ready to render. */
interface Prepared extends Searched {
  plan: QueryPlan;
  pf: Pagefind;
}
let latest: { query: string; exact: boolean; result: Promise<Prepared> } | undefined;

/** Searches a cleaned query once, whether a pause in typing (warm) or the debounce (run) asks first. */
function prepare(query: string): Promise<Prepared> {
  if (latest?.query !== query || latest.exact !== exact) {
    const exactly = exact;
    const plan = planQuery(exactly ? query : tidyQuery(query) || query, config.abbreviations, {
      exact: exactly,
      splitCodes,
    });
    const result = loadPagefind().then(async (pf) => ({
      plan,
      pf,
      ...(await searchPlan(pf, plan, exactly, loadSiteWords)),
    }));
    latest = { query, exact, result };
    // A failed search is tried again the next time, not remembered.
    result.catch(() => {
      if (latest?.result === result) latest = undefined;
    });
  }
  return latest.result;
}

/** The results of the chosen kind (all of them when no kind is chosen). */
function ofKind<T extends { hit: { id: string } }>(
  all: T[],
  kindOf: Map<string, string> | undefined,
): T[] {
  return kindOf ? all.filter((r) => kindOf.get(r.hit.id) === kind) : all;
}

/**
 * After a short pause in typing: searches the query and, if typing has not gone on meanwhile,
 * fetches the fragments of the results the first page will show, so that when the debounce ends
 * little more than rendering is left.
 */
function warm(query: string): void {
  void prepare(query)
    .then(async ({ pf, all }) => {
      // Typing went on during the search: these results will not be shown.
      if (cleanQuery(input.value) !== query) return;
      const kindOf = kind === '' ? undefined : await loadKinds(pf);
      await Promise.all(
        ofKind(all, kindOf)
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

/** The search page's URL for a query, the current filter and the exact switch. */
function urlFor(query: string, exactly: boolean): URL {
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
function renderCorrection(shown: string, reading: string | undefined): void {
  corrected.replaceChildren();
  corrected.hidden = reading === undefined;
  if (reading === undefined) return;
  const asTyped = el('a', shown);
  asTyped.href = urlFor(shown, true).href;
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
async function showMore(focusFirst: boolean): Promise<void> {
  if (!current) return;
  const token = generation;
  const size = current.shown === 0 ? SEARCH_FIRST_PAGE : SEARCH_PAGE_SIZE;
  const slice = current.results.slice(current.shown, current.shown + size);
  const data = await Promise.all(slice.map((r) => r.hit.data()));
  if (token !== generation) return;
  const items = data.map((d) => renderResult(d, current!.keep));
  list.append(...items);
  current.shown += slice.length;
  more.hidden = current.shown >= current.results.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Rebuilds the kind filter from the counts of the current query. */
function renderFilters(counts: Map<string, number>, total: number): void {
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

/** Runs a search for what is in the box and renders it; an empty box shows the help. */
async function run(raw: string): Promise<void> {
  const token = ++generation;
  // Shown and kept in the URL as typed; searched cleaned (NFC, codes closed up).
  const shown = raw.trim().slice(0, MAX_QUERY_LENGTH);
  const query = cleanQuery(raw);
  history.replaceState(null, '', urlFor(shown, exact));
  list.replaceChildren();
  more.hidden = true;
  noResults.hidden = true;
  if (!hasWords(query)) {
    current = undefined;
    filterBox.hidden = true;
    help.hidden = false;
    renderCorrection(shown, undefined);
    status.textContent = query === '' ? '' : s['search.status.needWords'];
    return;
  }
  help.hidden = true;
  status.textContent = s['search.status.searching'];
  let prepared: Prepared;
  let known: Promise<Map<string, string>>;
  try {
    prepared = await prepare(query);
    // The memo only hands a search made during a pause to the debounce: Pagefind quietly skips an
    // index chunk that failed to load, so a later run (Enter, a kind chosen) searches again.
    if (latest?.query === query) latest = undefined;
    known = loadKinds(prepared.pf).catch(() => new Map<string, string>());
  } catch {
    if (token === generation) status.textContent = s['search.status.failed'];
    return;
  }
  // Typing went on while this search ran: its results (and their fragments) would only be replaced.
  if (token !== generation || input.value !== raw) return;
  const { all } = prepared;
  // Everything is drawn in one go once the kinds and the first fragments are in: the filter, the
  // reading, the count and the results appear together, and nothing already shown moves.
  const kindOfPage = await known;
  if (token !== generation) return;
  const found = kind === '' ? all : ofKind(all, kindOfPage);
  const first = await Promise.all(found.slice(0, SEARCH_FIRST_PAGE).map((r) => r.hit.data()));
  if (token !== generation) return;
  // The first page is reordered once its fragments are in (search-rank.ts).
  const results = rerankFirstPage(found, first);
  current = { results, shown: 0, keep: searchedWords(prepared.texts) };
  renderCorrection(shown, searchedFor(shown, prepared));
  // Counts per kind come from all results, so every kind keeps its count while one is chosen.
  const counts = new Map<string, number>([...new Set(kindOfPage.values())].map((k) => [k, 0]));
  for (const r of all) {
    const k = kindOfPage.get(r.hit.id);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  renderFilters(counts, all.length);
  const scope = kind ? fill(s['search.status.scope'], { kind: decodeFromIndex(kind) }) : '';
  if (results.length === 0) {
    status.textContent = fill(s['search.status.none'], { query: shown, scope });
    noResults.hidden = false;
  } else {
    await showMore(false);
    if (token !== generation) return;
    status.textContent = fill(s['search.status.found'], {
      count: results.length,
      query: shown,
      scope,
    });
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let early: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  clearTimeout(early);
  // While typing, fetch the index chunks of the words typed so far: every finished word, and the
  // word being typed once it has the letters that name its chunk (src/integrations/
  // pagefind-chunks.ts); a shorter start would fetch a neighbouring chunk. Searching itself waits
  // for a pause: it runs on the main thread and would slow typing on a large site.
  const query = cleanQuery(input.value);
  const words = forEngine(query).split(' ');
  if ([...(words.at(-1) ?? '')].length < INDEX_CHUNK_PREFIX) words.pop();
  if (words.length > 0)
    void loadPagefind()
      .then((pf) => pf.preload(words.join(' ')))
      .catch(() => {});
  if (hasWords(query)) early = setTimeout(() => warm(query), PAUSE_MS);
  timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  clearTimeout(early);
  void run(input.value);
});
filterBox.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name !== PARAMS.kind) return;
  kind = target.value;
  void run(input.value);
});
more.addEventListener('click', () => void showMore(true));
// Start loading the engine as soon as the reader is about to type, so results arrive as typing stops.
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

input.value = initialParams.get(PARAMS.query) ?? '';
// Run what the box holds: an input of type search drops line breaks from the value it is given.
void run(input.value);
