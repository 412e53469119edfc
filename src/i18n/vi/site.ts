/** Strings of the site shell: layout, navigation, footer, 404 page (see ../index.ts). Keys are `site.…`. */
export const site = {
  'site.lang': 'vi',
  'site.ogLocale': 'vi_VN',
  /** `<title>` of the home page, and of every other page. */
  'site.title.home': '{title} – {publisher}',
  'site.title.page': '{title} | {siteName}',
  /** The site's name: pages, Open Graph and the open data index. */
  'site.name': '{shortName} – {publisher}',
  'site.skipLink': 'Bỏ qua để đến nội dung chính',
  'site.breadcrumbs.label': 'Vị trí trang',
  // The publisher's details, when content/campaign.yaml gives them (publisherContact).
  'site.footer.address': 'Địa chỉ',
  'site.footer.telephone': 'Điện thoại',
  'site.footer.email': 'Thư điện tử',
  'site.footer.responsible': 'Chịu trách nhiệm nội dung',
  'site.footer.note': 'Nội dung {type} được trình bày nguyên văn theo bản đã ký.',
  /** When content/campaign.yaml names the archive of the department's campaigns; `{link}` its name. */
  'site.footer.archive': 'Xem các phong trào thi đua khác tại {link}.',

  // One name per section: the menu, the page's heading, its breadcrumb and its search filter. The
  // launch document's section is named by its type (Công văn, Kế hoạch…); a section with nothing in it
  // is not in the menu.
  'site.section.home': 'Tổng quan',
  'site.section.campaignDocuments': 'Văn bản phong trào',
  'site.section.focusAreas': 'Nội dung thi đua',
  'site.section.guidance': 'Tổ chức thực hiện',
  'site.section.documents': 'Văn bản được viện dẫn',
  'site.section.anniversaries': 'Các ngày kỷ niệm',
  'site.section.search': 'Tìm kiếm',

  'site.notFound.title': 'Không tìm thấy trang',
  'site.notFound.description': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  'site.notFound.lead':
    'Không có trang nào ở địa chỉ này. Có thể địa chỉ bị gõ nhầm hoặc trang đã được chuyển đi.',
  'site.notFound.home': 'Về trang tổng quan',
  /** The list of cited documents, as a link (404 page) and as the caption of its table. */
  'site.documentsList': 'Danh mục văn bản được viện dẫn',

  // Words of running text built from the content.
  /** The last two items of a list in a sentence ("mục 3, 4 và 5"); the others are joined by ", ". */
  'site.list.and': '{items} và {last}',
  /** Small counts as words ("Bốn sự kiện"), from one to ten, separated by "|"; larger ones in digits. */
  'site.numberWords': 'một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười',
} as const;
