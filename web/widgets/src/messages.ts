/**
 * The review elements' words in the five languages (en, pl, cs, sv, de). Counts go through
 * Intl.PluralRules (`plural` in shared.ts): `#` is the formatted number.
 */
import type { Locale } from './shared';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;

export interface Messages {
  /** "{average} out of 5" */
  outOf: string;
  reviews: Forms;
  basedOn: Forms;
  none: string;
  verified: string;
  reply: string;
  sortNewest: string;
  sortRating: string;
  sortLabel: string;
  filterLabel: string;
  /** "{n} stars" */
  starsFilter: Forms;
  showAll: string;
  more: string;
  disclosure: string;
  certified: string;
  anonymous: string;
  carousel: string;
  previous: string;
  next: string;
  title: string;
}

export const MESSAGES: Record<Locale, Messages> = {
  en: {
    outOf: '{average} out of 5',
    reviews: { one: '# review', other: '# reviews' },
    basedOn: { one: 'based on # review', other: 'based on # reviews' },
    none: 'No reviews yet',
    verified: 'Verified buyer',
    reply: 'Reply from {shop}',
    sortNewest: 'Newest',
    sortRating: 'Highest rated',
    sortLabel: 'Sort by',
    filterLabel: 'Filter by rating',
    starsFilter: { one: '# star', other: '# stars' },
    showAll: 'All ratings',
    more: 'Show more reviews',
    disclosure: 'How reviews are collected and checked',
    certified: 'Certified reviews',
    anonymous: 'Customer',
    carousel: 'Customer reviews',
    previous: 'Previous review',
    next: 'Next review',
    title: 'Customer reviews',
  },
  pl: {
    outOf: '{average} na 5',
    reviews: { one: '# opinia', few: '# opinie', many: '# opinii', other: '# opinii' },
    basedOn: { one: 'na podstawie # opinii', other: 'na podstawie # opinii' },
    none: 'Brak opinii',
    verified: 'Zweryfikowany zakup',
    reply: 'Odpowiedź sklepu {shop}',
    sortNewest: 'Najnowsze',
    sortRating: 'Najwyżej oceniane',
    sortLabel: 'Sortuj',
    filterLabel: 'Filtruj według oceny',
    starsFilter: { one: '# gwiazdka', few: '# gwiazdki', many: '# gwiazdek', other: '# gwiazdek' },
    showAll: 'Wszystkie oceny',
    more: 'Pokaż więcej opinii',
    disclosure: 'Jak zbieramy i sprawdzamy opinie',
    certified: 'Certyfikowane opinie',
    anonymous: 'Klient',
    carousel: 'Opinie klientów',
    previous: 'Poprzednia opinia',
    next: 'Następna opinia',
    title: 'Opinie klientów',
  },
  cs: {
    outOf: '{average} z 5',
    reviews: { one: '# recenze', few: '# recenze', many: '# recenze', other: '# recenzí' },
    basedOn: { one: 'na základě # recenze', other: 'na základě # recenzí' },
    none: 'Zatím žádné recenze',
    verified: 'Ověřený nákup',
    reply: 'Odpověď obchodu {shop}',
    sortNewest: 'Nejnovější',
    sortRating: 'Nejlépe hodnocené',
    sortLabel: 'Řadit podle',
    filterLabel: 'Filtrovat podle hodnocení',
    starsFilter: { one: '# hvězdička', few: '# hvězdičky', other: '# hvězdiček' },
    showAll: 'Všechna hodnocení',
    more: 'Zobrazit další recenze',
    disclosure: 'Jak recenze sbíráme a ověřujeme',
    certified: 'Certifikované recenze',
    anonymous: 'Zákazník',
    carousel: 'Recenze zákazníků',
    previous: 'Předchozí recenze',
    next: 'Další recenze',
    title: 'Recenze zákazníků',
  },
  sv: {
    outOf: '{average} av 5',
    reviews: { one: '# omdöme', other: '# omdömen' },
    basedOn: { one: 'baserat på # omdöme', other: 'baserat på # omdömen' },
    none: 'Inga omdömen ännu',
    verified: 'Verifierat köp',
    reply: 'Svar från {shop}',
    sortNewest: 'Nyaste',
    sortRating: 'Högst betyg',
    sortLabel: 'Sortera efter',
    filterLabel: 'Filtrera efter betyg',
    starsFilter: { one: '# stjärna', other: '# stjärnor' },
    showAll: 'Alla betyg',
    more: 'Visa fler omdömen',
    disclosure: 'Så samlar vi in och kontrollerar omdömen',
    certified: 'Certifierade omdömen',
    anonymous: 'Kund',
    carousel: 'Kundomdömen',
    previous: 'Föregående omdöme',
    next: 'Nästa omdöme',
    title: 'Kundomdömen',
  },
  de: {
    outOf: '{average} von 5',
    reviews: { one: '# Bewertung', other: '# Bewertungen' },
    basedOn: { one: 'basierend auf # Bewertung', other: 'basierend auf # Bewertungen' },
    none: 'Noch keine Bewertungen',
    verified: 'Verifizierter Kauf',
    reply: 'Antwort von {shop}',
    sortNewest: 'Neueste',
    sortRating: 'Beste Bewertung',
    sortLabel: 'Sortieren nach',
    filterLabel: 'Nach Bewertung filtern',
    starsFilter: { one: '# Stern', other: '# Sterne' },
    showAll: 'Alle Bewertungen',
    more: 'Weitere Bewertungen anzeigen',
    disclosure: 'Wie Bewertungen gesammelt und geprüft werden',
    certified: 'Zertifizierte Bewertungen',
    anonymous: 'Kunde',
    carousel: 'Kundenbewertungen',
    previous: 'Vorherige Bewertung',
    next: 'Nächste Bewertung',
    title: 'Kundenbewertungen',
  },
};

/** "4,3 na 5, 27 opinii": the stars' accessible name. */
export function ratingLabel(
  m: Messages,
  locale: Locale,
  average: string,
  count: number,
  plural: (l: Locale, n: number, f: Forms) => string,
): string {
  return `${m.outOf.replace('{average}', average)}, ${plural(locale, count, m.reviews)}`;
}
