import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newCampaign, type NewCampaignResult } from '../../scripts/importer/new-campaign.ts';
import { importDocument, ImportRefusal, type ImportResult } from '../../scripts/importer/run.ts';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { focusAreaSchema } from '../../src/schemas/focus-area.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import {
  copyProject,
  PROJECT_DIR,
  removeProject,
  runAstroBuild,
  type BuildResult,
} from '../support/project-copy.ts';

// `npm run new-campaign` round trip (issue 17): in a throwaway copy of the project whose content/ is
// emptied, the seed (test/fixtures/letter-source.txt) drafts the whole of content/, and the copy
// builds. Its seven focus areas and five guidance items point to the same places in the letter as
// the site's own content files, and those places exist on the built letter page. Two fictional
// directives of other bodies (a Party Chỉ thị, a UBND Chỉ thị) are then imported into the same copy:
// they are filed as cited documents with their full text (issue 18), and the copy builds them too.

const SEED = join(PROJECT_DIR, 'test', 'fixtures', 'letter-source.txt');
const COLLECTIONS = ['letter', 'focus-areas', 'guidance', 'documents'];

let dir: string;
let refusal: unknown;
let result: NewCampaignResult;
let build: BuildResult;
let directives: ImportResult[];
/**
 * The seed's route: its number is blank ("Số: /SCT-VP"), so the route is its type and code and the
 * first words of its trích yếu, and a second blank-numbered công văn of the office gets its own.
 */
const LAUNCH_ROUTE = 'cong-van-sct-vp-phat-dong-phong-trao-thi-dua-dac';

/** The front matter of every file of a collection, in `order`. */
function collection(root: string, name: string): Record<string, unknown>[] {
  const folder = join(root, 'content', name);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      return parseFrontMatter(splitFrontMatter(source)!.yaml);
    })
    .sort((a, b) => Number(a['order']) - Number(b['order']));
}

beforeAll(async () => {
  dir = copyProject('new-campaign-');
  // The copy's content/ holds this campaign: refused without --force.
  refusal = await newCampaign({ file: SEED, root: dir }).catch((e: unknown) => e);
  result = await newCampaign({ file: SEED, root: dir, force: true });
  directives = [];
  for (const name of ['chi-thi-dang.txt', 'chi-thi-ubnd.txt'])
    directives.push(
      await importDocument({
        file: join(PROJECT_DIR, 'test', 'fixtures', 'import', name),
        root: dir,
      }),
    );
  build = await runAstroBuild(dir);
}, 300_000);

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

describe('the seed drafted into an emptied content/ and built', () => {
  it('refuses a content/ that holds a campaign without --force', () => {
    expect(refusal).toBeInstanceOf(ImportRefusal);
    expect((refusal as Error).message).toContain('thư mục content/ đã có một phong trào');
  });

  it('writes the launch letter, campaign.yaml, focus areas, guidance and stubs, and builds', () => {
    expect(result.written).toBe(true);
    for (const name of COLLECTIONS)
      expect(readdirSync(join(dir, 'content', name)).length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'content', 'letter'))).toEqual([`${LAUNCH_ROUTE}.mdx`]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('drafts campaign.yaml from the text: theme, spirit, period and reviewer found, the rest marked', () => {
    const yaml = readFileSync(join(dir, 'content', 'campaign.yaml'), 'utf8');
    const [campaign] = campaignSchema.array().parse(parse(yaml));
    expect(campaign).toMatchObject({
      publisher: 'Sở Công Thương tỉnh Lai Châu',
      parentBody: 'Ủy ban nhân dân tỉnh Lai Châu',
      launchLetter: LAUNCH_ROUTE,
      start: { year: 2023, month: 6 },
      end: { year: 2023, month: 10, day: 30 },
      reviewer: 'Hội đồng Thi đua, khen thưởng Sở',
    });
    expect(campaign!.theme).toMatch(/^Thi đua đổi mới, sáng tạo, lập thành tích cao nhất/);
    expect(campaign!.spirit).toMatch(/^Đẩy mạnh đổi mới, sáng tạo; khơi dậy ý chí tự lực/);
    expect(yaml).toMatch(/^ {2}shortName: .* # bản nháp: cần biên tập$/m);
    const report = result.report.join('\n');
    expect(report).toContain('[suy ra]   start: 2023-06');
    expect(report).toContain('[có]       end: 2023-10-30');
  });

  it('gives seven focus areas at the same places in the letter as the site’s own, text verbatim', () => {
    const drafted = collection(dir, 'focus-areas');
    const today = collection(PROJECT_DIR, 'focus-areas');
    expect(drafted).toHaveLength(7);
    expect(drafted.map((f) => f['letterAnchor'])).toEqual(today.map((f) => f['letterAnchor']));
    for (const area of drafted) expect(focusAreaSchema.safeParse(area).success).toBe(true);
    const first = readdirSync(join(dir, 'content', 'focus-areas'))
      .map((file) => readFileSync(join(dir, 'content', 'focus-areas', file), 'utf8'))
      .find((source) => source.includes('letterAnchor: "muc-2-y-1"'))!;
    expect(first).toMatch(/^title: .* # bản nháp: cần biên tập$/m);
    expect(first).toMatch(/^summary: "Phân đấu hoàn thành, hoàn thành vượt mức/m);
    expect(splitFrontMatter(first)!.body.trim()).toBe(
      splitFrontMatter(
        readFileSync(
          join(PROJECT_DIR, 'content', 'focus-areas', 'hoan-thanh-chi-tieu-thu-hut-dau-tu.mdx'),
          'utf8',
        ),
      )!.body.trim(),
    );
  });

  it('gives five guidance items at the same places, with the actor only where the text names one', () => {
    const drafted = collection(dir, 'guidance');
    const today = collection(PROJECT_DIR, 'guidance');
    expect(drafted.map((g) => g['letterAnchor'])).toEqual(today.map((g) => g['letterAnchor']));
    expect(drafted.map((g) => [g['actor'], g['role']])).toEqual(
      today.map((g) => [g['actor'], g['role']]),
    );
    for (const item of drafted) expect(guidanceSchema.safeParse(item).success).toBe(true);
  });

  it('those places exist on the built letter page', () => {
    const page = readFileSync(join(dir, 'dist', LAUNCH_ROUTE, 'index.html'), 'utf8');
    for (const item of [...collection(dir, 'focus-areas'), ...collection(dir, 'guidance')])
      expect(page).toContain(`id="${String(item['letterAnchor'])}"`);
    for (const stub of ['chi-thi-34-ct-tw', 'chi-thi-32-ct-tu', 'cong-van-1954-ubnd-th'])
      expect(existsSync(join(dir, 'dist', 'van-ban', stub, 'index.html')), stub).toBe(true);
  });
});

describe('directives of other bodies imported into the new campaign and built', () => {
  it('files them in content/documents/ and the copy builds their pages with their text', () => {
    expect(directives.map((d) => [d.kind, d.file])).toEqual([
      ['cited', 'content/documents/chi-thi-27-ct-tu.mdx'],
      ['cited', 'content/documents/chi-thi-45-ct-ubnd.mdx'],
    ]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
    const party = readFileSync(
      join(dir, 'dist', 'van-ban', 'chi-thi-27-ct-tu', 'index.html'),
      'utf8',
    );
    expect(party).toContain('Chỉ thị số 27-CT/TU');
    expect(party).toContain(
      'Nâng cao nhận thức của cán bộ, đảng viên về phong trào thi đua mẫu thử',
    );
    expect(existsSync(join(dir, 'dist', 'van-ban', 'chi-thi-45-ct-ubnd', 'index.html'))).toBe(true);
  });
});
