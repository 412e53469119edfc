import { beforeAll, describe, expect, it } from 'vitest';
import {
  readCollections,
  withCollections,
  type MockedCollections,
  type MockedEntry,
} from '../../support/astro-content.ts';
import { FIXTURE_CAMPAIGN } from '../../support/fixture-campaigns.ts';

// The site data (src/site/site-data.ts) runs the cross-checks of src/site/site-checks.ts on the
// collections, so bad content stops the build with the file and the field: each case plants one
// error in the fixture campaign's mocked collections. test/unit/site-checks.test.ts proves each
// check's message on plain objects; test/site/content-errors.test.ts that an error stops a real build.

const siteData = () => import('../../../src/site/site-data.ts');

let collections: MockedCollections;

beforeAll(async () => {
  collections = await readCollections(FIXTURE_CAMPAIGN);
});

/** The collection `name` with the entry `id` changed by `change`. */
function changed(
  name: keyof MockedCollections,
  id: string,
  change: (entry: MockedEntry) => MockedEntry,
): MockedCollections {
  const entries = collections[name];
  if (!entries.some((e) => e.id === id)) throw new Error(`no ${id} in ${name}`);
  return { ...collections, [name]: entries.map((e) => (e.id === id ? change(e) : e)) };
}

/** What loading the site over the collections throws. */
async function loadError(source: MockedCollections): Promise<string> {
  const { loadSite } = await withCollections(source, siteData);
  const error = await loadSite().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the site data should refuse the planted error').toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('the site data stops on bad content, naming the file and the field', () => {
  it('loads the fixture campaign as it is', async () => {
    const { loadSite } = await withCollections(collections, siteData);
    expect((await loadSite()).letters).toHaveLength(collections.letters.length);
  });

  it('a focus area pointing to a place the launch document does not have', async () => {
    const message = await loadError(
      changed('focusAreas', 'cay-xanh-truong-hoc', (e) => ({
        ...e,
        data: { ...e.data, letterAnchor: 'muc-9-y-9' },
      })),
    );
    expect(message).toMatch(
      /^content\/focus-areas\/cay-xanh-truong-hoc\.mdx: trường "letterAnchor": không có mục "muc-9-y-9" trong content\/letter\/ke-hoach\.mdx/,
    );
  });

  it('a launch document the campaign names but content/letter/ lacks', async () => {
    const [campaign] = collections.campaign;
    const message = await loadError({
      ...collections,
      campaign: [{ ...campaign!, data: { ...campaign!.data, launchLetter: 'cong-van-khac' } }],
    });
    expect(message).toMatch(/^content\/campaign\.yaml: trường "launchLetter": .*"cong-van-khac"/);
  });

  it('a milestone pointing to a place the launch document does not have', async () => {
    const [campaign] = collections.campaign;
    const milestones = campaign!.data['milestones'] as Record<string, unknown>[];
    const message = await loadError({
      ...collections,
      campaign: [
        {
          ...campaign!,
          data: {
            ...campaign!.data,
            milestones: [{ ...milestones[0], letterAnchor: 'muc-7' }, ...milestones.slice(1)],
          },
        },
      ],
    });
    expect(message).toMatch(
      /^content\/campaign\.yaml: trường "milestones\.letterAnchor": .*"muc-7"/,
    );
  });

  it('a provision a published text lacks ("mục 9" of a directive with three mục)', async () => {
    const message = await loadError(
      changed('letters', 'ke-hoach-dan-chieu', (e) => {
        const recorded = e.rendered!.remarkPluginFrontmatter;
        const citations = (recorded['citations'] as Record<string, unknown>[]).map((c) => {
          const provision = c['provision'] as { words: string; anchor?: string } | undefined;
          return provision?.anchor === 'muc-2'
            ? { ...c, provision: { ...provision, words: 'mục 9', anchor: 'muc-9' } }
            : c;
        });
        return {
          ...e,
          rendered: { ...e.rendered!, remarkPluginFrontmatter: { ...recorded, citations } },
        };
      }),
    );
    expect(message).toContain('content/letter/ke-hoach-dan-chieu.mdx');
    expect(message).toContain('chi-thi-19-ct-tu.mdx không có mục 9');
  });

  it('two campaign documents claiming one route', async () => {
    const message = await loadError(
      changed('letters', 'thong-bao', (e) => ({ ...e, data: { ...e.data, route: 'ke-hoach' } })),
    );
    expect(message).toMatch(/content\/letter\/.*\.mdx: trường "route"/);
  });
});
