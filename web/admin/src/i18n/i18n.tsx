import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
// The server's message-catalogue mechanism (ICU MessageFormat through intl-messageformat), reused
// as is: the admin has its own catalogue, the mechanism and the locale rules are the shopper pages'.
import {
  isLocale,
  type Locale,
  resolveLocale,
  SUPPORTED_LOCALES,
} from '../../../../src/platform/i18n/locales.js';
import { createTranslator, type MessageParams } from '../../../../src/platform/i18n/translator.js';
import { cs } from './messages/cs';
import { de } from './messages/de';
import { en, type MessageKey } from './messages/en';
import { errorTexts } from './messages/errors';
import { pl } from './messages/pl';
import { sv } from './messages/sv';

export type { MessageKey };
export { type Locale, SUPPORTED_LOCALES };

// The catalogues the translator reads: the first chunk's, plus the sections that a page loaded
// later brings with it (addMessages), so that a page's texts do not weigh on the sign-in page.
// The error codes' wording is in the first chunk: any page's error box may need it.
const catalogues: Record<Locale, Record<string, string>> = {
  en: { ...en, ...errorTexts.en },
  pl: { ...pl, ...errorTexts.pl },
  cs: { ...cs, ...errorTexts.cs },
  sv: { ...sv, ...errorTexts.sv },
  de: { ...de, ...errorTexts.de },
};
const translator = createTranslator<MessageKey>(catalogues as Record<Locale, Record<MessageKey, string>>);

/**
 * Adds a section's messages, in every language, when the page chunk that uses them loads. Its
 * keys are read through `t` cast to the section's keys (see routes/integrations/-shop-i18n.ts).
 */
export function addMessages(section: Readonly<Record<Locale, Readonly<Record<string, string>>>>): void {
  for (const locale of SUPPORTED_LOCALES) Object.assign(catalogues[locale], section[locale]);
}
const STORAGE_KEY = 'trustloop.admin.locale';

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return resolveLocale(...(globalThis.navigator?.languages ?? []));
}

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** Whether a key arriving as data (a connector's setting) has a translation. */
  has(key: string): key is MessageKey;
  formatDateTime(iso: string | null | undefined): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      setLocale,
      t: (key, params) => translator.t(locale, key, params),
      has: (key): key is MessageKey => translator.has(key),
      formatDateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : '—'),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
