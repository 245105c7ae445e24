import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useConfirmTotp, useCurrentUser, useDisableTotp, useStartTotp } from '../../api/auth';
import { useI18n } from '../../i18n/i18n';
import { ConfirmButton } from '../../ui/confirm';
import { CopyButton, CopyValue } from '../../ui/copy';
import { TextField } from '../../ui/field';
import { formValues, useFormErrors } from '../../ui/form';
import { ErrorMessage, Loading, Page } from '../../ui/page';
import { QrCode } from '../../ui/qr-code';

export const Route = createFileRoute('/account/security')({ component: Security });

/** Two-factor sign-in (docs/sign-in.md): enrol with an authenticator app, or turn it off. */
function Security() {
  const { t } = useI18n();
  const me = useCurrentUser();
  // Shown once, right after enrolment; kept here so that the refreshed `me` does not hide them.
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>(undefined);
  if (me.isPending) return <Loading />;
  const user = me.data?.user;
  if (!user) return <ErrorMessage error={me.error} />;
  return (
    <Page title={t('security.title')}>
      <section className="card" aria-labelledby="two-factor">
        <h2 id="two-factor">{t('security.twoFactor')}</h2>
        {recoveryCodes ? (
          <RecoveryCodes
            codes={recoveryCodes}
            email={user.email}
            onDone={() => setRecoveryCodes(undefined)}
          />
        ) : user.twoFactorEnabled ? (
          <Disable />
        ) : (
          <Enrol onEnrolled={setRecoveryCodes} />
        )}
      </section>
    </Page>
  );
}

function Enrol({ onEnrolled }: { onEnrolled(codes: string[]): void }) {
  const { t } = useI18n();
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const errors = useFormErrors();
  if (!start.data)
    return (
      <>
        <p>{t('security.off')}</p>
        <p className="hint">{t('security.why')}</p>
        <ErrorMessage error={start.error} />
        <button type="button" disabled={start.isPending} onClick={() => start.mutate()}>
          {t('security.start')}
        </button>
      </>
    );
  const { otpauthUri, secret } = start.data;
  return (
    <ol className="enrol">
      <li>
        <p>{t('security.scan')}</p>
        <QrCode value={otpauthUri} label={t('security.qrLabel')} />
      </li>
      <li>
        <p>{t('security.manual')}</p>
        <CopyValue label={t('security.secret')} value={secret} />
      </li>
      <li>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const code = (formValues(event.currentTarget)['code'] ?? '').replace(/\s/g, '');
            if (!errors.check(/^\d{6}$/.test(code) ? {} : { code: t('signIn.totpInvalid') })) return;
            confirm.mutate(code, { onSuccess: onEnrolled, onError: errors.fail });
          }}
        >
          <TextField
            label={t('security.code')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            description={t('security.codeHint')}
            error={errors.fields['code']}
          />
          <ErrorMessage error={errors.formError} />
          <div className="actions">
            <button type="submit" disabled={confirm.isPending}>
              {t('security.confirm')}
            </button>
          </div>
        </form>
      </li>
    </ol>
  );
}

/** The recovery codes, shown this once: copy them or download them as a text file. */
function RecoveryCodes({ codes, email, onDone }: { codes: string[]; email: string; onDone(): void }) {
  const { t } = useI18n();
  const text = `${t('security.fileTitle', { email })}\n\n${codes.join('\n')}\n`;
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'trustloop-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <p role="status" className="note">
        {t('security.on')}
      </p>
      <p>{t('security.codesOnce')}</p>
      <ul className="recovery-codes" aria-label={t('security.codes')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <CopyButton value={codes.join('\n')} label={t('security.copyCodes')} />
        <button type="button" className="secondary" onClick={download}>
          {t('security.download')}
        </button>
        <button type="button" onClick={onDone}>
          {t('security.saved')}
        </button>
      </div>
    </>
  );
}

function Disable() {
  const { t } = useI18n();
  const disable = useDisableTotp();
  const errors = useFormErrors();
  const [password, setPassword] = useState('');
  return (
    <>
      <p>{t('security.isOn')}</p>
      <TextField
        label={t('security.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        description={t('security.passwordHint')}
        error={errors.fields['password']}
      />
      <ErrorMessage error={errors.formError} />
      <ConfirmButton
        title={t('security.disableTitle')}
        description={t('security.disableText')}
        confirmLabel={t('security.disable')}
        onConfirm={() => {
          if (!errors.check(password ? {} : { password: t('form.required') })) return;
          disable.mutate(password, { onError: errors.fail, onSuccess: () => setPassword('') });
        }}
      >
        {t('security.disable')}
      </ConfirmButton>
    </>
  );
}
