/**
 * Strings of the document forms area (see ../index.ts): the names of the document types the site knows,
 * the headings their forms print, and the fixed words of the NĐ 30/2020 forms. Keys are `forms.…`.
 */
export const forms = {
  // The document types: the types of NĐ 30 Phụ lục III (its codes: `KH` in `87/KH-SCT`), the
  // công văn (no code), the legal documents a Sở cites (Nghị định, Thông tư), and the Party's own
  // (Hướng dẫn 36-HD/VPTW: Kết luận, Thông tri). The tên loại a form prints is the name in capitals.
  'forms.type.cong-van': 'Công văn',
  'forms.type.nghi-quyet': 'Nghị quyết',
  'forms.code.nghi-quyet': 'NQ',
  'forms.type.quyet-dinh': 'Quyết định',
  'forms.code.quyet-dinh': 'QĐ',
  'forms.type.chi-thi': 'Chỉ thị',
  'forms.code.chi-thi': 'CT',
  'forms.type.quy-che': 'Quy chế',
  'forms.code.quy-che': 'QC',
  'forms.type.quy-dinh': 'Quy định',
  'forms.code.quy-dinh': 'QyĐ',
  'forms.type.thong-cao': 'Thông cáo',
  'forms.code.thong-cao': 'TC',
  'forms.type.thong-bao': 'Thông báo',
  'forms.code.thong-bao': 'TB',
  'forms.type.huong-dan': 'Hướng dẫn',
  'forms.code.huong-dan': 'HD',
  'forms.type.chuong-trinh': 'Chương trình',
  'forms.code.chuong-trinh': 'CTr',
  'forms.type.ke-hoach': 'Kế hoạch',
  'forms.code.ke-hoach': 'KH',
  'forms.type.phuong-an': 'Phương án',
  'forms.code.phuong-an': 'PA',
  'forms.type.de-an': 'Đề án',
  'forms.code.de-an': 'ĐA',
  'forms.type.du-an': 'Dự án',
  'forms.code.du-an': 'DA',
  'forms.type.bao-cao': 'Báo cáo',
  'forms.code.bao-cao': 'BC',
  'forms.type.bien-ban': 'Biên bản',
  'forms.code.bien-ban': 'BB',
  'forms.type.to-trinh': 'Tờ trình',
  'forms.code.to-trinh': 'TTr',
  'forms.type.hop-dong': 'Hợp đồng',
  'forms.code.hop-dong': 'HĐ',
  'forms.type.cong-dien': 'Công điện',
  'forms.code.cong-dien': 'CĐ',
  'forms.type.ban-ghi-nho': 'Bản ghi nhớ',
  'forms.code.ban-ghi-nho': 'BGN',
  'forms.type.ban-thoa-thuan': 'Bản thỏa thuận',
  'forms.code.ban-thoa-thuan': 'BTT',
  'forms.type.giay-uy-quyen': 'Giấy ủy quyền',
  'forms.code.giay-uy-quyen': 'GUQ',
  'forms.type.giay-moi': 'Giấy mời',
  'forms.code.giay-moi': 'GM',
  'forms.type.giay-gioi-thieu': 'Giấy giới thiệu',
  'forms.code.giay-gioi-thieu': 'GGT',
  'forms.type.giay-nghi-phep': 'Giấy nghỉ phép',
  'forms.code.giay-nghi-phep': 'GNP',
  'forms.type.phieu-gui': 'Phiếu gửi',
  'forms.code.phieu-gui': 'PG',
  'forms.type.phieu-chuyen': 'Phiếu chuyển',
  'forms.code.phieu-chuyen': 'PC',
  'forms.type.phieu-bao': 'Phiếu báo',
  'forms.code.phieu-bao': 'PB',
  'forms.type.nghi-dinh': 'Nghị định',
  'forms.code.nghi-dinh': 'NĐ',
  'forms.type.thong-tu': 'Thông tư',
  'forms.code.thong-tu': 'TT',
  'forms.type.ket-luan': 'Kết luận',
  'forms.type.thong-tri': 'Thông tri',
  // Fixed words of the forms.
  'forms.nationalName': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'forms.motto': 'Độc lập - Tự do - Hạnh phúc',
  'forms.recipients': 'Kính gửi:',
  'forms.distribution': 'Nơi nhận:',
  'forms.decides': 'QUYẾT ĐỊNH:',
  'forms.resolves': 'QUYẾT NGHỊ:',
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
