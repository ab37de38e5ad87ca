// SR-12.1: the public catalogue as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or
// line break in double quotes, quotes doubled), UTF-8 with a byte order mark so spreadsheet programs read the
// Latvian letters right. One row per service; lists inside a cell are separated by "; ".
//
// Columns: identifier, id, status (published | withdrawn), name_lv, name_en, short_description_lv,
// short_description_en, holder_id, holder, provider, cofog (codes), client_type, channels (in_person, electronic,
// phone, post), whole_country (true | false), municipalities (names), fees ("label: 14,23 EUR (channel)", the amount
// with the Latvian decimal comma like the Latvian label beside it), max_term_working_days, filable_on_behalf
// (true | false), legal_basis (titles), email, phone, website, published_from, updated_at (ISO 8601 instants).
import { CHANNELS, type ServiceContentIn } from './content.ts';
import type { Names } from './public-schemas.ts';

export const BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'identifier',
  'id',
  'status',
  'name_lv',
  'name_en',
  'short_description_lv',
  'short_description_en',
  'holder_id',
  'holder',
  'provider',
  'cofog',
  'client_type',
  'channels',
  'whole_country',
  'municipalities',
  'fees',
  'max_term_working_days',
  'filable_on_behalf',
  'legal_basis',
  'email',
  'phone',
  'website',
  'published_from',
  'updated_at',
] as const;

type Cell = string | number | boolean | null | undefined;

/**
 * A free-text cell that a spreadsheet would take for a formula (=, +, -, @ first) gets an apostrophe in front:
 * the catalogue's texts come from many people, and a cell must never run as a formula on a reader's machine.
 */
export function safeText(text: string | null | undefined): string {
  if (!text) return '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(field).join(',')}\r\n`;
}

export interface CsvService {
  id: string;
  identifier: string;
  status: string;
  holderId: string;
  holderName: string;
  content: ServiceContentIn;
  publishedFrom: Date | null;
  updatedAt: Date;
}

export function csvRow(s: CsvService, names: Names): string {
  const c = s.content;
  const name = (id: string) => names.get(id)?.name ?? id;
  const fees = (c.fees ?? []).map(
    (f) => `${f.label.lv}: ${f.amount.toFixed(2).replace('.', ',')} EUR${f.channel ? ` (${f.channel})` : ''}`,
  );
  return csvLine([
    s.identifier,
    s.id,
    s.status === 'withdrawn' ? 'withdrawn' : 'published',
    safeText(c.name.lv),
    safeText(c.name.en),
    safeText(c.shortDescription.lv),
    safeText(c.shortDescription.en),
    s.holderId,
    safeText(s.holderName),
    safeText(name(c.providerId ?? s.holderId)),
    c.cofog.join('; '),
    c.clientType,
    CHANNELS.filter((ch) => c.channels?.[ch]).join('; '),
    c.coverage.wholeCountry,
    safeText((c.coverage.municipalityIds ?? []).map(name).join('; ')),
    safeText(fees.join('; ')),
    c.maxTermWorkingDays ?? null,
    c.filableOnBehalf ?? false,
    safeText((c.legalBasis ?? []).map((l) => l.title).join('; ')),
    c.contacts?.email ?? null,
    c.contacts?.phone ?? null,
    c.contacts?.website ?? null,
    s.publishedFrom?.toISOString() ?? null,
    s.updatedAt.toISOString(),
  ]);
}
