import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// Reads what a code file imports with TypeScript's own parser, not with regexes: every form of
// import the project could use is a node of the syntax tree, so a new way of writing one (a
// template-literal `import()`, a `require` made by `createRequire`) cannot slip past a pattern.

/** Every extension a code file of the project may have. */
export const CODE_FILE = /\.(?:js|jsx|ts|tsx|mjs|cjs|mts|cts|astro)$/;

/** The code files under a folder (fixtures aside: they are data), as `/`-separated paths. */
export function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name).replace(/\\/g, '/');
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : codeFiles(path);
    return CODE_FILE.test(entry.name) ? [path] : [];
  });
}

/** One import written in a code file. */
export interface ImportSite {
  /** The module named, as written; undefined when it is computed at run time (`import(url)`). */
  specifier: string | undefined;
  /** `import type`, `export type … from`, `import('…').T`: erased, never loaded. */
  typeOnly: boolean;
  /** The line (from 1) where it is written. */
  line: number;
}

/**
 * The code of an .astro file at the offsets it has in the file: its front matter and every
 * `<script>`, the rest (markup, styles, HTML comments) blanked out, new lines kept.
 */
function astroCode(text: string): string {
  const blank = (part: string): string => part.replace(/[^\n]/g, ' ');
  const uncommented = text.replace(/<!--[\s\S]*?-->/g, blank);
  const keep: [number, number][] = [];
  const frontMatter = /^(\s*---\r?\n)([\s\S]*?)\r?\n---/.exec(uncommented);
  if (frontMatter !== null)
    keep.push([frontMatter[1]!.length, frontMatter[1]!.length + frontMatter[2]!.length]);
  for (const script of uncommented.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const start = script.index + script[1]!.length;
    keep.push([start, start + script[2]!.length]);
  }
  let code = '';
  let at = 0;
  for (const [start, end] of keep) {
    code += blank(uncommented.slice(at, start)) + uncommented.slice(start, end);
    at = end;
  }
  return code + blank(uncommented.slice(at));
}

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  js: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
  tsx: ts.ScriptKind.TSX,
};

/** The module a call's argument names: its text when written as a literal, else undefined. */
function literal(node: ts.Node | undefined): string | undefined {
  return node !== undefined &&
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : undefined;
}

/** Whether an expression is a call of `createRequire` (`createRequire(import.meta.url)`, `module.createRequire(…)`). */
function isCreateRequire(node: ts.Expression): boolean {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  return (
    (ts.isIdentifier(callee) && callee.text === 'createRequire') ||
    (ts.isPropertyAccessExpression(callee) && callee.name.text === 'createRequire')
  );
}

/**
 * Every import written in a code file: static and type-only imports, `export … from`, `import()`
 * (string or template literal, or computed), `import('…')` types, `import x = require()`,
 * `require()` and `require.resolve()`, including a `require` made by `createRequire`. Comments
 * are not code, and in an .astro file only the front matter and the scripts are.
 */
export function importsIn(path: string, text: string): ImportSite[] {
  const extension = /\.([a-z]+)$/.exec(path)?.[1] ?? 'ts';
  const source = ts.createSourceFile(
    path,
    extension === 'astro' ? astroCode(text) : text,
    ts.ScriptTarget.Latest,
    true,
    SCRIPT_KINDS[extension] ?? ts.ScriptKind.TS,
  );
  // The names a module loader is bound to: `require`, and any `const r = createRequire(…)`.
  const loaders = new Set(['require']);
  const sites: ImportSite[] = [];
  const add = (node: ts.Node, specifier: string | undefined, typeOnly: boolean): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    sites.push({ specifier, typeOnly, line });
  };
  const isLoader = (callee: ts.Expression): boolean =>
    (ts.isIdentifier(callee) && loaders.has(callee.text)) ||
    isCreateRequire(callee) ||
    (ts.isPropertyAccessExpression(callee) &&
      callee.name.text === 'resolve' &&
      isLoader(callee.expression));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier !== undefined) {
        const typeOnly = ts.isImportDeclaration(node)
          ? node.importClause?.isTypeOnly === true
          : node.isTypeOnly;
        add(node, literal(node.moduleSpecifier), typeOnly);
      }
    } else if (ts.isImportEqualsDeclaration(node)) {
      if (ts.isExternalModuleReference(node.moduleReference))
        add(node, literal(node.moduleReference.expression), node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      if (ts.isLiteralTypeNode(node.argument)) add(node, literal(node.argument.literal), true);
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer !== undefined &&
      isCreateRequire(node.initializer)
    ) {
      loaders.add(node.name.text);
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || isLoader(node.expression))
        add(node, literal(node.arguments[0]), false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}
