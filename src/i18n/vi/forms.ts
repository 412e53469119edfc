/**
 * Strings of the document forms area (see ../index.ts): the names of the document types the site knows,
 * the headings their forms print, and the fixed words of the NĐ 30/2020 forms. Keys are `forms.…`.
 */
export const forms = {
  // The type codes of NĐ 30 Phụ lục III (`KH` in `87/KH-SCT`).
  'forms.code.quyet-dinh': 'QĐ',
  'forms.code.chi-thi': 'CT',
  'forms.code.ke-hoach': 'KH',
  'forms.code.bao-cao': 'BC',
  'forms.code.thong-bao': 'TB',
  'forms.code.huong-dan': 'HD',
  'forms.code.chuong-trinh': 'CTr',
  'forms.code.to-trinh': 'TTr',
  'forms.code.phuong-an': 'PA',
  'forms.code.de-an': 'ĐA',
  // Type names, as written in a content file's `type` and in running text.
  'forms.type.cong-van': 'Công văn',
  'forms.type.quyet-dinh': 'Quyết định',
  'forms.type.chi-thi': 'Chỉ thị',
  'forms.type.ke-hoach': 'Kế hoạch',
  'forms.type.bao-cao': 'Báo cáo',
  'forms.type.thong-bao': 'Thông báo',
  'forms.type.huong-dan': 'Hướng dẫn',
  'forms.type.chuong-trinh': 'Chương trình',
  'forms.type.to-trinh': 'Tờ trình',
  'forms.type.phuong-an': 'Phương án',
  'forms.type.de-an': 'Đề án',
  // Tên loại as the form prints it (văn bản có tên loại, Quyết định).
  'forms.heading.quyet-dinh': 'QUYẾT ĐỊNH',
  'forms.heading.chi-thi': 'CHỈ THỊ',
  'forms.heading.ke-hoach': 'KẾ HOẠCH',
  'forms.heading.bao-cao': 'BÁO CÁO',
  'forms.heading.thong-bao': 'THÔNG BÁO',
  'forms.heading.huong-dan': 'HƯỚNG DẪN',
  'forms.heading.chuong-trinh': 'CHƯƠNG TRÌNH',
  'forms.heading.to-trinh': 'TỜ TRÌNH',
  'forms.heading.phuong-an': 'PHƯƠNG ÁN',
  'forms.heading.de-an': 'ĐỀ ÁN',
  // Fixed words of the forms.
  'forms.nationalName': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'forms.motto': 'Độc lập - Tự do - Hạnh phúc',
  'forms.recipients': 'Kính gửi:',
  'forms.distribution': 'Nơi nhận:',
  'forms.decides': 'QUYẾT ĐỊNH:',
  // The Party form (Hướng dẫn 36-HD/VPTW): its heading, its number line without a colon, the star
  // under the issuer, and the line under the tên loại ("của Ban Thường vụ Tỉnh ủy").
  'forms.party.name': 'ĐẢNG CỘNG SẢN VIỆT NAM',
  'forms.party.numberLine': 'Số {identifier}',
  'forms.party.issuerMark': '*',
  'forms.party.headingIssuer': 'của {issuer}',
  'forms.annexRowLink': 'Liên kết đến {annex}, dòng {row}',
  // The list of the campaign's documents, its menu entry, the home page and the status line.
  'forms.list.description':
    'Các văn bản của {campaign} theo thứ tự ngày ban hành: loại văn bản, số, ký hiệu, ngày ban hành, trích yếu, bản Word để tải về.',
  'forms.list.lead':
    'Các văn bản do {publisher} ban hành trong phong trào, theo thứ tự ngày ban hành. Mỗi văn bản có trang riêng trình bày theo thể thức và bản Word (.docx) để tải về.',
  'forms.list.caption': 'Danh mục văn bản của phong trào, theo ngày ban hành',
  'forms.list.type': 'Loại văn bản',
  'forms.list.identifier': 'Số, ký hiệu',
  'forms.list.date': 'Ngày ban hành',
  'forms.list.subject': 'Trích yếu',
  'forms.list.download': 'Bản Word',
  'forms.list.read': 'Xem toàn văn {type}',
  'forms.list.all': 'Danh mục văn bản của phong trào',
  'forms.status.report': 'Báo cáo tổng kết',
  // The Word copy of a campaign document.
  'forms.download.short': 'Tải về (.docx)',
  'forms.download.note':
    '– toàn văn {type} trình bày theo thể thức, khổ A4; bản tham khảo, không thay thế văn bản đã ban hành.',
  // Error messages about a content file's type (the file and the field are named by the caller).
  'forms.error.recipientsRequired': '{type} phải có "Kính gửi" (ít nhất một nơi nhận)',
  'forms.error.recipientsNone':
    'thể thức {type} không có "Kính gửi" (NĐ 30/2020, Phụ lục I II.9); bỏ trường này',
  'forms.error.codePrefix': 'ký hiệu {type} bắt đầu bằng "{code}-" (vd. "{code}-SCT")',
  'forms.error.decisionRequired':
    'Quyết định cần thẩm quyền ban hành và các dòng "Căn cứ …" (decision.authority, decision.bases)',
  'forms.error.decisionOnly': 'chỉ Quyết định có phần "Căn cứ …"; {type} không có',
  'forms.error.authorityWithoutPrefix':
    'dòng thẩm quyền chỉ đi sau chữ viết tắt TM., KT., TL., Q. hoặc TUQ. (signer.prefix)',
  'forms.error.annexRow': 'dòng có {cells} ô nhưng bảng có {columns} cột',
  'forms.error.issuerLines': 'cần ít nhất một dòng cơ quan ban hành (parentBody hoặc issuerLine)',
  'forms.error.signaturePrefix':
    'chữ viết tắt trước chức vụ của thể thức này là một trong: {known}',
  'forms.error.partyDecision':
    'văn bản của Đảng không có phần "Căn cứ …" theo thể thức Quyết định của Nhà nước',
  'forms.error.identifierMismatch':
    'số và ký hiệu in trên văn bản ({printed}) khác số, ký hiệu của trang ({identifier})',
  'forms.error.textSubject':
    'văn bản đăng toàn văn phải có trích yếu đúng như văn bản in (subject không được để null)',
  'forms.error.stateForm':
    'thể thức Nhà nước của loại "{type}" chưa có trên trang; các loại có thể thức: {known}',
  'forms.error.unknownType':
    'loại văn bản "{type}" chưa có trong danh sách. Các loại đã biết: {known}',
} as const;
