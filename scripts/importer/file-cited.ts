// Files another body's document as a cited document, content/documents/<slug>.mdx, with its text
// (./cited-file.ts drafts the file): fills in the file the site already has for it (the same số and
// ký hiệu, or for a blank number the same code, date and trích yếu), refuses to change it without
// --force, and checks the file as the build will before writing it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readContentDir,
  readFrontMatter,
  contentFileNames,
} from '../../src/content-disk/content-files.ts';
import { CONTENT_DIRS } from '../../src/content-disk/content-paths.ts';
import { isoDate } from '../../src/documents/dates.ts';
import { identifierKey } from '../../src/vietnamese/fold.ts';
import { t } from '../../src/i18n/index.ts';
import type { Assembled } from './document.ts';
import {
  citedFile,
  citedIdentifier,
  citedIssues,
  draftCitedDocument,
  fillExisting,
} from './cited-file.ts';
import { importError } from './errors.ts';
import type { ParsedDocument } from './parse.ts';
import { missingParts, type WrittenDocument } from './pipeline.ts';
import { checkRouteName, documentKey, documentRoute, type DocumentIdentity } from './routes.ts';
import type { ImportOptions, ImportResult } from './run.ts';
import type { InputKind } from './read.ts';

const DOCUMENTS_DIR = CONTENT_DIRS.documents;

/** The site's file for a cited document with this key (documentKey), if it has one. */
function findCitedFile(
  dir: string,
  key: string,
): { name: string; data: Record<string, unknown> } | undefined {
  return readContentDir(dir).find(({ data }) => {
    const text = data['text'] as Record<string, unknown> | undefined;
    const identifier = data['identifier'];
    if (typeof identifier === 'string') return identifierKey(identifier) === key;
    if (text === undefined || typeof text['code'] !== 'string') return false;
    return (
      key ===
      documentKey({
        type: String(data['type'] ?? ''),
        number: typeof text['number'] === 'string' ? text['number'] : null,
        code: text['code'],
        date: typeof text['date'] === 'string' ? text['date'] : undefined,
        subject: typeof data['subject'] === 'string' ? data['subject'] : undefined,
      })
    );
  });
}

/** The next free `order` of the cited documents. */
export function nextDocumentOrder(dir: string): number {
  const orders = contentFileNames(dir)
    .map((name) => readFrontMatter(join(dir, name))?.['order'])
    .filter((order): order is number => typeof order === 'number');
  return orders.length === 0 ? 0 : Math.max(...orders) + 1;
}

/** Files another body's document as a cited document, filling in the file the site has for it. */
export function fileCited(
  options: ImportOptions,
  kind: InputKind,
  {
    parsed,
    bodyText,
    assembled,
  }: { parsed: ParsedDocument; bodyText: string; assembled: Assembled },
  { mdx }: WrittenDocument,
  report: string[],
): ImportResult {
  const { root } = options;
  const draft = draftCitedDocument(parsed, bodyText, nextDocumentOrder(join(root, DOCUMENTS_DIR)));
  if (draft === undefined || assembled.missing.length > 0)
    throw importError('importer.error.incomplete', {
      missing: missingParts(assembled.missing, kind),
    });
  if (draft.issuerNote === 'printed')
    report.push(t('importer.report.issuerPrinted', { issuer: String(draft.data['issuer']) }));
  for (const alias of draft.data['aliases'] as string[])
    report.push(t('importer.report.aliasBlank', { alias }));
  const identifier = citedIdentifier(parsed);
  const identity: DocumentIdentity = {
    type: String(draft.data['type']),
    number: parsed.number ?? null,
    code: parsed.code!,
    date: parsed.date === undefined ? undefined : isoDate(parsed.date),
    subject: parsed.subject,
  };
  const existing = findCitedFile(join(root, DOCUMENTS_DIR), documentKey(identity));
  const slug = options.route ?? documentRoute(identity);
  checkRouteName(slug);
  const target = join(DOCUMENTS_DIR, existing?.name ?? `${slug}.mdx`);
  const exists = existsSync(join(root, target));
  if (exists && options.force !== true)
    throw importError(
      existing === undefined ? 'importer.error.citedExists' : 'importer.error.citedStub',
      {
        file: target,
        identifier: identifier ?? t('importer.value.identifierBlank', { code: parsed.code! }),
      },
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
  const issues = citedIssues(data, target);
  if (issues.length > 0) throw importError('importer.error.invalid', { issues: issues.join('; ') });
  const content = citedFile(data, mdx);
  const id = target.replace(/^.*\/|\.mdx?$/g, '');
  const summary = [...report];
  const result = { kind: 'cited' as const, filled, file: target, content, stubs: [], summary };
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
