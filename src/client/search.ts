// The campaign's search page: runs Pagefind on `?q=` over the site's own index, in its worker, and
// narrows the results by kind of page (Công văn, Nội dung thi đua…). Loaded only by /tim-kiem/. The
// page itself (typing, sessions, drawing) is search-page.ts's, shared with the archive's.
import { SEARCH_KIND_FILTER } from '../constants.ts';
import { fill, type SearchPageData } from '../search/search-strings.ts';
import { decodeFromIndex } from '../search/search-text.ts';
import { pagesByValue, searchPlan, type Pagefind } from './search-engine.ts';
import {
  exact,
  indexUrl,
  initialParams,
  once,
  ownPagefind,
  pageData,
  startSearchPage,
} from './search-page.ts';

/** What the campaign's search page gives its script: the shared data and the kind's parameter. */
interface CampaignSearchData extends SearchPageData {
  params: SearchPageData['params'] & { kind: string };
}

const { strings: s, params } = pageData as CampaignSearchData;

/**
 * Pagefind, loaded when the box gets focus or on the first search; the kind of every page, which
 * every search needs, is loaded with it.
 */
async function loadPagefind(): Promise<Pagefind> {
  const pf = await ownPagefind();
  void loadKinds().catch(() => undefined);
  return pf;
}

/**
 * The kind of every page. Pagefind quietly skips a filter file that failed to load: finding no
 * kind is a failure, and the next search asks again.
 */
const loadKinds = once(async (): Promise<Map<string, string>> => {
  const pf = await ownPagefind();
  const names = Object.keys((await pf.filters())[SEARCH_KIND_FILTER] ?? {});
  const kindOf = await pagesByValue(pf, SEARCH_KIND_FILTER, names);
  if (kindOf.size === 0) throw new Error('no kinds');
  return kindOf;
});

startSearchPage({
  filterParam: params.kind,
  filter: initialParams.get(params.kind) ?? '',
  engine: loadPagefind,
  async find(plan, kind) {
    const searched = await searchPlan(await ownPagefind(), plan, exact, indexUrl);
    const kindOf = await loadKinds().catch(() => new Map<string, string>());
    const { all } = searched;
    // Counts per kind come from all results, so every kind keeps its count while one is chosen.
    const counts = new Map<string, number>([...new Set(kindOf.values())].map((k) => [k, 0]));
    for (const r of all) {
      const k = kindOf.get(r.hit.id);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return {
      searched,
      results: kind === '' ? all : all.filter((r) => kindOf.get(r.hit.id) === kind),
      options: [...counts].map(([value, count]) => ({
        value,
        label: decodeFromIndex(value),
        count,
      })),
      total: all.length,
      scope: kind ? fill(s['search.status.scope'], { kind: decodeFromIndex(kind) }) : '',
    };
  },
});
