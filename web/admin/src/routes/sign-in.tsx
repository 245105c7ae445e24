import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useSignIn } from '../api/auth';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import { formValues, useFormErrors } from '../ui/form';
import { ErrorMessage } from '../ui/page';

export const Route = createFileRoute('/sign-in')({ component: SignIn });

function SignIn() {
  const { t } = useI18n();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const errors = useFormErrors();
  // The server asks for the authenticator code only when the user has two-factor sign-in on.
  const [needsTotp, setNeedsTotp] = useState(false);
  // Without the phone, a recovery code (each works once) stands in for the app's code.
  const [useRecovery, setUseRecovery] = useState(false);

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const values = formValues(event.currentTarget);
          const found: Record<string, string> = {};
          if (!/^[^\s@]+@[^\s@]+$/.test(values['email'] ?? '')) found['email'] = t('signIn.emailInvalid');
          if (!values['password']) found['password'] = t('form.required');
          if (needsTotp && !useRecovery && !/^\d{6}$/.test(values['totp'] ?? ''))
            found['totp'] = t('signIn.totpInvalid');
          if (needsTotp && useRecovery && !/^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(values['recoveryCode'] ?? ''))
            found['recoveryCode'] = t('signIn.recoveryInvalid');
          if (!errors.check(found)) return;
          signIn.mutate(
            {
              email: values['email']!,
              password: values['password']!,
              ...(needsTotp && !useRecovery ? { totp: values['totp']! } : {}),
              ...(needsTotp && useRecovery ? { recoveryCode: values['recoveryCode']! } : {}),
            },
            {
              onSuccess: (result) =>
                void navigate({ to: result.user.mustChangePassword ? '/password' : '/' }),
              onError: (error) => {
                if (error instanceof ApiError && error.code === 'totp_required') {
                  setNeedsTotp(true);
                  errors.clear();
                } else if (error instanceof ApiError && error.status === 401) {
                  errors.fail(new Error(t('signIn.wrong')));
                } else errors.fail(error);
              },
            },
          );
        }}
      >
        <TextField
          label={t('signIn.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          error={errors.fields['email']}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          description={t('signIn.passwordHint')}
          error={errors.fields['password']}
        />
        {needsTotp && !useRecovery ? (
          <TextField
            key="totp"
            label={t('signIn.totp')}
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            error={errors.fields['totp']}
          />
        ) : null}
        {needsTotp && useRecovery ? (
          <TextField
            key="recoveryCode"
            label={t('signIn.recovery')}
            name="recoveryCode"
            autoComplete="off"
            autoFocus
            description={t('signIn.recoveryHint')}
            error={errors.fields['recoveryCode']}
          />
        ) : null}
        {needsTotp ? (
          <p>
            <button
              type="button"
              className="link"
              onClick={() => {
                errors.clear();
                setUseRecovery(!useRecovery);
              }}
            >
              {useRecovery ? t('signIn.useTotp') : t('signIn.useRecovery')}
            </button>
          </p>
        ) : null}
        <ErrorMessage error={errors.formError} />
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
