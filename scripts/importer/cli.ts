// The command `npm run import -- FILE [--route SLUG] [--force] [--dry-run]`: reads its arguments with
// node:util's parseArgs, runs the import (./run.ts) and prints its report, or the report so far and
// the refusal in Vietnamese. Returns the exit code; nothing is written on a refusal.
import { parseArgs } from 'node:util';
import { t } from '../../src/i18n/index.ts';
import { ImportError, importError } from './errors.ts';
import { checkRouteName, importDocument, ImportRefusal, type ImportOptions } from './run.ts';

/** What both commands take: one file, and --route, --force, --dry-run. */
export interface CommandArguments {
  file: string;
  route?: string;
  force: boolean;
  dryRun: boolean;
}

/**
 * Reads a command's arguments (`npm run import`, `npm run new-campaign`); refuses unknown flags, a
 * second file and a route that is no slug, naming the argument and showing `usage`.
 */
export function parseCommand(argv: readonly string[], usage: string): CommandArguments {
  let values: { route?: string; force?: boolean; 'dry-run'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        route: { type: 'string' },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    // parseArgs names the argument it refuses in quotes: "Unknown option '--quiet'".
    const argument =
      /'([^']+)'/.exec((error as Error).message)?.[1] ??
      argv.find((arg) => arg.startsWith('-')) ??
      '';
    throw importError('importer.error.arguments', { argument, usage });
  }
  if (positionals.length > 1)
    throw importError('importer.error.arguments', { argument: positionals[1]!, usage });
  const file = positionals[0];
  if (file === undefined) throw importError('importer.error.noFile', { usage });
  if (values.route === '')
    throw importError('importer.error.arguments', { argument: '--route', usage });
  if (values.route !== undefined) checkRouteName(values.route);
  return {
    file,
    ...(values.route === undefined ? {} : { route: values.route }),
    force: values.force === true,
    dryRun: values['dry-run'] === true,
  };
}

/** Reads `npm run import` arguments. */
export function parseArguments(argv: readonly string[]): Omit<ImportOptions, 'root'> {
  return parseCommand(argv, t('importer.usage'));
}

/** Prints a refusal: the report so far, the reason, and that nothing was written. */
export function printRefusal(error: ImportError, print: (line: string) => void): void {
  if (error instanceof ImportRefusal && error.report.length > 0) print(error.report.join('\n'));
  print(
    `\n${t('importer.error.title', { reason: error.message })}\n${t('importer.error.nothingWritten')}`,
  );
}

/**
 * Runs a command: prints its report, or the report so far and the refusal in Vietnamese; returns
 * the exit code. Errors that are no refusal are bugs and are thrown.
 */
export async function runCommand(
  run: () => Promise<{ report: string[] }>,
  print: (line: string) => void,
): Promise<number> {
  try {
    print((await run()).report.join('\n'));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    printRefusal(error, print);
    return 1;
  }
}

/** The command `npm run import`. */
export function main(
  argv: readonly string[],
  root: string,
  print: (line: string) => void = console.log,
): Promise<number> {
  return runCommand(() => importDocument({ ...parseArguments(argv), root }), print);
}
