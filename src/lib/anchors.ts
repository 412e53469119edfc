import { slugify } from './text';

/** The kind of block the anchor walker sees, in document order. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

/** A block's stable id and the words a reader uses for it ("mục 2, ý 3"). */
export interface BlockAnchor {
  id: string;
  label: string;
}

/**
 * Gives ids to the blocks of an administrative text, in order: a numbered section `N.` is `muc-N`,
 * a lettered point `a)` is `muc-N-a`, a bullet is `muc-N-y-K`, another paragraph `doan-K`,
 * another heading the slug of its words. The same text always gives the same ids.
 */
export function createAnchorer(prefix = ''): (kind: BlockKind, text: string) => BlockAnchor {
  let section: string | undefined;
  let bullet = 0;
  let paragraph = 0;
  const used = new Set<string>();
  const unique = (id: string) => {
    let candidate = prefix + id;
    for (let n = 2; used.has(candidate); n++) candidate = `${prefix}${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  return (kind, rawText) => {
    const text = rawText.trim();
    const numbered = /^(\d+)\s*[.)]\s/.exec(text);
    if (kind !== 'list-item' && numbered?.[1] !== undefined) {
      section = numbered[1];
      bullet = 0;
      return { id: unique(`muc-${section}`), label: `mục ${section}` };
    }
    const lettered = /^([a-zđ])\)\s/.exec(text);
    if (kind === 'paragraph' && lettered?.[1] !== undefined) {
      const letter = lettered[1] === 'đ' ? 'dd' : lettered[1];
      const id = section === undefined ? `diem-${letter}` : `muc-${section}-${letter}`;
      const label =
        section === undefined ? `điểm ${lettered[1]}` : `mục ${section}, điểm ${lettered[1]}`;
      return { id: unique(id), label };
    }
    if (kind === 'list-item') {
      bullet += 1;
      const id = section === undefined ? `y-${bullet}` : `muc-${section}-y-${bullet}`;
      const label = section === undefined ? `ý ${bullet}` : `mục ${section}, ý ${bullet}`;
      return { id: unique(id), label };
    }
    if (kind === 'heading') {
      return { id: unique(slugify(text) || 'phan'), label: text };
    }
    paragraph += 1;
    return { id: unique(`doan-${paragraph}`), label: `đoạn ${paragraph}` };
  };
}
