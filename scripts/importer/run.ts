// The import of a signed document: reads it, recognises its parts, reports what it found and what not,
// and writes ONE content file that the schema accepts as it is: a campaign document in content/letter/
// when the campaign's publisher issued it (or the project has no campaign yet), otherwise a cited
// document in content/documents/ with its full text. Every refusal is an ImportError in Vietnamese,
// raised before anything is written; the report printed so far goes with it. The command is ./cli.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  contentFileNames,
  readContentDir,
  readFrontMatter,
  splitFrontMatter,
  parseFrontMatter,
} from '../../src/content-disk/content-files.ts';
import { t } from '../../src/i18n/index.ts';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import { formatDate, formatShortDate } from '../../src/documents/dates.ts';
import {
  CONTENT_DIRS,
  CONTENT_FILES,
  RESERVED_ROUTES,
} from '../../src/content-disk/content-paths.ts';
import { SLUG } from '../../src/schemas/common.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { slugify } from '../../src/documents/text.ts';
import { fold } from '../../src/vietnamese/fold.ts';
import {
  citedFile,
  citedIdentifier,
  citedIssues,
  draftCitedDocument,
  fillExisting,
} from './cited-file.ts';
import { writeBody, type BodyStats } from './body.ts';
import {
  findCitedDocuments,
  matchSiteDocuments,
  namedSiteDocuments,
  stubFile,
  stubSlug,
  type CitedDocument,
} from './cited.ts';
import { assemble, type Assembled, type FrontMatter } from './document.ts';
import { ImportError, importError } from './errors.ts';
import type { ParsedDocument } from './parse.ts';
import { readText } from './pipeline.ts';
import { toYaml } from './yaml.ts';
import { readSource } from './read.ts';

export interface ImportOptions {
  file: string;
  route?: string;
  force?: boolean;
  dryRun?: boolean;
  /** The project: content/ is read and written under it. */
  root: string;
}

export interface ImportResult {
  /** Where the document was filed: a campaign document, or a cited one (another issuer's). */
  kind: 'campaign' | 'cited';
  /** For a cited document: whether it filled in a file the site had (a stub) or created one. */
  filled?: boolean;
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

const LETTER_DIR = CONTENT_DIRS.letters;
const DOCUMENTS_DIR = CONTENT_DIRS.documents;

/** Refuses a route that is not an ASCII slug, or one that the site keeps for its own pages. */
export function checkRouteName(route: string): void {
  if (!SLUG.test(route)) throw importError('importer.error.routeSlug', { route });
  if (RESERVED_ROUTES.includes(route))
    throw importError('importer.error.routeTaken', { route, owner: t('importer.error.routePage') });
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
  if (options.route !== undefined) checkRouteName(options.route);
  const source = await readSource(options.file);
  report.push(
    t('importer.report.read', {
      file: options.file,
      kind: `.${source.kind}`,
      size: Math.max(1, Math.round(source.bytes / 1024)),
      pages: source.pages === undefined ? '' : t('importer.report.pages', { pages: source.pages }),
    }),
  );
  const { parsed, mdx, bodyText, citingText, assembled, lines } = readText(
    source.text,
    source.kind,
  );
  report.push(...lines.repairs);
  // A text with none of the heading's parts is not an administrative document.
  if (parsed.code === undefined && parsed.date === undefined && parsed.type === undefined) {
    throw importError('importer.error.notDocument', { missing: assembled.missing.join('; ') });
  }
  report.push(...lines.parts);

  // Another body's document (a directive the campaign implements) is filed as a cited document; so
  // is a Party document, whose form a campaign document (NĐ 30) cannot take.
  const publisher = readPublisher(root);
  if (
    parsed.form === 'party' ||
    (publisher !== undefined && !issuedBy(publisher, parsed, assembled.data))
  ) {
    report.push(
      publisher === undefined
        ? t('importer.report.partyCited')
        : t('importer.report.otherIssuer', { publisher: publisher.publisher }),
    );
    return fileCited(
      options,
      parsed,
      bodyText,
      writeBody(parsed.body, { citableParts: true }),
      report,
    );
  }
  if (assembled.missing.length > 0)
    throw importError('importer.error.incomplete', { missing: assembled.missing.join('; ') });

  const data = assembled.data as FrontMatter;
  const route = options.route ?? slugify(`${data.type} ${data.number ?? ''} ${data.code}`);
  checkRouteName(route);
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
    return { kind: 'campaign', report, file: target, content, written: false, stubs };
  }
  mkdirSync(join(root, LETTER_DIR), { recursive: true });
  writeFileSync(join(root, target), content);
  report.push(t('importer.report.written', { file: target, route }), t('importer.report.next'));
  return { kind: 'campaign', report, file: target, content, written: true, stubs };
}

interface Publisher {
  publisher: string;
  parentBody: string;
}

/** The campaign's publisher (content/campaign.yaml), or undefined when the project has no campaign yet. */
function readPublisher(root: string): Publisher | undefined {
  const path = join(root, CONTENT_FILES.campaign);
  if (!existsSync(path)) return undefined;
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const entries = Array.isArray(value) ? value : [value];
  const campaign = entries.find(
    (entry): entry is Record<string, unknown> =>
      typeof entry === 'object' && entry !== null && typeof entry['publisher'] === 'string',
  );
  if (campaign === undefined) return undefined;
  return {
    publisher: campaign['publisher'] as string,
    parentBody: typeof campaign['parentBody'] === 'string' ? campaign['parentBody'] : '',
  };
}

/** A name folded for comparison: no accents, lower case, abbreviations spelled out. */
function nameKey(name: string): string {
  return fold(name)
    .replace(/\bubnd\b/g, 'uy ban nhan dan')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Whether the campaign's publisher issued the document: its issuer line names the publisher
 * ("SỞ CÔNG THƯƠNG" for "Sở Công Thương tỉnh Lai Châu"), and what the publisher's name adds to it
 * ("tỉnh Lai Châu") is in the parent body or the place of the heading.
 */
function issuedBy(publisher: Publisher, doc: ParsedDocument, data: { issuer?: string }): boolean {
  const issuer = data.issuer;
  if (issuer === undefined) return false;
  const own = nameKey(publisher.publisher);
  const key = nameKey(issuer);
  if (key === '' || !(own === key || own.startsWith(`${key} `))) return false;
  const rest = own.slice(key.length).trim();
  const context = nameKey([...doc.organisations, doc.place ?? ''].join(' '));
  return rest === '' || context.includes(rest.replace(/^(tinh|huyen|thanh pho|xa) /, ''));
}

/** Files another body's document as a cited document, filling in the file the site has for it. */
function fileCited(
  options: ImportOptions,
  parsed: ParsedDocument,
  bodyText: string,
  { mdx, stats }: { mdx: string; stats: BodyStats },
  report: string[],
): ImportResult {
  const { root } = options;
  const draft = draftCitedDocument(parsed, bodyText, nextDocumentOrder(join(root, DOCUMENTS_DIR)));
  if (draft === undefined) {
    const missing = assemble(parsed, bodyText, stats, { cited: true }).missing;
    // A tên loại the site cannot name as a type ("BIÊN BẢN") is the part that is missing.
    const parts = missing.length === 0 ? [t('importer.field.type')] : missing;
    throw importError('importer.error.incomplete', { missing: parts.join('; ') });
  }
  if (draft.issuerNote === 'printed')
    report.push(t('importer.report.issuerPrinted', { issuer: String(draft.data['issuer']) }));
  const identifier = citedIdentifier(parsed);
  const existing =
    identifier === null ? undefined : findCitedFile(join(root, DOCUMENTS_DIR), identifier);
  const slug =
    options.route ?? slugify(`${String(draft.data['type'])} ${identifier ?? parsed.code ?? ''}`);
  checkRouteName(slug);
  const target = join(DOCUMENTS_DIR, existing?.name ?? `${slug}.mdx`);
  const exists = existsSync(join(root, target));
  if (exists && options.force !== true)
    throw importError(
      existing === undefined ? 'importer.error.citedExists' : 'importer.error.citedStub',
      { file: target, identifier: identifier ?? '' },
    );
  let data = draft.data;
  let filled = false;
  if (existing !== undefined) {
    const merged = fillExisting(existing.data, draft.data);
    data = merged.data;
    filled = true;
    report.push(
      t('importer.report.citedFilled', { file: target, kept: merged.kept.join(', ') }),
      ...merged.unknowns.map((unknown) => t('importer.report.citedUnknown', { unknown })),
    );
  }
  const issues = citedIssues(data);
  if (issues.length > 0) throw importError('importer.error.invalid', { issues: issues.join('; ') });
  const content = citedFile(data, mdx);
  const id = target.replace(/^.*\/|\.mdx?$/g, '');
  const result = { kind: 'cited' as const, filled, file: target, content, stubs: [] };
  if (options.dryRun) {
    report.push(t('importer.report.dryRun', { file: target }), content);
    return { ...result, report, written: false };
  }
  mkdirSync(join(root, DOCUMENTS_DIR), { recursive: true });
  writeFileSync(join(root, target), content);
  report.push(
    t(filled ? 'importer.report.citedWrittenFilled' : 'importer.report.citedWritten', {
      file: target,
      id,
    }),
    t('importer.report.next'),
  );
  return { ...result, report, written: true };
}

/** The site's file for a cited document of this số, ký hiệu, if it has one. */
function findCitedFile(
  dir: string,
  identifier: string,
): { name: string; data: Record<string, unknown> } | undefined {
  const wanted = identifier.toUpperCase();
  return readContentDir(dir).find(
    ({ data }) =>
      typeof data['identifier'] === 'string' && data['identifier'].toUpperCase() === wanted,
  );
}

interface LetterFile {
  file: string;
  route?: string;
  date?: string;
  order?: number;
  identifier?: string;
}

function readLetters(root: string): LetterFile[] {
  return readContentDir(join(root, LETTER_DIR)).map(({ name, data }) => {
    const file = join(LETTER_DIR, name);
    const letter: LetterFile = { file };
    if (typeof data['route'] === 'string') letter.route = data['route'];
    if (typeof data['date'] === 'string') letter.date = data['date'];
    if (typeof data['order'] === 'number') letter.order = data['order'];
    if (typeof data['code'] === 'string' && typeof data['number'] === 'string')
      letter.identifier = `${data['number']}/${data['code']}`;
    return letter;
  });
}

/**
 * Refuses a route that another document has, and an existing file without --force (the site's own
 * pages are refused by checkRouteName).
 */
function checkRoute(
  root: string,
  route: string,
  target: string,
  letters: readonly LetterFile[],
  force: boolean,
): void {
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

/** The front matter in the order of content/letter/cong-van.mdx, inferred values commented. */
export function frontMatterYaml(data: FrontMatter, assembled: Pick<Assembled, 'inferred'>): string {
  const ordered = {
    title: data.title,
    type: data.type,
    number: data.number,
    code: data.code,
    parentBody: data.parentBody,
    issuer: data.issuer,
    place: data.place,
    date: data.date,
    subject: data.subject,
    recipients: data.recipients,
    decision: data.decision,
    signer: {
      prefix: data.signer.prefix,
      authority: data.signer.authority,
      title: data.signer.title,
      name: data.signer.name,
    },
    distribution: data.distribution,
    description: data.description,
    route: data.route,
    order: data.order,
  };
  const comments = Object.fromEntries(
    [...assembled.inferred].map((key) => [key, t('importer.yaml.inferred')]),
  );
  return `---\n${toYaml(ordered, comments)}---\n`;
}

/** Checks the file against the content schema, as the build will. */
function validate(content: string): void {
  const result = letterSchema.safeParse(parseFrontMatter(splitFrontMatter(content)!.yaml));
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
      : t('importer.stub.date', { date: formatShortDate(doc.date, { unknownDay: true }) });
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

function nextDocumentOrder(dir: string): number {
  const orders = contentFileNames(dir)
    .map((name) => readFrontMatter(join(dir, name))?.['order'])
    .filter((order): order is number => typeof order === 'number');
  return orders.length === 0 ? 0 : Math.max(...orders) + 1;
}
