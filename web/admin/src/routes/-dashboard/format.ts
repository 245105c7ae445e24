import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';

/** Numbers, ratings and week labels in the admin's language. */
export function useFormats() {
  const { locale } = useI18n();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(locale);
    const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    // Weeks are UTC Mondays (`YYYY-MM-DD`): shown as that day, in UTC, whatever the browser's zone.
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const asDate = (week: string) => new Date(`${week}T00:00:00Z`);
    return {
      number: (value: number) => integer.format(value),
      rating: (value: number | null) => (value === null ? '—' : rating.format(value)),
      week: (week: string) => day.format(asDate(week)),
      weekLong: (week: string) => longDay.format(asDate(week)),
    };
  }, [locale]);
}

export type Formats = ReturnType<typeof useFormats>;

/** Series colours: each at least 3:1 against the white card (WCAG 1.4.11), never the only cue. */
export const COLORS = {
  blue: '#1f5fbf',
  orange: '#b45309',
  green: '#1e6b35',
  purple: '#6d28d9',
  grey: '#4f5869',
} as const;
