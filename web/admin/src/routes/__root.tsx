import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet, redirect, useNavigate } from '@tanstack/react-router';
import { currentUser, useCurrentUser, useSignOut } from '../api/auth';
import type { Api } from '../api/client';
import { type Locale, SUPPORTED_LOCALES, useI18n } from '../i18n/i18n';
import { loadMessagesFor } from '../i18n/sections';
import { PageLinks, PageMenu } from '../ui/main-nav';

export interface RouterContext {
  api: Api;
  queryClient: QueryClient;
}

const OPEN_PATHS = ['/sign-in'];

export const Route = createRootRouteWithContext<RouterContext>()({
  // Every page but sign-in needs a session; a one-time password must be changed first.
  // The page's texts (i18n/sections.ts) load beside the session check, before the page renders.
  beforeLoad: async ({ context, location }) => {
    const messages = loadMessagesFor(location.pathname);
    if (OPEN_PATHS.includes(location.pathname)) {
      await messages;
      return;
    }
    const [me] = await Promise.all([
      context.queryClient.ensureQueryData(currentUser.query(context.api)),
      messages,
    ]);
    if (!me) throw redirect({ to: '/sign-in' });
    if (me.user?.mustChangePassword && location.pathname !== '/password') throw redirect({ to: '/password' });
  },
  component: Shell,
});

const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  pl: 'Polski',
  cs: 'Čeština',
  sv: 'Svenska',
  de: 'Deutsch',
};

function LanguagePicker() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="language">
      <span>{t('nav.language')}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {SUPPORTED_LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

function Shell() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const signedIn = Boolean(me.data?.user && !me.data.user.mustChangePassword);
  return (
    <>
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="topbar-row">
          <span className="brand">Trustloop</span>
          {signedIn ? <PageMenu /> : null}
          <div className="topbar-end">
            <LanguagePicker />
            {me.data ? (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  signOut.mutate(undefined, { onSuccess: () => void navigate({ to: '/sign-in' }) })
                }
              >
                {t('nav.signOut')}
              </button>
            ) : null}
          </div>
        </div>
        {signedIn ? <PageLinks /> : null}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
