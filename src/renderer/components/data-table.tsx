// A plain table of rows: one heading and one cell function per column.
import type { ComponentChildren } from 'preact';

export interface Column<R> {
  heading: string;
  cell: (row: R) => ComponentChildren;
  /** A class for the column's cells (e.g. how samples are styled). */
  class?: string;
}

interface DataTableProps<R> {
  columns: ReadonlyArray<Column<R>>;
  rows: readonly R[];
  rowKey: (row: R, index: number) => string | number;
  class?: string;
  caption?: string;
}

export function DataTable<R>({ columns, rows, rowKey, class: extra, caption }: DataTableProps<R>) {
  return (
    <table class={extra ? `grid ${extra}` : 'grid'}>
      {caption && <caption class="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.heading} scope="col">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)}>
            {columns.map((c) => (
              <td key={c.heading} class={c.class}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
