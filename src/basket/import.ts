// Importing a basket version as CSV (the JSON form is the same body as POST /api/v1/basket/versions). UTF-8 (a
// byte order mark is skipped), the first line names the columns, separated by semicolons or commas (the header tells
// which); a value with the separator, a quote or a line break in double quotes, quotes doubled (RFC 4180).
// Columns (any order, names as here, case-insensitive):
//   annex_item   the item's number in Annex 1, such as 3.13 (required)
//   name_lv      its wording in Latvian (required)
//   name_en      its wording in English (required)
//   institution  the institution of CR-8: its name as in the directory, its short name (PMLP) or its id (required)
//   services     the catalogue services providing it: identifiers PK-… (or ids) separated by spaces or "|"
// A refused file names each bad value by its line and column: /lines/3/institution.
import type { Kysely } from 'kysely';
import type { DB } from '../db.ts';
import { ValidationError, type FieldIssue } from '../platform/errors.ts';
import { cr8Institutions, type ItemIn } from './validate.ts';

export const CSV_COLUMNS = ['annex_item', 'name_lv', 'name_en', 'institution', 'services'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const FIELD_COLUMN: Record<string, Column> = {
  annexItem: 'annex_item',
  nameLv: 'name_lv',
  nameEn: 'name_en',
  institutionId: 'institution',
  serviceIds: 'services',
};

interface CsvRecord {
  line: number;
  cells: string[];
}

/** Splits CSV text into records, each with the line it starts on. */
export function parseCsv(text: string): { delimiter: string; records: CsvRecord[] } | { error: number } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < body.length) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += ch;
    i++;
  }
  if (quoted) return { error: start };
  endRecord();
  return { delimiter, records };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Reads the CSV into the items of a version, or refuses it naming lines and columns. `toLine` maps an item's index
 * back to its line, so the version's own checks (institution, services, numbers) name the line and column too.
 */
export async function itemsFromCsv(db: Kysely<DB>, text: string): Promise<{ items: ItemIn[]; lines: number[] }> {
  const parsed = parseCsv(text);
  if ('error' in parsed) throw ValidationError.field(`/lines/${parsed.error}`, 'basket_csv_quote');
  const [header, ...rows] = parsed.records;
  if (!header) throw ValidationError.field('/lines/1', 'basket_csv_empty');
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const issues: FieldIssue[] = [];
  const at = new Map<Column, number>();
  for (const col of CSV_COLUMNS) {
    const index = names.indexOf(col);
    if (index < 0 && col !== 'services') issues.push({ field: `/lines/1/${col}`, code: 'basket_csv_column_missing' });
    else at.set(col, index);
  }
  for (const [index, name] of names.entries())
    if (!(CSV_COLUMNS as readonly string[]).includes(name))
      issues.push({ field: `/lines/1/${index + 1}`, code: 'basket_csv_column_unknown', params: { column: name } });
  if (issues.length > 0) throw new ValidationError(issues);
  if (rows.length === 0) throw ValidationError.field('/lines/2', 'basket_csv_empty');

  const cr8 = await cr8Institutions(db);
  const institutionByName = new Map<string, string>();
  for (const [id, o] of cr8) {
    institutionByName.set(fold(o.name), id);
    if (o.shortName) institutionByName.set(fold(o.shortName), id);
    institutionByName.set(id, id);
  }
  const value = (r: CsvRecord, col: Column) => {
    const index = at.get(col);
    return index === undefined || index < 0 ? '' : (r.cells[index] ?? '').trim();
  };
  const items = rows.map((r): ItemIn => {
    for (const col of ['annex_item', 'name_lv', 'name_en', 'institution'] as const)
      if (value(r, col) === '') issues.push({ field: `/lines/${r.line}/${col}`, code: 'field_required' });
    if (r.cells.length > header.cells.length)
      issues.push({ field: `/lines/${r.line}`, code: 'basket_csv_too_many_values' });
    const institution = value(r, 'institution');
    const institutionId = institutionByName.get(fold(institution)) ?? institutionByName.get(institution.toLowerCase());
    if (institution !== '' && !institutionId)
      issues.push({ field: `/lines/${r.line}/institution`, code: 'basket_institution_not_cr8' });
    return {
      annexItem: value(r, 'annex_item'),
      nameLv: value(r, 'name_lv') || '-',
      nameEn: value(r, 'name_en') || '-',
      institutionId: institutionId ?? null,
      serviceIds: value(r, 'services')
        .split(/[\s|]+/)
        .filter((s) => s !== ''),
    };
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { items, lines: rows.map((r) => r.line) };
}

/** The version's checks (pointers into /items/…) restated as lines and columns of the file. */
export function asCsvIssues(error: ValidationError, lines: readonly number[]): ValidationError {
  return new ValidationError(
    error.fields.map((f) => {
      const m = /^\/items\/(\d+)\/(\w+)/.exec(f.field);
      if (!m) return f;
      const column = FIELD_COLUMN[m[2]!] ?? m[2]!;
      return { ...f, field: `/lines/${lines[Number(m[1])] ?? 0}/${column}` };
    }),
  );
}
