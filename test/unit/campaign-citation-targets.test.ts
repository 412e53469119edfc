import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaignCitationTargets } from '../../src/content-disk/campaign-citation-targets.ts';
import { FIXTURE_DOCUMENTS_DIR } from '../support/fixture-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'campaign-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCampaignCitationTargets', () => {
  it('makes each fixture with a number a target under its file name, with its route', () => {
    const { targets, routes } = loadCampaignCitationTargets(FIXTURE_DOCUMENTS_DIR);
    expect(targets).toEqual([
      { id: 'cong-van-phu-luc', type: 'Công văn', identifier: '12/SCT-VP', aliases: [] },
      { id: 'ke-hoach', type: 'Kế hoạch', identifier: '87/KH-SCT', aliases: [] },
      { id: 'thong-bao', type: 'Thông báo', identifier: '05/TB-SCT', aliases: [] },
    ]);
    expect(routes.get('quyet-dinh')).toBe('quyet-dinh-mau-thu');
    expect(routes.get('ke-hoach')).toBe('ke-hoach-mau-thu');
  });

  it('skips a file with a blank number, a draft (_x.mdx) and broken front matter', () => {
    writeFileSync(
      join(dir, 'cong-van.mdx'),
      '---\ntype: Công văn\nnumber: null\ncode: SCT-VP\nroute: cong-van\n---\n',
    );
    writeFileSync(
      join(dir, '_nhap.mdx'),
      '---\ntype: Kế hoạch\nnumber: "1"\ncode: KH-SCT\nroute: x\n---\n',
    );
    writeFileSync(join(dir, 'hong.mdx'), '---\ntype: "Kế hoạch\n---\n');
    const { targets, routes } = loadCampaignCitationTargets(dir);
    expect(targets).toEqual([]);
    expect([...routes.keys()]).toEqual(['cong-van']);
  });
});
