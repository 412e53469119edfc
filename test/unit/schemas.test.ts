import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import type { z } from 'astro/zod';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import {
  partialDateSchema,
  QUOTE_DATES_MESSAGE,
  slugSchema,
  sourceSchema,
} from '../../src/schemas/common.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { focusAreaSchema } from '../../src/schemas/focus-area.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { describeSchemaConformance } from '../support/content-conformance.ts';
import { FIXTURE_CAMPAIGN, MINIMAL_CAMPAIGN } from '../support/fixture-campaigns.ts';

const FORMAT = 'không đúng dạng YYYY, YYYY-MM hoặc YYYY-MM-DD';
const NOT_ON_CALENDAR = 'không có trên lịch';
const SLUG = 'phải là slug ASCII';

type Issue = { path: PropertyKey[]; message: string };

/** Parses `input` expecting failure and returns the issues (fails the test if parsing succeeds). */
function issuesOf(schema: z.ZodType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path: [...path], message }));
}

/** Asserts that parsing fails with exactly one issue, at `path`, whose message matches `message`. */
function expectOnlyIssue(
  schema: z.ZodType,
  input: unknown,
  path: PropertyKey[],
  message: string | RegExp,
): void {
  const issues = issuesOf(schema, input);
  expect(issues).toHaveLength(1);
  expect(issues[0]?.path).toEqual(path);
  if (typeof message === 'string') expect(issues[0]?.message).toContain(message);
  else expect(issues[0]?.message).toMatch(message);
}

/** Returns a copy of `base` without `key`. */
function without<T extends object>(base: T, key: keyof T): Partial<T> {
  const copy = { ...base };
  delete copy[key];
  return copy;
}

const source = { name: 'tinh-mau.gov.vn', url: 'https://tinh-mau.gov.vn/', note: 'Bài viết.' };

const letter = {
  title: 'Công văn phát động phong trào thi đua mẫu thử',
  type: 'Công văn',
  number: null,
  code: 'SGDĐT-VP',
  parentBody: 'UBND TỈNH SƠN HÀ',
  issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  place: 'Sơn Hà',
  date: '2023-06',
  subject: 'V/v phát động phong trào thi đua mẫu thử',
  recipients: ['Các phòng, đơn vị trực thuộc Sở'],
  signer: { name: 'Người Ký Mẫu Sáu', title: 'GIÁM ĐỐC' },
  distribution: ['Như trên', 'Lưu: VT, VP'],
  description: 'Toàn văn công văn.',
  route: 'cong-van',
};

const focusArea = {
  title: 'Hoàn thành chỉ tiêu, thu hút đầu tư',
  order: 1,
  summary: 'Phấn đấu hoàn thành chỉ tiêu.',
  letter: 'cong-van',
  letterAnchor: 'muc-2-y-1',
  movements: ['Chung sức xây dựng nông thôn mới'],
};

const guidance = {
  title: 'Triển khai phong trào, đề xuất khen thưởng',
  order: 3,
  actor: 'Các phòng, đơn vị trực thuộc Sở',
  role: 'thuc-hien',
  letter: 'cong-van',
  letterAnchor: 'muc-5-a',
  deadline: '2023-10-30',
};

const documentData = {
  title: 'Chỉ thị số 47-CT/TW ngày 07/4/2014 của Bộ Chính trị',
  shortTitle: 'Chỉ thị số 47-CT/TW',
  type: 'Chỉ thị',
  identifier: '47-CT/TW',
  issuer: 'Bộ Chính trị',
  term: 'khóa XI',
  date: '2014-04-07',
  subject: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
  description: 'Chỉ thị về thi đua, khen thưởng.',
  sources: [source],
  order: 1,
};

const anniversary = {
  id: 'thanh-lap-tinh',
  title: '60 năm thành lập tỉnh',
  eventDate: '1964-06-28',
  anniversaryDate: '2024-06-28',
  years: 60,
  event: 'Ngày 28/6/1964 thành lập tỉnh Sơn Hà.',
  sources: [source],
};

const campaign = {
  id: 'campaign',
  name: 'Phong trào thi đua mẫu thử',
  shortName: 'Trường học xanh 2025',
  theme: 'Thi đua đổi mới, sáng tạo',
  spirit: 'Đẩy mạnh đổi mới, sáng tạo',
  publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
  parentBody: 'UBND tỉnh Sơn Hà',
  launchLetter: 'cong-van',
  start: '2023-06',
  end: '2023-10-30',
  reviewer: 'Hội đồng Thi đua - Khen thưởng Sở',
  milestones: [
    {
      date: '2023-05-30',
      title: 'UBND tỉnh phát động',
      detail: 'Phát động.',
      letterAnchor: 'doan-2',
    },
    { dateNote: 'Sau khi kết thúc phong trào', title: 'Tổng kết', detail: 'Tổng kết, đánh giá.' },
  ],
};

describe('partialDateSchema', () => {
  it('parses a full date string', () => {
    expect(partialDateSchema.parse('2023-05-30')).toEqual({ year: 2023, month: 5, day: 30 });
  });

  it('models a month-only date as { year, month } with no day', () => {
    const parsed = partialDateSchema.parse('2023-06');
    expect(parsed).toEqual({ year: 2023, month: 6 });
    expect(parsed).not.toHaveProperty('day');
  });

  it('models a year-only date as { year } with no month or day', () => {
    const parsed = partialDateSchema.parse('2023');
    expect(parsed).toEqual({ year: 2023 });
    expect(Object.keys(parsed)).toEqual(['year']);
  });

  it('refuses an unquoted YAML date, which YAML may already have rolled over (2023-02-30 → 2/3)', () => {
    for (const value of [new Date(Date.UTC(2023, 4, 30)), new Date(Date.UTC(2023, 1, 30))]) {
      const issues = issuesOf(partialDateSchema, value);
      expect(issues).toEqual([{ path: [], message: QUOTE_DATES_MESSAGE }]);
    }
  });

  it('accepts leap days only in leap years', () => {
    expect(partialDateSchema.parse('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expectOnlyIssue(partialDateSchema, '2023-02-29', [], NOT_ON_CALENDAR);
  });

  it('rejects an impossible date as not on the calendar, quoting it', () => {
    const issues = issuesOf(partialDateSchema, '2023-02-30');
    expect(issues).toEqual([{ path: [], message: `ngày "2023-02-30" ${NOT_ON_CALENDAR}` }]);
  });

  it.each(['2023-13', '2023-00', '2023-04-31', '2023-05-00', '2023-05-32'])(
    'rejects the impossible month or day %s',
    (value) => {
      expectOnlyIssue(partialDateSchema, value, [], NOT_ON_CALENDAR);
    },
  );

  it.each(['30/5/2023', '2023-5-30', '23-05-30', '2023-05-30T00:00', 'tháng 6/2023', ''])(
    'rejects the wrong format %j',
    (value) => {
      const issues = issuesOf(partialDateSchema, value);
      expect(issues).toEqual([{ path: [], message: `ngày "${value}" ${FORMAT}` }]);
    },
  );

  it('rejects a value that is neither a date nor a string', () => {
    const issues = issuesOf(partialDateSchema, 2023);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([]);
  });
});

describe('source URLs', () => {
  it.each(['javascript:alert(1)', 'mailto:so@tinh-mau.gov.vn', 'ftp://tinh-mau.gov.vn/'])(
    'refuses %s: a source is a web page',
    (url) => {
      expectOnlyIssue(sourceSchema, { name: 'x', url }, ['url'], /http\(s\)/);
    },
  );
});

describe('slugSchema and sourceSchema', () => {
  it('accepts ASCII slugs', () => {
    for (const slug of ['cong-van', 'chi-thi-47-ct-tw', 'muc-2-y-3', 'a1']) {
      expect(slugSchema.safeParse(slug).success, slug).toBe(true);
    }
  });

  it.each(['Chỉ-thị', 'chi-thi-', '-chi', 'chi--thi', 'Chi-thi', 'chi thi', 'chi_thi', ''])(
    'rejects the slug %j',
    (slug) => {
      expectOnlyIssue(slugSchema, slug, [], SLUG);
    },
  );

  it('accepts a source with only a name', () => {
    expect(sourceSchema.parse({ name: 'daihoidang.vn' })).toEqual({ name: 'daihoidang.vn' });
  });

  it('rejects a source URL without a scheme', () => {
    expectOnlyIssue(sourceSchema, { name: 'x', url: 'tinh-mau.gov.vn' }, ['url'], /http\(s\)/);
  });
});

describe('letterSchema', () => {
  it('accepts the launch letter, keeping the blank number and the month-only date', () => {
    const parsed = letterSchema.parse(letter);
    expect(parsed.number).toBeNull();
    expect(parsed.date).toEqual({ year: 2023, month: 6 });
    expect(parsed.order).toBe(0);
  });

  it('requires a title', () => {
    expectOnlyIssue(
      letterSchema,
      without(letter, 'title'),
      ['title'],
      /expected string, received undefined/,
    );
  });

  it('rejects a number of the wrong type', () => {
    const issues = issuesOf(letterSchema, { ...letter, number: 12 });
    expect(issues.map((i) => i.path)).toEqual([['number']]);
  });

  it('rejects an impossible date, naming the field', () => {
    expectOnlyIssue(letterSchema, { ...letter, date: '2023-02-30' }, ['date'], NOT_ON_CALENDAR);
  });

  it('rejects a date in the wrong format, naming the field', () => {
    expectOnlyIssue(
      letterSchema,
      { ...letter, date: '30/5/2023' },
      ['date'],
      `ngày "30/5/2023" ${FORMAT}`,
    );
  });

  it('rejects a non-ASCII route', () => {
    expectOnlyIssue(letterSchema, { ...letter, route: 'công-văn' }, ['route'], SLUG);
  });

  it('requires at least one recipient and a signer name', () => {
    expectOnlyIssue(letterSchema, { ...letter, recipients: [] }, ['recipients'], /too small/i);
    expectOnlyIssue(
      letterSchema,
      { ...letter, signer: { title: 'GIÁM ĐỐC' } },
      ['signer', 'name'],
      /expected string/,
    );
  });
});

describe('focusAreaSchema', () => {
  it('accepts a focus area and defaults movements to an empty list', () => {
    expect(focusAreaSchema.parse(focusArea).letterAnchor).toBe('muc-2-y-1');
    expect(focusAreaSchema.parse(without(focusArea, 'movements')).movements).toEqual([]);
  });

  it('requires a summary', () => {
    expectOnlyIssue(
      focusAreaSchema,
      without(focusArea, 'summary'),
      ['summary'],
      /expected string, received undefined/,
    );
  });

  it('rejects an order of the wrong type', () => {
    expectOnlyIssue(
      focusAreaSchema,
      { ...focusArea, order: '1' },
      ['order'],
      /expected number, received string/,
    );
  });

  it('rejects a zero order', () => {
    expectOnlyIssue(focusAreaSchema, { ...focusArea, order: 0 }, ['order'], /too small/i);
  });

  it('rejects a letter anchor that is not an ASCII slug', () => {
    expectOnlyIssue(
      focusAreaSchema,
      { ...focusArea, letterAnchor: 'Mục 2, ý 1' },
      ['letterAnchor'],
      SLUG,
    );
  });

  it('rejects a letter that is not an ASCII slug', () => {
    expectOnlyIssue(focusAreaSchema, { ...focusArea, letter: 'Chỉ-thị' }, ['letter'], SLUG);
  });
});

describe('guidanceSchema', () => {
  it('accepts a guidance item with a quoted full-date deadline', () => {
    expect(guidanceSchema.parse(guidance).deadline).toEqual({ year: 2023, month: 10, day: 30 });
  });

  it('accepts a guidance item without a deadline', () => {
    expect(guidanceSchema.parse(without(guidance, 'deadline')).deadline).toBeUndefined();
  });

  it('takes no actor where the letter names no one', () => {
    expect(guidanceSchema.safeParse(without(guidance, 'actor')).success).toBe(true);
    expectOnlyIssue(
      guidanceSchema,
      { ...guidance, actor: '' },
      ['actor'],
      /too_small|>=1|at least/i,
    );
  });

  it('rejects a role outside the list', () => {
    expectOnlyIssue(guidanceSchema, { ...guidance, role: 'lanh-dao' }, ['role'], /chu-tri/);
  });

  it('rejects an impossible deadline, naming the field', () => {
    expectOnlyIssue(
      guidanceSchema,
      { ...guidance, deadline: '2023-02-30' },
      ['deadline'],
      NOT_ON_CALENDAR,
    );
  });

  it('rejects a deadline in the wrong format', () => {
    expectOnlyIssue(guidanceSchema, { ...guidance, deadline: '30/10/2023' }, ['deadline'], FORMAT);
  });
});

describe('documentSchema', () => {
  it('accepts a document, turning its quoted date into a full date and defaulting the lists', () => {
    const parsed = documentSchema.parse(documentData);
    expect(parsed.date).toEqual({ year: 2014, month: 4, day: 7 });
    expect(parsed.aliases).toEqual([]);
    expect(parsed.unknowns).toEqual([]);
  });

  it('accepts a document with no identifier and no date', () => {
    const parsed = documentSchema.parse({
      ...without(documentData, 'date'),
      identifier: null,
      aliases: ['Nghị quyết Đại hội XIV'],
    });
    expect(parsed.identifier).toBeNull();
    expect(parsed.date).toBeUndefined();
  });

  it('requires a title', () => {
    expectOnlyIssue(
      documentSchema,
      without(documentData, 'title'),
      ['title'],
      /expected string, received undefined/,
    );
  });

  it('rejects an empty title', () => {
    expectOnlyIssue(documentSchema, { ...documentData, title: '' }, ['title'], /too small/i);
  });

  it('rejects an identifier of the wrong type', () => {
    expectOnlyIssue(
      documentSchema,
      { ...documentData, identifier: 34 },
      ['identifier'],
      t('errors.schema.stringOrNull'),
    );
  });

  it('rejects an impossible date, naming the field', () => {
    expectOnlyIssue(
      documentSchema,
      { ...documentData, date: '2023-02-30' },
      ['date'],
      `ngày "2023-02-30" ${NOT_ON_CALENDAR}`,
    );
  });

  it('rejects a date in the wrong format, naming the field', () => {
    expectOnlyIssue(documentSchema, { ...documentData, date: '30/5/2023' }, ['date'], FORMAT);
  });

  it('rejects a bad URL in sources, naming the source and the field', () => {
    const sources = [{ name: 'ok' }, { name: 'bad', url: 'not a url' }];
    expectOnlyIssue(
      documentSchema,
      { ...documentData, sources },
      ['sources', 1, 'url'],
      /http\(s\)/,
    );
  });

  it('requires at least one source', () => {
    expectOnlyIssue(documentSchema, { ...documentData, sources: [] }, ['sources'], /too small/i);
  });

  it('rejects aliases that are not a list of strings', () => {
    expectOnlyIssue(
      documentSchema,
      { ...documentData, aliases: 'Chỉ thị 47' },
      ['aliases'],
      t('errors.schema.stringList'),
    );
  });
});

describe('anniversarySchema', () => {
  it('accepts an anniversary with a Date and a string date', () => {
    const parsed = anniversarySchema.parse(anniversary);
    expect(parsed.eventDate).toEqual({ year: 1964, month: 6, day: 28 });
    expect(parsed.anniversaryDate).toEqual({ year: 2024, month: 6, day: 28 });
  });

  it('requires the number of years', () => {
    expectOnlyIssue(
      anniversarySchema,
      without(anniversary, 'years'),
      ['years'],
      /expected number, received undefined/,
    );
  });

  it('rejects years of the wrong type', () => {
    expectOnlyIssue(
      anniversarySchema,
      { ...anniversary, years: '60' },
      ['years'],
      /expected number, received string/,
    );
  });

  it('rejects a non-ASCII id', () => {
    expectOnlyIssue(
      anniversarySchema,
      { ...anniversary, id: 'thành-lập-tỉnh' },
      ['id'],
      /invalid string/i,
    );
  });

  it('rejects an impossible anniversary date', () => {
    expectOnlyIssue(
      anniversarySchema,
      { ...anniversary, anniversaryDate: '2024-06-31' },
      ['anniversaryDate'],
      NOT_ON_CALENDAR,
    );
  });

  it('rejects a bad URL in sources', () => {
    const sources = [{ name: 'x', url: 'http//tinh-mau.gov.vn' }];
    expectOnlyIssue(
      anniversarySchema,
      { ...anniversary, sources },
      ['sources', 0, 'url'],
      /http\(s\)/,
    );
  });
});

describe('campaignSchema', () => {
  it('accepts the campaign with a month-only start and a full end', () => {
    const parsed = campaignSchema.parse(campaign);
    expect(parsed.start).toEqual({ year: 2023, month: 6 });
    expect(parsed.end).toEqual({ year: 2023, month: 10, day: 30 });
    expect(parsed.milestones[1]?.date).toBeUndefined();
  });

  it('requires the id to be "campaign"', () => {
    expectOnlyIssue(campaignSchema, { ...campaign, id: 'phong-trao' }, ['id'], /campaign/);
  });

  it('requires an end date', () => {
    const issues = issuesOf(campaignSchema, without(campaign, 'end'));
    expect(issues.map((i) => i.path)).toEqual([['end']]);
  });

  it('rejects a launch letter that is not an ASCII slug', () => {
    expectOnlyIssue(
      campaignSchema,
      { ...campaign, launchLetter: 'Công văn' },
      ['launchLetter'],
      SLUG,
    );
  });

  it('names the milestone and field of a wrongly formatted date', () => {
    const milestones = [campaign.milestones[0], { ...campaign.milestones[1], date: '30/5/2023' }];
    expectOnlyIssue(campaignSchema, { ...campaign, milestones }, ['milestones', 1, 'date'], FORMAT);
  });

  it('names the milestone and field of a bad letter anchor', () => {
    const milestones = [{ ...campaign.milestones[0], letterAnchor: 'Đoạn 2' }];
    expectOnlyIssue(
      campaignSchema,
      { ...campaign, milestones },
      ['milestones', 0, 'letterAnchor'],
      SLUG,
    );
  });

  it('takes a campaign without milestones, spirit or reviewer: the site leaves those parts out', () => {
    const bare = without(without(without(campaign, 'milestones'), 'spirit'), 'reviewer');
    expect(campaignSchema.parse(bare).milestones).toEqual([]);
  });

  it('takes an archive by its name and an absolute address or a path on the same host', () => {
    for (const url of ['/thi-dua/', 'https://portal.example.gov.vn/thi-dua/'])
      expect(
        campaignSchema.parse({ ...campaign, archive: { name: 'Lưu trữ', url } }).archive,
      ).toEqual({ name: 'Lưu trữ', url });
  });

  it('names the archive address that is neither a full http(s) address nor a path', () => {
    for (const url of ['thi-dua/', 'ftp://portal.example.gov.vn/', 'https://portal example/'])
      expectOnlyIssue(
        campaignSchema,
        { ...campaign, archive: { name: 'Lưu trữ', url } },
        ['archive', 'url'],
        /đường dẫn bắt đầu bằng/,
      );
  });

  it('refuses an empty list of search examples (leave the field out instead)', () => {
    expectOnlyIssue(
      campaignSchema,
      { ...campaign, searchExamples: [] },
      ['searchExamples'],
      /too small/i,
    );
  });
});

describeSchemaConformance('the fixture campaign', FIXTURE_CAMPAIGN);
describeSchemaConformance('the campaign with nothing but its launch document', MINIMAL_CAMPAIGN);
