/** The module through which Vite's build preloads what a dynamically imported module needs. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * A Vite plugin that leaves the search page's dynamic imports plain. Vite wraps every `import()` in
 * a helper that first preloads the imported chunk's dependencies (about 0.7 KB compressed, in the
 * page script itself). The modules the search page loads on demand (src/client/search-readings.ts,
 * src/search/typed-readings.ts, src/client/main-thread.ts) need nothing that the page script has
 * not already loaded, so the helper only calls the import.
 */
export function plainDynamicImports() {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre' as const,
    resolveId: (id: string) =>
      id === PRELOAD_HELPER || id === PRELOAD_HELPER.slice(1) ? PRELOAD_HELPER : undefined,
    load: (id: string) =>
      id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined,
  };
}
