/** Strings of the search area (see ../index.ts). Keys are `search.…`. */
export const search = {
  // The search page (src/pages/tim-kiem.astro).
  'search.page.title': 'Tìm kiếm',
  /** `{parts}`: what the site holds, as listed by the search.part.* strings. */
  'search.page.description': 'Tìm kiếm trong {parts}, gõ có dấu hoặc không dấu.',
  // What the site holds, named in the page's description and its help (only the parts it has).
  'search.part.letter': '{type}',
  'search.part.letterFull': 'toàn văn {type}',
  'search.part.focusAreas': 'nội dung thi đua',
  'search.part.focusAreasCount': '{count} nội dung thi đua',
  'search.part.guidance': 'tổ chức thực hiện',
  'search.part.anniversaries': 'các ngày kỷ niệm',
  'search.part.documents': 'các văn bản được viện dẫn',
  'search.part.documentsCount': '{count} văn bản được viện dẫn',
  'search.form.label': 'Từ khóa',
  'search.form.hint':
    'Gõ có dấu hoặc không dấu (kể cả khi gõ theo kiểu Telex, VNI mà chưa bật bộ gõ tiếng Việt), chữ viết tắt hoặc số, ký hiệu văn bản (ví dụ {code}).',
  /** The same, for a site that has no document code to give as an example. */
  'search.form.hintPlain':
    'Gõ có dấu hoặc không dấu (kể cả khi gõ theo kiểu Telex, VNI mà chưa bật bộ gõ tiếng Việt), chữ viết tắt hoặc số, ký hiệu văn bản.',
  'search.form.submit': 'Tìm',
  'search.filters.legend': 'Lọc theo loại trang',
  'search.more': 'Xem thêm kết quả',
  'search.empty.heading': 'Gợi ý',
  'search.empty.spelling': 'Kiểm tra lại chính tả, hoặc gõ không dấu.',
  'search.empty.fewer': 'Dùng ít từ hơn, hoặc từ khác có cùng nghĩa.',
  /** `{codes}`: the campaign's example codes ("34-CT/TW hoặc 1954/UBND-TH"). */
  'search.empty.code': 'Tìm văn bản theo số, ký hiệu, ví dụ {codes}.',
  'search.empty.codePlain': 'Tìm văn bản theo số, ký hiệu.',
  'search.empty.or': '{first} hoặc {second}',
  'search.empty.list': 'Xem {link}.',
  'search.documentList': 'danh mục văn bản được viện dẫn',
  'search.help.heading': 'Phạm vi tìm kiếm',
  /**
   * `{parts}`: what the site holds, capitalised ("Toàn văn công văn, 7 nội dung thi đua…"). Typing
   * with or without marks is said once, in the form's hint.
   */
  'search.help.text':
    '{parts}. Có thể gõ chữ hoa hay chữ thường, chữ viết tắt (UBND, CT/TW…) hoặc chữ đầy đủ.',
  'search.help.examples': 'Ví dụ',
  'search.noscript': 'Tìm kiếm cần bật JavaScript. Có thể tra cứu theo {link}.',
  /** The same, for a site that has no list of cited documents to offer instead. */
  'search.noscriptPlain': 'Tìm kiếm cần bật JavaScript.',

  // The browser script (src/client/search.ts), given to it through the form's data-strings.
  'search.filter.all': 'Tất cả',
  'search.filter.option': '{label} ({count})',
  'search.status.needWords': 'Hãy nhập chữ hoặc số để tìm.',
  'search.status.searching': 'Đang tìm…',
  'search.status.failed': 'Không tải được chức năng tìm kiếm. Vui lòng tải lại trang và thử lại.',
  'search.status.found': 'Tìm thấy {count} kết quả cho “{query}”{scope}.',
  'search.status.none': 'Không tìm thấy kết quả nào cho “{query}”{scope}.',
  /** The page-type filter in the count: not "mục", which names the parts of a document. */
  'search.status.scope': ' (loại trang: {kind})',
  'search.corrected.searchedFor': 'Đã tìm theo:',
  'search.corrected.exact': 'Tìm đúng như đã gõ:',
  'search.result.sections': 'Đoạn khớp trong {title}',

  // Labels of the numbered blocks of a text that results link to (src/search/search-results.ts).
  'search.section.paragraph': 'Đoạn {n}',
  'search.section.section': 'Mục {section}',
  'search.section.bullet': 'Mục {section}, ý {n}',
  'search.section.point': 'Mục {section}, điểm {point}',
  // A Roman-numbered part, and the articles of a text that has them, named from the smallest unit
  // out as documents cite them (NĐ 30: "điểm a khoản 1 Điều 3").
  'search.section.part': 'Phần {part}',
  'search.section.article': 'Điều {article}',
  'search.section.clause': 'Khoản {clause} Điều {article}',
  'search.section.articlePoint': 'Điểm {point} Điều {article}',
  'search.section.clausePoint': 'Điểm {point} khoản {clause} Điều {article}',

  // Build log of the Pagefind integration (src/integrations/pagefind.ts).
  'search.build.indexed':
    'Đã lập chỉ mục tìm kiếm cho {count} trang ({chunkSize} vị trí từ mỗi phần chỉ mục).',
  'search.build.failed': 'Pagefind không tạo được chỉ mục: {errors}',
  'search.build.fileFailed': 'Pagefind không lập được chỉ mục cho {file}: {errors}',
  'search.build.writeFailed': 'Pagefind không ghi được chỉ mục: {errors}',
  'search.build.uncheckedPagefind':
    'Pagefind {found} chưa được kiểm tra với trang này (bản đã kiểm tra: {checked}). Trang dựa vào cách Pagefind {checked} đọc trang, chia chỉ mục và trao đổi với pagefind-worker.js. Khi nâng cấp Pagefind, làm theo docs/upgrading.md: chạy `npx vitest run test/unit/pagefind-text.test.ts test/unit/pagefind-guard.test.ts`, `npm test` và `npm run bench:search`, rồi ghi {found} vào CHECKED_PAGEFIND_VERSION (src/integrations/pagefind-guard.ts) và package.json.',
  'search.build.noPagefindWorker':
    'Pagefind không ghi {file}, tệp mà trang tìm kiếm khởi động (Pagefind {checked} có tệp này). Xem docs/upgrading.md.',
  'search.dev.noIndex':
    'Chưa có chỉ mục tìm kiếm ({path}): chạy `npm run build:local` một lần để tìm kiếm hoạt động khi phát triển.',
} as const;
