import { useState } from 'react';
import { type Connection, type ListChoice, useConnectionLists, useListChoices } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../../ui/field';
import { ErrorMessage } from '../../ui/page';

/**
 * A setting whose value is one of the platform account's lists (seed 004: "API key → list"):
 * the merchant picks it by name. Before connecting, the lists are looked up with the key typed
 * above (a refused key lands on its own field); once connected they load by themselves.
 */
export function ListField(props: {
  connectorId: string;
  name: string;
  label: string;
  description: string | undefined;
  error: string | undefined;
  connection: Connection | undefined;
  /**
   * The settings typed so far, to look the lists up with before anything is saved; undefined
   * when a connection's stored key is kept (its lists are looked up with that).
   */
  credentials(): Record<string, unknown> | undefined;
  onLookupError(error: unknown): void;
}) {
  const { t, locale } = useI18n();
  const saved = useConnectionLists(props.connection?.id);
  const lookup = useListChoices(props.connectorId);
  const [looked, setLooked] = useState<ListChoice[] | undefined>(undefined);
  const lists = looked ?? saved.data;
  const current = props.connection?.settings[props.name];
  const count = new Intl.NumberFormat(locale);
  const options = (lists ?? []).map((list) => ({
    value: list.id,
    label:
      list.subscriberCount === null
        ? list.name
        : t('lists.option', {
            name: list.name,
            count: list.subscriberCount,
            shown: count.format(list.subscriberCount),
          }),
  }));
  if (typeof current === 'string' && lists && !lists.some((list) => list.id === current))
    options.unshift({ value: current, label: t('lists.missing', { id: current }) });
  return (
    <div className="list-field">
      {lists ? (
        <SelectField
          key={lists.map((list) => list.id).join()}
          id={`setting-${props.name}`}
          name={props.name}
          label={props.label}
          description={lists.length === 0 ? t('lists.none') : props.description}
          error={props.error}
          defaultValue={typeof current === 'string' ? current : ''}
          options={[{ value: '', label: t('lists.choose') }, ...options]}
        />
      ) : (
        <div className="field">
          <p className="field-label" id={`setting-${props.name}`}>
            {props.label}
          </p>
          <p className="field-description">{t('lists.intro')}</p>
          {props.error ? <p className="field-error">{props.error}</p> : null}
        </div>
      )}
      {props.connection && !looked ? <ErrorMessage error={saved.error} /> : null}
      <button
        type="button"
        className="secondary"
        disabled={lookup.isPending || saved.isFetching}
        onClick={() => {
          const credentials = props.credentials();
          if (!credentials) {
            setLooked(undefined);
            void saved.refetch();
            return;
          }
          lookup.mutate(credentials, { onSuccess: setLooked, onError: props.onLookupError });
        }}
      >
        {lookup.isPending || saved.isFetching
          ? t('lists.loading')
          : lists
            ? t('lists.reload')
            : t('lists.load')}
      </button>
    </div>
  );
}
