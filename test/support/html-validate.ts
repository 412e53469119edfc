import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';

/** The project's html-validate configuration (`.htmlvalidate.json`). */
export const HTML_VALIDATE_CONFIG = JSON.parse(
  readFileSync(new URL('../../.htmlvalidate.json', import.meta.url), 'utf8'),
) as ConfigData;

let validator: HtmlValidate | undefined;

/** Validates one HTML document with html-validate; returns its errors (warnings are not counted). */
export async function validateHtml(html: string, name: string): Promise<Message[]> {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
}

/** Formats html-validate messages for an assertion message. */
export function formatHtmlErrors(name: string, messages: readonly Message[]): string {
  return messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`).join('\n');
}
