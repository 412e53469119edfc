/**
 * Strings of the importer area (see ../index.ts): what `npm run import` prints, its refusals, and the
 * sentences it writes into a new content file or a stub for a cited document. Keys are `importer.…`.
 */
export const importer = {
  // Usage and refusals: bad input writes nothing and says why.
  'importer.usage':
    'Cách dùng: npm run import -- TỆP [--route ĐƯỜNG-DẪN] [--force] [--dry-run]\nTỆP là .txt (văn bản trích từ PDF), .docx hoặc .pdf có lớp chữ.',
  'importer.error.title': 'Không nhập được văn bản: {reason}',
  'importer.error.nothingWritten': 'Không có tệp nào được ghi.',
  'importer.error.noExtension': '(không có)',
  'importer.error.arguments': 'tham số "{argument}" không dùng được. {usage}',
  'importer.error.noFile': 'chưa chỉ ra tệp cần nhập. {usage}',
  'importer.error.extension':
    'tệp có đuôi "{extension}" không được hỗ trợ; chỉ nhận các đuôi {known}.',
  'importer.error.unreadable': 'không mở được tệp {file} (không có tệp, hoặc không có quyền đọc).',
  'importer.error.empty': 'tệp {file} rỗng: không có chữ nào để nhập.',
  'importer.error.tooLarge':
    'tệp {file} nặng {size} MB, quá giới hạn {max} MB của công cụ nhập; một văn bản hành chính chỉ nặng vài trăm KB.',
  'importer.error.encoding':
    'tệp {file} không phải văn bản mã UTF-8; hãy lưu lại tệp .txt theo mã UTF-8 (Unicode).',
  'importer.error.docx': 'tệp {file} không phải tệp Word (.docx) hợp lệ, hoặc đã hỏng.',
  'importer.error.pdf': 'tệp {file} không phải tệp PDF hợp lệ, đã hỏng hoặc bị khóa bằng mật khẩu.',
  'importer.error.scan':
    'tệp {file} ({pages} trang) là bản quét: PDF không có lớp chữ, chỉ có ảnh. Cần nhận dạng chữ (OCR) trước, rồi nhập tệp PDF có lớp chữ hoặc tệp .txt thu được.',
  'importer.error.notDocument':
    'văn bản không có các phần của một văn bản hành chính theo Nghị định 30/2020/NĐ-CP (thiếu: {missing}).',
  'importer.error.incomplete':
    'chưa đọc được các phần bắt buộc: {missing}. Sửa dòng đó trong tệp nguồn cho đúng mẫu (Nghị định 30/2020/NĐ-CP, Phụ lục I; văn bản của Đảng: Hướng dẫn 36-HD/VPTW) rồi nhập lại.',
  'importer.error.missingPart': '{part} (đọc đến {where} {line}: «{text}»)',
  'importer.error.missingPartNowhere': '{part} (văn bản hết mà không thấy)',
  'importer.error.whereLine': 'dòng',
  'importer.error.whereParagraph': 'đoạn',
  'importer.error.invalid': 'các trường không hợp lệ: {issues}.',
  'importer.error.routeSlug':
    'đường dẫn "{route}" không phải slug ASCII: chỉ chữ thường không dấu, số và dấu "-" (vd. ke-hoach-87-kh-sct).',
  'importer.error.routeExists':
    'đã có văn bản ở đường dẫn "{route}" ({file}). Chọn đường dẫn khác bằng --route, hoặc thêm --force để ghi đè tệp này.',
  'importer.error.routeTaken':
    'đường dẫn "{route}" đã được dùng bởi {owner}; --force không ghi đè được. Chọn đường dẫn khác bằng --route.',
  'importer.error.routePage': 'một trang của trang web',
  'importer.error.sameDocument':
    'văn bản này đã được nhập ở tệp {file} (cùng số, ký hiệu; văn bản để trống số: cùng ký hiệu, ngày và trích yếu). Thêm --force để ghi lại tệp đó bằng bản này.',
  'importer.error.citedExists':
    'đã có tệp {file}. Thêm --force để ghi đè tệp này, hoặc chọn tên khác bằng --route.',
  'importer.error.citedStub':
    'trang đã có văn bản số {identifier} ở tệp {file}. Thêm --force để điền toàn văn vào tệp này (giữ nguyên tên, mô tả, tên gọi khác và nguồn đã ghi).',

  // The report: what was read, what was repaired, each part found or not.
  'importer.report.read': 'Đã đọc {file} ({kind}, {size} KB{pages}).',
  'importer.report.pages': ', {pages} trang',
  'importer.report.repairs': 'Sửa lỗi trích xuất:',
  'importer.report.pageNumbers': '- bỏ {count} số trang',
  'importer.report.joins': '- nối {count} câu bị ngắt trang: {joins}',
  'importer.report.lineBreaks': '- tách lại {count} dòng bị dính vào dòng trước',
  'importer.report.printedLinks': '- bỏ {count} địa chỉ in kèm tên văn bản được viện dẫn',
  'importer.report.noRepairs': '- không có gì phải sửa',
  'importer.report.shape': '- đọc văn bản dạng: {shape}',
  'importer.report.shape.markdown': 'Markdown (đọc theo cú pháp Markdown)',
  'importer.report.shape.layout':
    'chữ trích từ PDF giữ bố cục hai cột (tách lại các cột, đoạn theo dòng thụt đầu)',
  'importer.report.shape.lines': 'mỗi dòng một đoạn (bản lưu từ Word hoặc trang web)',
  'importer.report.shape.wrapped': 'đoạn cách nhau bằng dòng trống',
  'importer.report.footnotes': '- chuyển {count} chú thích cuối trang xuống sau nội dung',
  'importer.report.skipped':
    '- bỏ {count} dòng trước phần đầu văn bản (không thuộc văn bản): {lines}',
  'importer.report.parts': 'Các phần của văn bản (Nghị định 30/2020/NĐ-CP):',
  'importer.report.partsParty': 'Các phần của văn bản của Đảng (Hướng dẫn 36-HD/VPTW):',
  'importer.report.otherIssuer':
    'Văn bản do cơ quan khác ban hành, không phải {publisher}: nhập là văn bản được viện dẫn (content/documents/), kèm toàn văn.',
  'importer.report.partyCited':
    'Văn bản của Đảng: nhập là văn bản được viện dẫn (content/documents/), kèm toàn văn.',
  'importer.report.issuerPrinted':
    '  [cần kiểm tra] Tên cơ quan ban hành giữ nguyên chữ in hoa như trên văn bản: {issuer}; sửa cách viết trong trường issuer.',
  'importer.report.aliasBlank':
    '  [cần kiểm tra] Văn bản để trống số: trang nhận ra các lần viện dẫn văn bản này qua tên gọi “{alias}” (aliases); sửa hoặc thêm tên gọi nếu văn bản khác gọi nó khác.',
  'importer.report.citedFilled':
    'Điền toàn văn vào tệp đã có {file}; giữ nguyên: {kept}. Nội dung cũ của tệp được thay bằng toàn văn.',
  'importer.report.citedUnknown': '  [cần kiểm tra] Điều chưa biết còn ghi trong tệp: {unknown}',
  'importer.report.citedWritten':
    'Đã ghi {file} (văn bản mới, trang /van-ban/{id}/). Bổ sung địa chỉ bản chính thức (sources[].url) nếu có.',
  'importer.report.citedWrittenFilled': 'Đã ghi {file} (điền vào tệp đã có, trang /van-ban/{id}/).',
  'importer.report.found': '  [có]      {label}: {value}',
  'importer.report.inferred':
    '  [suy ra]  {label}: {value} (không có trong văn bản; {reason}; cần kiểm tra)',
  'importer.report.blank': '  [để trống] {label}: {value}',
  'importer.report.missing': '  [không có] {label}{note}',
  'importer.report.doubt': '  [cần kiểm tra] {label}{value} ({reason})',
  'importer.report.cited': 'Văn bản được viện dẫn:',
  'importer.report.citedNone': '  (văn bản không viện dẫn văn bản nào có số, ký hiệu)',
  'importer.report.citedKnown': '  [đã có]   {mention} → content/documents/{id}.mdx',
  'importer.report.citedNamed':
    '  [đã có]   {id} (nêu tên, không có số) → content/documents/{id}.mdx',
  'importer.report.citedMissing':
    '  [chưa có] {mention}: trang chưa có văn bản này. Tạo tệp content/documents/{slug}.mdx với nội dung sau (các mục "{unknown}" cần bổ sung):',
  'importer.report.written': 'Đã ghi {file} (trang /{route}/).',
  'importer.report.dryRun': 'Không ghi tệp (--dry-run); nội dung sẽ ghi vào {file}:',
  'importer.report.next':
    'Bước tiếp: đọc lại tệp, nhất là các trường [suy ra] và [không có], rồi chạy npm run build:local.',

  // Labels of the parts, in the report.
  'importer.field.nationalHeading': 'Quốc hiệu, tiêu ngữ',
  'importer.field.partyHeading': 'Tiêu đề Đảng',
  'importer.field.parentBody': 'Cơ quan chủ quản',
  'importer.field.issuer': 'Cơ quan ban hành',
  'importer.field.number': 'Số',
  'importer.field.code': 'Ký hiệu',
  'importer.field.place': 'Địa danh',
  'importer.field.date': 'Ngày ban hành',
  'importer.field.type': 'Loại văn bản',
  'importer.field.subject': 'Trích yếu',
  'importer.field.recipients': 'Kính gửi',
  'importer.field.decision': 'Phần mở đầu của quyết định',
  'importer.field.body': 'Nội dung',
  'importer.field.signer': 'Chữ ký',
  'importer.field.distribution': 'Nơi nhận',
  'importer.field.annexes': 'Phụ lục',
  'importer.field.footnotes': 'Chú thích cuối trang',
  'importer.field.draftingUnit': 'Đơn vị soạn thảo',

  // Values and notes in the report.
  'importer.value.numberBlank': 'để trống (number: null, trang hiện "…")',
  'importer.value.identifierBlank': '…/{code}',
  'importer.value.dayBlank': '{date}, ngày để trống ("{iso}")',
  'importer.value.monthBlank': 'năm {year}, ngày và tháng để trống ("{iso}")',
  'importer.value.typeVv': '{type} (trích yếu bắt đầu bằng "V/v")',
  'importer.value.typeHeading': '{type} (tên loại "{heading}")',
  'importer.value.body':
    '{paragraphs} đoạn; mục {sections}; {bullets} ý gạch đầu dòng; điểm {points}; điều {articles}',
  'importer.value.none': 'không có',
  'importer.value.signer': '{title}, {name}',
  'importer.value.lines': '{count} dòng: {items}',
  'importer.value.decision': '{authority}; {bases} dòng "Căn cứ"; {proposal}',
  'importer.value.proposal': 'có "Theo đề nghị"',
  'importer.value.noProposal': 'không có "Theo đề nghị"',
  'importer.note.nationalHeading': ' (trang tự in Quốc hiệu, tiêu ngữ theo mẫu)',
  'importer.note.draftingUnit':
    ' (ký hiệu chỉ có chữ viết tắt "{unit}"; thêm draftingUnit nếu biết tên đầy đủ)',
  'importer.value.annexes':
    '{count} phụ lục sau chữ ký, giữ nguyên văn sau nội dung (trang in sau chữ ký): {titles}',
  'importer.value.footnotes': '{count} chú thích, giữ nguyên văn sau nội dung',
  'importer.note.recipients': ' (loại văn bản này không bắt buộc có Kính gửi)',
  'importer.reason.issuer': 'suy ra từ câu "{phrase}" trong nội dung và chức danh người ký',
  'importer.reason.parentBody': 'sở là cơ quan chuyên môn của UBND tỉnh ghi ở địa danh "{place}"',
  'importer.reason.nationalSlip': 'văn bản in "{printed}"; trang in đúng Quốc hiệu theo mẫu',
  'importer.reason.codeSpaced': 'văn bản in "{printed}"; đã bỏ dấu cách trong ký hiệu',
  'importer.reason.noSigner':
    'bản văn bản này không có khối chữ ký; trang không in phần chữ ký. Bổ sung text.signer nếu có bản đủ',
  'importer.reason.noDistribution':
    'bản văn bản này không có "Nơi nhận"; trang không in phần này. Bổ sung text.distribution nếu có bản đủ',
  'importer.yaml.inferred': 'suy ra, không có trong văn bản: cần kiểm tra',

  // Words the importer recognises in a document, one each (lists of alternatives are in
  // ./document-parts.ts; the form's fixed words the site also prints are in ./forms.ts and ./documents.ts).
  'importer.word.partyName': 'ĐẢNG CỘNG SẢN VIỆT NAM',
  'importer.word.page': 'Trang',
  'importer.word.subjectPrefix': 'V/v',
  'importer.word.about': 'về',
  'importer.word.basis': 'Căn cứ',
  'importer.word.annex': 'Phụ lục',
  'importer.word.filed': 'Lưu:',
  'importer.word.department': 'SỞ',
  'importer.word.issuerOf': 'của',

  // Sentences written into the new content file.
  'importer.description': 'Toàn văn {type} số {identifier} của {issuer} ({date}) {subject}.',
  'importer.parentBodyOfSo': 'UBND TỈNH {place}',

  // A cited document imported with its full text (another body's document).
  'importer.cited.title': '{reference} {date} của {issuer} {subject}',
  'importer.cited.description': 'Toàn văn {reference} {date} của {issuer} {subject}.',
  'importer.cited.source': 'Bản ký {reference} của {issuer}',

  // `npm run new-campaign`: a new campaign's content drafted from its launch document.
  'importer.campaign.usage':
    'Cách dùng: npm run new-campaign -- TỆP [--force] [--dry-run]\nTỆP là văn bản phát động phong trào (.txt, .docx hoặc .pdf có lớp chữ).',
  'importer.campaign.error.exists':
    'thư mục content/ đã có một phong trào ({file}). Thêm --force để thay toàn bộ nội dung phong trào bằng bản nháp mới.',
  'importer.campaign.error.cited':
    'văn bản không phải của cơ quan phát động phong trào theo thể thức Nghị định 30/2020/NĐ-CP; không dùng làm văn bản phát động được.',
  'importer.campaign.error.noContents':
    'không tìm thấy phần liệt kê nội dung phong trào (một mục đánh số có các ý gạch đầu dòng).',
  'importer.campaign.title': 'Bản nháp nội dung phong trào mới:',
  'importer.campaign.found': '  [có]       {label}: {value}',
  'importer.campaign.inferred': '  [suy ra]   {label}: {value} ({reason}; cần kiểm tra)',
  'importer.campaign.drafted': '  [bản nháp] {label}: {value} (cần biên tập)',
  'importer.campaign.blank': '  [để trống] {label}: văn bản không nêu; biên tập viên bổ sung',
  'importer.campaign.focusAreas': 'Nội dung trọng tâm',
  'importer.campaign.guidance': 'Tổ chức thực hiện',
  'importer.campaign.items':
    '{count} ý của mục {section} ({anchors}); tiêu đề và tóm tắt soạn từ lời của từng ý',
  'importer.campaign.guidanceItems':
    '{count} việc ({anchors}); {actors} việc có đơn vị thực hiện nêu trong văn bản; tiêu đề soạn từ lời của từng việc',
  'importer.campaign.fromSubject': 'theo trích yếu',
  'importer.campaign.fromHeading': 'theo phần đầu văn bản: {parentBody} / {issuer}',
  'importer.campaign.fromNow': 'văn bản ghi "từ nay": lấy ngày của văn bản',
  'importer.campaign.review': 'bản nháp: cần biên tập',
  'importer.campaign.blankNote': 'để trống: văn bản không nêu',
  'importer.campaign.launchTitle': 'Phát động phong trào',
  'importer.campaign.launchDetail': '{issuer} ban hành {type} phát động phong trào.',
  'importer.campaign.endTitle': 'Kết thúc phong trào',
  'importer.campaign.endDetail': 'Theo {type}: “{sentence}”.',
  'importer.campaign.cleared': 'Thay nội dung cũ (--force): xóa {count} tệp của phong trào trước.',
  'importer.campaign.written': 'Đã ghi {count} tệp vào content/.',
  'importer.campaign.dryRun': 'Không ghi tệp (--dry-run); các tệp sẽ ghi:',
  'importer.campaign.next':
    'Bước tiếp: biên tập các mục [bản nháp], [suy ra] và [để trống], bổ sung các văn bản được viện dẫn, rồi chạy npm run build.',
  'importer.checks.header':
    'Kiểm tra riêng của phong trào này, chạy cùng npm test (docs/testing.md).\nBản nháp: trang văn bản phát động hiện số, ký hiệu và trích yếu của văn bản; tìm theo số, ký hiệu thấy văn bản đó đầu tiên.\nBiên tập viên bổ sung: câu nguyên văn các trang phải có (pages), các mục được liên kết đến (anchors),\ncác cách tìm (search), bản đã ký của văn bản (sources).',

  // A stub for a cited document the site does not have.
  'importer.stub.title': '{type} số {identifier}{date}{issuer}',
  'importer.stub.date': ' ngày {date}',
  'importer.stub.issuer': ' của {issuer}',
  'importer.stub.description': '{type} số {identifier}, được {citing} viện dẫn.',
  'importer.stub.source': '{type} số {identifier} của {issuer} ({date})',
  'importer.stub.sourceNote': 'Viện dẫn: “{mention}”.',
  'importer.stub.unknownSubject': 'Trích yếu của văn bản chưa xác định được.',
  'importer.stub.unknownIssuer': 'Cơ quan ban hành chưa xác định được.',
  'importer.stub.unknownDate': 'Ngày ban hành chưa xác định được.',
  'importer.stub.unknownContent':
    'Người ký và toàn văn của văn bản chưa có trong các nguồn của trang.',
} as const;
