import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CAMPAIGN } from '../../scripts/dev/fixture-site.mjs';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';

// The fictional campaigns the code tests read, each a whole content/ folder (never the real one).

/** Something in every part of the site (test/fixtures/campaign/README.md). */
export { FIXTURE_CAMPAIGN };

/** Nothing but its launch document (test/fixtures/campaign-minimal/README.md). */
export const MINIMAL_CAMPAIGN = fileURLToPath(
  new URL('../fixtures/campaign-minimal', import.meta.url),
);

/**
 * The titles of the fixture campaign's timeline on its home page, in order: its milestones and each
 * later campaign document at its date, after the launch.
 */
export const FIXTURE_TIMELINE = [
  'Ủy ban nhân dân tỉnh ban hành chương trình',
  'Phát động phong trào',
  'Kế hoạch số 20/KH-SGDĐT',
  'Kế hoạch số 25/KH-SGDĐT',
  'Thông báo số 05/TB-SGDĐT',
  'Công văn số 31/SGDĐT-VP',
  'Báo cáo số …/BC-SGDĐT',
  'Quyết định số …/QĐ-SGDĐT',
  'Kết thúc phong trào',
  'Tổng kết, đánh giá',
];

/** The fixture campaign's launch plan (`letter/ke-hoach.mdx`), as its form prints and copies it. */
export const FIXTURE_LAUNCH = (() => {
  const file = splitFrontMatter(
    readFileSync(join(FIXTURE_CAMPAIGN, 'letter', 'ke-hoach.mdx'), 'utf8'),
  )!;
  const data = parseFrontMatter(file.yaml) as {
    parentBody: string;
    subject: string;
    distribution: string[];
    signer: { title: string; name: string };
  };
  return {
    route: 'ke-hoach',
    body: file.body,
    data,
    /** The lines of its heading block, which the form sets in two columns from the front matter. */
    headingLines: [
      'UBND TỈNH SƠN HÀ',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-SGDĐT',
      'Sơn Hà, ngày 14 tháng 02 năm 2025',
      'KẾ HOẠCH',
      data.subject,
    ],
    /** The lines of its Nơi nhận as the form writes them. */
    distributionLines: data.distribution.map(
      (line, i, all) => `- ${line}${i < all.length - 1 ? ';' : '.'}`,
    ),
  };
})();
