import type { APIRoute, GetStaticPaths } from 'astro';
import { renderDocx } from '../../docx/document-docx.ts';
import { loadSite } from '../../site/site-data.ts';

// The Word copy of each campaign document, generated at build time in the form of its type.

export const getStaticPaths = (async () => {
  const { letters } = await loadSite();
  return letters.map((letter) => ({
    params: { name: letter.entry.data.route },
    props: { data: letter.entry.data, body: letter.entry.body ?? '' },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data, body } = props as { data: Parameters<typeof renderDocx>[0]; body: string };
  const bytes = await renderDocx(data, body);
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
