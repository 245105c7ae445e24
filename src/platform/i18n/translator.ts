import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

/** Values for a message's `{arguments}`. Plural and number arguments take numbers. */
export type MessageParams = Readonly<
  Record<string, string | number | bigint | boolean | Date | null | undefined>
>;

/** One locale's messages: ICU MessageFormat strings by key. */
export type MessageCatalogue<K extends string> = Readonly<Record<K, string>>;

export interface Translator<K extends string> {
  /**
   * The message `key` in `locale`, with `params` filled in. The result is plain text:
   * escape it where it goes into HTML. Throws when a parameter the message uses is missing.
   */
  t(locale: Locale, key: K, params?: MessageParams): string;
  /** Whether `key` is a known message key, for keys that arrive as data. */
  has(key: string): key is K;
}

/**
 * A translator over one catalogue per supported locale. Messages are compiled on first
 * use and cached for the translator's lifetime.
 *
 * @example
 * const { t } = createTranslator(catalogues);
 * t('pl', 'common.points', { count: 5 }); // '5 punktów'
 */
export function createTranslator<K extends string>(
  catalogues: Readonly<Record<Locale, MessageCatalogue<K>>>,
): Translator<K> {
  const compiled = new Map<string, IntlMessageFormat>();

  function compile(locale: Locale, key: K): IntlMessageFormat {
    const cacheKey = `${locale}\0${key}`;
    let message = compiled.get(cacheKey);
    if (!message) {
      const catalogue = Object.hasOwn(catalogues, locale) ? catalogues[locale] : catalogues[DEFAULT_LOCALE];
      if (!Object.hasOwn(catalogue, key)) throw new Error(`unknown message key "${key}"`);
      message = new IntlMessageFormat(catalogue[key], locale);
      compiled.set(cacheKey, message);
    }
    return message;
  }

  return {
    t(locale, key, params) {
      return String(compile(locale, key).format(params));
    },
    has(key): key is K {
      return Object.hasOwn(catalogues[DEFAULT_LOCALE], key);
    },
  };
}
