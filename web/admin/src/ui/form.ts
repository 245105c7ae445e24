import { useState } from 'react';
import { ApiError, type FieldErrors } from '../api/client';
import { useI18n } from '../i18n/i18n';

/**
 * Field errors of one form: its own checks before sending, then the server's (mapped onto the
 * field they name). `formError` is what belongs to no field.
 */
export function useFormErrors() {
  const { t, has } = useI18n();
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(undefined);
  return {
    fields,
    formError,
    /** Runs the form's own checks; true when there is nothing to fix. */
    check(found: FieldErrors): boolean {
      setFields(found);
      setFormError(undefined);
      return Object.keys(found).length === 0;
    },
    /** Shows a failed request: on its fields when the server named any. */
    fail(error: unknown) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        // A problem the server names by code is worded in the admin's language (`verify.<code>`).
        const worded: FieldErrors = {};
        for (const [name, message] of Object.entries(error.fields)) {
          const key = `verify.${error.fieldCodes[name]}`;
          worded[name] = error.fieldCodes[name] && has(key) ? t(key, error.fieldParams[name]) : message;
        }
        setFields(worded);
        setFormError(undefined);
      } else {
        setFields({});
        setFormError(error);
      }
    },
    clear() {
      setFields({});
      setFormError(undefined);
    },
  };
}

/** The form's values as strings, by input name. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') values[key] = value.trim();
  return values;
}
