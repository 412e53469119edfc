// What the layout shows around every page: the full title, the menu, the publisher and its details.
import { t } from '../../i18n/index.ts';
import { siteName } from '../campaign.ts';
import { navItems, type NavItem } from '../nav.ts';
import { HOME_PATH } from '../routes.ts';
import { loadSite, type SiteData } from '../site-data.ts';
import { launchType, sectionsOf } from './shared.ts';

/** What the layout shows around every page: titles, menu, publisher. */
export interface ShellData {
  fullTitle: string;
  siteName: string;
  publisher: string;
  /** The publisher's details for the footer, in display order; empty when content/ gives none. */
  publisherContact: { label: string; value: string; href?: string | undefined }[];
  /** The footer's sentence on how the launch document is shown. */
  footerNote: string;
  /** The archive of the department's campaigns that content/ names, which the footer links to. */
  archive: { name: string; url: string } | undefined;
  shortName: string;
  nav: NavItem[];
}

/** The shell of the page at `path` with the page's own `title`. */
export async function shellData(title: string, path: string): Promise<ShellData> {
  const site = await loadSite();
  const { campaign } = site;
  const name = siteName(campaign);
  return {
    fullTitle:
      path === HOME_PATH
        ? t('site.title.home', { title, publisher: campaign.publisher })
        : t('site.title.page', { title, siteName: name }),
    siteName: name,
    publisher: campaign.publisher,
    publisherContact: contactRows(campaign.publisherContact),
    footerNote: t('site.footer.note', { type: launchType(site) }),
    archive: campaign.archive,
    shortName: campaign.shortName,
    nav: navItems(path, sectionsOf(site)),
  };
}

/** The publisher's details that content/ gives, labelled, in the order portals show them. */
function contactRows(
  contact: SiteData['campaign']['publisherContact'],
): ShellData['publisherContact'] {
  if (contact === undefined) return [];
  const rows: ShellData['publisherContact'] = [];
  if (contact.address) rows.push({ label: t('site.footer.address'), value: contact.address });
  if (contact.telephone)
    rows.push({
      label: t('site.footer.telephone'),
      value: contact.telephone,
      href: `tel:${contact.telephone.replace(/[^\d+]/g, '')}`,
    });
  if (contact.email)
    rows.push({
      label: t('site.footer.email'),
      value: contact.email,
      href: `mailto:${contact.email}`,
    });
  if (contact.responsible)
    rows.push({ label: t('site.footer.responsible'), value: contact.responsible });
  return rows;
}
