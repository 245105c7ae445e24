import { useRef } from 'react';
import type { Connection, ConnectorDescriptor } from '../../api/integrations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/field';
import { formValues, type useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';
import { ListField } from './-list-field';

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
  if (field.type === 'string_list' || field.type === 'tag_list')
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return raw;
}

/** The form's own checks, by the descriptor's types (the server checks again and live). */
function problem(field: Field, value: unknown, stored: boolean, t: (key: MessageKey) => string) {
  if (value === undefined)
    return field.required && !stored
      ? t(field.choices === 'lists' ? 'lists.required' : 'form.required')
      : undefined;
  // Tags as everywhere in Trustloop (C3): commas between them, no spaces inside.
  if (field.type === 'tag_list' && (value as string[]).some((tag) => /\s/.test(tag)))
    return t('export.tagsInvalid');
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
  /** The settings this form shows (one section of the page); all of the descriptor's by default. */
  fields?: readonly Field[];
  /** The submit button's text once connected (e.g. a tab's own "Save"). */
  saveLabel?: string;
  pending: boolean;
  errors: ReturnType<typeof useFormErrors>;
  onSubmit(settings: Record<string, unknown>): void;
}) {
  const { t, has } = useI18n();
  const { descriptor, connection, errors } = props;
  const fields = props.fields ?? descriptor.settings;
  const label = (field: Field) => {
    const key = `connector.${descriptor.id}.${field.key}`;
    return has(key) ? t(key) : field.label;
  };
  const description = (field: Field) => {
    const key = `connector.${descriptor.id}.${field.key}.description`;
    return has(key) ? t(key) : field.description;
  };
  const formRef = useRef<HTMLFormElement>(null);
  const fieldValue = (form: HTMLFormElement, field: Field) => {
    const input = form.elements.namedItem(field.key) as HTMLInputElement | null;
    return parse(field, formValues(form)[field.key] ?? '', input?.checked ?? false);
  };
  /** What the list lookup needs: the typed settings; none while a stored secret is kept. */
  const credentials = () => {
    const form = formRef.current;
    if (!form) return undefined;
    const typed: Record<string, unknown> = {};
    for (const field of descriptor.settings) {
      const value = field.choices === 'lists' ? undefined : fieldValue(form, field);
      if (value !== undefined && field.type !== 'boolean') typed[field.key] = value;
    }
    const newSecret = descriptor.settings.some((field) => field.secret && typed[field.key] !== undefined);
    return connection && !newSecret ? undefined : typed;
  };
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const settings: Record<string, unknown> = {};
        const found: Record<string, string> = {};
        for (const field of fields) {
          const value = fieldValue(form, field);
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
      {fields.map((field) =>
        field.choices === 'lists' ? (
          <ListField
            key={field.key}
            connectorId={descriptor.id}
            name={field.key}
            label={label(field)}
            description={description(field)}
            error={errors.fields[field.key]}
            connection={connection}
            credentials={credentials}
            onLookupError={errors.fail}
          />
        ) : field.type === 'boolean' ? (
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
              field.type === 'string_list' || field.type === 'tag_list'
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
          {props.pending
            ? t('connector.checking')
            : connection
              ? (props.saveLabel ?? t('common.save'))
              : t('connector.connect')}
        </button>
      </div>
    </form>
  );
}
