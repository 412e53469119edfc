import type { APIRoute, GetStaticPaths } from 'astro';
import { renderDocx } from '../../docx/document-docx.ts';
import { loadSite } from '../../site/site-data.ts';

// The Word copy of each campaign document, generated at build time in the form of its type.

export const getStaticPaths = (async () => {
  const { letters, campaign } = await loadSite();
  return letters.map((letter) => ({
    params: { name: letter.entry.data.route },
    props: {
      data: letter.entry.data,
      body: letter.entry.body ?? '',
      publisher: campaign.publisher,
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data, body, publisher } = props as {
    data: Parameters<typeof renderDocx>[0];
    body: string;
    publisher: string;
  };
  const bytes = await renderDocx(data, body, { publisher });
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
