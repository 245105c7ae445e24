/**
 * The panel's own control words (en, pl, cs, sv, de). Everything about the program itself
 * (prompts, balances, reward texts, ways to earn) comes localized from the hub.
 */
import type { Locale } from '../shared';

export interface LoyaltyWords {
  open: string;
  close: string;
  signIn: string;
  points: string;
  applyToCart: string;
  /** A redeemed coupon whose code the shop is still creating. */
  preparing: string;
  copy: string;
  copied: string;
  share: string;
  locked: string;
  failed: string;
}

export const WORDS: Record<Locale, LoyaltyWords> = {
  en: {
    open: 'Open rewards',
    close: 'Close',
    signIn: 'Sign in',
    points: '{points} points',
    applyToCart: 'Apply to cart',
    preparing: 'Your code is being prepared in the shop…',
    copy: 'Copy link',
    copied: 'Link copied',
    share: 'Share',
    locked: 'Needs a higher tier',
    failed: 'Something went wrong. Please try again.',
  },
  pl: {
    open: 'Otwórz nagrody',
    close: 'Zamknij',
    signIn: 'Zaloguj się',
    points: '{points} pkt',
    applyToCart: 'Dodaj do koszyka',
    preparing: 'Sklep przygotowuje Twój kod…',
    copy: 'Kopiuj link',
    copied: 'Skopiowano link',
    share: 'Udostępnij',
    locked: 'Wymaga wyższego poziomu',
    failed: 'Coś poszło nie tak. Spróbuj ponownie.',
  },
  cs: {
    open: 'Otevřít odměny',
    close: 'Zavřít',
    signIn: 'Přihlásit se',
    points: '{points} b.',
    applyToCart: 'Použít v košíku',
    preparing: 'Obchod připravuje váš kód…',
    copy: 'Kopírovat odkaz',
    copied: 'Odkaz zkopírován',
    share: 'Sdílet',
    locked: 'Vyžaduje vyšší úroveň',
    failed: 'Něco se nepovedlo. Zkuste to znovu.',
  },
  sv: {
    open: 'Öppna belöningar',
    close: 'Stäng',
    signIn: 'Logga in',
    points: '{points} poäng',
    applyToCart: 'Använd i varukorgen',
    preparing: 'Butiken förbereder din kod…',
    copy: 'Kopiera länk',
    copied: 'Länken kopierad',
    share: 'Dela',
    locked: 'Kräver en högre nivå',
    failed: 'Något gick fel. Försök igen.',
  },
  de: {
    open: 'Prämien öffnen',
    close: 'Schließen',
    signIn: 'Anmelden',
    points: '{points} Punkte',
    applyToCart: 'Im Warenkorb einlösen',
    preparing: 'Der Shop erstellt Ihren Code…',
    copy: 'Link kopieren',
    copied: 'Link kopiert',
    share: 'Teilen',
    locked: 'Erfordert eine höhere Stufe',
    failed: 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
  },
};
