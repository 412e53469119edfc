import type { CollectionEntry } from 'astro:content';

type Role = CollectionEntry<'guidance'>['data']['role'];

/** How the page names each kind of responsibility. */
export const GUIDANCE_ROLE_LABELS: Readonly<Record<Role, string>> = {
  'chu-tri': 'Chủ trì',
  'thuc-hien': 'Thực hiện',
  'phoi-hop': 'Phối hợp',
  'yeu-cau-chung': 'Yêu cầu chung',
};
