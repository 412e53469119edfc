// What the schema cannot see about a campaign document's form: the rules of NĐ 30 that tie one field to
// another. Each failure names the file and the field (ContentError), like every content error.
import { t } from '../i18n/index.ts';
import { DOCUMENT_TYPE_NAMES, documentType } from '../schemas/document-types.ts';
import type { DocumentText } from '../schemas/document.ts';
import { citedStateInput, printedIdentifier, type PrintedInput } from './document-form.ts';
import { ContentError } from './content-error.ts';

/** Throws a ContentError naming `file` and the field when a document breaks its form's rules. */
export function checkDocumentForm(data: PrintedInput, file: string, fieldPrefix = ''): void {
  const type = documentType(data.type);
  if (type === undefined) {
    throw new ContentError(
      { file, field: 'type' },
      t('forms.error.unknownType', { type: data.type, known: DOCUMENT_TYPE_NAMES.join(', ') }),
    );
  }
  const fail = (field: string, message: string): never => {
    throw new ContentError({ file, field: fieldPrefix + field }, message);
  };
  if (type.recipients === 'required' && !data.recipients?.length)
    fail('recipients', t('forms.error.recipientsRequired', { type: type.name }));
  if (type.recipients === 'none' && data.recipients !== undefined)
    fail('recipients', t('forms.error.recipientsNone', { type: type.name }));
  if (type.code !== null && !data.code.startsWith(`${type.code}-`))
    fail('code', t('forms.error.codePrefix', { type: type.name, code: type.code }));
  if (type.form === 'quyet-dinh' && data.decision === undefined)
    fail('decision', t('forms.error.decisionRequired'));
  if (type.form !== 'quyet-dinh' && data.decision !== undefined)
    fail('decision', t('forms.error.decisionOnly', { type: type.name }));
  const { prefix, authority } = data.signer ?? {};
  if (authority !== undefined && prefix === undefined)
    fail('signer.authority', t('forms.error.authorityWithoutPrefix'));
  (data.annexes ?? []).forEach((annex, i) => {
    annex.rows.forEach((row, r) => {
      if (row.length !== annex.columns.length)
        fail(
          `annexes[${i}].rows[${r}]`,
          t('forms.error.annexRow', { cells: row.length, columns: annex.columns.length }),
        );
    });
  });
}

/** The front matter of a cited document that may carry its text. */
interface CitedDocumentData {
  type: string;
  identifier: string | null;
  subject: string | null;
  text?: DocumentText | undefined;
}

/**
 * Throws a ContentError when a cited document's printed parts (`text`) contradict the rest of its
 * front matter or its form: the số, ký hiệu printed must be the document's `identifier`, and a state
 * document must be of a type whose NĐ 30 form the site draws, by that form's rules.
 */
export function checkCitedText(data: CitedDocumentData, file: string): void {
  const text = data.text;
  if (text === undefined) return;
  // The text prints its trích yếu: the form shows it under the tên loại.
  if (data.subject === null)
    throw new ContentError({ file, field: 'subject' }, t('forms.error.textSubject'));
  const printed = printedIdentifier(text);
  if (text.number !== null && data.identifier !== null && printed !== data.identifier) {
    throw new ContentError(
      { file, field: 'text.number' },
      t('forms.error.identifierMismatch', { printed, identifier: data.identifier }),
    );
  }
  if (text.form === 'party') return;
  if (documentType(data.type) === undefined) {
    throw new ContentError(
      { file, field: 'type' },
      t('forms.error.stateForm', { type: data.type, known: DOCUMENT_TYPE_NAMES.join(', ') }),
    );
  }
  checkDocumentForm(citedStateInput({ ...data, subject: data.subject, text }), file, 'text.');
}
