// The UI's table of records: a caption, column headers that sort the rows when pressed (mouse or keyboard: each is
// a button, and the sorted column says so with aria-sort), optional paging of a long list in the browser, and a
// CSV download and a print button for those who take the list further. Rows may carry a details row under them.
// A list paged by the server sorts and downloads the page shown: its own Pager moves through the rest.
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { fill } from '../i18n/messages.ts';
import { rigaToday } from './format.ts';
import { Pager } from './Pager.tsx';
import { csvFileName, nextSort, sortRows, toCsv, type CellValue, type SortState } from './table.ts';

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** The header in plain text for the CSV file, when `header` is not a string. */
  label?: string;
  cell(row: T): ReactNode;
  /** What the column sorts by; a column without it has a plain header. */
  sortValue?(row: T): CellValue;
  /** What the CSV file gets (the sort value when not given); `false` leaves the column out (buttons, details). */
  csv?: ((row: T) => CellValue) | false;
  /** The cell names its row (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
}

interface Props<T> {
  caption: string;
  /** Shown to screen readers only, when a heading above already says it. */
  captionHidden?: boolean;
  /** The table element's class. */
  className?: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  rowClassName?(row: T): string | undefined;
  /** A row under the row (its details), given the number of columns to span; null for none. */
  details?(row: T, columns: number): ReactNode;
  /** Pages of this many rows in the browser; without it every row is shown. */
  pageSize?: number;
  /** The CSV file's name without the date; with it the table offers a CSV download and printing. */
  exportName?: string;
  initialSort?: SortState;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function plainHeader<T>(column: Column<T>): string {
  return column.label ?? (typeof column.header === 'string' ? column.header : column.key);
}

export function DataTable<T>(props: Props<T>) {
  const { columns, rows, rowKey, rowClassName, details, pageSize, exportName } = props;
  const { m } = useI18n();
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const [offset, setOffset] = useState(0);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    return column?.sortValue ? sortRows(rows, column.sortValue, sort.direction) : rows;
  }, [rows, columns, sort]);
  // A shorter list (a new filter) must not leave the reader on a page past its end.
  const start = pageSize && offset < sorted.length ? offset : 0;
  const shown = pageSize ? sorted.slice(start, start + pageSize) : sorted;

  function exportCsv() {
    const exported = columns.filter((c) => c.csv !== false && (c.csv || c.sortValue));
    const header = exported.map(plainHeader);
    const lines = sorted.map((row) => exported.map((c) => (c.csv || c.sortValue)?.(row)));
    download(toCsv(header, lines), csvFileName(exportName ?? 'table', rigaToday()));
  }

  return (
    <>
      {exportName && (
        <fieldset className="table-tools">
          <legend className="visually-hidden">{fill(m.table.tools, { caption: props.caption })}</legend>
          <button type="button" className="button button--secondary button--small" onClick={exportCsv}>
            {m.table.csv}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
            {m.table.print}
          </button>
        </fieldset>
      )}
      <div className="table-wrap">
        <table className={props.className}>
          <caption className={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.key === c.key ? sort.direction : undefined;
                return (
                  <th key={c.key} scope="col" className={c.className} aria-sort={active}>
                    {c.sortValue ? (
                      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.key))}>
                        {c.header}
                        <span aria-hidden="true" className={active ? 'sort-mark sort-mark--active' : 'sort-mark'}>
                          {active === 'descending' ? '▼' : active ? '▲' : '↕'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <Fragment key={rowKey(row)}>
                <tr className={rowClassName?.(row)}>
                  {columns.map((c) =>
                    c.rowHeader ? (
                      <th key={c.key} scope="row" className={c.className}>
                        {c.cell(row)}
                      </th>
                    ) : (
                      <td key={c.key} className={c.className}>
                        {c.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
                {details?.(row, columns.length)}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {pageSize !== undefined && sorted.length > pageSize && (
        <Pager offset={start} limit={pageSize} shown={shown.length} total={sorted.length} onPage={setOffset} />
      )}
    </>
  );
}
