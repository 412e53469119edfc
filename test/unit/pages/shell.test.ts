import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { t } from '../../../src/i18n/index.ts';
import {
  useFixtureCollections,
  withCollections,
  type MockedCollections,
} from '../../support/astro-content.ts';

// What the layout shows around every page (src/site/pages/shell.ts): the titles, the footer with the
// publisher's details (Nghị định 42/2022/NĐ-CP) when content/ gives them and none otherwise, and the
// footer's note, which names the launch document by its type.

const shell = () => import('../../../src/site/pages/shell.ts');

/** Clearly fictional publisher details (test/fixtures/publisher-contact.yaml). */
const { publisherContact: CONTACT } = parse(
  readFileSync(new URL('../../fixtures/publisher-contact.yaml', import.meta.url), 'utf8'),
) as { publisherContact: Record<string, string> };

const fixtures = useFixtureCollections();

/** The collections with the campaign's data changed by `change`. */
function withCampaign(
  collections: MockedCollections,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): MockedCollections {
  const [campaign] = collections.campaign;
  return { ...collections, campaign: [{ ...campaign!, data: change(campaign!.data) }] };
}

describe("the publisher's details in the footer", () => {
  it('shows each detail content/ gives, labelled, in the order portals show them', async () => {
    const given = withCampaign(fixtures.full, (data) => ({ ...data, publisherContact: CONTACT }));
    const { publisherContact } = await (await withCollections(given, shell)).shellData('x', '/');
    expect(publisherContact).toEqual([
      {
        label: t('site.footer.address'),
        value: 'Số 0, đường Mẫu Thử, phường Mẫu Thử (địa chỉ mẫu thử)',
      },
      { label: t('site.footer.telephone'), value: '0000 000 000', href: 'tel:0000000000' },
      {
        label: t('site.footer.email'),
        value: 'mau-thu@example.invalid',
        href: 'mailto:mau-thu@example.invalid',
      },
      { label: t('site.footer.responsible'), value: 'Người Mẫu Thử, chức danh mẫu thử' },
    ]);
  });

  it('shows only what is given, and nothing when content/ gives none: nothing is invented', async () => {
    const onlyEmail = withCampaign(fixtures.full, (data) => ({
      ...data,
      publisherContact: { email: 'so@example.invalid' },
    }));
    const rows = (await (await withCollections(onlyEmail, shell)).shellData('x', '/'))
      .publisherContact;
    expect(rows.map((row) => row.label)).toEqual([t('site.footer.email')]);
    for (const collections of [fixtures.full, fixtures.minimal]) {
      const none = await (await withCollections(collections, shell)).shellData('x', '/');
      expect(none.publisherContact).toEqual([]);
    }
  });
});

describe('titles and the footer note', () => {
  it('titles the home page after the publisher and every other page after the site', async () => {
    const { shellData } = await withCollections(fixtures.full, shell);
    const home = await shellData('Trang chủ', '/');
    expect(home.fullTitle).toBe(
      t('site.title.home', { title: 'Trang chủ', publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà' }),
    );
    const other = await shellData('Nội dung', '/noi-dung/');
    expect(other.fullTitle).toBe(
      t('site.title.page', { title: 'Nội dung', siteName: other.siteName }),
    );
    expect(other.siteName).toContain('Trường học xanh 2025');
    expect(other.shortName).toBe('Trường học xanh 2025');
  });

  it('names the launch document by its type: a kế hoạch here, a công văn there', async () => {
    expect(
      (await (await withCollections(fixtures.full, shell)).shellData('x', '/')).footerNote,
    ).toBe(t('site.footer.note', { type: 'kế hoạch' }));
    expect(
      (await (await withCollections(fixtures.minimal, shell)).shellData('x', '/')).footerNote,
    ).toBe(t('site.footer.note', { type: 'công văn' }));
  });
});
