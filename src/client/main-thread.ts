// Pagefind on the main thread, when its worker cannot start (a browser without workers, a policy
// that forbids them, a failed download): loaded by the search page only then.
import type { Pagefind } from './search-engine.ts';

/** Starts pagefind.js (at `script`) on the main thread with the page's options. */
export async function startOnMainThread(
  script: string,
  options: Record<string, unknown>,
): Promise<Pagefind> {
  const engine = (await import(/* @vite-ignore */ script)) as Pagefind & {
    options: (options: Record<string, unknown>) => Promise<void>;
    init: () => Promise<void>;
  };
  await engine.options({ ...options, noWorker: true });
  await engine.init();
  return takingTurns(engine);
}

/** Lets the browser paint and handle keys before the next piece of work (a task boundary). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Pagefind on the main thread (when its worker cannot start), each search and preload started in
 * a task of its own rather than all at once in one long task.
 */
export function takingTurns(pf: Pagefind): Pagefind {
  return {
    ...pf,
    search: async (query, options) => {
      await yieldToBrowser();
      return pf.search(query, options);
    },
    preload: async (query) => {
      await yieldToBrowser();
      return pf.preload(query);
    },
  };
}
