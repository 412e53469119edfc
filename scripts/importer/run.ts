// `npm run import -- FILE [--route SLUG] [--force] [--dry-run]`: reads a signed document, recognises its
// parts, prints what it found and what not, and writes ONE content file in content/letter/ that the
// schema accepts as it is. Every refusal is an ImportError in Vietnamese, raised before anything is
// written; the report printed so far goes with it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { t } from '../../src/i18n/index.ts';
import { loadCitationTargets } from '../../src/documents/citation-targets.ts';
import { formatDate } from '../../src/documents/dates.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { slugify } from '../../src/documents/text.ts';
import { writeBody } from './body.ts';
import {
  findCitedDocuments,
  matchSiteDocuments,
  namedSiteDocuments,
  stubFile,
  stubSlug,
  type CitedDocument,
} from './cited.ts';
import { assemble, type Assembled, type FieldReport, type FrontMatter } from './document.ts';
import { ImportError, importError } from './errors.ts';
import { parseDocument } from './parse.ts';
import { readSource } from './read.ts';
import { plain, repairText, type Repairs } from './repair.ts';

export interface ImportOptions {
  file: string;
  route?: string;
  force?: boolean;
  dryRun?: boolean;
  /** The project: content/ is read and written under it. */
  root: string;
}

export interface ImportResult {
  report: string[];
  /** The path written (relative to the root), or the one that would be with --dry-run. */
  file: string;
  content: string;
  written: boolean;
  /** Stub files for the cited documents the site lacks (printed in the report, not written). */
  stubs: { file: string; content: string }[];
}

/** An ImportError carrying the report printed before the refusal. */
export class ImportRefusal extends ImportError {
  readonly report: string[];
  constructor(error: ImportError, report: string[]) {
    super(error.key, error.message);
    this.report = report;
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LETTER_DIR = 'content/letter';
const DOCUMENTS_DIR = 'content/documents';

/** Reads `npm run import` arguments; refuses unknown flags and a route that is not an ASCII slug. */
export function parseArguments(argv: readonly string[]): Omit<ImportOptions, 'root'> {
  let file: string | undefined;
  let route: string | undefined;
  let force = false;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--dry-run') dryRun = true;
    else if (arg === '--route' || arg.startsWith('--route=')) {
      const value = arg === '--route' ? argv[++i] : arg.slice('--route='.length);
      if (value === undefined || value === '')
        throw importError('importer.error.arguments', {
          argument: arg,
          usage: t('importer.usage'),
        });
      route = value;
    } else if (arg.startsWith('-') || file !== undefined)
      throw importError('importer.error.arguments', { argument: arg, usage: t('importer.usage') });
    else file = arg;
  }
  if (file === undefined)
    throw importError('importer.error.noFile', { usage: t('importer.usage') });
  if (route !== undefined && !SLUG.test(route))
    throw importError('importer.error.routeSlug', { route });
  return { file, ...(route === undefined ? {} : { route }), force, dryRun };
}

/** Runs an import; throws ImportRefusal (with the report so far) and writes nothing on bad input. */
export async function importDocument(options: ImportOptions): Promise<ImportResult> {
  const report: string[] = [];
  try {
    return await run(options, report);
  } catch (error) {
    if (error instanceof ImportError) throw new ImportRefusal(error, report);
    throw error;
  }
}

async function run(options: ImportOptions, report: string[]): Promise<ImportResult> {
  const { root } = options;
  if (options.route !== undefined && !SLUG.test(options.route))
    throw importError('importer.error.routeSlug', { route: options.route });
  const source = await readSource(options.file);
  report.push(
    t('importer.report.read', {
      file: options.file,
      kind: `.${source.kind}`,
      size: Math.max(1, Math.round(source.bytes / 1024)),
      pages: source.pages === undefined ? '' : t('importer.report.pages', { pages: source.pages }),
    }),
  );
  const { blocks, repairs } = repairText(source.text, source.kind);
  report.push(...repairLines(repairs));

  const parsed = parseDocument(blocks);
  const { mdx, stats } = writeBody(parsed.body);
  const bodyText = parsed.body.flat().map(plain).join(' ');
  // Cited documents are named in the body and in a Quyết định's Căn cứ lines.
  const citingText = [
    ...(parsed.decision?.bases ?? []),
    parsed.decision?.proposal ?? '',
    bodyText,
  ].join(' ');
  const assembled = assemble(parsed, bodyText, stats, undefined);

  // A text with none of the heading's parts is not an administrative document.
  if (parsed.code === undefined && parsed.date === undefined && parsed.type === undefined) {
    throw importError('importer.error.notDocument', { missing: assembled.missing.join('; ') });
  }
  report.push(t('importer.report.parts'), ...assembled.fields.map(fieldLine));
  if (assembled.missing.length > 0)
    throw importError('importer.error.incomplete', { missing: assembled.missing.join('; ') });

  const data = assembled.data as FrontMatter;
  const route = options.route ?? slugify(`${data.type} ${data.number ?? ''} ${data.code}`);
  const letters = readLetters(root);
  const target = join(LETTER_DIR, `${route}.mdx`);
  checkRoute(root, route, target, letters, options.force === true);
  data.route = route;
  data.order = nextLetterOrder(letters, data.date, target);

  const content = `${frontMatterYaml(data, assembled)}\n${mdx}`;
  validate(content);

  const stubs: ImportResult['stubs'] = [];
  report.push(...citedLines(root, citingText, data, letters, stubs));

  if (options.dryRun) {
    report.push(t('importer.report.dryRun', { file: target }), content);
    return { report, file: target, content, written: false, stubs };
  }
  mkdirSync(join(root, LETTER_DIR), { recursive: true });
  writeFileSync(join(root, target), content);
  report.push(t('importer.report.written', { file: target, route }), t('importer.report.next'));
  return { report, file: target, content, written: true, stubs };
}

function repairLines(repairs: Repairs): string[] {
  const lines: string[] = [t('importer.report.repairs')];
  if (repairs.pageNumbers > 0)
    lines.push(t('importer.report.pageNumbers', { count: repairs.pageNumbers }));
  if (repairs.joins.length > 0)
    lines.push(
      t('importer.report.joins', {
        count: repairs.joins.length,
        joins: repairs.joins.map((j) => `“${j}”`).join(', '),
      }),
    );
  if (repairs.lineBreaks > 0)
    lines.push(t('importer.report.lineBreaks', { count: repairs.lineBreaks }));
  if (repairs.printedLinks > 0)
    lines.push(t('importer.report.printedLinks', { count: repairs.printedLinks }));
  if (lines.length === 1) lines.push(t('importer.report.noRepairs'));
  return lines;
}

function fieldLine(field: FieldReport): string {
  switch (field.status) {
    case 'found':
      return t('importer.report.found', { label: field.field, value: field.value ?? '' });
    case 'blank':
      return t('importer.report.blank', { label: field.field, value: field.value ?? '' });
    case 'inferred':
      return t('importer.report.inferred', {
        label: field.field,
        value: field.value ?? '',
        reason: field.reason ?? '',
      });
    case 'missing':
      return t('importer.report.missing', { label: field.field, note: field.note ?? '' });
  }
}

interface LetterFile {
  file: string;
  route?: string;
  date?: string;
  order?: number;
  identifier?: string;
}

/** Front matter of a content file, or undefined when it has none that parses. */
function frontMatterOf(path: string): Record<string, unknown> | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  if (block === undefined) return undefined;
  try {
    const value: unknown = parseYaml(block);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function readLetters(root: string): LetterFile[] {
  const dir = join(root, LETTER_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => {
      const file = join(LETTER_DIR, name);
      const data = frontMatterOf(join(root, file)) ?? {};
      const letter: LetterFile = { file };
      if (typeof data['route'] === 'string') letter.route = data['route'];
      if (typeof data['date'] === 'string') letter.date = data['date'];
      if (typeof data['order'] === 'number') letter.order = data['order'];
      if (typeof data['code'] === 'string' && typeof data['number'] === 'string')
        letter.identifier = `${data['number']}/${data['code']}`;
      return letter;
    });
}

/** Refuses a route that a page of the site or another document has, and an existing file without --force. */
function checkRoute(
  root: string,
  route: string,
  target: string,
  letters: readonly LetterFile[],
  force: boolean,
): void {
  const pages = join(root, 'src', 'pages');
  const pageNames = existsSync(pages)
    ? readdirSync(pages)
        .filter((name) => !name.startsWith('['))
        .map((name) => name.replace(/\.[a-z.]+$/, ''))
    : [];
  if (pageNames.includes(route))
    throw importError('importer.error.routeTaken', { route, owner: t('importer.error.routePage') });
  for (const letter of letters) {
    if (letter.file === target) continue;
    if (letter.route === route || letter.file.replace(/^.*\/|\.mdx?$/g, '') === route)
      throw importError('importer.error.routeTaken', { route, owner: letter.file });
  }
  if (existsSync(join(root, target)) && !force)
    throw importError('importer.error.routeExists', { route, file: target });
}

/** Documents of the same date are ordered by `order`: the new one comes after those already there. */
function nextLetterOrder(letters: readonly LetterFile[], date: string, target: string): number {
  const same = letters.filter((l) => l.file !== target && l.date === date);
  return same.length === 0 ? 0 : Math.max(...same.map((l) => l.order ?? 0)) + 1;
}

const quote = (text: string) => JSON.stringify(text);

/** The front matter as YAML: every string quoted (a date must never become a YAML date). */
export function frontMatterYaml(data: FrontMatter, assembled: Pick<Assembled, 'inferred'>): string {
  const comment = (key: string) =>
    assembled.inferred.has(key) ? ` # ${t('importer.yaml.inferred')}` : '';
  const list = (items: readonly string[], indent = '  ') =>
    items.map((i) => `${indent}- ${quote(i)}`);
  const lines = [
    '---',
    `title: ${quote(data.title)}`,
    `type: ${quote(data.type)}`,
    `number: ${data.number === null ? 'null' : quote(data.number)}`,
    `code: ${quote(data.code)}`,
    `parentBody: ${quote(data.parentBody)}${comment('parentBody')}`,
    `issuer: ${quote(data.issuer)}${comment('issuer')}`,
    `place: ${quote(data.place)}`,
    `date: ${quote(data.date)}`,
    `subject: ${quote(data.subject)}`,
  ];
  if (data.recipients !== undefined) lines.push('recipients:', ...list(data.recipients));
  if (data.decision !== undefined) {
    lines.push('decision:', `  authority: ${quote(data.decision.authority)}`, '  bases:');
    lines.push(...list(data.decision.bases, '    '));
    if (data.decision.proposal !== undefined)
      lines.push(`  proposal: ${quote(data.decision.proposal)}`);
  }
  lines.push('signer:');
  if (data.signer.prefix !== undefined) lines.push(`  prefix: ${quote(data.signer.prefix)}`);
  if (data.signer.authority !== undefined)
    lines.push(`  authority: ${quote(data.signer.authority)}`);
  lines.push(`  title: ${quote(data.signer.title)}`, `  name: ${quote(data.signer.name)}`);
  lines.push('distribution:', ...list(data.distribution));
  lines.push(
    `description: ${quote(data.description)}`,
    `route: ${quote(data.route)}`,
    `order: ${data.order}`,
    '---',
  );
  return `${lines.join('\n')}\n`;
}

/** Checks the file against the content schema, as the build will. */
function validate(content: string): void {
  const block = /^---\n([\s\S]*?)\n---/.exec(content)![1]!;
  const result = letterSchema.safeParse(parseYaml(block));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw importError('importer.error.invalid', { issues: issues.join('; ') });
  }
}

/** The report's lines on cited documents, with a stub for each one the site lacks. */
function citedLines(
  root: string,
  bodyText: string,
  data: FrontMatter,
  letters: readonly LetterFile[],
  stubs: ImportResult['stubs'],
): string[] {
  const dir = join(root, DOCUMENTS_DIR);
  const targets = existsSync(dir) ? loadCitationTargets(dir) : [];
  const own = `${data.number ?? ''}/${data.code}`.toUpperCase();
  const letterIds = new Set(letters.map((l) => l.identifier?.toUpperCase()));
  const cited = matchSiteDocuments(findCitedDocuments(bodyText), targets).filter(
    (doc) => doc.identifier.toUpperCase() !== own && !letterIds.has(doc.identifier.toUpperCase()),
  );
  const named = namedSiteDocuments(bodyText, targets).filter(
    (id) => !cited.some((doc) => doc.siteId === id),
  );
  const lines = [t('importer.report.cited')];
  if (cited.length === 0 && named.length === 0) lines.push(t('importer.report.citedNone'));
  let order = nextDocumentOrder(dir);
  for (const doc of cited) {
    if (doc.siteId !== undefined) {
      lines.push(t('importer.report.citedKnown', { mention: doc.mention, id: doc.siteId }));
      continue;
    }
    lines.push(
      t('importer.report.citedMissing', {
        mention: doc.mention,
        slug: stubSlug(doc),
        unknown: t('documents.unknown'),
      }),
    );
    const stub = stubFor(doc, data, bodyText, order++);
    stubs.push({ file: join(DOCUMENTS_DIR, `${stubSlug(doc)}.mdx`), content: stub });
    lines.push(
      ...stub
        .trimEnd()
        .split('\n')
        .map((l) => `      ${l}`),
    );
  }
  for (const id of named) lines.push(t('importer.report.citedNamed', { id }));
  return lines;
}

function stubFor(doc: CitedDocument, data: FrontMatter, bodyText: string, order: number): string {
  const date =
    doc.date === undefined
      ? ''
      : t('importer.stub.date', { date: runningDate(doc.date.day, doc.date.month, doc.date.year) });
  const issuerIndex = bodyText.toUpperCase().indexOf(data.issuer.toUpperCase());
  const issuer =
    issuerIndex < 0 ? data.issuer : bodyText.slice(issuerIndex, issuerIndex + data.issuer.length);
  const citing = t('importer.stub.source', {
    type: data.type,
    identifier: `${data.number ?? '…'}/${data.code}`,
    issuer,
    date: formatDate(letterSchema.shape.date.parse(data.date)),
  });
  return stubFile(doc, order, {
    unknown: t('documents.unknown'),
    unknownSubject: t('importer.stub.unknownSubject'),
    unknownIssuer: t('importer.stub.unknownIssuer'),
    unknownDate: t('importer.stub.unknownDate'),
    unknownContent: t('importer.stub.unknownContent'),
    title: t('importer.stub.title', {
      type: doc.type,
      identifier: doc.identifier,
      date,
      issuer: doc.issuer === undefined ? '' : t('importer.stub.issuer', { issuer: doc.issuer }),
    }),
    description: t('importer.stub.description', {
      type: doc.type,
      identifier: doc.identifier,
      citing,
    }),
    source: citing,
    sourceNote: t('importer.stub.sourceNote', { mention: doc.mention }),
  });
}

/** A date in running text per NĐ 30: day below 10 and months 1, 2 with a leading zero (05/01/2023, 26/6/2014). */
function runningDate(day: number | undefined, month: number | undefined, year: number): string {
  const d = day === undefined ? '…' : String(day).padStart(2, '0');
  const m = month === undefined ? '…' : month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${d}/${m}/${year}`;
}

function nextDocumentOrder(dir: string): number {
  if (!existsSync(dir)) return 0;
  const orders = readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => frontMatterOf(join(dir, name))?.['order'])
    .filter((order): order is number => typeof order === 'number');
  return orders.length === 0 ? 0 : Math.max(...orders) + 1;
}

/** The command: prints the report, or the report so far and the refusal; returns the exit code. */
export async function main(
  argv: readonly string[],
  root: string,
  print = console.log,
): Promise<number> {
  try {
    const options = parseArguments(argv);
    const result = await importDocument({ ...options, root });
    print(result.report.join('\n'));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    if (error instanceof ImportRefusal && error.report.length > 0) print(error.report.join('\n'));
    print(
      `\n${t('importer.error.title', { reason: error.message })}\n${t('importer.error.nothingWritten')}`,
    );
    return 1;
  }
}
