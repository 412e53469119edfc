import type { CollectionEntry } from 'astro:content';
import { formatDate, formatShortDate } from './dates';
import { signatureLines } from './document-form';
import { distributionLines, letterIdentifier } from './letter';

/** One row of metadata; `unknown` rows are shown as such, never guessed. */
export interface MetaRow {
  term: string;
  value: string;
  href?: string | undefined;
  unknown?: boolean | undefined;
}

type Letter = CollectionEntry<'letters'>['data'];
type Document = CollectionEntry<'documents'>['data'];
type Campaign = CollectionEntry<'campaign'>['data'];

/** The metadata rows of a campaign document, as an official portal lists them. */
export function letterMetaRows(letter: Letter, campaign?: Campaign): MetaRow[] {
  const rows: MetaRow[] = [
    { term: 'Loại văn bản', value: letter.type },
    {
      term: 'Số, ký hiệu',
      value:
        letter.number === null
          ? `${letterIdentifier(letter)} (số chưa điền trên bản ký; chưa xác định)`
          : letterIdentifier(letter),
      unknown: letter.number === null,
    },
    { term: 'Cơ quan ban hành', value: `${letter.issuer} (${letter.parentBody})` },
    {
      term: 'Ngày ban hành',
      value:
        letter.date.day === undefined
          ? `${formatDate(letter.date)} (ngày chưa điền trên bản ký; chưa xác định)`
          : formatDate(letter.date),
      unknown: letter.date.day === undefined,
    },
    { term: 'Trích yếu', value: letter.subject },
    ...(letter.recipients ? [{ term: 'Kính gửi', value: letter.recipients.join('; ') }] : []),
    {
      term: 'Người ký',
      value: [...signatureLines(letter.signer), letter.signer.name].join(' '),
    },
    { term: 'Nơi nhận', value: distributionLines(letter.distribution).join(' ') },
  ];
  if (letter.draftingUnit) rows.push({ term: 'Đơn vị soạn thảo', value: letter.draftingUnit });
  if (campaign) {
    rows.push({
      term: 'Thời gian phong trào',
      value: `Từ ngày ban hành công văn đến hết ngày ${formatShortDate(campaign.end)}`,
    });
  }
  return rows;
}

/** The issuing body with its term where one is known: `Bộ Chính trị (khóa XI)`. */
export function issuerWithTerm(doc: Pick<Document, 'issuer' | 'term'>): string {
  return doc.term ? `${doc.issuer} (${doc.term})` : doc.issuer;
}

/** The metadata rows of a cited document; unknown values are labelled, not guessed. */
export function documentMetaRows(doc: Document): MetaRow[] {
  return [
    { term: 'Loại văn bản', value: doc.type },
    {
      term: 'Số, ký hiệu',
      value: doc.identifier ?? 'Chưa xác định được',
      unknown: doc.identifier === null,
    },
    { term: 'Cơ quan ban hành', value: issuerWithTerm(doc) },
    {
      term: 'Ngày ban hành',
      value: doc.date ? formatDate(doc.date) : (doc.dateNote ?? 'Chưa xác định được'),
      unknown: doc.date === undefined,
    },
    { term: 'Trích yếu', value: doc.subject },
  ];
}
