import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCitedDocx } from '../../docx/document-docx.ts';
import { citedFormInput, type CitedFormInput } from '../../documents/document-form.ts';
import { loadSite } from '../../site/site-data.ts';

// The Word copy of each cited document whose text the site publishes, in the document's own form.

export const getStaticPaths = (async () => {
  const { documents } = await loadSite();
  return documents.flatMap(({ entry }) => {
    const doc = citedFormInput(entry.data);
    if (doc === undefined) return [];
    return [{ params: { slug: entry.id }, props: { doc, body: entry.body ?? '' } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { doc, body } = props as { doc: CitedFormInput; body: string };
  const bytes = await renderCitedDocx(doc, body);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
