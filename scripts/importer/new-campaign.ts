// A new campaign's content drafted from its signed launch document: the launch document is imported
// as `npm run import` writes it (into an empty project, so every cited document gets a stub), then
// ./campaign.ts drafts campaign.yaml, the focus areas and the guidance from the blocks the import
// wrote, and ./campaign-checks.ts the campaign's own checks (content/tests/). Refuses a content/ that
// already holds a campaign unless --force; writes nothing on bad input. The command is
// ./new-campaign-cli.ts.
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contentFileNames } from '../../src/content-disk/content-files.ts';
import { CONTENT_DIRS, CONTENT_FILES } from '../../src/content-disk/content-paths.ts';
import { t } from '../../src/i18n/index.ts';
import { draftCampaign, type CampaignReportLine, type DraftedFile } from './campaign.ts';
import { checkFiles, draftChecks, type LaunchDocumentFacts } from './campaign-checks.ts';
import { ImportError, importError } from './errors.ts';
import { importDocument, ImportRefusal } from './run.ts';

export interface NewCampaignOptions {
  file: string;
  route?: string;
  force?: boolean;
  dryRun?: boolean;
  root: string;
}

export interface NewCampaignResult {
  report: string[];
  files: DraftedFile[];
  written: boolean;
}

/** The files of a campaign already in content/ (what --force replaces). */
function campaignFiles(root: string): string[] {
  const files: string[] = [];
  for (const file of Object.values(CONTENT_FILES))
    if (existsSync(join(root, file))) files.push(file);
  for (const dir of Object.values(CONTENT_DIRS))
    for (const name of contentFileNames(join(root, dir))) files.push(join(dir, name));
  return [...files, ...checkFiles(root)];
}

function reportLine(line: CampaignReportLine): string {
  const params = { label: line.label, value: line.value ?? '', reason: line.reason ?? '' };
  return t(`importer.campaign.${line.status}`, params);
}

/** Drafts a new campaign's content; throws ImportRefusal (with the report so far) on bad input. */
export async function newCampaign(options: NewCampaignOptions): Promise<NewCampaignResult> {
  const report: string[] = [];
  try {
    return await draft(options, report);
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    if (error instanceof ImportError) throw new ImportRefusal(error, report);
    throw error;
  }
}

async function draft(options: NewCampaignOptions, report: string[]): Promise<NewCampaignResult> {
  const { root } = options;
  const existing = campaignFiles(root);
  const holder =
    existing.find((file) => file === CONTENT_FILES.campaign) ??
    existing.find((file) => file.startsWith(CONTENT_DIRS.letters));
  if (holder !== undefined && options.force !== true)
    throw importError('importer.campaign.error.exists', { file: holder });

  // The launch document as `npm run import` writes it into an empty project.
  const empty = mkdtempSync(join(tmpdir(), 'new-campaign-'));
  let imported;
  try {
    imported = await importDocument({
      file: options.file,
      ...(options.route === undefined ? {} : { route: options.route }),
      root: empty,
      dryRun: true,
    });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  report.push(...imported.summary);
  if (imported.letter === undefined) throw importError('importer.campaign.error.cited');
  const drafted = draftCampaign(imported.letter);
  if (drafted === undefined) throw importError('importer.campaign.error.noContents');

  const files: DraftedFile[] = [
    ...drafted.files.slice(0, 1),
    { file: imported.file, content: imported.content },
    ...drafted.files.slice(1),
    ...imported.stubs,
    // No anniversaries unless the editor adds them.
    { file: CONTENT_FILES.anniversaries, content: '[]\n' },
    draftChecks(imported.letter.data as unknown as LaunchDocumentFacts),
  ];
  report.push(t('importer.campaign.title'), ...drafted.report.map(reportLine));

  if (options.dryRun) {
    report.push(t('importer.campaign.dryRun'), ...files.map((f) => `  ${f.file}`));
    return { report, files, written: false };
  }
  if (existing.length > 0) {
    for (const file of existing) unlinkSync(join(root, file));
    report.push(t('importer.campaign.cleared', { count: existing.length }));
  }
  for (const file of files) {
    mkdirSync(dirname(join(root, file.file)), { recursive: true });
    writeFileSync(join(root, file.file), file.content);
  }
  report.push(
    t('importer.campaign.written', { count: files.length }),
    ...files.map((f) => `  ${f.file}`),
    t('importer.campaign.next'),
  );
  return { report, files, written: true };
}
