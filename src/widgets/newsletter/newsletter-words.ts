/**
 * What the newsletter's server side says to the shopper (the confirmation email, the no-JS form
 * and the plain pages after it), in the five widget languages. The element's own words live in
 * web/widgets/src/elements/newsletter.ts; the shared sentences here say the same thing.
 */
import type { Locale } from '../../platform/i18n/index.js';

export interface NewsletterWords {
  title: string;
  email: string;
  consent: string;
  submit: string;
  subscribed: string;
  checkInbox: string;
  mailSubject: string;
  mailBody: string;
  mailButton: string;
  mailIgnore: string;
  confirmTitle: string;
  confirmButton: string;
  confirmed: string;
  linkInvalid: string;
  badEmail: string;
  noConsent: string;
  formExpired: string;
  backToShop: string;
}

export const NEWSLETTER_WORDS: Record<Locale, NewsletterWords> = {
  en: {
    title: 'Newsletter',
    email: 'Email address',
    consent: 'I agree to receive the {shop} newsletter by email. I can unsubscribe at any time.',
    submit: 'Subscribe',
    subscribed: 'Thank you, you are subscribed.',
    checkInbox: 'Almost done: check your inbox. We sent a confirmation link to {email}.',
    mailSubject: 'Confirm your subscription to the {shop} newsletter',
    mailBody: 'You (or someone using your address) asked to receive the {shop} newsletter at {email}.',
    mailButton: 'Confirm my subscription',
    mailIgnore: 'If it was not you, ignore this email: you will not be subscribed.',
    confirmTitle: 'Confirm your subscription to the {shop} newsletter for {email}.',
    confirmButton: 'Confirm',
    confirmed: 'Thank you, your subscription to the {shop} newsletter is confirmed.',
    linkInvalid: 'This confirmation link is no longer valid. Please sign up again.',
    badEmail: 'Enter a valid email address.',
    noConsent: 'Tick the box to agree to the newsletter.',
    formExpired: 'The form has expired. Please try again.',
    backToShop: 'Back to {shop}',
  },
  pl: {
    title: 'Newsletter',
    email: 'Adres e-mail',
    consent: 'Zgadzam się na otrzymywanie newslettera {shop} e-mailem. Mogę w każdej chwili zrezygnować.',
    submit: 'Zapisz się',
    subscribed: 'Dziękujemy, jesteś zapisany(-a).',
    checkInbox: 'Jeszcze jeden krok: sprawdź skrzynkę. Wysłaliśmy link potwierdzający na {email}.',
    mailSubject: 'Potwierdź zapis do newslettera {shop}',
    mailBody: 'Ty (lub ktoś, kto podał Twój adres) chce otrzymywać newsletter {shop} na adres {email}.',
    mailButton: 'Potwierdzam zapis',
    mailIgnore: 'Jeśli to nie Ty, zignoruj tę wiadomość: nie zostaniesz zapisany(-a).',
    confirmTitle: 'Potwierdź zapis do newslettera {shop} dla adresu {email}.',
    confirmButton: 'Potwierdzam',
    confirmed: 'Dziękujemy, zapis do newslettera {shop} jest potwierdzony.',
    linkInvalid: 'Ten link potwierdzający jest już nieważny. Zapisz się ponownie.',
    badEmail: 'Wpisz poprawny adres e-mail.',
    noConsent: 'Zaznacz zgodę na otrzymywanie newslettera.',
    formExpired: 'Formularz wygasł. Spróbuj ponownie.',
    backToShop: 'Wróć do {shop}',
  },
  cs: {
    title: 'Newsletter',
    email: 'E-mailová adresa',
    consent: 'Souhlasím se zasíláním newsletteru {shop} e-mailem. Odhlásit se mohu kdykoli.',
    submit: 'Přihlásit se',
    subscribed: 'Děkujeme, jste přihlášeni k odběru.',
    checkInbox: 'Ještě krok: podívejte se do schránky. Poslali jsme potvrzovací odkaz na {email}.',
    mailSubject: 'Potvrďte odběr newsletteru {shop}',
    mailBody: 'Vy (nebo někdo s vaší adresou) jste požádali o zasílání newsletteru {shop} na {email}.',
    mailButton: 'Potvrdit odběr',
    mailIgnore: 'Pokud jste to nebyli vy, tento e-mail ignorujte: k odběru přihlášeni nebudete.',
    confirmTitle: 'Potvrďte odběr newsletteru {shop} pro {email}.',
    confirmButton: 'Potvrdit',
    confirmed: 'Děkujeme, odběr newsletteru {shop} je potvrzen.',
    linkInvalid: 'Tento potvrzovací odkaz už neplatí. Přihlaste se prosím znovu.',
    badEmail: 'Zadejte platnou e-mailovou adresu.',
    noConsent: 'Zaškrtněte souhlas se zasíláním newsletteru.',
    formExpired: 'Platnost formuláře vypršela. Zkuste to znovu.',
    backToShop: 'Zpět do {shop}',
  },
  sv: {
    title: 'Nyhetsbrev',
    email: 'E-postadress',
    consent: 'Jag vill få nyhetsbrevet från {shop} via e-post. Jag kan avregistrera mig när som helst.',
    submit: 'Prenumerera',
    subscribed: 'Tack, du prenumererar nu.',
    checkInbox: 'Nästan klart: titta i din inkorg. Vi har skickat en bekräftelselänk till {email}.',
    mailSubject: 'Bekräfta din prenumeration på nyhetsbrevet från {shop}',
    mailBody: 'Du (eller någon som använt din adress) har bett att få nyhetsbrevet från {shop} till {email}.',
    mailButton: 'Bekräfta min prenumeration',
    mailIgnore: 'Om det inte var du kan du ignorera det här mejlet: du blir inte prenumerant.',
    confirmTitle: 'Bekräfta prenumerationen på nyhetsbrevet från {shop} för {email}.',
    confirmButton: 'Bekräfta',
    confirmed: 'Tack, din prenumeration på nyhetsbrevet från {shop} är bekräftad.',
    linkInvalid: 'Den här bekräftelselänken gäller inte längre. Anmäl dig igen.',
    badEmail: 'Ange en giltig e-postadress.',
    noConsent: 'Kryssa i rutan för att godkänna nyhetsbrevet.',
    formExpired: 'Formuläret har gått ut. Försök igen.',
    backToShop: 'Tillbaka till {shop}',
  },
  de: {
    title: 'Newsletter',
    email: 'E-Mail-Adresse',
    consent: 'Ich möchte den Newsletter von {shop} per E-Mail erhalten. Ich kann mich jederzeit abmelden.',
    submit: 'Abonnieren',
    subscribed: 'Danke, Sie sind angemeldet.',
    checkInbox:
      'Fast geschafft: Schauen Sie in Ihr Postfach. Wir haben einen Bestätigungslink an {email} gesendet.',
    mailSubject: 'Bestätigen Sie Ihr Abonnement des Newsletters von {shop}',
    mailBody: 'Sie (oder jemand mit Ihrer Adresse) möchten den Newsletter von {shop} an {email} erhalten.',
    mailButton: 'Abonnement bestätigen',
    mailIgnore: 'Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Sie werden nicht angemeldet.',
    confirmTitle: 'Bestätigen Sie das Abonnement des Newsletters von {shop} für {email}.',
    confirmButton: 'Bestätigen',
    confirmed: 'Danke, Ihr Abonnement des Newsletters von {shop} ist bestätigt.',
    linkInvalid: 'Dieser Bestätigungslink ist nicht mehr gültig. Bitte melden Sie sich erneut an.',
    badEmail: 'Geben Sie eine gültige E-Mail-Adresse ein.',
    noConsent: 'Kreuzen Sie das Kästchen an, um dem Newsletter zuzustimmen.',
    formExpired: 'Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.',
    backToShop: 'Zurück zu {shop}',
  },
};

/** The sentence with its `{name}` slots filled. */
export function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => params[name] ?? slot);
}
