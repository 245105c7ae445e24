import type { Connection, ConnectorDescriptor } from '../../api/integrations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/field';
import { formValues, type useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';

type Field = ConnectorDescriptor['settings'][number];

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The value a field's input holds, in the type the descriptor declares; undefined when empty. */
function parse(field: Field, raw: string, checked: boolean): unknown {
  if (field.type === 'boolean') return checked;
  if (raw === '') return undefined;
  if (field.type === 'integer') return Number(raw);
  if (field.type === 'string_list')
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return raw;
}

/** The form's own checks, by the descriptor's types (the server checks again and live). */
function problem(field: Field, value: unknown, stored: boolean, t: (key: MessageKey) => string) {
  if (value === undefined) return field.required && !stored ? t('form.required') : undefined;
  if (field.type === 'integer' && !Number.isInteger(value)) return t('form.integer');
  if (field.type === 'url') {
    try {
      const url = new URL(String(value));
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return t('form.url');
    } catch {
      return t('form.url');
    }
  }
  return undefined;
}

/**
 * A connector's settings form, rendered from the descriptor the API serves: no per-platform form
 * code. Secret fields are never shown back; once stored, leaving one empty keeps it.
 */
export function SettingsForm(props: {
  descriptor: ConnectorDescriptor;
  connection: Connection | undefined;
  pending: boolean;
  errors: ReturnType<typeof useFormErrors>;
  onSubmit(settings: Record<string, unknown>): void;
}) {
  const { t, has } = useI18n();
  const { descriptor, connection, errors } = props;
  const label = (field: Field) => {
    const key = `connector.${descriptor.id}.${field.key}`;
    return has(key) ? t(key) : field.label;
  };
  const description = (field: Field) => {
    const key = `connector.${descriptor.id}.${field.key}.description`;
    return has(key) ? t(key) : field.description;
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const raw = formValues(form);
        const settings: Record<string, unknown> = {};
        const found: Record<string, string> = {};
        for (const field of descriptor.settings) {
          const input = form.elements.namedItem(field.key) as HTMLInputElement | null;
          const value = parse(field, raw[field.key] ?? '', input?.checked ?? false);
          const stored = Boolean(
            connection?.secretsSet.includes(field.key) || connection?.settings[field.key],
          );
          const issue = problem(field, value, stored, t);
          if (issue) found[field.key] = issue;
          else if (value !== undefined) settings[field.key] = value;
        }
        if (!errors.check(found)) return;
        props.onSubmit(settings);
      }}
    >
      {descriptor.settings.map((field) =>
        field.type === 'boolean' ? (
          <div className="field" key={field.key}>
            <label className="check">
              <input
                type="checkbox"
                name={field.key}
                defaultChecked={Boolean(connection?.settings[field.key] ?? field.default)}
              />
              {label(field)}
            </label>
            {description(field) ? <p className="field-description">{description(field)}</p> : null}
          </div>
        ) : (
          <TextField
            key={field.key}
            id={`setting-${field.key}`}
            name={field.key}
            label={field.required ? label(field) : t('form.optional', { label: label(field) })}
            type={
              field.secret
                ? 'password'
                : field.type === 'integer'
                  ? 'number'
                  : field.type === 'url'
                    ? 'url'
                    : 'text'
            }
            autoComplete="off"
            defaultValue={field.secret ? '' : asText(connection?.settings[field.key] ?? field.default)}
            placeholder={
              field.secret && connection?.secretsSet.includes(field.key) ? t('connector.secretKept') : ''
            }
            description={
              field.type === 'string_list'
                ? [description(field), t('form.listHint')].filter(Boolean).join(' ')
                : description(field)
            }
            error={errors.fields[field.key]}
          />
        ),
      )}
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        <button type="submit" disabled={props.pending}>
          {props.pending ? t('connector.checking') : connection ? t('common.save') : t('connector.connect')}
        </button>
      </div>
    </form>
  );
}
