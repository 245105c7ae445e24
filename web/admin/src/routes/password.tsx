import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useChangePassword, useCurrentUser } from '../api/auth';
import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import { formValues, useFormErrors } from '../ui/form';
import { ErrorMessage } from '../ui/page';

export const Route = createFileRoute('/password')({ component: ChangePassword });

// The server's rule (src/platform/crypto/passwords.ts), checked here first so nothing is sent in vain.
const MIN_LENGTH = 10;

function ChangePassword() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const change = useChangePassword();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const forced = me.data?.user?.mustChangePassword === true;

  return (
    <section className="narrow">
      <h1>{t('password.title')}</h1>
      <p>{forced ? t('password.forced') : t('password.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const values = formValues(event.currentTarget);
          const found: Record<string, string> = {};
          if (!values['currentPassword']) found['currentPassword'] = t('form.required');
          const next = values['newPassword'] ?? '';
          if ([...next].length < MIN_LENGTH)
            found['newPassword'] = t('password.tooShort', { min: MIN_LENGTH });
          else if (next === values['currentPassword']) found['newPassword'] = t('password.same');
          if (next !== values['confirmPassword']) found['confirmPassword'] = t('password.mismatch');
          if (!errors.check(found)) return;
          change.mutate(
            { currentPassword: values['currentPassword']!, newPassword: next },
            { onSuccess: () => void navigate({ to: '/' }), onError: errors.fail },
          );
        }}
      >
        <TextField
          label={forced ? t('password.oneTime') : t('password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={errors.fields['currentPassword']}
        />
        <TextField
          label={t('password.new')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          description={t('password.rule', { min: MIN_LENGTH })}
          error={errors.fields['newPassword']}
        />
        <TextField
          label={t('password.confirm')}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          error={errors.fields['confirmPassword']}
        />
        <ErrorMessage error={errors.formError} />
        <button type="submit" disabled={change.isPending}>
          {t('password.submit')}
        </button>
      </form>
    </section>
  );
}
