// The import of a signed document: reads it, recognises its parts, reports what it found and what not,
// and writes ONE content file that the build accepts as it is: a campaign document in content/letter/
// when the campaign's publisher issued it (or the project has no campaign yet), otherwise a cited
// document in content/documents/ with its full text (./file-cited.ts). Every refusal is an ImportError
// in Vietnamese, raised before anything is written; the report printed so far goes with it. The
// command is ./cli.ts; the pure reading is ./pipeline.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { t } from '../../src/i18n/index.ts';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import { identifierKey } from '../../src/vietnamese/fold.ts';
import { CONTENT_DIRS } from '../../src/content-disk/content-paths.ts';
import { checkDocumentForm } from '../../src/documents/document-checks.ts';
import { ContentError } from '../../src/documents/content-error.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { citedLines } from './cited.ts';
import type { WrittenBlock } from './body.ts';
import type { Assembled, FrontMatter } from './document.ts';
import { ImportError, importError } from './errors.ts';
import { fileCited, nextDocumentOrder } from './file-cited.ts';
import { missingParts, partLines, readText, writeDocument } from './pipeline.ts';
import { assemble } from './document.ts';
import { issuedBy, readPublisher } from './publisher.ts';
import { readSource } from './read.ts';
import {
  checkRoute,
  checkRouteName,
  documentKey,
  documentRoute,
  nextLetterOrder,
  readLetters,
} from './routes.ts';
import { toYaml } from './yaml.ts';

export { checkRouteName } from './routes.ts';

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
  /** The report without its last lines on the file (written, or what --dry-run would write). */
  summary: string[];
  /** The path written (relative to the root), or the one that would be with --dry-run. */
  file: string;
  content: string;
  written: boolean;
  /** Stub files for the cited documents the site lacks (printed in the report, not written). */
  stubs: { file: string; content: string }[];
  /** A campaign document's front matter and the blocks of its body as written (for new-campaign). */
  letter?: { data: FrontMatter; blocks: WrittenBlock[] };
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
  const read = readText(source.text, source.kind);
  const { parsed, bodyText, citingText, lines } = read;
  report.push(...lines.repairs);
  // A text with none of the heading's parts is not an administrative document.
  if (
    !parsed.nationalHeading &&
    parsed.organisations.length === 0 &&
    parsed.code === undefined &&
    parsed.date === undefined &&
    parsed.typeName === undefined
  ) {
    throw importError('importer.error.notDocument', {
      missing: read.assembled.missing.map((part) => part.label).join('; '),
    });
  }

  // Another body's document (a directive the campaign implements) is filed as a cited document; so
  // is a Party document, whose form a campaign document (NĐ 30) cannot take.
  const publisher = readPublisher(root);
  const cited =
    parsed.form === 'party' ||
    (publisher !== undefined && !issuedBy(publisher, parsed, read.assembled.data.issuer));
  const assembled = cited
    ? assemble(parsed, bodyText, read.stats, { cited: true })
    : read.assembled;
  report.push(...partLines(parsed, assembled));
  if (cited) {
    report.push(
      publisher === undefined
        ? t('importer.report.partyCited')
        : t('importer.report.otherIssuer', { publisher: publisher.publisher }),
    );
    return fileCited(
      options,
      source.kind,
      { parsed, bodyText, assembled },
      writeDocument(parsed, { citableParts: true }),
      report,
    );
  }
  if (assembled.missing.length > 0)
    throw importError('importer.error.incomplete', {
      missing: missingParts(assembled.missing, source.kind),
    });

  const data = assembled.data as FrontMatter;
  const identity = {
    type: data.type,
    number: data.number,
    code: data.code,
    date: data.date,
    subject: data.subject,
  };
  const key = documentKey(identity);
  const letters = readLetters(root);
  // A second import of a document the site has goes to the file it has, unless --route says otherwise.
  const same = options.route === undefined ? letters.find((l) => l.key === key) : undefined;
  const route = options.route ?? same?.route ?? documentRoute(identity);
  checkRouteName(route);
  const target = same?.file ?? join(LETTER_DIR, `${route}.mdx`);
  checkRoute(root, route, target, letters, { force: options.force === true, key });
  data.route = route;
  data.order = nextLetterOrder(letters, data.date, target);

  const content = `${frontMatterYaml(data, assembled)}\n${read.mdx}`;
  validate(content, target);

  const stubs: ImportResult['stubs'] = [];
  const dir = join(root, DOCUMENTS_DIR);
  report.push(
    ...citedLines(
      citingText,
      { ...data, date: letterSchema.shape.date.parse(data.date) },
      {
        targets: existsSync(dir) ? loadCitationTargets(dir) : [],
        campaignKeys: new Set([
          key,
          ...letters.flatMap((l) =>
            l.identifier === undefined ? [] : [identifierKey(l.identifier)],
          ),
        ]),
        order: nextDocumentOrder(dir),
        dir: DOCUMENTS_DIR,
      },
      stubs,
    ),
  );

  const letter = { data, blocks: read.written };
  const summary = [...report];
  if (options.dryRun) {
    report.push(t('importer.report.dryRun', { file: target }), content);
    return {
      kind: 'campaign',
      report,
      summary,
      file: target,
      content,
      written: false,
      stubs,
      letter,
    };
  }
  mkdirSync(join(root, LETTER_DIR), { recursive: true });
  writeFileSync(join(root, target), content);
  report.push(t('importer.report.written', { file: target, route }), t('importer.report.next'));
  return { kind: 'campaign', report, summary, file: target, content, written: true, stubs, letter };
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
      collective: data.signer.collective,
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

/** Checks the file as the build will: the content schema, then its form's rules. */
function validate(content: string, file: string): void {
  const result = letterSchema.safeParse(parseFrontMatter(splitFrontMatter(content)!.yaml));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw importError('importer.error.invalid', { issues: issues.join('; ') });
  }
  try {
    checkDocumentForm(result.data, file);
  } catch (error) {
    if (error instanceof ContentError)
      throw importError('importer.error.invalid', { issues: error.message });
    throw error;
  }
}
