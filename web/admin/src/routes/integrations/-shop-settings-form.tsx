import { type ChangeEvent, type ReactNode, useState } from 'react';
import type { ShopConnection, ShopDescriptor, ShopSetting } from '../../api/shops';
import { CopyValue } from '../../ui/copy';
import { SelectField, TextField } from '../../ui/field';
import { formValues, type useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';
import { useShopI18n } from './-shop-i18n';
import { MERCHANT_MADE_SECRETS } from './-shops';
import { rowsOf, StatusMapField, type StatusRow, statusRowsProblem } from './-status-map-field';

type Section = ShopSetting['section'];

/** The name a field's input and its errors go by: the server names discount fields `discounts/<key>`. */
export const fieldName = (field: Pick<ShopSetting, 'key' | 'section'>) =>
  field.section === 'discounts' ? `discounts/${field.key}` : field.key;

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** A random secret for the merchant to paste into the shop as well (URL-safe, 32 characters). */
function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** The form's own checks, by the descriptor's types and limits (the server checks again, and live). */
function problem(
  field: ShopSetting,
  value: string,
  kept: boolean,
  /** What to say when the value has not the form the platform asks for. */
  invalid: string,
  t: ReturnType<typeof useShopI18n>['t'],
) {
  if (value === '') return field.required && !kept ? t('form.required') : undefined;
  if (field.minLength !== undefined && value.length < field.minLength)
    return t('shop.tooShort', { count: field.minLength });
  if (field.maxLength !== undefined && value.length > field.maxLength)
    return t('shop.tooLong', { count: field.maxLength });
  if (field.type === 'url') {
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return t('form.url');
    } catch {
      return t('form.url');
    }
  }
  if (field.type === 'host' && field.pattern) {
    const host = value
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!new RegExp(field.pattern.regex).test(host)) return invalid;
  }
  return undefined;
}

/**
 * One section of a shop platform's settings (the connection, or the Admin API credentials for
 * reward codes), rendered from the descriptor the API serves: no per-platform form code. Secret
 * fields are write-only: never shown back, and once stored an empty one keeps what is stored.
 */
export function ShopSettingsForm(props: {
  descriptor: ShopDescriptor;
  section: Section;
  connection: ShopConnection | null;
  pending: boolean;
  errors: ReturnType<typeof useFormErrors>;
  submitLabel: string;
  /** What the form sends: connection fields at the top, or the whole `discounts` object. */
  onSubmit(body: Record<string, unknown>): void;
  children?: ReactNode;
}) {
  const { t, has } = useShopI18n();
  const { descriptor, section, connection, errors } = props;
  const fields = descriptor.settings.filter((field) => field.section === section);
  const base = (field: ShopSetting) =>
    `shop.field.${descriptor.id}.${field.section === 'discounts' ? 'discounts.' : ''}${field.key}`;
  const label = (field: ShopSetting) => {
    const key = base(field);
    return has(key) ? t(key) : field.label;
  };
  const description = (field: ShopSetting) => {
    const key = `${base(field)}.description`;
    return has(key) ? t(key) : field.description;
  };
  const invalidText = (field: ShopSetting) => {
    const key = `${base(field)}.invalid`;
    return has(key) ? t(key) : t('shop.hostInvalid');
  };
  const choiceLabel = (value: string) => {
    const key = `shop.choice.${value}`;
    return has(key) ? t(key) : value;
  };
  /**
   * What the connection holds for a setting: the platform's own settings are in `settings`, the
   * ones every shop has (shopDomain, fulfilledOn, deliveredOn) at the connection's top level.
   */
  const stored = (field: ShopSetting): unknown => {
    if (!connection) return field.default;
    const top = (connection as unknown as Record<string, unknown>)[field.key];
    return connection.settings[field.key] ?? (typeof top === 'string' ? top : undefined) ?? field.default;
  };
  const [maps, setMaps] = useState<Record<string, StatusRow[]>>(() =>
    Object.fromEntries(
      fields
        .filter((field) => field.type === 'status_map')
        .map((field) => [field.key, rowsOf(stored(field))]),
    ),
  );
  // A secret field the merchant may fill with a made-up secret: what it holds, and what was made.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [made, setMade] = useState<Record<string, string>>({});
  // Connection secrets are all stored once connected; discount credentials are replaced as a whole.
  const kept = (field: ShopSetting) => field.secret && section === 'connection' && connection !== null;
  const generates = (field: ShopSetting) =>
    field.secret && section === 'connection' && MERCHANT_MADE_SECRETS[descriptor.id]?.includes(field.key);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const values = formValues(event.currentTarget);
        const body: Record<string, unknown> = {};
        const found: Record<string, string> = {};
        for (const field of fields) {
          const name = fieldName(field);
          if (field.type === 'status_map') {
            const rows = maps[field.key] ?? [];
            const issue = statusRowsProblem(rows, t);
            if (issue) found[name] = issue;
            else body[field.key] = Object.fromEntries(rows.map((row) => [row.status, row.milestone]));
            continue;
          }
          // Secrets are taken as typed (a space may be part of one); other values trimmed.
          const value = field.secret
            ? ((event.currentTarget.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '')
            : (values[name] ?? '');
          const issue = problem(field, value, kept(field), invalidText(field), t);
          if (issue) found[name] = issue;
          else if (value !== '') body[field.key] = value;
          // An optional setting emptied goes back to its default (null clears it).
          else if (connection && section === 'connection' && !field.secret && !field.required)
            body[field.key] = null;
        }
        if (!errors.check(found)) return;
        props.onSubmit(section === 'discounts' ? { discounts: body } : body);
      }}
    >
      {fields.map((field) => {
        const name = fieldName(field);
        const error =
          errors.fields[name] ??
          Object.entries(errors.fields).find(([key]) => key.startsWith(`${name}/`))?.[1];
        if (field.type === 'status_map')
          return (
            <StatusMapField
              key={name}
              label={label(field)}
              description={description(field)}
              error={error}
              rows={maps[field.key] ?? []}
              onChange={(rows) => setMaps((current) => ({ ...current, [field.key]: rows }))}
            />
          );
        const shownLabel = field.required ? label(field) : t('form.optional', { label: label(field) });
        if (field.type === 'choice')
          return (
            <SelectField
              key={name}
              id={`shop-${name}`}
              name={name}
              label={shownLabel}
              description={description(field)}
              error={error}
              defaultValue={String(stored(field) ?? field.values?.[0] ?? '')}
              options={(field.values ?? []).map((value) => ({
                value,
                label: choiceLabel(value),
              }))}
            />
          );
        return (
          <div key={name} className={generates(field) ? 'secret-maker' : undefined}>
            <TextField
              id={`shop-${name}`}
              name={name}
              label={shownLabel}
              type={field.secret ? 'password' : field.type === 'url' ? 'url' : 'text'}
              autoComplete="off"
              {...(generates(field)
                ? // Controlled, so that a made-up secret shows in the field it fills.
                  {
                    value: typed[field.key] ?? '',
                    onChange: (event: ChangeEvent<HTMLInputElement>) =>
                      setTyped((current) => ({ ...current, [field.key]: event.target.value })),
                  }
                : { defaultValue: field.secret ? '' : textOf(stored(field)) })}
              placeholder={kept(field) ? t('connector.secretKept') : ''}
              description={description(field)}
              error={error}
            />
            {generates(field) ? (
              <>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    const secret = randomSecret();
                    setTyped((current) => ({ ...current, [field.key]: secret }));
                    setMade((current) => ({ ...current, [field.key]: secret }));
                  }}
                >
                  {t('shop.secretMake')}
                </button>
                {made[field.key] && made[field.key] === typed[field.key] ? (
                  <>
                    <CopyValue
                      label={t('shop.secretMadeLabel', { platform: descriptor.displayName })}
                      value={made[field.key]!}
                    />
                    <p className="note">{t('shop.secretMade', { platform: descriptor.displayName })}</p>
                  </>
                ) : null}
              </>
            ) : null}
          </div>
        );
      })}
      {props.children}
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        <button type="submit" disabled={props.pending}>
          {props.pending ? t('connector.checking') : props.submitLabel}
        </button>
      </div>
    </form>
  );
}
