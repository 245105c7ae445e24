import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useAddUser, useRemoveUser, useUsers } from '../../api/account';
import { useCurrentUser } from '../../api/auth';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { CopyValue } from '../../ui/copy';
import { SelectField, TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage, Loading, Page } from '../../ui/page';

export const Route = createFileRoute('/account/users')({ component: Users });

function AddUser() {
  const { t } = useI18n();
  const add = useAddUser();
  const errors = useFormErrors();
  const [created, setCreated] = useState<{ email: string; oneTimePassword?: string } | undefined>();
  return (
    <section className="card" aria-labelledby="add-user">
      <h2 id="add-user">{t('users.add')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const values = formValues(form);
          const found: Record<string, string> = {};
          if (!/^[^\s@]+@[^\s@]+$/.test(values['email'] ?? '')) found['email'] = t('signIn.emailInvalid');
          if (!values['name']) found['name'] = t('form.required');
          if (!errors.check(found)) return;
          add.mutate(
            { email: values['email']!, name: values['name']!, role: values['role'] as 'admin' | 'viewer' },
            {
              onSuccess: (result) => {
                form.reset();
                setCreated({
                  email: result.user.email,
                  ...(result.oneTimePassword ? { oneTimePassword: result.oneTimePassword } : {}),
                });
              },
              onError: errors.fail,
            },
          );
        }}
      >
        <div className="row">
          <TextField label={t('users.email')} name="email" type="email" error={errors.fields['email']} />
          <TextField label={t('users.name')} name="name" error={errors.fields['name']} />
          <SelectField
            label={t('users.role')}
            name="role"
            options={[
              { value: 'admin', label: t('users.role.admin') },
              { value: 'viewer', label: t('users.role.viewer') },
            ]}
            description={t('users.roleHint')}
          />
        </div>
        <ErrorMessage error={errors.formError} />
        <button type="submit" disabled={add.isPending}>
          {t('users.create')}
        </button>
      </form>
      {created?.oneTimePassword ? (
        <div className="reveal" role="status">
          <p>{t('users.oneTimePassword', { email: created.email })}</p>
          <CopyValue label={t('users.oneTimePasswordLabel')} value={created.oneTimePassword} />
        </div>
      ) : null}
    </section>
  );
}

function Users() {
  const { t, formatDateTime } = useI18n();
  const me = useCurrentUser();
  const users = useUsers();
  const remove = useRemoveUser();
  return (
    <Page title={t('users.title')}>
      {users.isPending ? <Loading /> : null}
      <ErrorMessage error={users.error ?? remove.error} />
      {users.data ? (
        <table>
          <caption className="sr-only">{t('users.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.since')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{t(`users.role.${user.role}`)}</td>
                <td>{formatDateTime(user.createdAt)}</td>
                <td>
                  {user.id !== me.data?.user?.id ? (
                    <ConfirmButton
                      title={t('users.removeTitle', { name: user.name })}
                      description={t('users.removeText')}
                      confirmLabel={t('users.remove')}
                      onConfirm={() => remove.mutate(user.id)}
                    >
                      {t('users.remove')}
                    </ConfirmButton>
                  ) : (
                    t('users.you')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <AddUser />
    </Page>
  );
}
