import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { EmptyState, ErrorMessage, Loading } from './page';

/** One column: its header and what a row shows in it. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A list the API answers, shown as a table: any error (the list's own or an action's), "loading"
 * while the first answer is on its way, the empty state when there are no rows, otherwise the
 * rows. `actions` adds a last column of buttons whose header only screen readers hear.
 */
export function DataTable<Row>({
  caption,
  rows,
  pending,
  error,
  empty,
  columns,
  rowKey,
  actions,
}: {
  caption: string;
  rows: readonly Row[] | undefined;
  pending: boolean;
  error: unknown;
  empty: string;
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  actions?: (row: Row) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <ErrorMessage error={error} />
      {pending ? <Loading /> : null}
      {rows?.length === 0 ? <EmptyState title={empty} /> : null}
      {rows && rows.length > 0 ? (
        <table>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
              {actions ? (
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(row)}</td>
                ))}
                {actions ? <td>{actions(row)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
