import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArchive, buildCampaign, folderFor } from '../../scripts/dev/archive-builds.mjs';
import { FIXTURE_CAMPAIGN } from './fixture-campaigns.ts';
import { copyProject, PROJECT_DIR, removeProject } from './project-copy.ts';

// The archive tests' sites: the three fictional campaigns of test/fixtures/archive/, each built on
// its own under its sub-path, then the archive that gathers them, all in one temporary web root laid
// out as the portal serves it (what deploy/nginx-archive.conf expects).

/** The fixtures: a content/ folder per campaign, and the archive's archive.yaml. */
export const ARCHIVE_FIXTURES = join(PROJECT_DIR, 'test', 'fixtures', 'archive');

/** The content/ of the copy the archive is built in: a campaign the archive does not list. */
export const ARCHIVE_COPY_CAMPAIGN = FIXTURE_CAMPAIGN;

/** The portal the fixtures are built for, and where the archive is on it. */
export const ARCHIVE_SITE = 'https://portal.example.gov.vn';
export const ARCHIVE_BASE = '/thi-dua/';

/** The fixture campaigns, by their folder (and id in the archive). */
export const FIXTURE_CAMPAIGNS = readdirSync(ARCHIVE_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A campaign's sub-path. */
export const campaignBase = (id: string) => `${ARCHIVE_BASE}${id}/`;

export interface ArchiveSite {
  /** The web root: the archive in `<webRoot>/thi-dua/`, each campaign under it. */
  webRoot: string;
  /** The archive's own folder. */
  archiveDir: string;
  remove(): void;
}

/** Builds the three campaigns (at once, each in a copy of its own), then the archive. */
export async function buildArchiveSite(): Promise<ArchiveSite> {
  const webRoot = mkdtempSync(join(tmpdir(), 'archive-site-'));
  const remove = () => rmSync(webRoot, { recursive: true, force: true });
  try {
    await Promise.all(
      FIXTURE_CAMPAIGNS.map((id) =>
        buildCampaign({
          content: join(ARCHIVE_FIXTURES, id),
          site: ARCHIVE_SITE,
          base: campaignBase(id),
          webRoot,
        }),
      ),
    );
    // The archive is built in a copy whose own content/ is another campaign (the fixture campaign):
    // the archive reads only what archive.yaml names, so nothing of it may show (archive.test.ts).
    const project = copyProject('archive-', { content: ARCHIVE_COPY_CAMPAIGN });
    try {
      await buildArchive({
        archiveDir: ARCHIVE_FIXTURES,
        site: ARCHIVE_SITE,
        base: ARCHIVE_BASE,
        webRoot,
        projectDir: project,
      });
    } finally {
      removeProject(project);
    }
    return { webRoot, archiveDir: folderFor(webRoot, ARCHIVE_BASE), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
