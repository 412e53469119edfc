/**
 * Strings of the documents area (see ../index.ts): how the site names the parts of an administrative
 * document, its metadata, dates and the places in its text. Keys are `documents.…`.
 */
export const documents = {
  /** The one label for a fact the sources do not give. */
  'documents.unknown': 'Chưa xác định được',

  // The word before a document's number in running text: "Chỉ thị số 34-CT/TW".
  'documents.numberWord': 'số',
  'documents.reference': '{type} số {identifier}',
  'documents.issuerWithTerm': '{issuer} ({term})',

  // The layout of a công văn (NĐ 30).
  'documents.letter.numberLine': 'Số: {identifier}',
  'documents.letter.placeDate': '{place}, {date}',

  // Metadata rows, as an official portal lists them.
  'documents.meta.type': 'Loại văn bản',
  'documents.meta.identifier': 'Số, ký hiệu',
  'documents.meta.issuer': 'Cơ quan ban hành',
  'documents.meta.date': 'Ngày ban hành',
  'documents.meta.subject': 'Trích yếu',
  'documents.meta.recipients': 'Kính gửi',
  'documents.meta.signer': 'Người ký',
  'documents.meta.draftingUnit': 'Đơn vị soạn thảo',
  'documents.meta.campaignPeriod': 'Thời gian phong trào',
  'documents.meta.campaignPeriodValue': 'Từ ngày ban hành {type} đến ngày {end}',
  /** A blank left on the signed copy: `{value}` is what is known; the blank is shown, not narrated. */
  'documents.meta.numberBlank': '{value} (số để trống trên bản đã ký)',
  'documents.meta.dayBlank': '{value} (ngày để trống trên bản đã ký)',
  /** An unknown date with the one fact known about it, e.g. when a congress met. */
  'documents.meta.dateNote': '{unknown} ({note})',
  /** The signer as a sentence names them; with a prefix (KT., TL., TM., TUQ.), for whom they sign. */
  'documents.meta.signerValue': '{name} – {title}',
  'documents.meta.signerFor': '{name} – {title} ({capacity} {authority})',
  // The signature prefixes of NĐ 30 Điều 13, in words.
  'documents.signature.TM.': 'thay mặt',
  'documents.signature.KT.': 'ký thay',
  'documents.signature.TL.': 'thừa lệnh',
  'documents.signature.Q.': 'quyền',
  'documents.signature.TUQ.': 'thừa ủy quyền',
  'documents.meta.recipientSeparator': '; ',
  'documents.document': 'Văn bản',

  // Dates in running text and in a công văn's heading.
  'documents.date.day': 'ngày {date}',
  'documents.date.month': 'tháng {date}',
  'documents.date.year': 'năm {year}',
  'documents.date.heading': 'ngày {day} tháng {month} năm {year}',

  // Places in a text, as a reader names them ("mục 2, ý 3"); see src/documents/anchors.ts.
  'documents.anchor.part': 'phần {part}',
  'documents.anchor.section': 'mục {section}',
  'documents.anchor.point': 'điểm {point}',
  'documents.anchor.bullet': 'ý {bullet}',
  'documents.anchor.paragraph': 'đoạn {paragraph}',
  'documents.anchor.article': 'Điều {article}',
  'documents.anchor.clause': 'khoản {clause}',
  /** The word that opens an article of a Quyết định ("Điều 1."), as the anchor walker reads it. */
  'documents.word.article': 'Điều',
  // The words a citation names a provision by ("điểm a khoản 1 Điều 3 của Quyết định …", "mục 2 Chỉ thị …").
  'documents.word.part': 'phần',
  'documents.word.section': 'mục',
  'documents.word.clause': 'khoản',
  'documents.word.point': 'điểm',
  'documents.word.of': 'của',
  'documents.anchor.join': '{outer}, {inner}',
  /** A block of a page that reproduces a place of the letter ("nguyên văn mục 5, điểm a"). */
  'documents.anchor.quoted': 'nguyên văn {label}',
  /** The screen-reader name of a block's link to itself. */
  'documents.anchor.selfLink': 'Liên kết đến {label}',

  // Where the campaign stands.
  'documents.campaign.ended': 'Đã kết thúc ngày {end}',
  'documents.campaign.upcoming': 'Chưa bắt đầu; kéo dài đến ngày {end}',
  'documents.campaign.running': 'Đang diễn ra, đến ngày {end}',
} as const;
