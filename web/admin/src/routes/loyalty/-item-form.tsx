import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { formValues, type useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';

/**
 * The frame every item of the program page (a tier, a reward) is edited in: one form card named
 * by its title, its fields, the error that belongs to no field, and the buttons: remove (asked
 * first) for an existing item, save (or add, for the empty form that makes a new one).
 */
export function ItemForm(props: {
  title: string;
  errors: ReturnType<typeof useFormErrors>;
  /** Checks the trimmed values and saves them; `form` is there to empty it once a new item is saved. */
  onValues: (values: Record<string, string>, form: HTMLFormElement) => void;
  saving: boolean;
  /** The add button's label; an existing item (one with `removal`) is saved with "Save". */
  addLabel: string;
  /** How an existing item is removed; absent for the new-item form. */
  removal?: { label: string; title: string; description: string; confirm(): void; error: unknown };
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { removal } = props;
  return (
    <form
      className="card item-form"
      aria-label={props.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onValues(formValues(event.currentTarget), event.currentTarget);
      }}
    >
      <h3>{props.title}</h3>
      {props.children}
      <ErrorMessage error={props.errors.formError ?? removal?.error} />
      <div className="actions">
        {removal ? (
          <ConfirmButton
            title={removal.title}
            description={removal.description}
            confirmLabel={removal.label}
            onConfirm={removal.confirm}
          >
            {removal.label}
          </ConfirmButton>
        ) : null}
        <button type="submit" disabled={props.saving}>
          {removal ? t('common.save') : props.addLabel}
        </button>
      </div>
    </form>
  );
}
