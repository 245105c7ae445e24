/**
 * Customer-facing text in every supported language (spec P9): locale resolution, the
 * message catalogue, and money and date formatting. Nothing else is imported from inside
 * this folder.
 *
 * @example
 * const locale = resolveLocale(contact.locale, fromAcceptLanguage(acceptLanguage), channel.defaultLocale);
 * t(locale, 'invitation.email.subject', { shop: channel.name });
 * t(locale, 'hub.next_reward', { missing: 120, reward: reward.name });
 * t(locale, 'loyalty.way.per_spend', { points: 1, amount: formatMoney(1000, 'PLN', locale, { hideZeroFraction: true }) });
 */

import type { Locale } from './locales.js';
import { catalogues } from './messages/catalogues.js';
import type { MessageKey } from './messages/en.js';
import { createTranslator, type MessageParams } from './translator.js';

export {
  currencyDigits,
  type DateFormatOptions,
  formatDate,
  formatMoney,
  isCurrency,
  type MoneyFormatOptions,
} from './format.js';
export {
  DEFAULT_LOCALE,
  fromAcceptLanguage,
  isLocale,
  type Locale,
  resolveLocale,
  SUPPORTED_LOCALES,
  supportedLanguageOf,
} from './locales.js';
export { catalogues } from './messages/catalogues.js';
export type { Catalogue, MessageKey } from './messages/en.js';
export {
  createTranslator,
  type MessageCatalogue,
  type MessageParams,
  type Translator,
} from './translator.js';

const builtIn = createTranslator<MessageKey>(catalogues);

/**
 * The built-in catalogue's message `key` in `locale`. Plain text: escape it for HTML.
 *
 * @example
 * t('cs', 'common.points', { count: 5 }); // '5 bodů'
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return builtIn.t(locale, key, params);
}

/** Whether a string from data (a template, a stored setting) is a built-in message key. */
export function isMessageKey(key: string): key is MessageKey {
  return builtIn.has(key);
}
