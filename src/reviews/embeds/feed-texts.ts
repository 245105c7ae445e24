import { formatDate, type Locale, SUPPORTED_LOCALES, t } from '../../platform/i18n/index.js';

export type StarIcon = 'full' | 'half' | 'empty';

/**
 * Five icons for an average, to the nearest half star (4.3 → four and a half, 4.2 → four),
 * so the stars agree with the number printed beside them.
 */
export function starIcons(average: number): StarIcon[] {
  const halves = Math.round(Math.min(5, Math.max(0, average)) * 2);
  return [1, 2, 3, 4, 5].map((n) => (halves >= n * 2 ? 'full' : halves === n * 2 - 1 ? 'half' : 'empty'));
}

/** The average with one decimal in the locale's own way: "4.3" in English, "4,3" in pl, cs, de, sv. */
export function formatAverage(average: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    average,
  );
}

export interface RatingTexts {
  average: string;
  count: string;
  outOf: string;
  certified: string;
  heading: string;
  verified: string;
}

/**
 * Every text the snippets print, in every supported language. They live in the feed, which the
 * ESP fetches when it sends a mail: a count or average changes in the mail as soon as reviews
 * change, with each language's plural forms ("3 opinie", "5 opinii", "22 opinie").
 */
export function ratingTexts(average: number, count: number): Record<Locale, RatingTexts> {
  const texts = {} as Record<Locale, RatingTexts>;
  for (const locale of SUPPORTED_LOCALES) {
    texts[locale] = {
      average: formatAverage(average, locale),
      count: t(locale, 'embeds.reviews_count', { count }),
      outOf: t(locale, 'embeds.out_of'),
      certified: t(locale, 'embeds.certified'),
      heading: t(locale, 'embeds.heading'),
      verified: t(locale, 'embeds.verified'),
    };
  }
  return texts;
}

/** A review's date in every supported language, in the channel's time zone ("3 grudnia 2026"). */
export function reviewDates(iso: string, timeZone: string): Record<Locale, string> {
  const dates = {} as Record<Locale, string>;
  for (const locale of SUPPORTED_LOCALES) dates[locale] = formatDate(iso, timeZone, locale);
  return dates;
}
