import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaignCitationTargets } from '../../src/content-disk/campaign-citation-targets.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';

const dir = mkdtempSync(join(tmpdir(), 'campaign-targets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCampaignCitationTargets', () => {
  it('makes each fixture with a number a target under its file name, with its route', () => {
    const { targets, routes } = loadCampaignCitationTargets(join(FIXTURE_CAMPAIGN, 'letter'));
    expect(targets).toEqual([
      { id: 'cong-van-phu-luc', type: 'Công văn', identifier: '31/SGDĐT-VP', aliases: [] },
      { id: 'ke-hoach-dan-chieu', type: 'Kế hoạch', identifier: '25/KH-SGDĐT', aliases: [] },
      { id: 'ke-hoach-thuc-hien', type: 'Kế hoạch', identifier: '20/KH-SGDĐT', aliases: [] },
      { id: 'ke-hoach', type: 'Kế hoạch', identifier: '12/KH-SGDĐT', aliases: [] },
      { id: 'thong-bao', type: 'Thông báo', identifier: '05/TB-SGDĐT', aliases: [] },
    ]);
    expect(routes.get('quyet-dinh')).toBe('quyet-dinh-mau-thu');
    expect(routes.get('ke-hoach-thuc-hien')).toBe('ke-hoach-mau-thu');
    expect(routes.get('ke-hoach')).toBe('ke-hoach');
  });

  it('skips a file with a blank number, a draft (_x.mdx) and broken front matter', () => {
    writeFileSync(
      join(dir, 'phat-dong.mdx'),
      '---\ntype: Công văn\nnumber: null\ncode: SVHTTDL-VP\nroute: phat-dong\n---\n',
    );
    writeFileSync(
      join(dir, '_nhap.mdx'),
      '---\ntype: Kế hoạch\nnumber: "1"\ncode: KH-SCT\nroute: x\n---\n',
    );
    writeFileSync(join(dir, 'hong.mdx'), '---\ntype: "Kế hoạch\n---\n');
    const { targets, routes } = loadCampaignCitationTargets(dir);
    expect(targets).toEqual([]);
    expect([...routes.keys()]).toEqual(['phat-dong']);
  });
});
