import { useId } from 'react';
import { useShopI18n } from './-shop-i18n';

/** The milestones a shop status can mean (src/commerce/shops/shop-connector.ts ORDER_MILESTONES). */
export const MILESTONES = ['placed', 'paid', 'fulfilled', 'delivered', 'cancelled', 'refunded'] as const;
export type Milestone = (typeof MILESTONES)[number];
export interface StatusRow {
  status: string;
  milestone: Milestone;
}

/** The server's rule for a status key (shop-settings.ts STATUS_SLUG): checked before sending. */
const STATUS = /^[a-z0-9_-]{1,50}$/;

export const rowsOf = (map: unknown): StatusRow[] =>
  map && typeof map === 'object' && !Array.isArray(map)
    ? Object.entries(map as Record<string, Milestone>).map(([status, milestone]) => ({ status, milestone }))
    : [];

/** What is wrong with the rows, in the admin's words; undefined when they can be sent. */
export function statusRowsProblem(
  rows: readonly StatusRow[],
  t: (key: 'shop.statusMap.invalid' | 'shop.statusMap.twice', params?: Record<string, string>) => string,
) {
  const seen = new Set<string>();
  for (const row of rows) {
    if (!STATUS.test(row.status)) return t('shop.statusMap.invalid', { status: row.status });
    if (seen.has(row.status)) return t('shop.statusMap.twice', { status: row.status });
    seen.add(row.status);
  }
  return undefined;
}

/**
 * A shop's order statuses and what each means to Trustloop, one editable row each (a setting of
 * type `status_map`): the merchant's own statuses are added as rows, a row removed falls back to
 * how the platform reads that status.
 */
export function StatusMapField(props: {
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  rows: readonly StatusRow[];
  onChange(rows: StatusRow[]): void;
}) {
  const { t } = useShopI18n();
  const id = useId();
  const { rows, onChange } = props;
  const set = (index: number, change: Partial<StatusRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset
      className="field status-map"
      aria-describedby={props.error ? `${id}-error` : `${id}-description`}
    >
      <legend>{props.label}</legend>
      {props.description ? (
        <p className="field-description" id={`${id}-description`}>
          {props.description}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('shop.statusMap.status')}</th>
              <th scope="col">{t('shop.statusMap.milestone')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // Rows are edited in place; their position is their identity while the form is open.
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's status is what is being edited
              <tr key={index}>
                <td>
                  <input
                    value={row.status}
                    aria-label={t('shop.statusMap.statusOf', { index: String(index + 1) })}
                    onChange={(event) => set(index, { status: event.target.value.trim() })}
                  />
                </td>
                <td>
                  <select
                    value={row.milestone}
                    aria-label={t('shop.statusMap.milestoneOf', { status: row.status || String(index + 1) })}
                    onChange={(event) => set(index, { milestone: event.target.value as Milestone })}
                  >
                    {MILESTONES.map((milestone) => (
                      <option key={milestone} value={milestone}>
                        {t(`shop.milestone.${milestone}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    {t('shop.statusMap.remove', { status: row.status || String(index + 1) })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('shop.statusMap.empty')}</p>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...rows, { status: '', milestone: 'paid' }])}
      >
        {t('shop.statusMap.add')}
      </button>
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
