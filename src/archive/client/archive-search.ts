// The archive's search page: one search across the campaigns, a turn of campaigns at a time, the
// newest first: the first turn is in the archive's own index (the archive's build indexes the
// newest campaigns' pages with its own), searched in Pagefind's worker as a campaign's search does;
// the older ones, when the reader asks, are searched in each campaign's own index, published with
// its site, merged into the archive's in the browser (Pagefind's multisite search, pagefind.js).
// A campaign whose index cannot be fetched is left out and named; the others answer. The readings
// of a query and the ranking are the campaign search's (src/search/, src/client/search-engine.ts).
// Strings, parameter names and the campaigns come from the form's data-search attribute.
import {
  MAX_QUERY_LENGTH,
  PAGEFIND_WORKER_FILE,
  SEARCH_FIRST_PAGE,
  SEARCH_IDS,
  SEARCH_KIND_FILTER,
  SEARCH_PAGE_SIZE,
} from '../../constants.ts';
import { splitCodes, tidyQuery } from '../../search/tidy-query.ts';
import { mayBeMistyped, planQuery, type QueryPlan } from '../../search/search-query.ts';
import { fold } from '../../vietnamese/fold.ts';
import { rerankFirstPage, type RankedHit } from '../../search/search-rank.ts';
import {
  matchingSections,
  parseExcerpt,
  searchedWords,
  subResultTitle,
} from '../../search/search-results.ts';
import { fill } from '../../search/search-strings.ts';
import { cleanQuery, decodeFromIndex, forEngine } from '../../search/search-text.ts';
import {
  hasWords,
  searchPlan,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type Searched,
} from '../../client/search-engine.ts';
import { engineOptions } from '../../client/engine-options.ts';
import { startPagefindWorker } from '../../client/pagefind-worker.ts';
import {
  ARCHIVE_SEARCH_IDS,
  type ArchiveSearchConfig,
  type SearchedCampaign,
} from './archive-search-page.ts';

// As on the campaign search page (src/client/search.ts).
const DEBOUNCE_MS = 100;
const PAUSE_MS = 70;
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
const campaignBox = byId<HTMLFieldSetElement>(ARCHIVE_SEARCH_IDS.campaigns);
const unavailable = byId<HTMLElement>(ARCHIVE_SEARCH_IDS.unavailable);
const turnsLine = byId<HTMLElement>(ARCHIVE_SEARCH_IDS.turns);
const nextTurn = byId<HTMLButtonElement>(ARCHIVE_SEARCH_IDS.nextTurn);

const config = JSON.parse(form.dataset['search']!) as ArchiveSearchConfig;
/** Where the archive's Pagefind files are: pagefind.js, its worker, its index and every campaign's words. */
const indexUrl = new URL(form.dataset['pagefind']!, location.href);
const s = config.strings;
const PARAMS = config.params;
const { turns } = config;
const campaigns = new Map(turns.flat().map((c) => [c.id, c]));

const initialParams = new URLSearchParams(location.search);
let campaign = campaigns.has(initialParams.get(PARAMS.campaign) ?? '')
  ? initialParams.get(PARAMS.campaign)!
  : '';
const exact = initialParams.has(PARAMS.exact);
/** How many turns of campaigns are searched: the first, and as far as a chosen campaign's. */
let turnsSearched = Math.max(1, turns.findIndex((turn) => turn.some((c) => c.id === campaign)) + 1);
/** The campaigns whose index could not be fetched: left out of every search, and named. */
const failed = new Set<string>();

/**
 * A Pagefind instance of Pagefind's own script (pagefind.js), which runs it in its web worker (on
 * the main thread if the worker cannot start) and can merge other sites' indexes into it.
 */
interface MergingPagefind extends Pagefind {
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options: Record<string, unknown>) => Promise<void>;
  destroy: () => Promise<void>;
}

/**
 * The engine of the campaigns searched so far: Pagefind on the archive's own index, and, once a
 * campaign's own index is searched, an instance that merges those indexes into it.
 */
interface Engine {
  pf: Pagefind;
  merging?: MergingPagefind;
  /** Each page's campaign, by Pagefind's id; built once per set of merged campaigns. */
  campaigns?: Promise<Map<string, string>>;
}

let engine: Promise<Engine> | undefined;
let generation = 0;
let current:
  | {
      results: RankedHit<PagefindResult>[];
      shown: number;
      keep: (marked: string) => boolean;
      campaignOf: Map<string, string>;
    }
  | undefined;

/** Pagefind's options for the archive's own index, from the form's data- attributes. */
function ownOptions(): Record<string, unknown> {
  return engineOptions(
    {
      script: form.dataset['pagefind']!,
      base: form.dataset['base'],
      language: document.documentElement.lang,
    },
    location.href,
  );
}

/**
 * Pagefind on the archive's own index alone, as the campaign search page starts it: in its worker,
 * spoken to directly (no pagefind.js to load), else on the main thread, taking turns.
 */
async function startOwnIndex(): Promise<Pagefind> {
  try {
    return await startPagefindWorker(new URL(PAGEFIND_WORKER_FILE, indexUrl).href, ownOptions());
  } catch {
    return (await import('../../client/main-thread.ts')).startOnMainThread(
      form.dataset['pagefind']!,
      ownOptions(),
    );
  }
}

let pagefindScript:
  Promise<{ createInstance: (options: Record<string, unknown>) => MergingPagefind }> | undefined;
/**
 * Pagefind's own script (pagefind.js) on the archive's index, for merging campaigns' indexes into
 * it: its instances merge, and one that a failed index broke can be dropped for a new one.
 */
async function startMerging(): Promise<MergingPagefind> {
  pagefindScript ??= import(/* @vite-ignore */ form.dataset['pagefind']!);
  const { createInstance } = await pagefindScript.catch((error: unknown) => {
    pagefindScript = undefined;
    throw error;
  });
  const pf = createInstance(ownOptions());
  await pf.init();
  return pf;
}

/** Pagefind's options for a campaign's index: the search's own, and the campaign as a filter. */
function mergeOptions(c: SearchedCampaign): Record<string, unknown> {
  const { basePath: _own, baseUrl: _url, language: _language, ...options } = ownOptions();
  return { ...options, mergeFilter: { [PARAMS.campaign]: c.id } };
}

/**
 * Merges campaigns' indexes into an engine. Pagefind keeps an index that failed to load among
 * those it searches, and then every search fails: so a failure is remembered and reported false,
 * and the caller starts again without that campaign.
 */
async function merge(pf: MergingPagefind, list: readonly SearchedCampaign[]): Promise<boolean> {
  // A campaign in the archive's own index (index null) is searched already.
  const merged = list.filter((c): c is SearchedCampaign & { index: string } => c.index !== null);
  const outcomes = await Promise.allSettled(
    merged.map((c) => pf.mergeIndex(c.index, mergeOptions(c))),
  );
  let ok = true;
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === 'rejected') {
      failed.add(merged[i]!.id);
      ok = false;
    }
  }
  return ok;
}

/** The campaigns of the turns searched so far, those that failed left out. */
function searchable(): SearchedCampaign[] {
  return turns
    .slice(0, turnsSearched)
    .flat()
    .filter((c) => !failed.has(c.id));
}

/**
 * The engine with every searchable campaign: the archive's own index alone while it holds them all,
 * else with their own indexes merged. Started once, and again after a campaign's index failed.
 */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    if (searchable().every((c) => c.index === null)) return { pf: await startOwnIndex() };
    for (;;) {
      const merging = await startMerging();
      if (await merge(merging, searchable())) return { pf: merging, merging };
      await merging.destroy();
    }
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** Searches the next turn of campaigns too, then the query again. */
async function searchNextTurn(): Promise<void> {
  if (turnsSearched >= turns.length) return;
  turnsSearched += 1;
  const added = turns[turnsSearched - 1]!;
  turnsLine.hidden = true;
  status.textContent = s['search.status.searching'];
  const loaded = await loadEngine().catch(() => undefined);
  if (loaded?.merging && (await merge(loaded.merging, added))) delete loaded.campaigns;
  else {
    // The archive's own index alone cannot merge; a failed index leaves an instance broken.
    await loaded?.merging?.destroy();
    engine = undefined;
  }
  latest = undefined;
  await run(input.value);
  list.querySelector('a')?.focus();
}

/** The ids of the pages a filter-only search finds, for each value of a filter. */
async function pagesByValue(
  pf: Pagefind,
  filter: string,
  values: readonly string[],
): Promise<Map<string, string>> {
  const found = await Promise.all(
    values.map((value) => pf.search(null, { filters: { [filter]: [value] } })),
  );
  const of = new Map<string, string>();
  for (const [i, value] of values.entries())
    for (const page of found[i]?.results ?? []) of.set(page.id, value);
  return of;
}

/** The campaign of every page the engine can find (the filter each merged index was given). */
function campaignsOf(e: Engine): Promise<Map<string, string>> {
  e.campaigns ??= pagesByValue(
    e.pf,
    PARAMS.campaign,
    searchable().map((c) => c.id),
  );
  return e.campaigns;
}

let typedReadings: Promise<typeof import('../../search/typed-readings.ts')> | undefined;
/**
 * The readings of Telex, VNI and slips, loaded only for a query with a word they could read, as on
 * the campaign search page.
 */
function typedReadingsFor(query: string) {
  if (exact) return undefined;
  const split = splitCodes(query, config.abbreviations) ?? query;
  if (!mayBeMistyped(split, config.abbreviations)) return undefined;
  typedReadings ??= import('../../search/typed-readings.ts').catch((error: unknown) => {
    typedReadings = undefined;
    throw error;
  });
  return typedReadings;
}

/**
 * A query searched: across every campaign (what the filter counts), and within the campaign chosen,
 * where the readings tried when a query finds little are tried on that campaign's pages alone, as
 * its own site would (the same search as the first when none is chosen).
 */
interface Prepared {
  plan: QueryPlan;
  engine: Engine;
  everywhere: Searched;
  here: Searched;
}
let latest:
  { query: string; exact: boolean; campaign: string; result: Promise<Prepared> } | undefined;

/** Pagefind restricted to one campaign's pages (the filter its index was merged with). */
function within(pf: Pagefind, id: string): Pagefind {
  return {
    ...pf,
    search: (query, options) =>
      pf.search(query, { ...options, filters: { ...options?.filters, [PARAMS.campaign]: [id] } }),
  };
}

/** Searches a cleaned query once, whether a pause in typing or the debounce asks first. */
function prepare(query: string): Promise<Prepared> {
  if (latest?.query !== query || latest.exact !== exact || latest.campaign !== campaign) {
    const exactly = exact;
    const chosenCampaign = campaign;
    const tidy = exactly ? query : tidyQuery(query) || query;
    const result = Promise.all([loadEngine(), typedReadingsFor(tidy)?.catch(() => undefined)]).then(
      async ([e, typed]) => {
        const plan = planQuery(tidy, config.abbreviations, {
          exact: exactly,
          splitCodes,
          ...typed,
        });
        const everywhere = searchPlan(e.pf, plan, exactly, indexUrl);
        const here =
          chosenCampaign === ''
            ? everywhere
            : searchPlan(within(e.pf, chosenCampaign), plan, exactly, indexUrl);
        return { plan, engine: e, everywhere: await everywhere, here: await here };
      },
    );
    latest = { query, exact, campaign: chosenCampaign, result };
    result.catch(() => {
      if (latest?.result === result) latest = undefined;
    });
  }
  return latest.result;
}

/**
 * The results of the chosen campaign (all of them when none is chosen), of the campaigns searched:
 * the archive's own page of a campaign not yet searched is left out with the campaign.
 */
function chosen<T extends { hit: { id: string } }>(all: T[], campaignOf: Map<string, string>): T[] {
  return all.filter(
    (r) => campaignOf.has(r.hit.id) && (campaign === '' || campaignOf.get(r.hit.id) === campaign),
  );
}

/** A result's page data, or undefined when its fragment cannot be fetched. */
async function dataOf(hit: PagefindResult): Promise<PagefindResultData | undefined> {
  try {
    return await hit.data();
  } catch {
    return undefined;
  }
}

/** After a short pause in typing: searches and fetches the first results' fragments. */
function warm(query: string): void {
  void prepare(query)
    .then(async ({ engine: e, here }) => {
      if (cleanQuery(input.value) !== query) return;
      const campaignOf = await campaignsOf(e);
      await Promise.all(
        chosen(here.all, campaignOf)
          .slice(0, SEARCH_FIRST_PAGE)
          .map((r) => dataOf(r.hit)),
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

/** The search page's URL for a query, the campaign chosen and the exact switch. */
function urlFor(query: string, exactly: boolean): URL {
  const url = new URL(location.href);
  url.search = '';
  if (query !== '') url.searchParams.set(PARAMS.query, query);
  if (campaign !== '') url.searchParams.set(PARAMS.campaign, campaign);
  if (exactly) url.searchParams.set(PARAMS.exact, '1');
  return url;
}

/** The words searched when they are not the words typed (see src/client/search.ts). */
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

/** The campaign a page belongs to: by the filter its index was given, else by its address. */
function campaignOfPage(id: string, url: string, campaignOf: Map<string, string>) {
  const known = campaigns.get(campaignOf.get(id) ?? '');
  if (known) return known;
  return [...campaigns.values()]
    .filter((c) => url.startsWith(c.home))
    .sort((a, b) => b.home.length - a.home.length)[0];
}

/** Renders one result: its campaign and kind, linked title, excerpt, links to matching sections. */
function renderResult(
  hit: PagefindResult,
  data: PagefindResultData,
  keep: (marked: string) => boolean,
  campaignOf: Map<string, string>,
): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  const owner = campaignOfPage(hit.id, data.url, campaignOf);
  if (owner) item.append(el('p', owner.label, 'search-result__campaign'));
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
  const data = await Promise.all(slice.map((r) => dataOf(r.hit)));
  if (token !== generation) return;
  const items = slice.flatMap((r, i) => {
    const d = data[i];
    return d ? [renderResult(r.hit, d, current!.keep, current!.campaignOf)] : [];
  });
  list.append(...items);
  current.shown += slice.length;
  more.hidden = current.shown >= current.results.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Rebuilds the campaign filter from the counts of the current query. */
function renderFilter(counts: Map<string, number>, total: number): void {
  const holder = campaignBox.querySelector<HTMLElement>('.search-filters__options')!;
  const name = PARAMS.campaign;
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && active.name === name ? active.value : undefined;
  holder.replaceChildren();
  const all: [string, string, number][] = [
    ['', s['search.filter.all'], total],
    ...searchable().map((c): [string, string, number] => [c.id, c.label, counts.get(c.id) ?? 0]),
  ];
  for (const [index, [value, label, count]] of all.entries()) {
    if (value !== '' && count === 0 && value !== campaign) continue;
    const id = `${name}-${index}`;
    const radio = el('input');
    radio.type = 'radio';
    radio.name = name;
    radio.value = value;
    radio.id = id;
    radio.checked = value === campaign;
    const text = el('label', fill(s['search.filter.option'], { label, count }));
    text.htmlFor = id;
    const row = el('div', undefined, 'search-filters__option');
    row.append(radio, text);
    holder.append(row);
    if (value === focused) radio.focus();
  }
  campaignBox.hidden = total === 0;
}

/** The line that names the campaigns that could not be searched, and the button for the next turn. */
function renderScope(hasQuery: boolean): void {
  const names = [...failed].map((id) => campaigns.get(id)?.label ?? id);
  unavailable.hidden = names.length === 0;
  unavailable.textContent =
    names.length === 0
      ? ''
      : fill(s['archive.search.unavailable'], { campaigns: names.join(', ') });
  // Under the results: how many campaigns were searched, and a button for the next ones.
  const next = turns[turnsSearched];
  turnsLine.hidden = !hasQuery || next === undefined;
  turnsLine.querySelector('span')!.textContent = fill(s['archive.search.scope'], {
    searched: turns.slice(0, turnsSearched).flat().length,
    total: campaigns.size,
  });
  nextTurn.textContent =
    next === undefined ? '' : fill(s['archive.search.more'], { count: next.length });
}

/** Runs a search for what is in the box and renders it; an empty box shows the help. */
async function run(raw: string): Promise<void> {
  const token = ++generation;
  const shown = raw.trim().slice(0, MAX_QUERY_LENGTH);
  const query = cleanQuery(raw);
  history.replaceState(null, '', urlFor(shown, exact));
  list.replaceChildren();
  more.hidden = true;
  noResults.hidden = true;
  if (!hasWords(query)) {
    current = undefined;
    campaignBox.hidden = true;
    help.hidden = false;
    renderCorrection(shown, undefined);
    renderScope(false);
    status.textContent = query === '' ? '' : s['search.status.needWords'];
    return;
  }
  help.hidden = true;
  status.textContent = s['search.status.searching'];
  let prepared: Prepared;
  let known: Promise<Map<string, string>>;
  try {
    prepared = await prepare(query);
    if (latest?.query === query) latest = undefined;
    known = campaignsOf(prepared.engine).catch(() => new Map<string, string>());
  } catch {
    if (token === generation) status.textContent = s['search.status.failed'];
    return;
  }
  if (token !== generation || input.value !== raw) return;
  const { everywhere, here } = prepared;
  const campaignOf = await known;
  if (token !== generation) return;
  const found = chosen(here.all, campaignOf);
  const first = await Promise.all(found.slice(0, SEARCH_FIRST_PAGE).map((r) => dataOf(r.hit)));
  if (token !== generation) return;
  const fetched = found.filter((_, i) => i >= SEARCH_FIRST_PAGE || first[i] !== undefined);
  const results = rerankFirstPage(
    fetched,
    first.filter((d): d is PagefindResultData => d !== undefined),
  );
  current = { results, shown: 0, keep: searchedWords(here.texts), campaignOf };
  renderCorrection(shown, searchedFor(shown, prepared.plan, here));
  // Counts per campaign come from all results, so every campaign keeps its count while one is chosen.
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of everywhere.all) {
    const owner = campaignOf.get(r.hit.id);
    if (owner === undefined) continue;
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
    total++;
  }
  renderFilter(counts, total);
  renderScope(true);
  // The status says what the campaign search's says (its room on a phone is two lines): the
  // campaign chosen is the filter's to show, the campaigns searched the line under the results's.
  if (results.length === 0) {
    status.textContent = fill(s['search.status.none'], { query: shown, scope: '' });
    noResults.hidden = false;
  } else {
    await showMore(false);
    if (token !== generation) return;
    status.textContent = fill(s['search.status.found'], {
      count: results.length,
      query: shown,
      scope: '',
    });
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let early: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  clearTimeout(early);
  // While typing, fetch the index chunks of the words typed so far (as the campaign search does).
  const query = cleanQuery(input.value);
  const words = forEngine(query).split(' ');
  if ([...(words.at(-1) ?? '')].length < PRELOAD_LETTERS) words.pop();
  if (words.length > 0)
    void loadEngine()
      .then((e) => e.pf.preload(words.join(' ')))
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
campaignBox.addEventListener('change', (event) => {
  campaign = (event.target as HTMLInputElement).value;
  void run(input.value);
});
more.addEventListener('click', () => void showMore(true));
nextTurn.addEventListener('click', () => void searchNextTurn());
input.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });

input.value = initialParams.get(PARAMS.query) ?? '';
void run(input.value);
