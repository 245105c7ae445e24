import { createFileRoute } from '@tanstack/react-router';
import { Dialog } from 'radix-ui';
import { useState } from 'react';
import { SCOPES } from '../../../../../src/accounts/scopes.js';
import { type Scope, useApiKeys, useCreateApiKey, useRevokeApiKey } from '../../api/account';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { CopyValue } from '../../ui/copy';
import { TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { EmptyState, ErrorMessage, Loading, Page } from '../../ui/page';

export const Route = createFileRoute('/account/api-keys')({ component: ApiKeys });

function NewKey() {
  const { t } = useI18n();
  const create = useCreateApiKey();
  const errors = useFormErrors();
  const [secret, setSecret] = useState<string | undefined>();
  return (
    <section className="card" aria-labelledby="new-key">
      <h2 id="new-key">{t('apiKeys.add')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const values = formValues(form);
          const scopes = new FormData(form).getAll('scopes').map(String) as Scope[];
          const found: Record<string, string> = {};
          if (!values['name']) found['name'] = t('form.required');
          if (scopes.length === 0) found['scopes'] = t('apiKeys.scopesRequired');
          if (!errors.check(found)) return;
          create.mutate(
            { name: values['name']!, scopes },
            {
              onSuccess: (result) => {
                form.reset();
                setSecret(result.secret);
              },
              onError: errors.fail,
            },
          );
        }}
      >
        <TextField
          label={t('apiKeys.name')}
          name="name"
          error={errors.fields['name']}
          placeholder="shop-sync"
        />
        <fieldset aria-describedby={errors.fields['scopes'] ? 'scopes-error' : undefined}>
          <legend>{t('apiKeys.scopes')}</legend>
          <div className="scopes">
            {SCOPES.map((scope) => (
              <label key={scope} className="check">
                <input type="checkbox" name="scopes" value={scope} />
                <code>{scope}</code>
              </label>
            ))}
          </div>
          {errors.fields['scopes'] ? (
            <p className="field-error" id="scopes-error">
              {errors.fields['scopes']}
            </p>
          ) : null}
        </fieldset>
        <ErrorMessage error={errors.formError} />
        <button type="submit" disabled={create.isPending}>
          {t('apiKeys.create')}
        </button>
      </form>
      <Dialog.Root open={secret !== undefined} onOpenChange={(open) => (open ? null : setSecret(undefined))}>
        <Dialog.Portal>
          <Dialog.Overlay className="overlay" />
          <Dialog.Content className="dialog">
            <Dialog.Title>{t('apiKeys.secretTitle')}</Dialog.Title>
            <Dialog.Description>{t('apiKeys.secretOnce')}</Dialog.Description>
            {secret ? <CopyValue label={t('apiKeys.secret')} value={secret} /> : null}
            <div className="actions">
              <Dialog.Close asChild>
                <button type="button">{t('apiKeys.secretDone')}</button>
              </Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </section>
  );
}

function ApiKeys() {
  const { t, formatDateTime } = useI18n();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const active = keys.data?.filter((key) => !key.revokedAt) ?? [];
  return (
    <Page title={t('apiKeys.title')}>
      <p>{t('apiKeys.intro')}</p>
      {keys.isPending ? <Loading /> : null}
      <ErrorMessage error={keys.error ?? revoke.error} />
      {keys.data && active.length === 0 ? (
        <EmptyState title={t('apiKeys.emptyTitle')}>
          <p>{t('apiKeys.emptyText')}</p>
        </EmptyState>
      ) : null}
      {active.length > 0 ? (
        <table>
          <caption className="sr-only">{t('apiKeys.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.name')}</th>
              <th scope="col">{t('apiKeys.prefix')}</th>
              <th scope="col">{t('apiKeys.scopes')}</th>
              <th scope="col">{t('apiKeys.lastUsed')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((key) => (
              <tr key={key.id}>
                <td>{key.name}</td>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td className="scope-list">{key.scopes.join(', ')}</td>
                <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')}</td>
                <td>
                  <ConfirmButton
                    title={t('apiKeys.revokeTitle', { name: key.name })}
                    description={t('apiKeys.revokeText')}
                    confirmLabel={t('apiKeys.revoke')}
                    onConfirm={() => revoke.mutate(key.id)}
                  >
                    {t('apiKeys.revoke')}
                  </ConfirmButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <NewKey />
    </Page>
  );
}
