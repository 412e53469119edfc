// The search page: runs Pagefind on `?q=`, keeps the URL in step with what is typed, and renders
// results with Vietnamese strings. Loaded only by /tim-kiem/.
import {
  matchingSections,
  parseExcerpt,
  subResultTitle,
  type IndexAnchor,
  type WeightedLocation,
} from '../lib/search-results';
import { decodeFromIndex, MAX_QUERY_LENGTH, normalizeQuery } from '../lib/search-text';

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
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;
const FILTER = 'loai';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const noResults = document.querySelector<HTMLElement>('#search-empty')!;
const filterBox = document.querySelector<HTMLFieldSetElement>('#search-filters')!;
const filterOptions = filterBox.querySelector<HTMLElement>('.search-filters__options')!;

let pagefind: Promise<Pagefind> | undefined;
let generation = 0;
let current: { query: string; results: PagefindSearch['results']; shown: number } | undefined;
let kind = new URLSearchParams(location.search).get(FILTER) ?? '';

/** Loads Pagefind once, on the first search. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ form.dataset['pagefind']!)) as Pagefind;
    await module.options({
      baseUrl: form.dataset['base'],
      excerptLength: 26,
      // Search on the main thread: the worker would cost a second copy of the engine (12 KB).
      noWorker: true,
      ranking: { metaWeights: { title: 5, ma: 10, loai: 0 } },
    });
    await module.init();
    // Loads the filter index, without which results carry no counts per kind.
    await module.filters();
    return module;
  })();
  return pagefind;
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

/** Writes the query and the filter into the address bar, without a new history entry. */
function syncUrl(query: string): void {
  const url = new URL(location.href);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  if (kind === '') url.searchParams.delete(FILTER);
  else url.searchParams.set(FILTER, kind);
  history.replaceState(null, '', url);
}

/** Renders one result: kind, linked title, excerpt with matches marked, links to matching sections. */
function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  const kindName = data.meta['loai'] ?? data.filters[FILTER]?.[0];
  if (kindName) item.append(el('p', decodeFromIndex(kindName), 'search-result__kind'));
  const heading = el('h2', undefined, 'search-result__title');
  const link = el('a', decodeFromIndex(data.meta['title'] ?? data.url));
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const excerpt = el('p', undefined, 'search-result__excerpt');
  for (const part of parseExcerpt(data.excerpt))
    excerpt.append(part.marked ? el('mark', part.text) : document.createTextNode(part.text));
  item.append(excerpt);

  const sections = new Map<string, string>();
  for (const section of matchingSections(data.anchors, data.weighted_locations))
    sections.set(`${data.url}#${section.id}`, section.label);
  for (const sub of data.sub_results) {
    if (sections.size >= 4) break;
    if (sub.url.includes('#') && !sections.has(sub.url))
      sections.set(sub.url, subResultTitle(sub.title));
  }
  if (sections.size > 0) {
    const nav = el('ul', undefined, 'search-result__sections');
    nav.setAttribute('aria-label', `Đoạn khớp trong ${link.textContent}`);
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

/** Shows the next page of results; moves focus to the first new one when asked. */
async function showMore(focusFirst: boolean): Promise<void> {
  if (!current) return;
  const token = generation;
  const slice = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (token !== generation) return;
  const items = data.map(renderResult);
  list.append(...items);
  current.shown += slice.length;
  more.hidden = current.shown >= current.results.length;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/** Rebuilds the kind filter from the counts of the current query. */
function renderFilters(counts: Record<string, number>, total: number): void {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && active.name === FILTER ? active.value : undefined;
  filterOptions.replaceChildren();
  const options: [string, string, number][] = [['', 'Tất cả', total]];
  for (const [name, count] of Object.entries(counts)) {
    if (count > 0 || name === kind) options.push([name, decodeFromIndex(name), count]);
  }
  for (const [value, label, count] of options) {
    const id = `loai-${options.findIndex((o) => o[0] === value)}`;
    const radio = el('input');
    radio.type = 'radio';
    radio.name = FILTER;
    radio.value = value;
    radio.id = id;
    radio.checked = value === kind;
    const text = el('label', `${label} (${count})`);
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
  const shown = raw.trim().slice(0, MAX_QUERY_LENGTH);
  const query = normalizeQuery(raw);
  syncUrl(shown);
  list.replaceChildren();
  more.hidden = true;
  noResults.hidden = true;
  if (query === '' || !/[\p{L}\p{N}]/u.test(query)) {
    current = undefined;
    filterBox.hidden = true;
    help.hidden = false;
    status.textContent = query === '' ? '' : 'Hãy nhập chữ hoặc số để tìm.';
    return;
  }
  help.hidden = true;
  status.textContent = 'Đang tìm…';
  let search: PagefindSearch | null;
  let counts: PagefindSearch | undefined;
  try {
    const pf = await loadPagefind();
    // Counts per kind come from the unfiltered search, so every kind keeps its count while one is chosen.
    const all = await pf.search(query);
    search = kind === '' ? all : await pf.search(query, { filters: { [FILTER]: [kind] } });
    if (all) counts = all;
  } catch {
    if (token === generation)
      status.textContent = 'Không tải được chức năng tìm kiếm. Vui lòng tải lại trang và thử lại.';
    return;
  }
  // Typing went on while this search ran: its results (and their fragments) would only be replaced.
  if (token !== generation || search === null || input.value !== raw) return;
  renderFilters(counts?.filters[FILTER] ?? {}, counts?.results.length ?? 0);
  current = { query: shown, results: search.results, shown: 0 };
  const count = search.results.length;
  if (count === 0) {
    status.textContent = `Không tìm thấy kết quả nào cho “${shown}”${kind ? ` trong mục ${decodeFromIndex(kind)}` : ''}.`;
    noResults.hidden = false;
    return;
  }
  await showMore(false);
  if (token !== generation) return;
  status.textContent = `Tìm thấy ${count} kết quả cho “${shown}”${kind ? ` trong mục ${decodeFromIndex(kind)}` : ''}.`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run(input.value);
});
filterBox.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name !== FILTER) return;
  kind = target.value;
  void run(input.value);
});
more.addEventListener('click', () => void showMore(true));
// Start loading the engine as soon as the reader is about to type, so results arrive as typing stops.
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
// Run what the box holds: an input of type search drops line breaks from the value it is given.
void run(input.value);
