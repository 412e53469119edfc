import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Parses a whole HTML document with a spec-compliant parser. */
export function parseHtml(html: string): HtmlNode {
  return parse(html);
}

/** Whether a node is an element. */
export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** Every element under `root` (document order) that matches the predicate. */
export function findAll(root: HtmlNode, match: (el: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HtmlNode) => {
    if (isElement(node) && match(node)) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  walk(root);
  return found;
}

/** Every element with the given tag name. */
export function byTag(root: HtmlNode, tag: string): HtmlElement[] {
  return findAll(root, (el) => el.tagName === tag);
}

/** The first element matching the predicate, or undefined. */
export function find(root: HtmlNode, match: (el: HtmlElement) => boolean): HtmlElement | undefined {
  return findAll(root, match)[0];
}

/** An attribute's value, or undefined. */
export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** Whether the element's class list contains `name`. */
export function hasClass(el: HtmlElement, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** The text content under a node, white space collapsed. */
export function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style')) return;
    if ('childNodes' in n) for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The `<meta>` content for a name or property, or undefined. */
export function metaContent(doc: HtmlNode, key: string): string | undefined {
  const el = find(
    doc,
    (e) => e.tagName === 'meta' && (attr(e, 'name') === key || attr(e, 'property') === key),
  );
  return el ? attr(el, 'content') : undefined;
}
