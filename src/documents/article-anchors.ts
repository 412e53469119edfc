import { t } from '../i18n/index.ts';
import { createAnchorer, D_STROKE, type BlockAnchor, type BlockKind } from './anchors.ts';

/** Điểm letters in Vietnamese alphabet order; `đ` is spelled `dd` in an ASCII id. */
function pointId(letter: string): string {
  return letter === D_STROKE ? 'dd' : letter;
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
  const articlePattern = new RegExp(`^${t('documents.word.article')}\\s+(\\d+)\\s*\\.`, 'u');
  const pointPattern = new RegExp(`^([a-z${D_STROKE}])\\)\\s`, 'u');
  const articleLabel = () => t('documents.anchor.article', { article: article! });
  const clauseLabel = () => t('documents.anchor.clause', { clause: clause! });
  return (kind, rawText) => {
    const text = rawText.trim();
    const articleMatch = articlePattern.exec(text);
    if (articleMatch?.[1] !== undefined) {
      article = articleMatch[1];
      clause = undefined;
      return { id: unique(`dieu-${article}`), label: articleLabel() };
    }
    if (article !== undefined && kind !== 'heading') {
      const clauseMatch = /^(\d+)\s*\.\s/.exec(text);
      if (clauseMatch?.[1] !== undefined) {
        clause = clauseMatch[1];
        return {
          id: unique(`dieu-${article}-khoan-${clause}`),
          label: t('documents.anchor.join', { outer: articleLabel(), inner: clauseLabel() }),
        };
      }
      const pointMatch = pointPattern.exec(text);
      if (pointMatch?.[1] !== undefined) {
        const letter = pointMatch[1];
        const base = clause === undefined ? `dieu-${article}` : `dieu-${article}-khoan-${clause}`;
        const point = t('documents.anchor.point', { point: letter });
        const outer =
          clause === undefined
            ? articleLabel()
            : t('documents.anchor.join', { outer: articleLabel(), inner: clauseLabel() });
        const label = t('documents.anchor.join', { outer, inner: point });
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
