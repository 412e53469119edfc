import { t } from '../i18n/index.ts';
import {
  ANNIVERSARIES_PATH,
  CAMPAIGN_DOCUMENTS_PATH,
  DOCUMENTS_PATH,
  FOCUS_AREAS_PATH,
  GUIDANCE_PATH,
  HOME_PATH,
  SEARCH_PATH,
} from './routes.ts';

/** The site's sections; each has one name (menu, heading, breadcrumb, search filter). */
export type SectionId =
  | 'home'
  | 'letter'
  | 'campaignDocuments'
  | 'focusAreas'
  | 'guidance'
  | 'documents'
  | 'anniversaries'
  | 'search';

/** A section of the site: its id, site-relative path and name. */
export interface Section {
  id: SectionId;
  path: string;
  label: string;
}

/** A navigation link with its state relative to the current page. */
export interface NavItem {
  href: string;
  label: string;
  /** `page` on the page itself, `true` inside its section, undefined elsewhere. */
  current: 'page' | 'true' | undefined;
}

/** The sections named by the dictionary (the launch document's is named by its type). */
export type NamedSectionId = Exclude<SectionId, 'letter'>;

/** The sections that exist only when the content has something to put in them. */
export type OptionalSectionId =
  'campaignDocuments' | 'focusAreas' | 'guidance' | 'documents' | 'anniversaries';

/** Which optional sections have something in them (see pages/shared.ts `sectionContents`). */
export type SectionContents = Record<OptionalSectionId, boolean>;

/** The launch document as the menu names it: its page and its type (`Công văn`, `Kế hoạch`…). */
export interface LaunchSection {
  path: string;
  type: string;
}

/** The name of a section, as the menu, its heading, its breadcrumb and the search filter give it. */
export function sectionName(id: NamedSectionId): string {
  return t(`site.section.${id}`);
}

/**
 * The site's sections, in menu order, leaving out those with nothing in them; the launch document's
 * path and type come from the content (`campaign.launchLetter`), so no page hard-codes them.
 */
export function siteSections(launch: LaunchSection, contents: SectionContents): Section[] {
  const paths: [NamedSectionId, string][] = [
    ['home', HOME_PATH],
    ['campaignDocuments', CAMPAIGN_DOCUMENTS_PATH],
    ['focusAreas', FOCUS_AREAS_PATH],
    ['guidance', GUIDANCE_PATH],
    ['documents', DOCUMENTS_PATH],
    ['anniversaries', ANNIVERSARIES_PATH],
    ['search', SEARCH_PATH],
  ];
  const sections: Section[] = paths
    .filter(([id]) => !(id in contents) || contents[id as OptionalSectionId])
    .map(([id, path]) => ({ id, path, label: sectionName(id) }));
  sections.splice(1, 0, { id: 'letter', path: launch.path, label: launch.type });
  return sections;
}

/** Marks which menu item is the current page or its section; paths are site-relative. */
export function navItems(
  currentPath: string,
  sections: readonly Pick<Section, 'path' | 'label'>[],
): NavItem[] {
  return sections.map(({ path, label }) => {
    let current: NavItem['current'];
    if (currentPath === path) current = 'page';
    else if (path !== HOME_PATH && currentPath.startsWith(path)) current = 'true';
    return { href: path, label, current };
  });
}

/** One step of a breadcrumb trail; the current page is last and has no href. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The breadcrumbs of a page: the overview, the page's section (if it is inside one), the page. */
export function breadcrumbs(label: string, section?: Pick<Section, 'path' | 'label'>): Crumb[] {
  return [
    { label: sectionName('home'), href: HOME_PATH },
    ...(section === undefined ? [] : [{ label: section.label, href: section.path }]),
    { label },
  ];
}
