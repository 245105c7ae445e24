/** The languages customer-facing text is written in (spec P9). */
export const SUPPORTED_LOCALES = ['en', 'pl', 'cs', 'sv', 'de'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

// Czech shops often say "cz" (the country) for Czech (the language, "cs"); "cz" is no
// language code, so reading it as Czech cannot clash with anything.
const ALIASES: Readonly<Record<string, Locale>> = { cz: 'cs' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The supported locale a language tag names ('pl-PL', 'sv_SE', 'DE' …), if any. */
export function supportedLanguageOf(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.trim().split(/[-_]/, 1)[0]!.toLowerCase();
  if (isLocale(language)) return language;
  return ALIASES[language];
}

/**
 * The first candidate whose language is supported, else English. Pass candidates from
 * most to least specific; empty ones are skipped.
 *
 * @example
 * resolveLocale(contact.locale, fromAcceptLanguage(request.headers['accept-language']), channel.defaultLocale);
 * resolveLocale('sv_SE'); // 'sv'
 * resolveLocale('fr-FR', null); // 'en'
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = supportedLanguageOf(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The supported locale a browser prefers most according to its `Accept-Language` header
 * (q-values honoured, `q=0` meaning "not this one"), or `undefined` when it names none,
 * so that `resolveLocale` can fall through to the next candidate.
 *
 * @example
 * fromAcceptLanguage('fr-CH, fr;q=0.9, de;q=0.7, pl;q=0.8'); // 'pl'
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  const ranges: { locale: Locale; quality: number; position: number }[] = [];
  header.split(',').forEach((entry, position) => {
    const [tag = '', ...parameters] = entry.split(';').map((part) => part.trim());
    let quality = 1;
    for (const parameter of parameters) {
      const match = /^q=([01](?:\.\d{0,3})?)$/i.exec(parameter);
      if (match) quality = Number(match[1]);
      else if (/^q=/i.test(parameter)) quality = 0; // malformed weight: ignore the range
    }
    const locale = supportedLanguageOf(tag);
    if (locale && quality > 0 && quality <= 1) ranges.push({ locale, quality, position });
  });
  ranges.sort((a, b) => b.quality - a.quality || a.position - b.position);
  return ranges[0]?.locale;
}
