// What the shared table does with its rows, apart from showing them: sorting in the Latvian alphabet's order and
// writing them out as a CSV file that Excel opens with the Latvian letters intact.
import { collator } from './format.ts';

/** A cell's value for sorting and for the CSV file; empty values sort last whichever the direction. */
export type CellValue = string | number | null | undefined;
export type Direction = 'ascending' | 'descending';
export interface SortState {
  key: string;
  direction: Direction;
}

const isEmpty = (v: CellValue): v is null | undefined | '' => v === null || v === undefined || v === '';

/** Numbers by value, text by the Latvian alphabet (Č after C, numbers inside text by value: "Nr. 2" before "Nr. 10"). */
export function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy; equal rows keep their order (the server's), empty values go last in both directions. */
export function sortRows<T>(rows: readonly T[], valueFor: (row: T) => CellValue, direction: Direction): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueFor(row) }))
    .sort((x, y) => {
      const ex = isEmpty(x.value);
      const ey = isEmpty(y.value);
      if (ex || ey) return ex === ey ? x.index - y.index : ex ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** The next state when a column's header is pressed: ascending first, then the other way round. */
export function nextSort(current: SortState | null, key: string): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

// Excel with Latvian regional settings separates fields by a semicolon (the comma is the decimal sign) and reads
// a file as UTF-8 only when it starts with a byte order mark: without it "Čakste" comes out as "ÄŒakste".
const BOM = '\uFEFF';
const SEPARATOR = ';';

function csvField(value: CellValue): string {
  if (isEmpty(value)) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  // A text starting with = + - @ would be run as a formula by a spreadsheet (CSV injection): keep it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file's text: the header line, then a line per row (CRLF, as spreadsheets expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** "obligations-2026-11-23.csv": the list's name and the day it was taken. */
export function csvFileName(base: string, day: string): string {
  return `${base}-${day}.csv`;
}
