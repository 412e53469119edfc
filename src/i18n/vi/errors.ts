/**
 * Strings of the errors area (see ../index.ts): what an editor reads when content is wrong, and what
 * whoever runs a script reads when its input is wrong. Keys are `errors.…`.
 */
export const errors = {
  /** Every content error names the file and the front-matter field. */
  'errors.content.where': '{file}: trường "{field}": {message}',
  'errors.content.unknownId': 'không có {kind} "{id}". Các giá trị hợp lệ: {known}',
  'errors.content.noneKnown': '(không có)',
  'errors.content.duplicate': 'giá trị "{value}" trùng với {file}',
  'errors.content.kind.letter': 'văn bản',
  'errors.content.fileNameField': 'tên tệp',
  'errors.content.fileNameSlug': 'tên tệp phải là slug ASCII (vd. chi-thi-05-ct-ubnd.mdx)',
  'errors.content.unknownProvision':
    '"{words}": toàn văn đăng trong {document} không có {provision}',
  'errors.content.unknownAnchor': 'không có mục "{anchor}" trong {file}. Các mục có: {known}',
  'errors.content.oneCampaign': 'cần đúng một phong trào, có {count}',
  'errors.content.reservedRoute': '"{route}" trùng với một mục của trang',
  'errors.content.noMention': 'Văn bản "{id}" không có số, ký hiệu hay tên gọi khác để nhận diện',

  // Front matter read before Astro's content layer (the citation linker's documents).
  'errors.frontMatter.missing': '{file}: thiếu phần front matter (--- … ---)',
  'errors.frontMatter.unreadable': '{file}: front matter không đọc được: {reason}',
  'errors.frontMatter.field': '{file}: trường "{field}": {message}',

  // Schema messages (zod), shown after the file and the field.
  'errors.schema.slug': 'phải là slug ASCII chữ thường, nối bằng "-" (vd. chi-thi-05-ct-ubnd)',
  'errors.schema.url': 'phải là địa chỉ http(s) đầy đủ',
  'errors.schema.archiveUrl':
    'phải là địa chỉ http(s) đầy đủ hoặc đường dẫn bắt đầu bằng "/" (vd. /thi-dua/)',
  'errors.schema.quoteDates':
    'viết ngày trong dấu ngoặc kép, ví dụ "2023-05-30": YAML tự đổi ngày không có thật (như 2023-02-30) thành một ngày khác',
  'errors.schema.dateFormat': 'ngày "{value}" không đúng dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
  'errors.schema.dateImpossible': 'ngày "{value}" không có trên lịch',
  'errors.schema.nonEmptyString': 'phải là chuỗi không rỗng',
  'errors.schema.stringOrNull': 'phải là chuỗi hoặc null',
  'errors.schema.stringList': 'phải là danh sách chuỗi',

  // Where the site is hosted (SITE_URL).
  'errors.siteUrl.invalid':
    'SITE_URL "{value}" không phải địa chỉ hợp lệ (vd. https://portal.gov.vn)',
  'errors.siteUrl.protocol': 'SITE_URL "{value}" phải bắt đầu bằng https:// hoặc http://',
  'errors.siteUrl.path':
    'SITE_URL "{value}" chỉ gồm giao thức và tên miền; đường dẫn con (vd. /thi-dua-2023/) đặt trong BASE_PATH',
  /** A build for the portal with no real address: `{value}` is the address it would ship. */
  'errors.siteUrl.placeholder':
    'Bản dựng sẽ ghi địa chỉ "{value}" vào địa chỉ chính thức (canonical), RSS, JSON, sitemap và robots.txt. Đặt SITE_URL là địa chỉ thật của cổng thông tin (địa chỉ bắt đầu bằng https://); bản dựng để thử hoặc xem trên máy thì đặt thêm ALLOW_PLACEHOLDER_SITE=1.',
  /** A build for a real portal without BASE_PATH: `{site}` is the origin whose root it claims. */
  'errors.basePath.root':
    'CẢNH BÁO: chưa đặt BASE_PATH, nên trang được dựng ở gốc của {site}. Địa chỉ chính thức (canonical) của trang tổng quan sẽ là {site}/; robots.txt, sitemap, RSS và JSON đều ghi địa chỉ ở gốc tên miền này. Nếu cổng thông tin đã có trang chủ ở {site}/, dựng lại với đường dẫn con: SITE_URL={site} BASE_PATH=/thi-dua-2023/ npm run build (xem docs/deploying.md). Nếu đúng là đặt trang ở gốc, ghi rõ BASE_PATH=/ để không còn cảnh báo này.',
} as const;
