import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { find, findAll, hasClass, parseHtml, textOf, type HtmlNode } from '../support/html.ts';
import {
  copyProject,
  mutateCopyFile,
  removeProject,
  runAstroBuild,
  type BuildResult,
} from '../support/project-copy.ts';
import { assertBuilt, readPage } from '../support/site.ts';

// The footer shows the publisher's details (Nghị định 42/2022/NĐ-CP) when content/ gives them, and
// none otherwise; and a build for the portal cannot ship a placeholder address by accident.

/** The fixture's mapping, indented as a field of the campaign's entry in content/campaign.yaml. */
const FIXTURE = readFileSync(new URL('../fixtures/publisher-contact.yaml', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => `  ${line}\n`)
  .join('');
const footerOf = (doc: HtmlNode) =>
  find(doc, (e) => e.tagName === 'footer' && hasClass(e, 'site-footer'))!;

let dir: string;
let refused: BuildResult;
let wroteOnRefusal: boolean;

beforeAll(async () => {
  dir = copyProject('publisher-footer-');
  // The portal's build, with no SITE_URL and no word that a placeholder is meant: it must stop.
  refused = await runAstroBuild(dir, 110_000, {
    SITE_URL: undefined,
    ALLOW_PLACEHOLDER_SITE: undefined,
  });
  wroteOnRefusal = existsSync(join(dir, 'dist'));
  mutateCopyFile(dir, 'content/campaign.yaml', /^(\s+publisher: .*\n)/m, `$1${FIXTURE}`);
  const built = await runAstroBuild(dir, 240_000);
  if (built.code !== 0)
    throw new Error(`the fixture copy did not build:\n${built.output.slice(-4000)}`);
}, 400_000);

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

describe('a build for the portal', () => {
  it('stops before writing anything when SITE_URL is unset, and says how to go on', () => {
    expect(refused.code).not.toBe(0);
    expect(wroteOnRefusal).toBe(false);
    expect(refused.output).toContain(
      t('errors.siteUrl.placeholder', { value: 'http://localhost:4321' }),
    );
  });
});

describe("the publisher's details in the footer", () => {
  it('shows each detail content/ gives, labelled, on every page', () => {
    for (const path of ['index.html', 'cong-van/index.html', '404.html']) {
      const footer = footerOf(parseHtml(readFileSync(join(dir, 'dist', path), 'utf8')));
      const rows = findAll(footer, (e) => e.tagName === 'div' && e.parentNode?.nodeName === 'dl');
      const pairs = rows.map((row) =>
        ['dt', 'dd'].map((tag) => textOf(find(row, (e) => e.tagName === tag)!)),
      );
      expect(pairs, path).toEqual([
        [`${t('site.footer.address')}:`, 'Số 0, đường Mẫu Thử, phường Mẫu Thử (địa chỉ mẫu thử)'],
        [`${t('site.footer.telephone')}:`, '0000 000 000'],
        [`${t('site.footer.email')}:`, 'mau-thu@example.invalid'],
        [`${t('site.footer.responsible')}:`, 'Người Mẫu Thử, chức danh mẫu thử'],
      ]);
      const links = findAll(footer, (e) => e.tagName === 'a').map(
        (a) => a.attrs.find((x) => x.name === 'href')?.value,
      );
      expect(links).toEqual(['tel:0000000000', 'mailto:mau-thu@example.invalid']);
    }
  });

  it('shows none on the real site, whose content/ gives none: nothing is invented', () => {
    assertBuilt();
    const footer = footerOf(parseHtml(readPage('/')));
    expect(findAll(footer, (e) => e.tagName === 'dl')).toEqual([]);
    for (const key of ['address', 'telephone', 'email', 'responsible'] as const)
      expect(textOf(footer)).not.toContain(t(`site.footer.${key}`));
  });
});
