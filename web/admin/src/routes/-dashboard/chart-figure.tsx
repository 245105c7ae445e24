import type { ReactNode } from 'react';

export interface Column<Row> {
  label: string;
  value(row: Row): string;
}

/**
 * One chart on a card. The picture is hidden from assistive technology; the same numbers are
 * a table that screen readers read (and that is visually hidden), so the chart has a full
 * text alternative.
 */
export function ChartFigure<Row>(props: {
  id: string;
  title: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  children: ReactNode;
}) {
  const headingId = `${props.id}-title`;
  return (
    <figure className="card chart" aria-labelledby={headingId} data-testid={props.id}>
      <figcaption>
        <h2 id={headingId}>{props.title}</h2>
      </figcaption>
      <div className="chart-plot" aria-hidden="true">
        {props.children}
      </div>
      <table className="sr-only">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed per render and have no id
            <tr key={index}>
              {props.columns.map((column, cell) =>
                cell === 0 ? (
                  <th key={column.label} scope="row">
                    {column.value(row)}
                  </th>
                ) : (
                  <td key={column.label}>{column.value(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
