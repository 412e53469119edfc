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
  /** A trích yếu that is not the document's own wording, and why. */
  'documents.subjectWording': '{subject} ({note})',
  'documents.subjectWording.paraphrase':
    'diễn đạt lại theo lời {type}, không phải trích yếu nguyên văn',
  'documents.subjectWording.placeholder': 'tên gọi tạm; trích yếu nguyên văn chưa xác định được',
  'documents.meta.recipients': 'Kính gửi',
  'documents.meta.signer': 'Người ký',
  'documents.meta.distribution': 'Nơi nhận',
  'documents.meta.draftingUnit': 'Đơn vị soạn thảo',
  'documents.meta.campaignPeriod': 'Thời gian phong trào',
  'documents.meta.campaignPeriodValue': 'Từ ngày ban hành {type} đến ngày {end}',
  /** A blank left on the signed copy: `{value}` is what is known, `{unknown}` the unknown label. */
  'documents.meta.numberBlank': '{value} (số để trống trên bản đã ký; {unknown})',
  'documents.meta.dayBlank': '{value} (ngày để trống trên bản đã ký; {unknown})',
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
  'documents.anchor.section': 'mục {section}',
  'documents.anchor.point': 'điểm {point}',
  'documents.anchor.bullet': 'ý {bullet}',
  'documents.anchor.paragraph': 'đoạn {paragraph}',
  'documents.anchor.article': 'Điều {article}',
  'documents.anchor.clause': 'khoản {clause}',
  /** The word that opens an article of a Quyết định ("Điều 1."), as the anchor walker reads it. */
  'documents.word.article': 'Điều',
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
