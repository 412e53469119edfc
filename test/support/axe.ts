import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** The `axe` global that axe.min.js defines in the page. */
type AxeGlobal = { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

const AXE_OPTIONS: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
  },
};

let source: string | undefined;

/** axe-core's script (axe.min.js), read once. */
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Loads axe-core into every document the context's pages open, before the page's own scripts, for a
 * context that runs axe on page after page: an init script costs about 20 ms a document where
 * evaluating the script into each page cost about 150 ms (measured for issue 25). Init scripts run
 * under any Content-Security-Policy; axe only defines its global until it is run.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource() });
}

/**
 * Runs axe-core (WCAG 2.1 A/AA and best practices) on the page's document; returns the violations.
 * Unless {@link preloadAxe} loaded it, axe is evaluated through the DevTools protocol rather than
 * added as an inline <script> element: the portal's Content-Security-Policy (script-src 'self')
 * blocks inline scripts, not DevTools.
 */
export async function runAxe(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource());
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    throw new Error(`axe-core could not be loaded into ${page.url()}`);
  }
  const results = await page.evaluate(
    (options) => (globalThis as unknown as AxeGlobal).axe.run(document, options),
    AXE_OPTIONS,
  );
  return results.violations;
}

/** A node's selector: one part per frame; a shadow-DOM part lists the hosts, then the element. */
function selector(node: NodeResult): string {
  return node.target
    .map((part) => (Array.isArray(part) ? part.join(' >>> ') : part))
    .join(' | iframe | ');
}

/** Formats axe violations as readable lines (rule, impact, help, selectors) for assertion messages. */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .map((v) =>
      [
        `- ${v.id} [${v.impact ?? 'unknown impact'}]: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((node) => `    at ${selector(node)}`),
      ].join('\n'),
    )
    .join('\n');
}
