import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/index.ts';
import { formatFieldDate, formatShortDate } from '../documents/dates.ts';
import { issuerName, letterIdentifier } from '../documents/letter.ts';

/** One row of metadata; `unknown` rows are shown as such, never guessed. */
export interface MetaRow {
  term: string;
  value: string;
  unknown?: boolean | undefined;
}

type Letter = CollectionEntry<'letters'>['data'];
type Document = CollectionEntry<'documents'>['data'];
type Campaign = CollectionEntry<'campaign'>['data'];

/** A title printed in capitals as it reads in a sentence: `GIÁM ĐỐC` → `Giám đốc`. */
export function titleInText(title: string): string {
  const lower = title.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * Who signed, as a sentence names them: `Nguyễn Sỹ Chín – Giám đốc`; with a prefix, the capacity:
 * `Nguyễn Văn A – Phó Giám đốc (ký thay Giám đốc)`, `Nguyễn Văn B – Quyền Giám đốc`.
 */
export function signerText(signer: Letter['signer']): string {
  const title = titleInText(signer.title);
  if (signer.prefix === undefined)
    return t('documents.meta.signerValue', { name: signer.name, title });
  const capacity = t(`documents.signature.${signer.prefix}`);
  if (signer.authority === undefined)
    return t('documents.meta.signerValue', {
      name: signer.name,
      title: `${titleInText(capacity)} ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`,
    });
  return t('documents.meta.signerFor', {
    name: signer.name,
    title,
    capacity,
    authority: titleInText(signer.authority),
  });
}

/**
 * The metadata rows of a campaign document, as an official portal lists them; the issuer is named
 * as in a sentence (the publisher: `Sở Công Thương tỉnh Lai Châu`), not in the heading's capitals.
 */
export function letterMetaRows(letter: Letter, publisher: string, campaign?: Campaign): MetaRow[] {
  const identifier = letterIdentifier(letter);
  const date = formatFieldDate(letter.date);
  const rows: MetaRow[] = [
    { term: t('documents.meta.type'), value: letter.type },
    {
      term: t('documents.meta.identifier'),
      value:
        letter.number === null
          ? t('documents.meta.numberBlank', { value: identifier })
          : identifier,
      unknown: letter.number === null,
    },
    { term: t('documents.meta.issuer'), value: publisher },
    {
      term: t('documents.meta.date'),
      value: letter.date.day === undefined ? t('documents.meta.dayBlank', { value: date }) : date,
      unknown: letter.date.day === undefined,
    },
    { term: t('documents.meta.subject'), value: letter.subject },
    ...(letter.recipients
      ? [
          {
            term: t('documents.meta.recipients'),
            value: letter.recipients.join(t('documents.meta.recipientSeparator')),
          },
        ]
      : []),
    {
      term: t('documents.meta.signer'),
      value: signerText(letter.signer),
    },
    // No "Nơi nhận" row: out of the form, "Như trên", "CS" and "Lưu: VT, VP" mean nothing; the
    // form below prints the list, and "Kính gửi" names the recipients.
  ];
  if (letter.draftingUnit)
    rows.push({ term: t('documents.meta.draftingUnit'), value: letter.draftingUnit });
  if (campaign) {
    rows.push({
      term: t('documents.meta.campaignPeriod'),
      value: t('documents.meta.campaignPeriodValue', {
        type: letter.type.toLocaleLowerCase('vi'),
        end: formatShortDate(campaign.end),
      }),
    });
  }
  return rows;
}

/** The metadata rows of a cited document; unknown values are labelled, not guessed. */
export function documentMetaRows(doc: Document): MetaRow[] {
  return [
    { term: t('documents.meta.type'), value: doc.type },
    {
      term: t('documents.meta.identifier'),
      value: doc.identifier ?? t('documents.unknown'),
      unknown: doc.identifier === null,
    },
    { term: t('documents.meta.issuer'), value: issuerName(doc.issuer, doc.term) },
    {
      term: t('documents.meta.date'),
      value: doc.date
        ? formatFieldDate(doc.date)
        : doc.dateNote
          ? t('documents.meta.dateNote', { unknown: t('documents.unknown'), note: doc.dateNote })
          : t('documents.unknown'),
      unknown: doc.date === undefined,
    },
    {
      term: t('documents.meta.subject'),
      value: doc.subject ?? t('documents.unknown'),
      unknown: doc.subject === null,
    },
  ];
}
