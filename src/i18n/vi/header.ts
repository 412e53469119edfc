/** Strings of the header area (see ../index.ts). Keys are `header.…`. */
export const header = {
  /** The disclosure that holds the menu and the search box on a phone. */
  'header.menu': 'Danh mục',
  /** Read after the menu's name, before the current section (screen readers only). */
  'header.current': 'đang xem:',
  /** The menu's landmark name. */
  'header.navLabel': 'Mục chính',
  /** The search box searches every page of the site, not the page the reader is on. */
  'header.searchLabel': 'Tìm kiếm trong toàn bộ trang thông tin',
  'header.searchPlaceholder': 'Tìm văn bản, nội dung…',
  'header.searchButton': 'Tìm',
} as const;
