// The UI's table of records: a caption, column headers that sort the rows when pressed (mouse or keyboard: each is
// a button, and the sorted column says so with aria-sort), optional paging of a long list in the browser, and CSV and
// XLSX downloads and a print button for those who take the list further. Rows may carry a details row under them.
// A list paged by the server sorts the page shown (its own Pager moves through the rest) and downloads every row of
// its filter when it gives `exportRows`. The XLSX writer (fflate) is loaded only when a workbook is asked for.
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary.tsx';
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
  /** The files' name without the date; with it the table offers CSV and XLSX downloads and printing. */
  exportName?: string;
  /** A list paged by the server: every row of its filter, for the downloads (the rows shown when absent). */
  exportRows?(): Promise<readonly T[]>;
  initialSort?: SortState;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
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
  const { columns, rows, rowKey, rowClassName, details, pageSize, exportName, exportRows } = props;
  const { m } = useI18n();
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const [offset, setOffset] = useState(0);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const order = (list: readonly T[]) => {
    const column = sort && columns.find((c) => c.key === sort.key);
    return sort && column?.sortValue ? sortRows(list, column.sortValue, sort.direction) : list;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `order` is made from exactly these.
  const sorted = useMemo(() => order(rows), [rows, columns, sort]);
  // A shorter list (a new filter) must not leave the reader on a page past its end.
  const start = pageSize && offset < sorted.length ? offset : 0;
  const shown = pageSize ? sorted.slice(start, start + pageSize) : sorted;

  /** The header and the lines of the downloads: every row of the filter when the server pages the list. */
  async function exported(): Promise<{ header: string[]; lines: CellValue[][] }> {
    const shownColumns = columns.filter((c) => c.csv !== false && (c.csv || c.sortValue));
    const all = exportRows ? order(await exportRows()) : sorted;
    return {
      header: shownColumns.map(plainHeader),
      lines: all.map((row) => shownColumns.map((c) => (c.csv || c.sortValue)?.(row))),
    };
  }

  async function exportAs(format: 'csv' | 'xlsx') {
    setExporting(true);
    setExportError(null);
    try {
      const { header, lines } = await exported();
      const name = exportName ?? 'table';
      if (format === 'csv') {
        download(new Blob([toCsv(header, lines)], { type: 'text/csv;charset=utf-8' }), csvFileName(name, rigaToday()));
        return;
      }
      const { downloadXlsx, xlsxBytes } = await import('./xlsx.ts');
      const cells = lines.map((line) => line.map((v) => v ?? null));
      downloadXlsx(`${name}-${rigaToday()}.xlsx`, xlsxBytes(props.caption, header, cells));
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      {exportName && (
        <fieldset className="table-tools">
          <legend className="visually-hidden">{fill(m.table.tools, { caption: props.caption })}</legend>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-busy={exporting}
            disabled={exporting}
            onClick={() => exportAs('csv')}
          >
            {m.table.csv}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-busy={exporting}
            disabled={exporting}
            onClick={() => exportAs('xlsx')}
          >
            {m.table.xlsx}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
            {m.table.print}
          </button>
        </fieldset>
      )}
      {exportError !== null && <ErrorSummary error={exportError} />}
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
