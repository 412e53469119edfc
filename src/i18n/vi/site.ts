/** Strings of the site shell: layout, navigation, footer, 404 page (see ../index.ts). Keys are `site.…`. */
export const site = {
  'site.lang': 'vi',
} as const;
