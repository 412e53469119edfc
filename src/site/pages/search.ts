// /tim-kiem/: what the search page says the site holds, its example codes and example queries.
import { t } from '../../i18n/index.ts';
import { capitalised, listInSentence } from '../campaign.ts';
import { loadSite } from '../site-data.ts';
import { launchType, sectionContents } from './shared.ts';

/**
 * What the search page says the site holds, its example codes and example queries: from the
 * content (campaign.yaml `searchCodes`, `searchExamples`), else the cited documents' codes.
 */
export async function searchPage() {
  const site = await loadSite();
  const contents = sectionContents(site);
  const type = launchType(site);
  const identifiers = site.documents.flatMap((d) =>
    d.entry.data.identifier === null ? [] : [d.entry.data.identifier],
  );
  const codes = site.campaign.searchCodes ?? identifiers.slice(0, 2);
  const [first, second] = codes;
  const described = [
    t('search.part.letter', { type }),
    ...(contents.focusAreas ? [t('search.part.focusAreas')] : []),
    ...(contents.guidance ? [t('search.part.guidance')] : []),
    ...(contents.documents ? [t('search.part.documents')] : []),
  ];
  const held = [
    t('search.part.letterFull', { type }),
    ...(contents.focusAreas
      ? [t('search.part.focusAreasCount', { count: site.focusAreas.length })]
      : []),
    ...(contents.guidance ? [t('search.part.guidance')] : []),
    ...(contents.anniversaries ? [t('search.part.anniversaries')] : []),
    ...(contents.documents
      ? [t('search.part.documentsCount', { count: site.documents.length })]
      : []),
  ];
  return {
    description: t('search.page.description', { parts: listInSentence(described) }),
    hint: first === undefined ? t('search.form.hintPlain') : t('search.form.hint', { code: first }),
    codeTip:
      first === undefined
        ? t('search.empty.codePlain')
        : t('search.empty.code', {
            codes: second === undefined ? first : t('search.empty.or', { first, second }),
          }),
    help: t('search.help.text', { parts: capitalised(listInSentence(held)) }),
    examples: site.campaign.searchExamples ?? identifiers.slice(0, 3),
    hasDocuments: contents.documents,
  };
}
