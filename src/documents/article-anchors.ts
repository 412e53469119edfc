import { t } from '../i18n/index.ts';
import { placeId } from './anchor-ids.ts';
import {
  createAnchorer,
  LETTERED_POINT,
  uniqueIds,
  type BlockAnchor,
  type BlockKind,
} from './anchors.ts';

/**
 * Gives ids to the blocks of a text, knowing the articles of a Quyết định (NĐ 30 Phụ lục I II.6.đ):
 * "Điều 2." is `dieu-2`, a khoản "1." inside it `dieu-2-khoan-1`, a điểm "a)" inside that
 * `dieu-2-khoan-1-diem-a` (or `dieu-2-diem-a` straight under the article). Every other block, and every
 * block of a text without articles, gets the ids of {@link createAnchorer} (mục, ý, đoạn).
 */
export function createDocumentAnchorer(
  prefix = '',
): (kind: BlockKind, text: string) => BlockAnchor {
  // One id maker for the whole text: a repeated article number is numbered on (`dieu-1`,
  // `dieu-1-2`), and no article id can take one the fallback gave (mục, ý, đoạn, a heading's slug).
  const unique = uniqueIds(prefix);
  const fallback = createAnchorer(prefix, unique);
  let article: string | undefined;
  let clause: string | undefined;
  const articlePattern = new RegExp(`^${t('documents.word.article')}\\s+(\\d+)\\s*\\.`, 'u');
  const articleLabel = () => t('documents.anchor.article', { article: article! });
  const clauseLabel = () => t('documents.anchor.clause', { clause: clause! });
  return (kind, rawText) => {
    const text = rawText.trim();
    const articleMatch = articlePattern.exec(text);
    if (articleMatch?.[1] !== undefined) {
      article = articleMatch[1];
      clause = undefined;
      return { id: unique(placeId({ article })), label: articleLabel() };
    }
    if (article !== undefined && kind !== 'heading') {
      const clauseMatch = /^(\d+)\s*\.\s/.exec(text);
      if (clauseMatch?.[1] !== undefined) {
        clause = clauseMatch[1];
        return {
          id: unique(placeId({ article, clause })),
          label: t('documents.anchor.join', { outer: articleLabel(), inner: clauseLabel() }),
        };
      }
      const pointMatch = LETTERED_POINT.exec(text);
      if (pointMatch?.[1] !== undefined) {
        const letter = pointMatch[1];
        const point = t('documents.anchor.point', { point: letter });
        const outer =
          clause === undefined
            ? articleLabel()
            : t('documents.anchor.join', { outer: articleLabel(), inner: clauseLabel() });
        const label = t('documents.anchor.join', { outer, inner: point });
        return { id: unique(placeId({ article, clause, point: letter })), label };
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
