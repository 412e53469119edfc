/** Strings of the archive of a department's campaigns (src/archive/, see ../index.ts). Keys are `archive.…`. */
export const archive = {
  // The shell: menu, footer.
  'archive.nav.home': 'Các phong trào',
  'archive.nav.documents': 'Văn bản',
  'archive.nav.cited': 'Văn bản được viện dẫn',
  'archive.nav.search': 'Tìm kiếm',
  'archive.footer.note':
    'Mỗi phong trào được đăng tải tại trang riêng; trang này tập hợp để tra cứu.',

  // The home page: the campaigns, newest first.
  /** The home page's description when archive.yaml gives none. */
  'archive.home.description':
    '{name}: {count} phong trào thi đua, văn bản phát động, văn bản của từng phong trào và các văn bản được viện dẫn; tìm kiếm trong tất cả các phong trào.',
  'archive.home.lead': '{count} phong trào thi đua, xếp từ mới nhất.',
  'archive.campaign.publisher': 'Cơ quan phát động',
  'archive.campaign.period': 'Thời gian',
  'archive.campaign.periodValue': 'Từ {start} đến {end}',
  'archive.campaign.status': 'Tình trạng',
  'archive.campaign.launch': 'Văn bản phát động',
  /** `{reference}`: `Kế hoạch số 15/KH-SGDĐT`; `{date}`: as the document gives it (`ngày 10/02/2022`). */
  'archive.campaign.launchValue': '{reference} {date}',
  'archive.campaign.documents': 'Văn bản của phong trào ({count})',

  // A campaign's page in the archive (/phong-trao/<id>/).
  'archive.campaignPage.description':
    '{name} ({publisher}): thời gian, tình trạng, văn bản của phong trào và các văn bản được viện dẫn.',
  'archive.campaignPage.documents': 'Văn bản của phong trào',
  'archive.campaignPage.cited': 'Văn bản được viện dẫn',
  'archive.campaignPage.noCited': 'Phong trào không viện dẫn văn bản nào.',
  'archive.campaignPage.openSite': 'Xem trang của phong trào',

  // The list of documents (/van-ban/) and its filters.
  'archive.documents.title': 'Văn bản các phong trào',
  'archive.documents.description':
    'Văn bản của {count} phong trào thi đua, xếp từ mới nhất, lọc theo phong trào, loại văn bản, cơ quan ban hành và năm.',
  'archive.documents.lead': '{count} văn bản của các phong trào, xếp từ mới nhất.',
  /** A filter's page: `{label}` is the value (a type, an issuer, a year) and `{count}` its documents. */
  'archive.documents.facetTitle': 'Văn bản: {label}',
  'archive.documents.facetDescription':
    '{count} văn bản của các phong trào thi đua thuộc {facet} “{label}”, xếp từ mới nhất.',
  'archive.documents.facetLead': '{count} văn bản, xếp từ mới nhất.',
  'archive.documents.all': 'Tất cả văn bản',
  'archive.documents.filters': 'Lọc văn bản',
  'archive.facet.campaign': 'Phong trào',
  'archive.facet.type': 'Loại văn bản',
  'archive.facet.issuer': 'Cơ quan ban hành',
  'archive.facet.year': 'Năm',
  'archive.facet.value': '{label} ({count})',
  'archive.list.caption': 'Danh sách văn bản',
  'archive.list.date': 'Ngày',
  'archive.list.identifier': 'Số, ký hiệu',
  'archive.list.subject': 'Trích yếu',
  'archive.list.type': 'Loại',
  'archive.list.campaign': 'Phong trào',
  'archive.list.noDate': 'Không rõ',
  'archive.pages.label': 'Các trang của danh sách',
  'archive.pages.page': 'Trang {n}',
  'archive.pages.previous': 'Trang trước',
  'archive.pages.next': 'Trang sau',
  /** The title of the second and later pages of a list. */
  'archive.pages.title': '{title} – trang {n}',

  // Every cited document (/van-ban-duoc-vien-dan/).
  'archive.cited.title': 'Văn bản được viện dẫn',
  'archive.cited.description':
    '{count} văn bản được các phong trào thi đua viện dẫn, mỗi văn bản với các phong trào và các mục viện dẫn nó.',
  'archive.cited.lead':
    '{count} văn bản được các phong trào viện dẫn; văn bản được nhiều phong trào viện dẫn xếp trước.',
  'archive.cited.citedBy': 'Được viện dẫn tại {count} phong trào:',
  /** A place: `mục 1 của Kế hoạch số 15/KH-SGDĐT`. */
  'archive.cited.place': '{place} của {document}',
  /** A place that names a provision of the cited document: `mục 3, ý 2 của Công văn … (mục 2)`. */
  'archive.cited.placeProvision': '{place} của {document} (viện dẫn {provision})',
  'archive.cited.page': 'Trang văn bản tại phong trào này',
  'archive.cited.identifier': 'Số, ký hiệu',
  'archive.cited.issuer': 'Cơ quan ban hành',
  'archive.cited.date': 'Ngày ban hành',

  // The search page (/tim-kiem/).
  'archive.search.description':
    'Tìm kiếm trong văn bản của {count} phong trào thi đua cùng một lúc, gõ có dấu hoặc không dấu.',
  'archive.search.help':
    'Tìm trong toàn văn văn bản của các phong trào, các nội dung thi đua và các văn bản được viện dẫn. Mỗi kết quả ghi rõ phong trào của nó; có thể lọc theo phong trào.',
  'archive.search.helpTurns':
    'Lần tìm đầu tiên tìm trong {first} phong trào gần nhất; có thể tìm tiếp trong các phong trào trước đó.',
  'archive.search.campaignLegend': 'Lọc theo phong trào',
  'archive.search.noscript': 'Tìm kiếm cần bật JavaScript. Có thể tra cứu theo {link}.',

  // The archive search's browser script (src/archive/client/), given through the form's data-search.
  /** Under the results: `{searched}` of `{total}` campaigns were searched, the rest on demand. */
  'archive.search.scope': 'Đã tìm trong {searched} phong trào gần nhất (trên tổng số {total}).',
  'archive.search.more': 'Tìm tiếp trong {count} phong trào trước đó',
  /** One line when some campaigns' search index could not be fetched; `{campaigns}` their names. */
  'archive.search.unavailable':
    'Không tìm được trong {campaigns} (không tải được dữ liệu tìm kiếm của phong trào); kết quả dưới đây từ các phong trào còn lại.',

  // Build errors (src/archive/archive-data.ts, archive-schema.ts).
  'archive.error.noArchive':
    'Không đọc được {file}: cần tệp này để dựng trang lưu trữ (xem docs/archive.md; thư mục đặt bằng ARCHIVE_DIR).',
  'archive.error.wholeFile': '(cả tệp)',
  'archive.error.trailingSlash': 'địa chỉ trang của phong trào phải kết thúc bằng "/"',
  'archive.error.noId':
    'phong trào tại {url} không có đoạn đường dẫn nào làm mã: thêm trường "id" (slug ASCII)',
  'archive.error.reserved':
    'đường dẫn của phong trào trùng với một mục của trang lưu trữ ("{segment}"): đặt phong trào ở đường dẫn khác',
  'archive.error.missingFile':
    'không có {file}: phong trào chưa được dựng vào thư mục này (ARCHIVE_WEB_ROOT)',
  'archive.error.fetch': 'không tải được {url}: {error}',
  'archive.error.openDataVersion':
    'dữ liệu mở của phong trào không phải phiên bản {version}: dựng lại phong trào bằng mã nguồn hiện tại',
  'archive.error.builtFor':
    'phong trào được dựng cho địa chỉ {built}, không phải {listed} như archive.yaml ghi',
  'archive.error.pagefindVersion':
    'chỉ mục tìm kiếm của phong trào tại {url} được tạo bằng Pagefind {built}, trang lưu trữ dùng Pagefind {version}: dựng lại phong trào bằng mã nguồn hiện tại',
} as const;
