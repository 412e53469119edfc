/**
 * The words by which `npm run import` recognises the parts of an administrative document (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I) where a part is known by one of several words: lists of alternatives,
 * each written as it is printed. Data only; scripts/importer/words.ts builds the importer's patterns
 * from these lists, from the form's fixed words in ./forms.ts and ./documents.ts and from the single
 * words of ./importer.ts (`importer.word.…`). A word the site also prints is taken from its one home.
 */
import { forms } from '../i18n/vi/forms.ts';
import { D_STROKE } from './orthography.ts';

/** Quốc hiệu: the form's spelling and the older tone placement ("HOÀ") that many signed copies print. */
export const NATIONAL_NAMES: readonly string[] = [
  forms['forms.nationalName'],
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
];

/**
 * The words that open the lines after the "Căn cứ" lines of a Quyết định or a Nghị quyết ("Theo đề
 * nghị của …", "Trên cơ sở kết quả biểu quyết …").
 */
export const PROPOSAL_OPENINGS: readonly string[] = ['Theo đề nghị', 'Xét', 'Trên cơ sở'];

/**
 * The words that open the note under a trích yếu naming the document it is attached to ("(Ban hành
 * kèm theo Nghị quyết số …)", "(Kèm theo Quyết định số …)"): a note, not part of the trích yếu.
 */
export const ATTACHED_NOTE_OPENINGS: readonly string[] = ['Ban hành kèm theo', 'Kèm theo'];

/**
 * The bodies whose organs are named without them ("Bộ Chính trị", "Ban Bí thư" of the Ban Chấp hành
 * Trung ương); an organ of any other body is named with it ("Ban Thường vụ Tỉnh ủy Quảng Trị").
 */
export const NATIONAL_PARTY_BODIES: readonly string[] = ['BAN CHẤP HÀNH TRUNG ƯƠNG'];

/**
 * Issuers named with the place only, not the whole parent body: a sở of the provincial UBND is
 * "Sở Công Thương tỉnh Lào Cai", where its office is "Văn phòng UBND tỉnh Lào Cai".
 */
export const PROVINCIAL_AGENCY_WORDS: readonly string[] = ['SỞ'];

/**
 * The words a trích yếu opens with before what it is about ("V/v", "Về việc"), left out of a route
 * made of its words.
 */
export const SUBJECT_OPENINGS: readonly string[] = ['V/v', 'Về việc', 'Về'];

/** Abbreviations a body's name is printed with ("UBND TỈNH LAI CHÂU"), spelled out to compare names. */
export const BODY_ABBREVIATIONS: readonly string[] = ['UBND', 'HĐND'];

/** The levels of administration a body's name ends with its place after ("UBND TỈNH LÀO CAI"). */
export const ADMINISTRATIVE_UNITS: readonly string[] = [
  'TỈNH',
  'THÀNH PHỐ',
  'HUYỆN',
  'QUẬN',
  'THỊ XÃ',
  'XÃ',
  'PHƯỜNG',
  'THỊ TRẤN',
];

/** Ends of a body's name that its printed heading continues on the next line: "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU". */
export const SPLIT_NAME_ENDINGS: readonly string[] = ['NHÂN DÂN'];

/** The letters that number the points of a text ("a)", "đ)"), as a character-class range. */
export const POINT_LETTERS = `a-z${D_STROKE}`;

/**
 * The names a text cites a document by besides the registry's types (src/schemas/document-types.ts):
 * a law, and the generic "Văn bản số …".
 */
export const CITED_ONLY_TYPES: readonly string[] = ['Luật', 'Pháp lệnh', 'Văn bản'];

/**
 * Words that end an issuer's name in a citation: what follows it ("… của Bộ Chính trị về …",
 * "… của Tỉnh uỷ khoá XI").
 */
export const ISSUER_STOP_WORDS: readonly string[] = [
  'về',
  'và',
  'tại',
  'trong',
  'với',
  'để',
  'nhằm',
  'theo',
  'đã',
  'được',
  'ban',
  'phát',
  'triển',
  'quy',
  'hướng',
  'đến',
  'cho',
  'là',
  'khóa',
  'khoá',
  'nhiệm',
];

/** Words that begin the name of a body that issues documents ("Giám đốc Sở Công Thương"). */
export const BODY_WORDS: readonly string[] = [
  'Sở',
  'Ban',
  'Cục',
  'Chi cục',
  'Trung tâm',
  'Văn phòng',
  'Ủy ban',
  'Uỷ ban',
  'UBND',
  'Bộ',
  'Viện',
  'Hội đồng',
  'Phòng',
  'Tổng cục',
];

/**
 * The words by which `npm run new-campaign` reads a launch document (scripts/importer/campaign.ts):
 * the campaign it launches ("phát động phong trào …"), its quoted theme and spirit, its period and
 * the body that reviews it, and who does what in its sections on implementation.
 */
export const CAMPAIGN_WORDS = {
  /** The verbs a trích yếu launches the campaign with, left out of its name. */
  launchVerbs: ['phát động', 'triển khai', 'tổ chức', 'thực hiện', 'hưởng ứng'],
  /** The word the campaign's name begins with. */
  campaign: 'phong trào',
  /** Words after which a name's short form ends ("Phong trào thi đua đặc biệt | lập thành tích"). */
  shortNameStops: ['lập thành tích', 'chào mừng', 'nhằm', 'về', 'năm', 'giai đoạn', 'trong'],
  /** The word before the quoted theme: "với chủ đề “…”". */
  theme: 'chủ đề',
  /** The word before the quoted spirit: "Với tinh thần “…”". */
  spirit: 'tinh thần',
  /** The period: "từ nay đến ngày …", "từ ngày … đến ngày …". */
  fromNow: 'từ nay',
  from: 'từ ngày',
  until: 'đến ngày',
  /** The body that reviews the campaign: "Hội đồng … tiến hành tổng kết". */
  reviewerStart: 'Hội đồng',
  /**
   * The emulation council's name as the site writes it (HUONG-DAN-BIEN-TAP.md: one name for each
   * thing); a text may write it "Hội đồng Thi đua, khen thưởng".
   */
  council: 'Hội đồng Thi đua - Khen thưởng',
  reviewVerbs: ['tổng kết', 'sơ kết'],
  reviewLead: 'tiến hành',
} as const;

/** Words that begin the name of who carries a task out ("Các phòng, đơn vị …", "Văn phòng Sở"). */
export const ACTOR_OPENINGS: readonly string[] = [
  ...BODY_WORDS,
  'Các',
  'Thủ trưởng',
  'Người đứng đầu',
  'Lãnh đạo',
  'Công đoàn',
  'Đoàn',
  'Chi bộ',
  'Đảng ủy',
  'Đảng uỷ',
  'Cơ quan',
  'Đơn vị',
];

/** The verbs of a task, with the role they give its actor (src/schemas/guidance.ts `role`). */
export const ROLE_VERBS: readonly { verb: string; role: 'chu-tri' | 'phoi-hop' | 'thuc-hien' }[] = [
  { verb: 'chủ trì', role: 'chu-tri' },
  { verb: 'phối hợp', role: 'phoi-hop' },
  { verb: 'triển khai', role: 'thuc-hien' },
  { verb: 'thực hiện', role: 'thuc-hien' },
  { verb: 'tổ chức', role: 'thuc-hien' },
  { verb: 'có trách nhiệm', role: 'thuc-hien' },
  { verb: 'hướng dẫn', role: 'thuc-hien' },
  { verb: 'xây dựng', role: 'thuc-hien' },
  { verb: 'theo dõi', role: 'thuc-hien' },
  { verb: 'chỉ đạo', role: 'thuc-hien' },
  { verb: 'quán triệt', role: 'thuc-hien' },
  { verb: 'tham mưu', role: 'thuc-hien' },
];
