// /ky-niem/: the anniversaries the campaign celebrates, in date order.
import { t } from '../../i18n/index.ts';
import { formatFieldDate, isoDate } from '../../documents/dates.ts';
import { countInWords, listInSentence } from '../campaign.ts';
import { loadSite } from '../site-data.ts';
import { anniversaryItems } from '../timelines.ts';
import { campaignInText, sectionBase } from './shared.ts';

export async function anniversariesPage() {
  const site = await loadSite();
  const { campaign, anniversaries } = site;
  return {
    base: await sectionBase(
      'anniversaries',
      campaign.anniversariesDescription ??
        t('pages.anniversaries.description', {
          campaign: campaignInText(site),
          // "… và 20 năm chia tách, thành lập tỉnh": a title may hold a comma of its own.
          titles: listInSentence(anniversaries.map((a) => a.title)),
        }),
    ),
    lead:
      campaign.anniversariesLead ??
      t('pages.anniversaries.lead', { count: countInWords(anniversaries.length) }),
    items: site.anniversaries.map((a) => ({
      ...anniversaryItems([a])[0]!,
      id: a.id,
      event: a.event,
      eventDate: { text: formatFieldDate(a.eventDate), datetime: isoDate(a.eventDate) },
      sources: a.sources,
    })),
  };
}
