// The archive's search page: one search across the campaigns, a turn of campaigns at a time, the
// newest first: the first turn is in the archive's own index (the archive's build indexes the
// newest campaigns' pages with its own), searched in Pagefind's worker as a campaign's search does;
// the older ones, when the reader asks, are searched in each campaign's own index, published with
// its site, merged into the archive's in the browser (Pagefind's multisite search, pagefind.js).
// A campaign whose index cannot be fetched is left out and named; the others answer. The page
// itself (typing, sessions, drawing results, the filter) is the campaign search page's
// (src/client/search-page.ts), filtered by campaign, each result labelled with its campaign; the
// readings of a query and the ranking are the campaign search's too (src/search/,
// src/client/search-engine.ts). Its own data (the campaigns) comes from the form's data-search.
import { fill } from '../../search/search-strings.ts';
import { pagesByValue, searchPlan, type Pagefind } from '../../client/search-engine.ts';
import {
  exact,
  indexUrl,
  initialParams,
  ownPagefind,
  pageData,
  pagefindOptions,
  pagefindScript,
  startSearchPage,
} from '../../client/search-page.ts';
import {
  ARCHIVE_SEARCH_IDS,
  type ArchiveSearchConfig,
  type SearchedCampaign,
} from './archive-search-page.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const unavailable = byId<HTMLElement>(ARCHIVE_SEARCH_IDS.unavailable);
const turnsLine = byId<HTMLElement>(ARCHIVE_SEARCH_IDS.turns);
const nextTurn = byId<HTMLButtonElement>(ARCHIVE_SEARCH_IDS.nextTurn);

const config = pageData as ArchiveSearchConfig;
const s = config.strings;
const PARAMS = config.params;
const { turns } = config;
const campaigns = new Map(turns.flat().map((c) => [c.id, c]));

const opened = initialParams.get(PARAMS.campaign) ?? '';
const campaign = campaigns.has(opened) ? opened : '';
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

let pagefindModule:
  Promise<{ createInstance: (options: Record<string, unknown>) => MergingPagefind }> | undefined;
/**
 * Pagefind's own script (pagefind.js) on the archive's index, for merging campaigns' indexes into
 * it: its instances merge, and one that a failed index broke can be dropped for a new one.
 */
async function startMerging(): Promise<MergingPagefind> {
  pagefindModule ??= import(/* @vite-ignore */ pagefindScript);
  const { createInstance } = await pagefindModule.catch((error: unknown) => {
    pagefindModule = undefined;
    throw error;
  });
  const pf = createInstance(pagefindOptions());
  await pf.init();
  return pf;
}

/** Pagefind's options for a campaign's index: the search's own, and the campaign as a filter. */
function mergeOptions(c: SearchedCampaign): Record<string, unknown> {
  const { basePath: _own, baseUrl: _url, language: _language, ...options } = pagefindOptions();
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
    if (searchable().every((c) => c.index === null)) return { pf: await ownPagefind() };
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

/** The campaign of every page the engine can find (the filter each merged index was given). */
function campaignsOf(e: Engine): Promise<Map<string, string>> {
  e.campaigns ??= pagesByValue(
    e.pf,
    PARAMS.campaign,
    searchable().map((c) => c.id),
  );
  return e.campaigns;
}

/** Pagefind restricted to one campaign's pages (the filter its index was merged with). */
function within(pf: Pagefind, id: string): Pagefind {
  return {
    ...pf,
    search: (query, options) =>
      pf.search(query, { ...options, filters: { ...options?.filters, [PARAMS.campaign]: [id] } }),
  };
}

/** The campaign a page belongs to: by the filter its index was given, else by its address. */
function campaignOfPage(id: string, url: string, campaignOf: Map<string, string>) {
  const known = campaigns.get(campaignOf.get(id) ?? '');
  if (known) return known;
  return [...campaigns.values()]
    .filter((c) => url.startsWith(c.home))
    .sort((a, b) => b.home.length - a.home.length)[0];
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

const page = startSearchPage({
  filterParam: PARAMS.campaign,
  filter: campaign,
  engine: () => loadEngine().then((e) => e.pf),
  /**
   * Searches across every campaign searched (what the filter counts), and within the campaign
   * chosen, where the readings tried when a query finds little are tried on that campaign's pages
   * alone, as its own site would (the same search as the first when none is chosen). The results
   * are those of the chosen campaign (all of them when none is chosen), of the campaigns searched:
   * the archive's own page of a campaign not yet searched is left out with the campaign.
   */
  async find(plan, chosen) {
    const e = await loadEngine();
    const everywhere = searchPlan(e.pf, plan, exact, indexUrl);
    const here =
      chosen === '' ? everywhere : searchPlan(within(e.pf, chosen), plan, exact, indexUrl);
    const [{ all }, searched] = await Promise.all([everywhere, here]);
    const campaignOf = await campaignsOf(e).catch(() => new Map<string, string>());
    // Counts per campaign come from all results: every campaign keeps its count while one is chosen.
    const counts = new Map<string, number>();
    let total = 0;
    for (const r of all) {
      const owner = campaignOf.get(r.hit.id);
      if (owner === undefined) continue;
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
      total++;
    }
    return {
      searched,
      results: searched.all.filter(
        (r) => campaignOf.has(r.hit.id) && (chosen === '' || campaignOf.get(r.hit.id) === chosen),
      ),
      options: searchable().map((c) => ({
        value: c.id,
        label: c.label,
        count: counts.get(c.id) ?? 0,
      })),
      total,
      // The status says what the campaign search's says (its room on a phone is two lines): the
      // campaign chosen is the filter's to show, the campaigns searched the line under the results's.
      scope: '',
      owner: (hit, data) => campaignOfPage(hit.id, data.url, campaignOf)?.label,
    };
  },
  drawn: renderScope,
});

/** Searches the next turn of campaigns too, then the query again. */
async function searchNextTurn(): Promise<void> {
  if (turnsSearched >= turns.length) return;
  turnsSearched += 1;
  const added = turns[turnsSearched - 1]!;
  turnsLine.hidden = true;
  await page.searchAgain(async () => {
    const loaded = await loadEngine().catch(() => undefined);
    if (loaded?.merging && (await merge(loaded.merging, added))) delete loaded.campaigns;
    else {
      // The archive's own index alone cannot merge; a failed index leaves an instance broken.
      await loaded?.merging?.destroy();
      engine = undefined;
    }
  });
}

nextTurn.addEventListener('click', () => void searchNextTurn());
