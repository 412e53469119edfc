import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, draftSummary, draftTitle } from '../../scripts/importer/campaign.ts';
import { main, parseNewCampaignArguments } from '../../scripts/importer/new-campaign-cli.ts';
import { newCampaign } from '../../scripts/importer/new-campaign.ts';
import { ImportRefusal } from '../../scripts/importer/run.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';

// `npm run new-campaign` (issue 17) on inputs other than the seed (whose round trip through a build
// is test/site/new-campaign-build.test.ts): what the text does not give is left blank and reported,
// bad input writes nothing, the drafts are made of the text's own words.

const IMPORT = join(PROJECT_DIR, 'test', 'fixtures', 'import');
let scratch: string;
let n = 0;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'new-campaign-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function emptyRoot(): string {
  const root = join(scratch, `root-${++n}`);
  mkdirSync(join(root, 'content'), { recursive: true });
  return root;
}

const files = (root: string): string[] =>
  readdirSync(join(root, 'content'), { recursive: true }).map(String).sort();

describe('a launch document that gives only some of the campaign’s facts', () => {
  it('drafts what the text gives and leaves the rest blank, marked and reported', async () => {
    const root = emptyRoot();
    const result = await newCampaign({ file: join(IMPORT, 'ke-hoach.txt'), root });
    const yaml = readFileSync(join(root, 'content', 'campaign.yaml'), 'utf8');
    expect(yaml).toMatch(/^ {2}theme: "" # để trống: văn bản không nêu$/m);
    expect(yaml).toMatch(/^ {2}end: "" # để trống: văn bản không nêu$/m);
    // Optional fields the text does not give are left out, so the schema's defaults apply.
    expect(yaml).not.toMatch(/^ {2}(?:reviewer|spirit):/m);
    expect(yaml).toContain('name: "Phong trào thi đua mẫu thử (văn bản mẫu thử, không có thật)"');
    const report = result.report.join('\n');
    expect(report).toContain('[để trống] theme: văn bản không nêu');
    expect(report).toContain('[để trống] end: văn bản không nêu');
    expect(report).toContain('[để trống] reviewer: văn bản không nêu');
    expect(report).toContain('Nội dung trọng tâm: 2 ý của mục 2 (muc-2-y-1, muc-2-y-2)');
    expect(files(root)).toContain(join('focus-areas', 'noi-dung-gach-dau-dong-thu-nhat.mdx'));
    expect(files(root)).toContain(join('letter', 'ke-hoach-87-kh-sct.mdx'));
  });
});

describe('a launch công văn drafted as the site writes it (HUONG-DAN-BIEN-TAP.md)', () => {
  it('names the council as the site does, quotes the document’s “từ nay”, and narrates no unknown', async () => {
    // The council as some texts punctuate it.
    const file = join(scratch, 'hoi-dong.txt');
    writeFileSync(
      file,
      readFileSync(join(IMPORT, 'cong-van-phat-dong.txt'), 'utf8').replace(
        'Hội đồng Thi đua - Khen thưởng Sở tổng kết',
        'Hội đồng Thi đua, khen thưởng Sở tiến hành tổng kết',
      ),
    );
    const root = emptyRoot();
    await newCampaign({ file, root });
    const yaml = readFileSync(join(root, 'content', 'campaign.yaml'), 'utf8');
    expect(yaml).toContain('reviewer: "Hội đồng Thi đua - Khen thưởng Sở"');
    expect(yaml).toContain(
      'detail: "Theo công văn: “Phong trào thi đua “Làng xanh, nước sạch” được triển khai, thực hiện từ nay đến ngày 30 tháng 11 năm 2026”."',
    );
    // A stub says who cites the document; what is not known stays in `unknowns`, never on a page.
    const stub = readFileSync(join(root, 'content', 'documents', 'chi-thi-45-ct-ubnd.mdx'), 'utf8');
    expect(stub).toMatch(/^description: "Chỉ thị số 45\/CT-UBND, được [^"]* viện dẫn\."$/m);
    expect(stub).toContain('- "Trích yếu của văn bản chưa xác định được."');
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, () => string, RegExp][] = [
    [
      'a text with no section listing the campaign’s contents',
      () => join(IMPORT, 'quyet-dinh.txt'),
      /không tìm thấy phần liệt kê nội dung phong trào/,
    ],
    [
      'another body’s document (a Party directive)',
      () => join(IMPORT, 'chi-thi-dang.txt'),
      /không dùng làm văn bản phát động được/,
    ],
    [
      'an empty file (the importer’s refusal)',
      () => {
        const file = join(scratch, 'rong.txt');
        writeFileSync(file, '');
        return file;
      },
      /rỗng: không có chữ nào/,
    ],
  ];
  for (const [name, file, message] of cases)
    it(name, async () => {
      const root = emptyRoot();
      const error = await newCampaign({ file: file(), root }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefusal);
      expect((error as Error).message).toMatch(message);
      expect(files(root)).toEqual([]);
    });

  it('--dry-run lists the files and writes none', async () => {
    const root = emptyRoot();
    const out: string[] = [];
    const code = await main([join(IMPORT, 'cong-van-phat-dong.txt'), '--dry-run'], root, (line) =>
      out.push(line),
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Không ghi tệp (--dry-run); các tệp sẽ ghi:');
    expect(out.join('\n')).toContain('content/focus-areas/');
    expect(files(root)).toEqual([]);
  });

  it('refuses unknown flags, in Vietnamese', async () => {
    expect(() => parseNewCampaignArguments(['a.txt', '--yes'])).toThrow(
      'tham số "--yes" không dùng được',
    );
    const out: string[] = [];
    expect(await main([], emptyRoot(), (line) => out.push(line))).toBe(1);
    expect(out.join('\n')).toContain('Cách dùng: npm run new-campaign -- TỆP');
  });

  it('reads its arguments as npm run import does, with its own usage line', () => {
    for (const argv of [['a.txt', 'b.txt'], ['a.txt', '--route', ''], []])
      expect(() => parseNewCampaignArguments(argv)).toThrow('npm run new-campaign -- TỆP');
    expect(parseNewCampaignArguments(['a.txt', '--dry-run', '--route', 'ke-hoach'])).toEqual({
      file: 'a.txt',
      route: 'ke-hoach',
      force: false,
      dryRun: true,
    });
  });
});

describe('drafts made of an item’s own words', () => {
  it('a title is the first clause, cut at a comma or at ten words when long; a summary the first sentence', () => {
    expect(
      draftTitle(
        'Thi đua đẩy mạnh ứng dụng khoa học công nghệ và chuyển đổi số; đẩy mạnh ứng dụng thành tựu',
      ),
    ).toBe('Thi đua đẩy mạnh ứng dụng khoa học công nghệ');
    expect(draftTitle('Tiếp tục đổi mới, sáng tạo.')).toBe('Tiếp tục đổi mới, sáng tạo');
    expect(draftSummary('Câu thứ nhất. Câu thứ hai.')).toBe('Câu thứ nhất.');
  });

  it('an actor only where the text names one before the task', () => {
    expect(actorOf('Các tổ chức đoàn thể phối hợp với lãnh đạo cơ quan')).toMatchObject({
      actor: 'Các tổ chức đoàn thể',
      role: 'phoi-hop',
    });
    expect(actorOf('Văn phòng Sở chủ trì hướng dẫn, kiểm tra')).toMatchObject({
      actor: 'Văn phòng Sở',
      role: 'chu-tri',
    });
    expect(actorOf('Tiếp tục nâng cao vai trò lãnh đạo của các cấp ủy Đảng')).toBeUndefined();
  });
});
