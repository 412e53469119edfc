/**
 * Abbreviations staff type in queries and find in documents, with what they stand for. Source:
 * shared/facts/vn-abbreviations.md (NĐ 30/2020/NĐ-CP Phụ lục III for document types, attested
 * citations for issuers). Search uses it both ways: "UBND tỉnh" also searches "ủy ban nhân dân
 * tỉnh", and "ủy ban nhân dân tỉnh" also searches "UBND tỉnh".
 *
 * - `long`: every meaning; an ambiguous abbreviation has several and a query searches them all.
 * - `inCode`: the meaning(s) when the letters stand inside a document code (34-CT/TW, QĐ-BCT),
 *   where the position fixes the sense: BCT is Bộ Công Thương in state codes but Bộ Chính trị in
 *   Party prose.
 * - `syllable`: the letters also spell a Vietnamese word ("tu"), so typed in lower case outside a
 *   code they are read as that word, not expanded.
 */
export interface Abbreviation {
  short: string;
  long: readonly string[];
  inCode?: readonly string[];
  syllable?: true;
}

export const abbreviations: readonly Abbreviation[] = [
  // Bodies (state).
  { short: 'UBND', long: ['ủy ban nhân dân'] },
  { short: 'HĐND', long: ['hội đồng nhân dân'] },
  { short: 'VPUBND', long: ['văn phòng ủy ban nhân dân'] },
  { short: 'SCT', long: ['sở công thương'] },
  { short: 'BCT', long: ['bộ chính trị', 'bộ công thương'], inCode: ['bộ công thương'] },
  { short: 'SNV', long: ['sở nội vụ'] },
  { short: 'BNV', long: ['bộ nội vụ'] },
  { short: 'BTC', long: ['bộ tài chính'] },
  { short: 'CP', long: ['chính phủ'] },
  { short: 'TTg', long: ['thủ tướng chính phủ', 'thủ tướng'] },
  { short: 'VPCP', long: ['văn phòng chính phủ'] },
  { short: 'QH', long: ['quốc hội'] },
  { short: 'HĐTĐKT', long: ['hội đồng thi đua khen thưởng'] },
  { short: 'BTĐKT', long: ['ban thi đua khen thưởng'] },
  { short: 'TĐKT', long: ['thi đua khen thưởng'] },
  { short: 'VP', long: ['văn phòng'] },
  { short: 'VT', long: ['văn thư'] },
  // Bodies (Party).
  { short: 'TW', long: ['trung ương'] },
  { short: 'TU', long: ['tỉnh ủy', 'thành ủy'], syllable: true },
  { short: 'HU', long: ['huyện ủy'], syllable: true },
  { short: 'ĐU', long: ['đảng ủy'] },
  { short: 'VPTW', long: ['văn phòng trung ương'] },
  { short: 'BTGTU', long: ['ban tuyên giáo tỉnh ủy'] },
  // Kinds of document (NĐ 30/2020 Phụ lục III; QĐ is also Quy định in Party codes).
  { short: 'CT', long: ['chỉ thị', 'chủ tịch'], inCode: ['chỉ thị'] },
  { short: 'CV', long: ['công văn'] },
  { short: 'NQ', long: ['nghị quyết'] },
  { short: 'NĐ', long: ['nghị định'] },
  { short: 'QĐ', long: ['quyết định', 'quy định'] },
  { short: 'KH', long: ['kế hoạch'] },
  { short: 'BC', long: ['báo cáo'] },
  { short: 'TB', long: ['thông báo'] },
  { short: 'HD', long: ['hướng dẫn'] },
  { short: 'TTr', long: ['tờ trình'] },
  { short: 'CTr', long: ['chương trình'] },
  { short: 'KL', long: ['kết luận'] },
  // Other abbreviations of thi đua texts (facts §5).
  { short: 'CBCNV', long: ['cán bộ công nhân viên'] },
  { short: 'SXKD', long: ['sản xuất kinh doanh'] },
];
