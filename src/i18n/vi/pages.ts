/** Strings of the pages' own text: headings, leads, descriptions (see ../index.ts). Keys are `pages.…`. */
export const pages = {
  // The overview (/).
  'pages.home.description':
    '{name} của {publisher} (từ {start} đến ngày {end}) chào mừng kỷ niệm các sự kiện lịch sử của tỉnh: nội dung thi đua, tổ chức thực hiện, văn bản được viện dẫn.',
  /** `{link}` is the launch letter's reference, linked to it. */
  'pages.home.lead': '{publisher} phát động phong trào tại {link} ({month}) với chủ đề:',
  'pages.home.period.heading': 'Thời gian và tình trạng',
  /** `{end}` is the end date, in a `<time>` element. */
  'pages.home.period.text':
    'Phong trào được triển khai, thực hiện từ {start} đến ngày {end}; kết thúc phong trào, {reviewer} tiến hành tổng kết, đánh giá.',
  'pages.home.status': 'Tình trạng:',
  'pages.home.readLetter': 'Đọc toàn văn công văn',
  'pages.home.searchDocuments': 'Tìm kiếm văn bản',
  'pages.home.anniversaries.heading': 'Bốn sự kiện được chào mừng',
  'pages.home.anniversaries.more': 'Xem chi tiết các ngày kỷ niệm',
  'pages.home.focusAreas.lead':
    'Với tinh thần “{spirit}”, các phòng, đơn vị phải xác định các mục tiêu, nhiệm vụ cụ thể, trong đó tập trung vào các nội dung trọng tâm sau:',
  'pages.home.focusAreas.more': 'Tất cả nội dung thi đua',
  'pages.home.guidance.heading': 'Phân công thực hiện',
  'pages.home.guidance.caption': 'Đơn vị thực hiện và nhiệm vụ theo mục 5 của công văn',
  'pages.home.guidance.actor': 'Đơn vị thực hiện',
  'pages.home.guidance.task': 'Nhiệm vụ',
  'pages.home.guidance.more': 'Hướng dẫn tổ chức thực hiện và các mốc thời gian',
  'pages.home.milestones.heading': 'Các mốc thời gian',
  'pages.home.documents.more': 'Danh mục văn bản',

  // A campaign document (/cong-van/).
  'pages.letter.title': '{reference} {subject}',
  'pages.letter.info': 'Thông tin văn bản',
  'pages.letter.printHint':
    'Để in {type} khổ A4 theo thể thức, dùng chức năng In của trình duyệt (Ctrl+P); bản in không có đầu trang, danh mục và chân trang.',

  // Focus areas (/noi-dung/ and its pages).
  'pages.focusAreas.description':
    'Các nội dung thi đua trọng tâm của {campaign} do {publisher} phát động ({count} nội dung).',
  /** `{link}` is "mục 2 của công văn", linked to it. */
  'pages.focusAreas.lead':
    'Với tinh thần “{spirit}”, các phòng, đơn vị phải xác định các mục tiêu, nhiệm vụ cụ thể, trong đó tập trung vào các nội dung trọng tâm sau ({link}).',
  'pages.focusAreas.leadLink': 'mục 2 của công văn',
  'pages.focusAreas.kicker': 'Nội dung {order}',
  'pages.focusArea.title': '{title} – Nội dung thi đua {order}',
  'pages.focusArea.position': 'Nội dung {order} trong {count} nội dung thi đua',
  'pages.focusArea.verbatim': 'Nguyên văn trong công văn',
  /** Said once under the verbatim text for each slip of the signed copy that the summary corrects. */
  'pages.focusArea.slip':
    'Bản đã ký ghi “{original}”; đoạn nguyên văn trên giữ đúng chữ của bản đã ký, phần tóm tắt viết “{reading}”.',
  'pages.focusArea.movements': 'Phong trào, chương trình được nêu',
  'pages.focusArea.pager': 'Nội dung thi đua khác',
  'pages.focusArea.previous': '← Nội dung {order}: {title}',
  'pages.focusArea.next': 'Nội dung {order}: {title} →',
  /** A link to the place in the letter a text is quoted from. */
  'pages.seeInLetter': 'Xem tại {label} của công văn',

  // Implementation guidance (/to-chuc-thuc-hien/).
  'pages.guidance.description':
    'Phân công thực hiện {campaign}: nhiệm vụ công văn giao cho từng đơn vị, các yêu cầu chung và các mốc thời gian.',
  /** `{link}` is the word "công văn", linked to the letter. */
  'pages.guidance.lead':
    'Nhiệm vụ của từng đơn vị và yêu cầu chung theo mục 3, 4 và 5 của {link}. Các đoạn trích giữ nguyên câu chữ của công văn.',
  'pages.guidance.leadLink': 'công văn',
  'pages.guidance.byActor': 'Phân công thực hiện',
  'pages.guidance.where': '{role} · {label} của công văn',
  'pages.guidance.item': '{actor}: {title}',
  'pages.guidance.deadline': 'Thời hạn: đến {date}. ',
  'pages.guidance.role.chu-tri': 'Chủ trì',
  'pages.guidance.role.thuc-hien': 'Thực hiện',
  'pages.guidance.role.phoi-hop': 'Phối hợp',
  'pages.guidance.role.yeu-cau-chung': 'Yêu cầu chung',

  // Cited documents (/van-ban/ and its pages).
  'pages.documents.description':
    'Danh mục các văn bản mà công văn phát động phong trào thi đua đặc biệt viện dẫn: số, ký hiệu, cơ quan ban hành, ngày ban hành, trích yếu.',
  'pages.documents.lead':
    'Các văn bản mà công văn viện dẫn. Mỗi văn bản có trang riêng: số, ký hiệu, cơ quan ban hành, ngày ban hành, trích yếu và đoạn công văn viện dẫn văn bản.',
  'pages.document.citedAt': 'Được viện dẫn tại',
  'pages.document.noBacklinks': 'Không có văn bản nào của phong trào viện dẫn văn bản này.',
  /** The site's own pages that name a document (not the campaign's documents). */
  'pages.document.mentionedOn': 'Các trang khác nhắc đến văn bản này',
  'pages.document.backlink': '{page}, {label}',
  'pages.sources': 'Nguồn',

  // Anniversaries (/ky-niem/).
  'pages.anniversaries.description':
    'Bốn sự kiện lịch sử của tỉnh Lai Châu mà phong trào thi đua đặc biệt chào mừng: 115 năm thành lập tỉnh, 75 năm thành lập Đảng bộ tỉnh, 70 năm ngày Bác Hồ gửi thư cho đồng bào và cán bộ Lai Châu, 20 năm chia tách, thành lập tỉnh.',
  'pages.anniversaries.lead':
    'Phong trào chào mừng bốn sự kiện lịch sử của tỉnh, xếp theo ngày kỷ niệm.',
  'pages.anniversaries.event': 'Ngày diễn ra sự kiện:',
  'pages.timeline.seeInLetter': 'Xem trong công văn',
} as const;
