/** Strings of the pages' own text: headings, leads, descriptions (see ../index.ts). Keys are `pages.…`. */
export const pages = {
  // The overview (/).
  /** Unless campaign.yaml gives a `description`; `{parts}` names the site's sections in lower case. */
  'pages.home.description': '{name} của {publisher}: {parts}, đến ngày {end}.',
  /** `{link}` is the launch document's reference, linked to it; `{date}` its date as known. */
  'pages.home.lead': '{publisher} phát động phong trào tại {link} ({date}) với chủ đề:',
  'pages.home.period.heading': 'Thời gian và tình trạng',
  /**
   * `{end}` is the end date, in a `<time>` element; `{type}` the launch document's type ("công văn");
   * `{from}` when it starts: from its launch, or from its start date when that is a full date.
   */
  'pages.home.period.text':
    'Phong trào được triển khai, thực hiện {from} đến ngày {end}; kết thúc phong trào, {reviewer} tiến hành tổng kết, đánh giá.',
  /** The same, when the launch document names no body that reviews the campaign. */
  'pages.home.period.textNoReviewer':
    'Phong trào được triển khai, thực hiện {from} đến ngày {end}.',
  'pages.home.period.fromLaunch': 'từ {start}',
  'pages.home.period.fromDate': 'từ ngày {date}',
  'pages.home.status': 'Tình trạng:',
  'pages.home.readLetter': 'Đọc toàn văn {type}',
  'pages.home.searchDocuments': 'Tìm kiếm văn bản',
  /** `{count}` in words, capitalised ("Bốn"). */
  'pages.home.anniversaries.heading': '{count} sự kiện được chào mừng',
  'pages.home.anniversaries.more': 'Xem chi tiết các ngày kỷ niệm',
  'pages.home.focusAreas.lead':
    'Với tinh thần “{spirit}”, các phòng, đơn vị phải xác định các mục tiêu, nhiệm vụ cụ thể, trong đó tập trung vào {count} nội dung trọng tâm sau:',
  /** The same, when the launch document states no spirit. */
  'pages.home.focusAreas.leadPlain':
    'Các phòng, đơn vị tập trung vào {count} nội dung trọng tâm sau:',
  'pages.home.focusAreas.more': 'Tất cả nội dung thi đua',
  'pages.home.guidance.heading': 'Phân công thực hiện',
  /** `{places}` are the sections the guidance comes from ("mục 3, 4 và 5"). */
  'pages.home.guidance.caption': 'Đơn vị thực hiện và nhiệm vụ theo {places} của {type}',
  'pages.home.guidance.actor': 'Đơn vị thực hiện',
  'pages.home.guidance.task': 'Nhiệm vụ',
  'pages.home.guidance.more': 'Tổ chức thực hiện và các mốc thời gian',
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
    'Với tinh thần “{spirit}”, các phòng, đơn vị phải xác định các mục tiêu, nhiệm vụ cụ thể, trong đó tập trung vào các nội dung trọng tâm sau ({link}):',
  /** The same, when the launch document states no spirit. */
  'pages.focusAreas.leadPlain':
    'Các phòng, đơn vị xác định các mục tiêu, nhiệm vụ cụ thể, trong đó tập trung vào các nội dung trọng tâm sau ({link}):',
  /** A place of a document named in running text: "mục 2 của công văn". */
  'pages.placeOf': '{place} của {type}',
  'pages.focusAreas.kicker': 'Nội dung {order}',
  'pages.focusArea.title': '{title} – Nội dung thi đua {order}',
  'pages.focusArea.position': 'Nội dung {order} trong {count} nội dung thi đua',
  'pages.focusArea.verbatim': 'Nguyên văn trong {type}',
  /** Said once under the verbatim text for each slip of the signed copy that the summary corrects. */
  'pages.focusArea.slip':
    'Bản đã ký ghi “{original}”; đoạn nguyên văn trên giữ đúng chữ của bản đã ký, phần tóm tắt viết “{reading}”.',
  'pages.focusArea.movements': 'Phong trào, chương trình được nêu',
  'pages.focusArea.pager': 'Nội dung thi đua khác',
  'pages.focusArea.previous': '← Nội dung {order}: {title}',
  'pages.focusArea.next': 'Nội dung {order}: {title} →',
  /** A link to the place in the letter a text is quoted from. */
  'pages.seeInLetter': 'Xem tại {label} của {type}',

  // Implementation guidance (/to-chuc-thuc-hien/).
  'pages.guidance.description':
    'Phân công thực hiện {campaign}: nhiệm vụ {type} giao cho từng đơn vị, các yêu cầu chung và các mốc thời gian.',
  /** The same, when the campaign has no milestones. */
  'pages.guidance.descriptionNoMilestones':
    'Phân công thực hiện {campaign}: nhiệm vụ {type} giao cho từng đơn vị và các yêu cầu chung.',
  /** `{link}` is the launch document's type ("công văn"), linked to it; `{places}` "mục 3, 4 và 5". */
  'pages.guidance.lead':
    'Nhiệm vụ của từng đơn vị và yêu cầu chung theo {places} của {link}. Các đoạn trích giữ nguyên câu chữ của {type}.',
  'pages.guidance.byActor': 'Phân công thực hiện',
  'pages.guidance.where': '{role} · {label} của {type}',
  'pages.guidance.item': '{actor}: {title}',
  'pages.guidance.deadline': 'Thời hạn: đến {date}. ',
  'pages.guidance.role.chu-tri': 'Chủ trì',
  'pages.guidance.role.thuc-hien': 'Thực hiện',
  'pages.guidance.role.phoi-hop': 'Phối hợp',
  'pages.guidance.role.yeu-cau-chung': 'Yêu cầu chung',

  // Cited documents (/van-ban/ and its pages).
  'pages.documents.description':
    'Danh mục các văn bản mà {type} phát động {campaign} viện dẫn: số, ký hiệu, cơ quan ban hành, ngày ban hành, trích yếu.',
  'pages.documents.lead':
    'Các văn bản dưới đây được {type} viện dẫn. Trang của mỗi văn bản ghi số, ký hiệu, cơ quan ban hành, ngày ban hành, trích yếu và những đoạn của {type} viện dẫn văn bản đó.',
  'pages.document.citedAt': 'Được viện dẫn tại',
  /** Where the official copy of a cited document is, when the site does not publish its text. */
  'pages.document.officialCopy': 'Xem bản do {source} công bố.',
  'pages.document.noBacklinks': 'Không có văn bản nào của phong trào viện dẫn văn bản này.',
  /** The site's own pages that name a document (not the campaign's documents). */
  'pages.document.mentionedOn': 'Các trang khác nhắc đến văn bản này',
  'pages.document.backlink': '{page}, {label}',
  /** A place that cites one provision of the document ("…, mục 3: viện dẫn mục 2"). */
  'pages.document.backlinkProvision': '{page}, {label}: viện dẫn {provision}',
  'pages.document.provisionJoin': '{first}; {next}',
  'pages.sources': 'Nguồn',

  // Anniversaries (/ky-niem/).
  // Unless campaign.yaml gives its own (anniversariesDescription, anniversariesLead).
  /** `{titles}` are the anniversaries' titles. */
  'pages.anniversaries.description': 'Các sự kiện mà {campaign} chào mừng: {titles}.',
  /** `{count}` in words ("bốn"). */
  'pages.anniversaries.lead': 'Phong trào chào mừng {count} sự kiện, xếp theo ngày kỷ niệm.',
  'pages.anniversaries.event': 'Ngày diễn ra sự kiện:',
  'pages.timeline.seeInLetter': 'Xem trong {type}',
} as const;
