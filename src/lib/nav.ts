import { t } from '../i18n/index.ts';
import {
  ANNIVERSARIES_PATH,
  CAMPAIGN_DOCUMENTS_PATH,
  DOCUMENTS_PATH,
  FOCUS_AREAS_PATH,
  GUIDANCE_PATH,
  HOME_PATH,
  SEARCH_PATH,
} from './routes';

/** A navigation link with its state relative to the current page. */
export interface NavItem {
  href: string;
  label: string;
  /** `page` on the page itself, `true` inside its section, undefined elsewhere. */
  current: 'page' | 'true' | undefined;
}

/** The site's sections, in menu order (site-relative paths). */
export const SECTIONS: readonly { path: string; label: string }[] = [
  { path: HOME_PATH, label: 'Tổng quan' },
  { path: '/cong-van/', label: 'Công văn' },
  { path: CAMPAIGN_DOCUMENTS_PATH, label: t('forms.list.menu') },
  { path: FOCUS_AREAS_PATH, label: 'Nội dung thi đua' },
  { path: GUIDANCE_PATH, label: 'Tổ chức thực hiện' },
  { path: DOCUMENTS_PATH, label: 'Văn bản dẫn chiếu' },
  { path: ANNIVERSARIES_PATH, label: 'Các ngày kỷ niệm' },
  { path: SEARCH_PATH, label: 'Tìm kiếm' },
];

/** Marks which menu item is the current page or its section; paths are site-relative. */
export function navItems(currentPath: string, sections = SECTIONS): NavItem[] {
  return sections.map(({ path, label }) => {
    let current: NavItem['current'];
    if (currentPath === path) current = 'page';
    else if (path !== HOME_PATH && currentPath.startsWith(path)) current = 'true';
    return { href: path, label, current };
  });
}
