// /van-ban-phong-trao/: the campaign's own documents, listed (a list that repeats other pages, so it
// stays out of the search index).
import { t } from '../../i18n/index.ts';
import { campaignDocumentsOf } from '../campaign-documents.ts';
import { loadSite } from '../site-data.ts';
import { campaignInText, sectionBase, type PageBase } from './shared.ts';

export async function campaignDocumentsPage() {
  const site = await loadSite();
  const { searchKind: _notIndexed, ...base } = await sectionBase(
    'campaignDocuments',
    t('forms.list.description', { campaign: campaignInText(site) }),
  );
  return {
    base: base satisfies PageBase,
    lead: t('forms.list.lead', { publisher: site.campaign.publisher }),
    documents: campaignDocumentsOf(site.letters),
  };
}
