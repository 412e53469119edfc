// The search page: runs Pagefind on `?q=`, keeps the URL in step with what is typed, and renders
// results. Loaded only by /tim-kiem/. Its strings, the abbreviation vocabulary and the URL parameter
// names come from the form's data-search attribute, written by the page from src/i18n.
import {
  INDEX_CHUNK_PREFIX,
  MAX_QUERY_LENGTH,
  SITE_WORDS_FILE,
  SEARCH_FIRST_PAGE,
  SEARCH_IDS,
  SEARCH_PAGE_SIZE,
} from '../constants.ts';
import type { Abbreviation } from '../vietnamese/abbreviations.ts';
import {
  bestReading,
  confusedSpellings,
  splitCodes,
  stripQuestion,
  tidyQuery,
} from '../search/readings.ts';
import {
  fold,
  planQuery,
  VARIANT_WEIGHTS,
  type QueryPlan,
  type QueryVariant,
} from '../search/search-query.ts';
import {
  adjacentPairs,
  mergeRankings,
  type RankedHit,
  type VariantResult,
} from '../search/search-rank.ts';
import {
  matchingSections,
  parseExcerpt,
  searchedWords,
  subResultTitle,
  type IndexAnchor,
  type WeightedLocation,
} from '../search/search-results.ts';
import { fill, type SearchStrings } from '../search/search-strings.ts';
import { cleanQuery, decodeFromIndex, forEngine } from '../search/search-text.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  locations: number[];
  weighted_locations: WeightedLocation[];
  anchors: (IndexAnchor & { element: string; text?: string })[];
  sub_results: { title: string; url: string; excerpt: string; anchor?: { id: string } }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string) => Promise<void>;
}
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

/** Loads Pagefind once: when the box gets focus, or on the first search. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ form.dataset['pagefind']!)) as Pagefind;
    await pf.options({
      baseUrl: form.dataset['base'],
      excerptLength: 26,
      // Search on the main thread: the worker would cost a second copy of the engine (12 KB).
      noWorker: true,
      ranking: { metaWeights: { title: 5, ma: 10 } },
    });
    await pf.init();
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
    const names = Object.keys((await pf.filters())[PARAMS.kind] ?? {});
    const kindOf = new Map<string, string>();
    const pages = await Promise.all(
      names.map((name) => pf.search(null, { filters: { [PARAMS.kind]: [name] } })),
    );
    for (const [i, name] of names.entries())
      for (const page of pages[i]?.results ?? []) kindOf.set(page.id, name);
    // Pagefind quietly skips a filter file that failed to load: no kinds means ask again next time.
    if (kindOf.size === 0) kinds = undefined;
    return kindOf;
  })();
  return kinds;
}

/** How many Pagefind searches one query may make, phrase and pair searches included. */
const MAX_SEARCHES = 24;
/** How many pairs a confusion reading may check against the site (each a phrase search). */
const MAX_PAIR_CHECKS = 12;
/** Fewer results than this, or none holding the query's words together, and other readings are tried. */
const FEW_RESULTS = 3;

/**
 * The Pagefind searches of one query: each distinct string is searched once (pairs shared by
 * several readings, a reading equal to another), and at most MAX_SEARCHES strings in all.
 */
class Searches {
  private readonly memo = new Map<string, Promise<PagefindResult[]>>();
  constructor(private readonly pf: Pagefind) {}
  /** Results of a string, or none once the budget is spent. */
  run(query: string): Promise<PagefindResult[]> {
    let found = this.memo.get(query);
    if (found) return found;
    if (this.memo.size >= MAX_SEARCHES) return Promise.resolve([]);
    found = this.pf.search(query).then((r) => r?.results ?? []);
    this.memo.set(query, found);
    return found;
  }
  async ids(query: string): Promise<Set<string>> {
    return new Set((await this.run(query)).map((r) => r.id));
  }
  get count(): number {
    return this.memo.size;
  }
}

/** Searches one string with its phrase and adjacent pairs. */
async function searchVariant(
  searches: Searches,
  variant: QueryVariant,
  withPairs = true,
): Promise<VariantResult<PagefindResult>> {
  const text = forEngine(variant.text);
  const pairs = withPairs ? adjacentPairs(text) : [];
  const [hits, pairHits, phrase] = await Promise.all([
    searches.run(text),
    Promise.all(pairs.map((pair) => searches.ids(`"${pair}"`))),
    pairs.length > 1 ? searches.ids(`"${text}"`) : undefined,
  ]);
  return {
    text: variant.text,
    weight: variant.weight,
    hits,
    pairs: pairHits,
    phrase: phrase ?? pairHits[0],
  };
}

/**
 * The words a page holds, each searched alone: a page scores by how many of them it holds (and,
 * through the pairs, how close together), so that a page is found whenever a word is on the site.
 */
async function searchSomeWords(
  searches: Searches,
  text: string,
): Promise<VariantResult<PagefindResult>> {
  const words = [...new Set(text.split(' ').filter(hasWords))].slice(0, 6);
  const found = await Promise.all(words.map((w) => searches.run(forEngine(w))));
  const pages = new Map<string, { hit: PagefindResult; sum: number; held: number }>();
  for (const results of found)
    for (const r of results) {
      const page = pages.get(r.id) ?? { hit: r, sum: 0, held: 0 };
      page.sum += r.score;
      page.held++;
      pages.set(r.id, page);
    }
  const n = words.length;
  const hits = [...pages.values()].map(({ hit, sum, held }) => ({
    id: hit.id,
    data: hit.data,
    score: (sum / n) * (held / n) ** 2,
  }));
  const pairs = adjacentPairs(forEngine(words.join(' ')));
  const pairHits = await Promise.all(pairs.map((pair) => searches.ids(`"${pair}"`)));
  return {
    text: words.join(' '),
    weight: VARIANT_WEIGHTS.someWords,
    hits,
    pairs: pairHits,
    phrase: undefined,
  };
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

/** The words of a query respelt for confusions of sounds, when that gives more of the site's pairs. */
async function confusionReading(searches: Searches, text: string): Promise<string | undefined> {
  const words = text.split(' ');
  if (words.length > 8) return undefined;
  const vocabulary = await loadSiteWords();
  const options = words.map((w) => [w, ...confusedSpellings(w, vocabulary).slice(0, 2)]);
  if (words.length === 1) {
    const [typed, ...others] = options[0]!;
    return vocabulary.has(fold(typed!)) ? undefined : others[0];
  }
  const best = await bestReading(
    options,
    (a, b) => searches.ids(`"${forEngine(`${a} ${b}`)}"`),
    async (respelt) => (await searches.ids(`"${forEngine(respelt.join(' '))}"`)).size > 0,
    MAX_PAIR_CHECKS,
  );
  return best?.join(' ');
}

/** Whether a ranking leaves room for other readings: few results, or none with the words together. */
function weak(
  results: readonly VariantResult[],
  ranked: readonly RankedHit[],
  words: number,
): boolean {
  if (ranked.length < FEW_RESULTS) return true;
  return words > 1 && !results.some((r) => r.hits.length > 0 && (r.phrase?.size ?? 0) > 0);
}

/** The merged results of a query, and the reading that ranked the first of them when it was not the query. */
interface Searched {
  all: RankedHit<PagefindResult>[];
  /** Every string searched that found something: its words are the ones to mark in excerpts. */
  texts: string[];
}

/**
 * Searches every string of a plan, each with its phrase and adjacent pairs, and merges them. When
 * they find little or rank weakly, tries the query without its question words, respelt for
 * confusions of sounds, and at last its words one by one. Sub-searches are memoised and capped.
 */
async function searchPlan(pf: Pagefind, plan: QueryPlan, exactly: boolean): Promise<Searched> {
  const searches = new Searches(pf);
  const results = await Promise.all(plan.variants.map((v) => searchVariant(searches, v)));
  const found = () => results.filter((v) => v.hits.length > 0);
  let all = mergeRankings(found());
  const base = plan.variants[0]!.text;
  const words = base.split(' ').length;
  if (!exactly && weak(results, all, words)) {
    const question = stripQuestion(base);
    if (question !== undefined)
      results.push(
        await searchVariant(searches, { text: question, weight: VARIANT_WEIGHTS.question }),
      );
    const content = question ?? base;
    const respelt = await confusionReading(searches, content);
    if (respelt !== undefined)
      results.push(
        await searchVariant(searches, { text: respelt, weight: VARIANT_WEIGHTS.confusion }),
      );
    all = mergeRankings(found());
    if (all.length === 0 && content.split(' ').length > 1) {
      results.push(await searchSomeWords(searches, content));
      all = mergeRankings(found());
    }
  }
  return { all, texts: found().map((v) => v.text) };
}

/** Whether a cleaned query has something to search for: a letter or a digit. */
function hasWords(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
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
      ...(await searchPlan(pf, plan, exactly)),
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
  const kindName = data.filters[PARAMS.kind]?.[0];
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
  const results = kind === '' ? all : ofKind(all, kindOfPage);
  await Promise.all(results.slice(0, SEARCH_FIRST_PAGE).map((r) => r.hit.data()));
  if (token !== generation) return;
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
