import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';

interface FieldProps {
  label: string;
  description?: ReactNode | undefined;
  error?: string | undefined;
}

function FieldFrame(props: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.description ? (
        <p className="field-description" id={`${props.id}-description`}>
          {props.description}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, props: FieldProps): string | undefined {
  const ids = [props.description ? `${id}-description` : '', props.error ? `${id}-error` : ''];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A labelled input whose description and error are announced with it. */
export function TextField({
  label,
  description,
  error,
  id: givenId,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, description, error })}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  description,
  error,
  options,
  id: givenId,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, description, error })}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
