import type { APIRoute, GetStaticPaths } from 'astro';
import { DOCX_TYPE, docxPaths, letterDocx } from '../../site/pages/feed.ts';
import type { RenderedEntry } from '../../site/site-data.ts';

// The Word copy of each campaign document, generated at build time in the form of its type.

export const getStaticPaths = docxPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { letter, publisher } = props as { letter: RenderedEntry<'letters'>; publisher: string };
  const bytes = await letterDocx(letter, publisher);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': DOCX_TYPE } });
};
