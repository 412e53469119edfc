// Drafts the content of a new campaign from its launch document as the importer read it (its front
// matter and the blocks of its body, ./body.ts writeBody): campaign.yaml, one focus-area file per item
// of the section that lists the campaign's contents, one guidance file per item of the sections on who
// does what. Pure: data in, files and report lines out. Every value is the document's own words or a
// fact it states; what it does not give is left blank and reported, never guessed. Drafted titles and
// summaries (made only of an item's own words) carry a YAML comment asking for review.
import { createAnchorer, type BlockKind } from '../../src/documents/anchors.ts';
import { CONTENT_DIRS, CONTENT_FILES } from '../../src/content-disk/content-paths.ts';
import { isoDate } from '../../src/documents/dates.ts';
import { escapeRegExp, lowerFirst, slugify, upperFirst } from '../../src/documents/text.ts';
import { fold } from '../../src/vietnamese/fold.ts';
import { t } from '../../src/i18n/index.ts';
import type { PartialDate } from '../../src/schemas/common.ts';
import { abbreviations } from '../../src/vietnamese/abbreviations.ts';
import { ACTOR_OPENINGS, CAMPAIGN_WORDS, ROLE_VERBS } from '../../src/vietnamese/document-parts.ts';
import { spellLike } from './cited-file.ts';
import type { WrittenBlock } from './body.ts';
import { MONTH_WORD, POINT_LETTER, YEAR_WORD } from './words.ts';
import { contentFile, toYaml } from './yaml.ts';

/** One block of the letter's body as the anchor walker sees it, with its id. */
export interface LetterBlock {
  kind: BlockKind;
  /** The block's MDX as written ("**1.** …", "- …", "a) …"). */
  mdx: string;
  /** Its text without marks ("1. …", "…", "a) …"). */
  text: string;
  id: string;
  /** The numbered section it is in ("2"), if any. */
  section?: string;
}

/** The body's blocks with the ids the letter page gives them (src/documents/anchors.ts). */
export function letterBlocks(written: readonly WrittenBlock[]): LetterBlock[] {
  const anchor = createAnchorer();
  let section: string | undefined;
  return written.map(({ kind, mdx, text }) => {
    const numbered = /^(\d+)\s*[.)]\s/.exec(text);
    if (kind !== 'list-item' && numbered !== null) section = numbered[1];
    return { kind, mdx, text, id: anchor(kind, text).id, ...(section ? { section } : {}) };
  });
}

export type Status = 'found' | 'inferred' | 'blank' | 'drafted';

export interface CampaignReportLine {
  status: Status;
  label: string;
  value?: string;
  reason?: string;
}

export interface DraftedFile {
  file: string;
  content: string;
}

export interface CampaignDraft {
  files: DraftedFile[];
  report: CampaignReportLine[];
}

const words = CAMPAIGN_WORDS;
/** The id of a point ("muc-5-a", "muc-5-dd"): a letter code after the section. */
const POINT_ID = /^muc-\d+-[a-z]+$/;
/** The mark that opens an item: "1. ", "a) " (plain text) or "**1.** ", "a) " (MDX). */
const ITEM_MARK = new RegExp(String.raw`^(?:\d+\.|${POINT_LETTER}\))\s+`, 'u');
const ITEM_MARK_MDX = new RegExp(String.raw`^(?:\*\*\d+\.\*\*|${POINT_LETTER}\))\s+`, 'u');
const REVIEW = () => t('importer.campaign.review');

/** A quoted phrase after a word: "với chủ đề “…”" → the words inside the quotes. */
function quotedAfter(text: string, word: string): string | undefined {
  const match = new RegExp(`${escapeRegExp(word)}\\s*[“"]([^”"]+)[”"]`, 'iu').exec(text);
  return match?.[1]?.replace(/\*/g, '').trim();
}

/** A date in running text: "30 tháng 10 năm 2023" or "30/10/2023". */
const DATE_WORDS = String.raw`(\d{1,2})\s+${MONTH_WORD}\s+(\d{1,2})\s+${YEAR_WORD}\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})`;

function dateAfter(text: string, word: string): { date: PartialDate; at: number } | undefined {
  const match = new RegExp(`${escapeRegExp(word)}\\s+(?:${DATE_WORDS})`, 'iu').exec(text);
  if (match === null) return undefined;
  const [, d1, m1, y1, d2, m2, y2] = match;
  return {
    date: { year: Number(y1 ?? y2), month: Number(m1 ?? m2), day: Number(d1 ?? d2) },
    at: match.index,
  };
}

/** The sentence of `text` around position `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start === 1 ? 0 : start, end < 0 ? undefined : end + 1).trim();
}

/** A short title made only of an item's words: its first clause, cut at a comma when long. */
export function draftTitle(text: string): string {
  let title = text.split(/[;.:]\s/u)[0]!.replace(/[;.:]$/u, '');
  if (title.split(' ').length > 10) title = title.split(/,\s/u)[0]!;
  const cut = title.split(' ');
  if (cut.length > 10) title = cut.slice(0, 10).join(' ');
  return upperFirst(title.replace(/[“”"]/g, '').trim());
}

/** A summary made only of an item's words: its first sentence, shortened at a semicolon when long. */
export function draftSummary(text: string): string {
  const sentence = text.split(/(?<=\.)\s/u)[0]!;
  if (sentence.length <= 320) return sentence;
  const clauses = sentence.split(/;\s/u);
  let summary = clauses[0]!;
  for (const clause of clauses.slice(1)) {
    if (summary.length + clause.length > 300) break;
    summary = `${summary}; ${clause}`;
  }
  return `${summary.replace(/[;,]$/u, '')}.`;
}

/** Who carries out a task where the text names them first ("Văn phòng Sở chủ trì …"), and their role. */
export function actorOf(
  text: string,
): { actor: string; role: 'chu-tri' | 'phoi-hop' | 'thuc-hien'; rest: string } | undefined {
  if (!ACTOR_OPENINGS.some((opening) => text.startsWith(`${opening} `))) return undefined;
  const tokens = text.split(' ');
  for (let i = 2; i < Math.min(tokens.length, 14); i++) {
    const after = tokens.slice(i).join(' ');
    const verb = ROLE_VERBS.find(({ verb }) => after.startsWith(`${verb} `));
    if (verb !== undefined)
      return {
        actor: tokens.slice(0, i).join(' ').replace(/,$/, ''),
        role: verb.role,
        rest: after,
      };
  }
  return undefined;
}

/** A content file whose drafted keys carry a comment asking for review. */
function draftFile(data: Record<string, unknown>, body: string, drafted: string[]): string {
  return contentFile(data, body, Object.fromEntries(drafted.map((key) => [key, REVIEW()])));
}

function uniqueSlug(base: string, used: Set<string>): string {
  const slug = base.split('-').slice(0, 7).join('-') || 'muc';
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  used.add(candidate);
  return candidate;
}

export interface LaunchDocument {
  /** The launch document's front matter as the importer wrote it. */
  data: Record<string, unknown>;
  /** The blocks of its body as the importer wrote them. */
  blocks: readonly WrittenBlock[];
}

/** What the rules read: the launch document's front matter, its blocks and their text. */
interface LaunchText {
  data: Record<string, unknown>;
  blocks: readonly LetterBlock[];
  /** The body's text, its blocks joined with spaces. */
  text: string;
  route: string;
}

/**
 * One field of campaign.yaml as its rule drafts it: the value and how it was found. A blank
 * `required` field is written empty with a comment (the build names it); a blank optional one is
 * left out. `review` adds the comment asking the editor to check a drafted or inferred value.
 */
interface FieldDraft {
  status: Status;
  value?: unknown;
  /** What the report shows when the value is not a string (the milestones' titles). */
  shown?: string;
  reason?: string;
  required?: boolean;
  review?: boolean;
  /** The project's own value (the launch document's route), not a finding: not reported. */
  silent?: boolean;
}

/** The campaign's name: the trích yếu from the word "phong trào" on ("V/v phát động phong trào …"). */
function campaignName({ data }: LaunchText): string {
  const subjectWords = String(data['subject'] ?? '').replace(/^V\/v\s+/u, '');
  const at = fold(subjectWords).indexOf(fold(words.campaign));
  return upperFirst(at >= 0 ? subjectWords.slice(at) : subjectWords).replace(/[.;]$/u, '');
}

/**
 * The publisher and its parent body, spelled as the text spells them: "UBND TỈNH LAI CHÂU" / "SỞ
 * CÔNG THƯƠNG" is "Sở Công Thương tỉnh Lai Châu" under "Ủy ban nhân dân tỉnh Lai Châu".
 */
function campaignBodies({ data, text }: LaunchText): {
  publisher: string;
  parentBody: string;
  issuer: string;
  reason: string;
} {
  const sources = [text, String(data['place'] ?? '')];
  const issuer = String(data['issuer'] ?? '');
  const printedParent = String(data['parentBody'] ?? '');
  const council = abbreviations.find((a) => printedParent.startsWith(`${a.short} `));
  const province = council === undefined ? '' : printedParent.slice(council.short.length + 1);
  const provinceSpelled = spellLike(province, sources) ?? province.toLowerCase();
  const issuerSpelled = upperFirst(spellLike(issuer, sources) ?? issuer);
  return {
    publisher: province === '' ? issuerSpelled : `${issuerSpelled} ${provinceSpelled}`,
    parentBody:
      council === undefined
        ? upperFirst(spellLike(printedParent, sources) ?? printedParent)
        : upperFirst(`${council.long[0]} ${provinceSpelled}`),
    issuer: issuerSpelled,
    reason: t('importer.campaign.fromHeading', { issuer, parentBody: printedParent }),
  };
}

/** The period: "từ nay đến ngày …" (from the document's date) or "từ ngày … đến ngày …". */
function campaignPeriod({ text }: LaunchText) {
  const fromNow = new RegExp(
    `${escapeRegExp(words.fromNow)}\\s+${escapeRegExp(words.until)}`,
    'iu',
  ).test(text);
  return { from: dateAfter(text, words.from), until: dateAfter(text, words.until), fromNow };
}

/** A value the text states in quotes after its word ("chủ đề “…”"), or a blank. */
function quoted(word: string, required: boolean) {
  return ({ text }: LaunchText): FieldDraft => {
    const value = quotedAfter(text, word);
    return value === undefined ? { status: 'blank', required } : { status: 'found', value };
  };
}

/**
 * The fields of campaign.yaml in the order it writes them, each drafted by its own rule from the
 * launch document's words (`id` is the project's, written first).
 */
const CAMPAIGN_FIELDS: readonly [key: string, rule: (launch: LaunchText) => FieldDraft][] = [
  [
    'name',
    (launch) => ({
      status: 'found',
      value: campaignName(launch),
      reason: t('importer.campaign.fromSubject'),
    }),
  ],
  [
    'shortName',
    (launch) => {
      let shortName = campaignName(launch);
      for (const stop of words.shortNameStops) {
        const index = shortName.indexOf(` ${stop} `);
        if (index > 0) shortName = shortName.slice(0, index);
      }
      return { status: 'drafted', value: shortName, review: true };
    },
  ],
  // The theme is required (the build names the blank field); a spirit the text does not state is
  // left out, and the site leaves its part out.
  ['theme', quoted(words.theme, true)],
  ['spirit', quoted(words.spirit, false)],
  [
    'publisher',
    (launch) => {
      const { publisher, reason } = campaignBodies(launch);
      return { status: 'inferred', value: publisher, reason, review: true };
    },
  ],
  [
    'parentBody',
    (launch) => {
      const { parentBody, reason } = campaignBodies(launch);
      return { status: 'inferred', value: parentBody, reason, review: true };
    },
  ],
  ['launchLetter', ({ route }) => ({ status: 'found', value: route, silent: true })],
  [
    'start',
    (launch) => {
      const { from, until, fromNow } = campaignPeriod(launch);
      const date = launch.data['date'];
      if (from !== undefined && until !== undefined)
        return { status: 'found', value: isoDate(from.date) };
      if (fromNow && typeof date === 'string')
        return { status: 'inferred', value: date, reason: t('importer.campaign.fromNow') };
      return { status: 'blank', required: true };
    },
  ],
  [
    'end',
    (launch) => {
      const { until } = campaignPeriod(launch);
      return until === undefined
        ? { status: 'blank', required: true }
        : { status: 'found', value: isoDate(until.date) };
    },
  ],
  [
    // "Hội đồng … (tiến hành) tổng kết"; optional: left out, so the site says nothing of who
    // reviews the campaign.
    'reviewer',
    ({ text }) => {
      const reviewer = new RegExp(
        `(${escapeRegExp(words.reviewerStart)}\\s[^.;:]*?)\\s+(?:${escapeRegExp(words.reviewLead)}\\s+)?(?:${words.reviewVerbs.map(escapeRegExp).join('|')})`,
        'u',
      ).exec(text)?.[1];
      if (reviewer === undefined) return { status: 'blank' };
      // The council under the one name the site uses, however the text punctuates it.
      const [councilFirst = '', councilSecond = ''] = words.council.split(' - ');
      const named = reviewer.replace(
        new RegExp(
          `${escapeRegExp(councilFirst)}\\s*[,–-]\\s*${escapeRegExp(councilSecond)}`,
          'iu',
        ),
        words.council,
      );
      return { status: 'found', value: named };
    },
  ],
  [
    // The launch (the document's date) and the end of the period, where the text says it.
    'milestones',
    (launch) => {
      const { data, blocks, text } = launch;
      const themeBlock = blocks.find((block) => block.text.includes(`${words.theme} “`));
      const milestones: Record<string, unknown>[] = [
        {
          ...(typeof data['date'] === 'string' ? { date: data['date'] } : {}),
          title: t('importer.campaign.launchTitle'),
          detail: t('importer.campaign.launchDetail', {
            type: String(data['type']),
            issuer: campaignBodies(launch).issuer,
          }),
          ...(themeBlock === undefined ? {} : { letterAnchor: themeBlock.id }),
        },
      ];
      const { until } = campaignPeriod(launch);
      if (until !== undefined) {
        const sentence = sentenceAt(text, until.at);
        const endAt =
          blocks.find((block) => block.text.includes(sentence.slice(0, 40))) ??
          blocks.find((block) => block.text.includes(words.until));
        milestones.push({
          date: isoDate(until.date),
          title: t('importer.campaign.endTitle'),
          // The document's words, quoted: "từ nay" in them is the document speaking on its own date.
          detail: t('importer.campaign.endDetail', {
            type: lowerFirst(String(data['type'])),
            sentence: sentence.replace(/\.$/, ''),
          }),
          ...(endAt === undefined ? {} : { letterAnchor: endAt.id }),
        });
      }
      return {
        status: 'drafted',
        value: milestones,
        shown: milestones.map((m) => String(m['title'])).join('; '),
      };
    },
  ],
];

/** campaign.yaml, field by field from CAMPAIGN_FIELDS, with its report lines. */
function draftCampaignFile(launch: LaunchText): {
  file: DraftedFile;
  report: CampaignReportLine[];
} {
  const campaign: Record<string, unknown> = { id: 'campaign' };
  const comments: Record<string, string> = {};
  const report: CampaignReportLine[] = [];
  for (const [key, rule] of CAMPAIGN_FIELDS) {
    const field = rule(launch);
    if (field.status === 'blank') {
      if (field.required) {
        campaign[key] = '';
        comments[`0.${key}`] = t('importer.campaign.blankNote');
      }
    } else {
      campaign[key] = field.value;
      if (field.review) comments[`0.${key}`] = REVIEW();
    }
    if (field.silent) continue;
    report.push({
      status: field.status,
      label: key,
      ...(field.status === 'blank' ? {} : { value: field.shown ?? String(field.value) }),
      ...(field.reason === undefined ? {} : { reason: field.reason }),
    });
  }
  return { file: { file: CONTENT_FILES.campaign, content: toYaml([campaign], comments) }, report };
}

/** The focus areas: one file per dash item of the numbered section with the most of them. */
function draftFocusAreas(
  blocks: readonly LetterBlock[],
  route: string,
): { files: DraftedFile[]; report: CampaignReportLine; section: string } | undefined {
  const bullets = new Map<string, LetterBlock[]>();
  for (const block of blocks)
    if (block.kind === 'list-item' && block.section !== undefined)
      bullets.set(block.section, [...(bullets.get(block.section) ?? []), block]);
  const contents = [...bullets].sort((a, b) => b[1].length - a[1].length)[0];
  if (contents === undefined || contents[1].length < 2) return undefined;
  const [section, items] = contents;
  const used = new Set<string>();
  const files = items.map((item, i) => {
    const title = draftTitle(item.text);
    return {
      file: `${CONTENT_DIRS.focusAreas}/${uniqueSlug(slugify(title), used)}.mdx`,
      content: draftFile(
        {
          title,
          order: i + 1,
          summary: draftSummary(item.text),
          letter: route,
          letterAnchor: item.id,
        },
        item.mdx.replace(/^- /, ''),
        ['title', 'summary'],
      ),
    };
  });
  const report: CampaignReportLine = {
    status: 'drafted',
    label: t('importer.campaign.focusAreas'),
    value: t('importer.campaign.items', {
      count: items.length,
      section,
      anchors: items.map((item) => item.id).join(', '),
    }),
  };
  return { files, report, section };
}

/** Who does what: every numbered section after the contents, one file per point, else the section. */
function draftGuidance(
  blocks: readonly LetterBlock[],
  route: string,
  contentsSection: string,
): { files: DraftedFile[]; report: CampaignReportLine } {
  const guidance: LetterBlock[] = [];
  const sections = [
    ...new Set(blocks.map((b) => b.section).filter((s): s is string => s !== undefined)),
  ].filter((section) => Number(section) > Number(contentsSection));
  for (const section of sections) {
    const inSection = blocks.filter((b) => b.section === section);
    const points = inSection.filter((b) => b.kind === 'paragraph' && POINT_ID.test(b.id));
    if (points.length > 0) guidance.push(...points);
    else {
      const own = inSection.find((b) => b.id === `muc-${section}` && b.kind === 'paragraph');
      if (own !== undefined) guidance.push(own);
    }
  }
  const used = new Set<string>();
  let actors = 0;
  const files = guidance.map((item, i) => {
    const itemText = item.text.replace(ITEM_MARK, '');
    const who = actorOf(itemText);
    if (who !== undefined) actors++;
    const title = draftTitle(who === undefined ? itemText : upperFirst(who.rest));
    return {
      file: `${CONTENT_DIRS.guidance}/${uniqueSlug(slugify(who?.actor ?? title), used)}.mdx`,
      content: draftFile(
        {
          title,
          order: i + 1,
          ...(who === undefined ? {} : { actor: who.actor }),
          role: who?.role ?? 'yeu-cau-chung',
          letter: route,
          letterAnchor: item.id,
        },
        item.mdx.replace(ITEM_MARK_MDX, ''),
        ['title'],
      ),
    };
  });
  const report: CampaignReportLine = {
    status: 'drafted',
    label: t('importer.campaign.guidance'),
    value: t('importer.campaign.guidanceItems', {
      count: guidance.length,
      anchors: guidance.map((item) => item.id).join(', '),
      actors,
    }),
  };
  return { files, report };
}

/**
 * Drafts campaign.yaml, focus areas and guidance from the launch document. Undefined when the text
 * has no section listing the campaign's contents (a numbered item followed by dash items).
 */
export function draftCampaign(launch: LaunchDocument): CampaignDraft | undefined {
  const blocks = letterBlocks(launch.blocks);
  const route = String(launch.data['route']);
  const focusAreas = draftFocusAreas(blocks, route);
  if (focusAreas === undefined) return undefined;
  const guidance = draftGuidance(blocks, route, focusAreas.section);
  const campaign = draftCampaignFile({
    data: launch.data,
    blocks,
    text: blocks.map((block) => block.text).join(' '),
    route,
  });
  return {
    files: [campaign.file, ...focusAreas.files, ...guidance.files],
    report: [focusAreas.report, guidance.report, ...campaign.report],
  };
}
