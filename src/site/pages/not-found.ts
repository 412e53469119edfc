// /404.html: the site's own page for an unknown address, offering the sections that exist.
import { t } from '../../i18n/index.ts';
import { loadSite } from '../site-data.ts';
import { sectionContents } from './shared.ts';

export async function notFoundPage() {
  const site = await loadSite();
  return {
    lead: t('site.notFound.lead'),
    contents: sectionContents(site),
  };
}
