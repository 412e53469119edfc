// Pagefind in its web worker, spoken to directly: the page loads pagefind-worker.js (12 KB) and not
// pagefind.js (13 KB), whose own worker mode would fetch both. The messages are Pagefind 1.6's
// (`{ id, instanceId, method, args }` → `{ id, result | error }`; a result's data is fetched by
// `getData` with the id the worker gave it), not a documented API: every build fails on a bundle
// of another Pagefind version, or without this worker (src/integrations/pagefind-guard.ts), and
// any failure here falls back to pagefind.js on the main thread (main-thread.ts).
import type {
  Pagefind,
  PagefindResult,
  PagefindResultData,
  PagefindSearch,
} from './search-engine.ts';

/** How long the worker may take to start before the page searches on the main thread instead. */
const START_TIMEOUT_MS = 5000;

interface Reply {
  id: string;
  result?: unknown;
  error?: string;
}

/**
 * Starts Pagefind in a worker from `workerUrl` with Pagefind's options (basePath, language and the
 * search options); resolves once the worker has loaded its index, rejects when it cannot.
 */
export async function startPagefindWorker(
  workerUrl: string,
  options: Record<string, unknown>,
): Promise<Pagefind> {
  const worker = new Worker(workerUrl);
  const pending = new Map<
    string,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  let next = 0;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const { id, result, error } = event.data;
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    if (error !== undefined) waiting.reject(new Error(error));
    else waiting.resolve(result);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'Pagefind worker failed'));
  });
  const send = <T>(method: string, args: unknown[]): Promise<T> => {
    if (failed) return Promise.reject(failed);
    const id = `m${next++}`;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, instanceId: 'search', method, args });
    });
  };
  // The worker keeps each result's data until told to let go: when the page drops the result.
  const release = new FinalizationRegistry<string>((dataId) => {
    if (!failed) void send('releaseData', [dataId]).catch(() => undefined);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      send('init', [options]),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('Pagefind worker did not start')),
          START_TIMEOUT_MS,
        );
      }),
    ]);
    // The index's entry and metadata load with the first call; fail here rather than at a search.
    await send('filters', []);
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
    throw failed;
  } finally {
    clearTimeout(timer);
  }

  return {
    filters: () => send('filters', []),
    preload: (query) => send('preload', [query, {}]),
    search: async (query, searchOptions) => {
      // As the worker sends it: each result's data is the id to ask for it by.
      const found = await send<{
        results: (Omit<PagefindResult, 'data'> & { data: string })[];
      } | null>('search', [query, searchOptions ?? {}]);
      if (!found) return null;
      const results = found.results.map((sent) => {
        let data: Promise<PagefindResultData> | undefined;
        const result: PagefindResult = {
          ...sent,
          data: () => (data ??= send<PagefindResultData>('getData', [sent.data])),
        };
        release.register(result, sent.data);
        return result;
      });
      return { ...found, results } satisfies PagefindSearch;
    },
  };
}
