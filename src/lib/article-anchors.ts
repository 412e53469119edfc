import { createAnchorer, type BlockAnchor, type BlockKind } from './anchors';

/** Điểm letters in Vietnamese alphabet order; `đ` is spelled `dd` in an ASCII id. */
function pointId(letter: string): string {
  return letter === 'đ' ? 'dd' : letter;
}

/**
 * Gives ids to the blocks of a text, knowing the articles of a Quyết định (NĐ 30 Phụ lục I II.6.đ):
 * "Điều 2." is `dieu-2`, a khoản "1." inside it `dieu-2-khoan-1`, a điểm "a)" inside that
 * `dieu-2-khoan-1-diem-a` (or `dieu-2-diem-a` straight under the article). Every other block, and every
 * block of a text without articles, gets the ids of {@link createAnchorer} (mục, ý, đoạn).
 */
export function createDocumentAnchorer(
  prefix = '',
): (kind: BlockKind, text: string) => BlockAnchor {
  const fallback = createAnchorer(prefix);
  let article: string | undefined;
  let clause: string | undefined;
  // Article ids never collide with the fallback's (mục, ý, đoạn); a repeated article number is
  // numbered on: `dieu-1`, `dieu-1-2`.
  const seen = new Map<string, number>();
  const unique = (id: string) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? prefix + id : `${prefix}${id}-${count}`;
  };
  return (kind, rawText) => {
    const text = rawText.trim();
    const articleMatch = /^Điều\s+(\d+)\s*\./u.exec(text);
    if (articleMatch?.[1] !== undefined) {
      article = articleMatch[1];
      clause = undefined;
      return { id: unique(`dieu-${article}`), label: `Điều ${article}` };
    }
    if (article !== undefined && kind !== 'heading') {
      const clauseMatch = /^(\d+)\s*\.\s/.exec(text);
      if (clauseMatch?.[1] !== undefined) {
        clause = clauseMatch[1];
        return {
          id: unique(`dieu-${article}-khoan-${clause}`),
          label: `Điều ${article}, khoản ${clause}`,
        };
      }
      const pointMatch = /^([a-zđ])\)\s/u.exec(text);
      if (pointMatch?.[1] !== undefined) {
        const letter = pointMatch[1];
        const base = clause === undefined ? `dieu-${article}` : `dieu-${article}-khoan-${clause}`;
        const label =
          clause === undefined
            ? `Điều ${article}, điểm ${letter}`
            : `Điều ${article}, khoản ${clause}, điểm ${letter}`;
        return { id: unique(`${base}-diem-${pointId(letter)}`), label };
      }
    }
    return fallback(kind, rawText);
  };
}

/** The id of an attached table (Phụ lục) by its 1-based position: `phu-luc-1`. */
export function annexAnchor(annex: number): string {
  return `phu-luc-${annex}`;
}

/** The id of a row of an attached table, both 1-based: `phu-luc-1-dong-3`. */
export function annexRowAnchor(annex: number, row: number): string {
  return `${annexAnchor(annex)}-dong-${row}`;
}
