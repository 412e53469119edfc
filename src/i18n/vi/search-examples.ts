/** Queries the search page offers as examples: a code, a document, a phrase with and without accents. */
export const SEARCH_EXAMPLES: readonly string[] = [
  '34-CT/TW',
  'Chỉ thị 32',
  'cong van 1954',
  'chuyen doi so',
  'tiết kiệm, chống lãng phí',
  'Đảng bộ',
];
