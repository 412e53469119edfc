import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import {
  rehypeAnchorsCitations,
  type AnchorsCitationsOptions,
} from '../../src/integrations/rehype-anchors-citations.ts';
import type { BlockAnchor } from '../../src/documents/anchors.ts';
import type { RecordedCitation } from '../../src/documents/citation-grammar.ts';
import { LETTER_ANCHOR_IDS } from '../support/letter-source.ts';

const targets = loadCitationTargets('content/documents');

const options: AnchorsCitationsOptions = {
  targets,
  hrefFor: (id) => `/base/van-ban/${id}/`,
  printUrlFor: (id) => `https://x.test/base/van-ban/${id}/`,
};

const LETTER_PATH = '/x/content/letter/cong-van.mdx';

interface Result {
  tree: Root;
  html: string;
  anchors: BlockAnchor[];
  citations: RecordedCitation[];
  frontmatter: Record<string, unknown>;
}

/** Runs the plugin on an HTML fragment as if it were the content file at `path`. */
function run(
  html: string,
  path = LETTER_PATH,
  pluginOptions = options,
  frontmatter?: Record<string, unknown>,
): Result {
  const tree = fromHtml(html, { fragment: true });
  const file: { path: string; data: { astro?: { frontmatter?: Record<string, unknown> } } } = {
    path,
    data: frontmatter === undefined ? {} : { astro: { frontmatter } },
  };
  rehypeAnchorsCitations(pluginOptions)(tree, file);
  const recorded = file.data.astro?.frontmatter ?? {};
  return {
    tree,
    html: toHtml(tree),
    anchors: recorded['anchors'] as BlockAnchor[],
    citations: recorded['citations'] as RecordedCitation[],
    frontmatter: recorded,
  };
}

/** The elements of a tree, depth first. */
function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [child, ...elements(child)] : [],
  );
}

/** The element with the given id. */
/** The element whose children hold `child`. */
function parentOf(tree: Root, child: Element): Element {
  const parent = elements(tree).find((el) => el.children.includes(child));
  if (!parent) throw new Error('no parent element');
  return parent;
}

function byId(tree: Root, id: string): Element {
  const found = elements(tree).find((el) => el.properties['id'] === id);
  if (found === undefined) throw new Error(`no element with id ${id}`);
  return found;
}

/** The citation links (`a.cite`) under a node. */
function citeLinks(node: Root | Element): Element[] {
  return elements(node).filter(
    (el) => el.tagName === 'a' && String(el.properties['className']).includes('cite'),
  );
}

/** The text of a node. */
function textOf(node: Root | Element): string {
  return node.children
    .map((child) =>
      child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '',
    )
    .join('');
}

const SAMPLE = [
  '<p>Năm 2023 là năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV.</p>',
  '<p><strong>1.</strong> Tiếp tục quán triệt, trọng tâm là Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.</p>',
  '<p><strong>2.</strong> Các nội dung trọng tâm sau:</p>',
  '<ul>\n<li>Phấn đấu hoàn thành chỉ tiêu.</li>\n<li>Thi đua tiết kiệm.</li>\n</ul>',
  '<h2>5. Tổ chức thực hiện theo Chỉ thị 34-CT/TW</h2>',
  '<p>a) Các phòng theo <a href="/khac/">Chỉ thị số 32-CT/TU</a> và Công văn số 1954/UBND-TH.</p>',
].join('\n');

describe('rehypeAnchorsCitations: ids and self-links', () => {
  const { tree, html, anchors } = run(SAMPLE);

  it('gives ids to paragraphs, list items and headings', () => {
    expect(anchors.map((a) => a.id)).toEqual([
      'doan-1',
      'muc-1',
      'muc-2',
      'muc-2-y-1',
      'muc-2-y-2',
      'muc-5',
      'muc-5-a',
    ]);
    expect(byId(tree, 'doan-1').tagName).toBe('p');
    expect(byId(tree, 'muc-1').tagName).toBe('p');
    expect(byId(tree, 'muc-2-y-2').tagName).toBe('li');
    expect(byId(tree, 'muc-5').tagName).toBe('h2');
    expect(html).toContain('<li id="muc-2-y-1">');
    expect(html).toContain('<h2 id="muc-5">');
  });

  it('appends to each block a self-link that holds no text and is named by its aria-label', () => {
    const block = byId(tree, 'muc-1');
    const link = block.children.at(-1) as Element;
    expect(link.tagName).toBe('a');
    expect(link.properties['href']).toBe('#muc-1');
    expect(link.properties['className']).toEqual(['self-link']);
    expect(link.properties['ariaLabel']).toBe('Liên kết đến mục 1');
    // Its "#" is CSS: a copy of the block gives the block's words and nothing after them.
    expect(link.children).toEqual([]);
    expect(textOf(block).endsWith('của Bộ Chính trị.')).toBe(true);
    expect(html).toContain('aria-label="Liên kết đến mục 2, ý 1"');
    expect(html).toContain('aria-label="Liên kết đến mục 5, điểm a"');
    expect(html).toContain('aria-label="Liên kết đến đoạn 1"');
    expect(html).not.toContain('visually-hidden');
  });

  it("writes a document's dash before each of its list items as text, as the .docx does", () => {
    expect(textOf(byId(tree, 'muc-2-y-1'))).toBe('- Phấn đấu hoàn thành chỉ tiêu.');
    expect(textOf(byId(tree, 'muc-2-y-2'))).toBe('- Thi đua tiết kiệm.');
    const list = '<ul>\n<li><p>Ý thứ nhất.</p></li>\n</ul>';
    const cited = '/x/content/documents/chi-thi-27-ct-tu.mdx';
    expect(run(list, cited, options, { text: {} }).html).toContain('<p>- Ý thứ nhất.');
    // A page's own list (a cited document without its text, a focus area) is not a document's text.
    expect(run(list, cited).html).toContain('<p>Ý thứ nhất.');
    expect(run(list, '/x/content/focus-areas/a.mdx').html).toContain('<p>Ý thứ nhất.');
  });

  it("gives the site's note on a cited document ids but no self-link named like the letter's", () => {
    const note = run(
      '<h2>Ghi chú</h2><p>Văn bản này khác với văn bản cùng số.</p>',
      '/x/content/documents/chi-thi-34-ct-tw.mdx',
    );
    expect(note.anchors.map((a) => a.id)).toEqual(['ghi-chu', 'doan-1']);
    expect(note.html).toBe(
      '<h2 id="ghi-chu">Ghi chú</h2><p id="doan-1">Văn bản này khác với văn bản cùng số.</p>',
    );
  });

  it('gives every block exactly one self-link, pointing to itself', () => {
    for (const { id } of anchors) {
      const block = byId(tree, id);
      // A heading's link to itself sits beside it, in a wrapper; not inside the heading.
      const heading = /^h[1-6]$/.test(block.tagName);
      if (heading)
        expect(
          elements(block).some((el) => el.tagName === 'a'),
          id,
        ).toBe(false);
      const host = heading ? parentOf(tree, block) : block;
      if (heading) expect(host.properties['className'], id).toEqual(['heading-wrapper']);
      const selfLinks = elements(host).filter(
        (el) => String(el.properties['className']) === 'self-link',
      );
      expect(
        selfLinks.map((el) => el.properties['href']),
        id,
      ).toEqual([`#${id}`]);
    }
  });

  it('records the anchors with their labels', () => {
    expect(anchors[3]).toEqual({ id: 'muc-2-y-1', label: 'mục 2, ý 1' });
    expect(anchors[5]).toEqual({ id: 'muc-5', label: 'mục 5' });
  });
});

describe('rehypeAnchorsCitations: print addresses stay out of quotations', () => {
  const page = '/x/content/documents/nghi-quyet-dai-hoi-xiv.mdx';
  const printUrl = (a: Element) => a.properties['dataPrintUrl'];

  it("gives a mention in the site's own words its address to print", () => {
    const { tree } = run('<p>Xem Chỉ thị số 34-CT/TW ngày 07/4/2014.</p>', page);
    expect(citeLinks(tree).map(printUrl)).toEqual([
      'https://x.test/base/van-ban/chi-thi-34-ct-tw/',
    ]);
  });

  it('gives none to a mention inside “…”, even when the quotation spans other elements', () => {
    const { tree } = run(
      '<p>Mục 3 ghi: “Tiếp tục <em>đổi mới</em> theo Chỉ thị số 34-CT/TW”, và Chỉ thị số 32-CT/TU.</p>',
      page,
    );
    expect(citeLinks(tree).map((a) => [textOf(a), printUrl(a)])).toEqual([
      ['Chỉ thị số 34-CT/TW', undefined],
      ['Chỉ thị số 32-CT/TU', 'https://x.test/base/van-ban/chi-thi-32-ct-tu/'],
    ]);
  });

  it('gives none inside a quotation block, nor in a text that quotes a place of the letter', () => {
    const quoted = run('<blockquote><p>Theo Chỉ thị số 34-CT/TW.</p></blockquote>', page);
    expect(citeLinks(quoted.tree).map(printUrl)).toEqual([undefined]);
    const guidance = run('<p>Theo Chỉ thị số 34-CT/TW.</p>', '/x/content/guidance/a.mdx', options, {
      letterAnchor: 'muc-3',
    });
    expect(citeLinks(guidance.tree).map(printUrl)).toEqual([undefined]);
  });
});

describe('rehypeAnchorsCitations: citation links', () => {
  const { tree, html, citations } = run(SAMPLE);

  it('links a mention to the document page, with data-cites, and no print URL in the letter', () => {
    const links = citeLinks(byId(tree, 'muc-1'));
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(link.properties).toMatchObject({
      href: '/base/van-ban/chi-thi-34-ct-tw/',
      className: ['cite'],
      dataCites: 'chi-thi-34-ct-tw',
    });
    // The letter is verbatim: on paper it carries its own words and nothing else.
    expect(link.properties['dataPrintUrl']).toBeUndefined();
    expect(textOf(link)).toBe('Chỉ thị số 34-CT/TW');
    const serialised = toHtml(link);
    expect(serialised).toContain(' data-cites="chi-thi-34-ct-tw"');
    expect(serialised).not.toContain('data-print-url');
    expect(textOf(byId(tree, 'muc-1'))).toContain(
      'trọng tâm là Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.',
    );
  });

  it('links an alias mention', () => {
    const links = citeLinks(byId(tree, 'doan-1'));
    expect(links.map((a) => [a.properties['dataCites'], textOf(a)])).toEqual([
      ['nghi-quyet-dai-hoi-xiv', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV'],
    ]);
  });

  it('does not link inside an existing link, but links the rest of the block', () => {
    const block = byId(tree, 'muc-5-a');
    expect(html).toContain('<a href="/khac/">Chỉ thị số 32-CT/TU</a>');
    expect(citeLinks(block).map((a) => a.properties['dataCites'])).toEqual([
      'cong-van-1954-ubnd-th',
    ]);
  });

  it('does not link inside a heading', () => {
    expect(citeLinks(byId(tree, 'muc-5'))).toEqual([]);
    expect(textOf(byId(tree, 'muc-5'))).toMatch(/^5\. Tổ chức thực hiện theo Chỉ thị 34-CT\/TW/);
  });

  it('adds no citation link outside the blocks that mention a document', () => {
    expect(citeLinks(tree)).toHaveLength(3);
  });

  it('records each citation with its anchor, label, target and an excerpt containing the mention', () => {
    const byTarget = (id: string) => citations.filter((c) => c.targetId === id);
    expect(byTarget('chi-thi-34-ct-tw').map((c) => [c.anchor, c.label])).toEqual([
      ['muc-1', 'mục 1'],
      ['muc-5', 'mục 5'],
    ]);
    expect(byTarget('chi-thi-34-ct-tw')[0]?.excerpt).toContain('Chỉ thị số 34-CT/TW');
    expect(byTarget('nghi-quyet-dai-hoi-xiv')).toEqual([
      {
        anchor: 'doan-1',
        label: 'đoạn 1',
        targetId: 'nghi-quyet-dai-hoi-xiv',
        excerpt: 'Năm 2023 là năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV.',
      },
    ]);
    expect(byTarget('cong-van-1954-ubnd-th').map((c) => c.anchor)).toEqual(['muc-5-a']);
    expect(citations.map((c) => c.excerpt).join(' ')).not.toContain('Liên kết đến');
  });

  it('records a mention inside an existing link as a citation', () => {
    expect(citations.filter((c) => c.targetId === 'chi-thi-32-ct-tu').map((c) => c.anchor)).toEqual(
      ['muc-5-a'],
    );
  });
});

describe('rehypeAnchorsCitations: details', () => {
  it('never cuts at the punctuation inside “…”: the quotation is kept, cut at a word around it', () => {
    const filler = 'thi đua khen thưởng '.repeat(12);
    const theme = '“Thi đua đổi mới, sáng tạo; theo Chỉ thị số 34-CT/TW, lập thành tích”';
    const text = `${filler}với chủ đề ${theme} ${filler}`;
    const excerpt = run(`<p>${text}</p>`).citations[0]?.excerpt ?? '';
    expect(excerpt).toContain(theme);
    const quoted = excerpt.replace(/^…/, '').replace(/…$/, '');
    expect(` ${text} `).toContain(` ${quoted} `);
  });

  it('cuts a long excerpt around the mention with ellipses', () => {
    const filler = 'thi đua khen thưởng '.repeat(20);
    const { citations } = run(
      `<p>${filler}theo Công văn số 1954/UBND-TH ngày 30/5/2023 ${filler}</p>`,
    );
    const excerpt = citations[0]?.excerpt ?? '';
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('Công văn số 1954/UBND-TH');
    expect(excerpt.length).toBeLessThan(220);
  });

  it('links a mention split by a line break and inside inline formatting', () => {
    const { tree } = run('<p>Theo Chỉ thị\nsố 34-CT/TW và <em>Chỉ thị số 32-CT/TU</em>.</p>');
    expect(citeLinks(tree).map((a) => [a.properties['dataCites'], textOf(a)])).toEqual([
      ['chi-thi-34-ct-tw', 'Chỉ thị\nsố 34-CT/TW'],
      ['chi-thi-32-ct-tu', 'Chỉ thị số 32-CT/TU'],
    ]);
  });

  it('does not link inside code', () => {
    const { tree } = run('<p>Viết <code>34-CT/TW</code> như sau.</p>');
    expect(citeLinks(tree)).toEqual([]);
  });

  it('omits data-print-url when there is no printUrlFor', () => {
    const { html } = run('<p>Theo 34-CT/TW.</p>', LETTER_PATH, {
      targets,
      hrefFor: (id) => `/${id}/`,
    });
    expect(html).toContain(
      '<a href="/chi-thi-34-ct-tw/" class="cite" data-cites="chi-thi-34-ct-tw">34-CT/TW</a>',
    );
    expect(html).not.toContain('data-print-url');
  });

  it('puts the self-link of a list item with paragraphs inside its last paragraph', () => {
    const { tree } = run('<ul><li><p>Một</p><p>Hai</p></li></ul>');
    const item = byId(tree, 'y-1');
    const last = item.children.filter((c): c is Element => c.type === 'element').at(-1)!;
    expect(last.tagName).toBe('p');
    expect((last.children.at(-1) as Element).properties['href']).toBe('#y-1');
  });

  it('walks into blockquotes and sections, and skips empty blocks', () => {
    const { anchors } = run(
      '<blockquote><p>Trích dẫn.</p></blockquote><p> </p><section><p>Tiếp.</p></section>',
    );
    expect(anchors.map((a) => a.id)).toEqual(['doan-1', 'doan-2']);
  });

  it('keeps the front matter already there', () => {
    const { frontmatter } = run('<p>Một.</p>', LETTER_PATH, options, { title: 'Tiêu đề' });
    expect(frontmatter['title']).toBe('Tiêu đề');
    expect(frontmatter['anchors']).toEqual([{ id: 'doan-1', label: 'đoạn 1' }]);
    expect(frontmatter['citations']).toEqual([]);
  });
});

describe('rehypeAnchorsCitations: per-file behaviour', () => {
  it('does not link a document to itself, but links the others', () => {
    const { tree, citations } = run(
      '<p>Chỉ thị số 34-CT/TW và Chỉ thị số 32-CT/TU.</p>',
      '/x/content/documents/chi-thi-34-ct-tw.mdx',
    );
    expect(citeLinks(tree).map((a) => a.properties['dataCites'])).toEqual(['chi-thi-32-ct-tu']);
    expect(citations.map((c) => c.targetId)).toEqual(['chi-thi-32-ct-tu']);
  });

  it('recognises a document file by its Windows path too', () => {
    const { tree } = run(
      '<p>Theo 34-CT/TW.</p>',
      'C:\\x\\content\\documents\\chi-thi-34-ct-tw.mdx',
    );
    expect(citeLinks(tree)).toEqual([]);
  });

  it('links the document from another collection', () => {
    const { tree } = run('<p>Theo 34-CT/TW.</p>', '/x/content/guidance/doi-moi.mdx');
    expect(citeLinks(tree)).toHaveLength(1);
  });

  it('prefixes ids with idPrefixFor, in the self-links and the recorded anchors too', () => {
    const idPrefixFor = (path: string) => {
      const match = /content[\\/]guidance[\\/]([^\\/]+)\.mdx?$/.exec(path);
      return match ? `${match[1]}-` : '';
    };
    const { tree, anchors, citations } = run(
      '<p>Theo Chỉ thị số 34-CT/TW.</p><p>Hai.</p>',
      '/x/content/guidance/van-phong-so.mdx',
      { ...options, idPrefixFor },
    );
    expect(anchors.map((a) => a.id)).toEqual(['van-phong-so-doan-1', 'van-phong-so-doan-2']);
    expect(byId(tree, 'van-phong-so-doan-1').tagName).toBe('p');
    expect(toHtml(tree)).toContain('href="#van-phong-so-doan-2"');
    expect(citations[0]?.anchor).toBe('van-phong-so-doan-1');
    expect(run('<p>Một.</p>', LETTER_PATH, { ...options, idPrefixFor }).anchors[0]?.id).toBe(
      'doan-1',
    );
  });
});

describe('rehypeAnchorsCitations on the real launch letter', async () => {
  const source = readFileSync('content/letter/cong-van.mdx', 'utf8');
  const { content } = parseFrontmatter(source);
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false,
    rehypePlugins: [[rehypeAnchorsCitations, options]],
  });
  const result = await processor.render(content, {
    fileURL: pathToFileURL('/x/content/letter/cong-van.mdx'),
    frontmatter: {},
  });
  const anchors = result.metadata.frontmatter['anchors'] as BlockAnchor[];
  const citations = result.metadata.frontmatter['citations'] as RecordedCitation[];

  it('gives the anchors the focus areas, guidance and milestones point to', () => {
    expect(anchors.map((a) => a.id)).toEqual(LETTER_ANCHOR_IDS);
  });

  it('records the citations of the letter where it makes them', () => {
    expect(citations.map((c) => [c.anchor, c.targetId])).toEqual([
      ['doan-1', 'nghi-quyet-dai-hoi-xiv'],
      ['doan-2', 'cong-van-1954-ubnd-th'],
      ['muc-1', 'chi-thi-34-ct-tw'],
      ['muc-3', 'chi-thi-34-ct-tw'],
      ['muc-3', 'chi-thi-32-ct-tu'],
    ]);
  });

  it('quotes each place that cites a document from a sentence or clause edge, never mid-word', () => {
    const words = (result.code.replace(/<[^>]+>/g, '') as string).replace(/\s+/g, ' ');
    for (const { excerpt, anchor } of citations) {
      const quoted = excerpt.replace(/^…/, '').replace(/ ?…$/, '');
      const at = words.indexOf(quoted);
      expect(at, `${anchor}: ${excerpt}`).toBeGreaterThanOrEqual(0);
      // Whole words only: a space, or the block's edge, on either side of the quotation.
      expect(words[at - 1] ?? ' ', `${anchor}: starts mid-word`).toMatch(/\s|>/);
      expect(words[at + quoted.length] ?? ' ', `${anchor}: ends mid-word`).toMatch(/\s/);
    }
    expect(citations.map((c) => c.excerpt)).toEqual([
      'Năm 2023 là năm rất quan trọng trong việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025; …',
      'Để thiết thực lập thành tích chào mừng kỷ niệm các sự kiện của tỉnh theo phát động của UBND tỉnh tại Công văn số 1954/UBND-TH ngày 30/5/2023, …',
      '…trọng tâm là Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua khen thưởng. …',
      ...[1, 2].map(
        () =>
          '…Tiếp tục đổi mới công tác thi đua, khen thưởng theo tinh thần Chỉ thị số 34-CT/TW ngày 07 tháng 4 năm 2014 của Bộ Chính trị (khoá XI) và Chỉ thị số 32-CT/TU ngày 26/6/2014 của Tỉnh uỷ “Về tiếp tục đổi mới công tác thi đua, khen thưởng”; …',
      ),
    ]);
  });

  it('renders a citation link in mục 3, with no address to print into the verbatim text', () => {
    expect(result.code).toContain(
      '<a href="/base/van-ban/chi-thi-32-ct-tu/" class="cite" data-cites="chi-thi-32-ct-tu">Chỉ thị số 32-CT/TU</a>',
    );
    expect(result.code).toMatch(/<p id="muc-3"><strong>3\.<\/strong> Tiếp tục đổi mới/);
  });
});
