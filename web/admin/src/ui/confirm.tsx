import { AlertDialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/** A button that asks before a destructive action (Radix AlertDialog: focus trap, Escape, roles). */
export function ConfirmButton(props: {
  children: ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm(): void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="danger" disabled={props.disabled}>
          {props.children}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title>{props.title}</AlertDialog.Title>
          <AlertDialog.Description>{props.description}</AlertDialog.Description>
          <div className="actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="secondary">
                {t('common.cancel')}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="danger" onClick={props.onConfirm}>
                {props.confirmLabel}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
