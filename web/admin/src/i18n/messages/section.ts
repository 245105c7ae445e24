import type { Locale } from '../../../../../src/platform/i18n/locales.js';

/**
 * One admin section's messages in every language, kept in one file so that sections can grow
 * side by side without touching each other's lines. English defines the keys; every other
 * language must have exactly those keys (the compiler checks here, catalogues.test.ts checks
 * the ICU arguments and plural categories).
 */
export type SectionMessages<E extends Record<string, string>> = { en: E } & Record<
  Exclude<Locale, 'en'>,
  Readonly<Record<keyof E, string>>
>;

export function section<const E extends Record<string, string>>(messages: SectionMessages<E>) {
  return messages;
}
