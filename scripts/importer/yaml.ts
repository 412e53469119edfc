// The one YAML writer of the importer (front matter, campaign.yaml): the `yaml` package's Document,
// every string double-quoted (a date such as "2023-06-20" must never become a YAML date), keys plain,
// no line folding, and a comment after a value where the reviewer must look ("# suy ra …").
import { Document, isNode } from 'yaml';

/** YAML for `data`, keys in its order, with `comments` after the values of the keys they name. */
export function toYaml(data: unknown, comments: Readonly<Record<string, string>> = {}): string {
  const doc = new Document(withoutUndefined(data));
  for (const [path, comment] of Object.entries(comments)) {
    const node = doc.getIn(
      path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      true,
    );
    if (isNode(node)) node.comment = ` ${comment}`;
  }
  return doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

/** A content file: the front matter between `---` lines, then the body. */
export function contentFile(
  data: Record<string, unknown>,
  body: string,
  comments: Readonly<Record<string, string>> = {},
): string {
  return `---\n${toYaml(data, comments)}---\n\n${body.trim()}\n`;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}
