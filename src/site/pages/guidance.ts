// /to-chuc-thuc-hien/: who does what, each item quoting its place of the launch document, and the
// milestones.
import { t, tAround } from '../../i18n/index.ts';
import { formatDate } from '../../documents/dates.ts';
import { campaignDocumentsOf } from '../campaign-documents.ts';
import { loadSite } from '../site-data.ts';
import {
  campaignInText,
  campaignMilestones,
  launchType,
  letterPlaceLink,
  placesOf,
  sectionBase,
} from './shared.ts';

export async function guidancePage() {
  const site = await loadSite();
  const { launchLetter } = site;
  const type = launchType(site);
  const milestones = campaignMilestones(site, campaignDocumentsOf(site.letters));
  return {
    base: await sectionBase(
      'guidance',
      t(
        milestones.length > 0
          ? 'pages.guidance.description'
          : 'pages.guidance.descriptionNoMilestones',
        { campaign: campaignInText(site), type },
      ),
    ),
    lead: tAround('pages.guidance.lead', 'link', {
      places: placesOf(site.guidance.map((g) => g.entry.data.letterAnchor)),
      type,
    }),
    letterLink: { href: launchLetter.path, label: type },
    items: site.guidance.map((g) => {
      const data = g.entry.data;
      const anchor = launchLetter.anchors.find((a) => a.id === data.letterAnchor)!;
      return {
        id: g.entry.id,
        headingId: `${g.entry.id}-tieu-de`,
        where: t('pages.guidance.where', {
          role: t(`pages.guidance.role.${data.role}`),
          label: anchor.label,
          type,
        }),
        heading:
          data.actor === undefined
            ? data.title
            : // After the colon the title goes on in lower case, as a sentence does.
              t('pages.guidance.item', {
                actor: data.actor,
                title: data.title.charAt(0).toLocaleLowerCase('vi') + data.title.slice(1),
              }),
        Content: g.rendered.Content,
        deadline:
          data.deadline && t('pages.guidance.deadline', { date: formatDate(data.deadline) }),
        letterLink: letterPlaceLink(launchLetter, data.letterAnchor),
      };
    }),
    milestones,
  };
}
