/**
 * <trustloop-newsletter>: the newsletter sign-up (W3): an email field, the consent the shopper
 * must tick (its words in the page's language) and a button. The opt-in goes through
 * POST …/newsletter; the shop's loyalty program awards its newsletter points once. Where the
 * channel asks for double opt-in the answer is `pending` and the element says "check your inbox".
 * A shop may print widgets/newsletter.html inside the element: the form that works without
 * JavaScript, which this shadow root replaces once the script runs.
 */
import { env } from '../env';
import { escapeHtml as e, type Locale, type WidgetConfig, WidgetElement } from '../shared';

type Words = {
  title: string;
  email: string;
  consent: string;
  submit: string;
  done: string;
  inbox: string;
  failed: string;
};
const WORDS: Record<Locale, Words> = {
  en: {
    title: 'Newsletter',
    email: 'Email address',
    consent: 'I agree to receive the {shop} newsletter by email. I can unsubscribe at any time.',
    submit: 'Subscribe',
    done: 'Thank you, you are subscribed.',
    inbox: 'Almost done: check your inbox. We sent a confirmation link to {email}.',
    failed: 'That did not work. Check the address and try again.',
  },
  pl: {
    title: 'Newsletter',
    email: 'Adres e-mail',
    consent: 'Zgadzam się na otrzymywanie newslettera {shop} e-mailem. Mogę w każdej chwili zrezygnować.',
    submit: 'Zapisz się',
    done: 'Dziękujemy, jesteś zapisany(-a).',
    inbox: 'Jeszcze jeden krok: sprawdź skrzynkę. Wysłaliśmy link potwierdzający na {email}.',
    failed: 'Nie udało się. Sprawdź adres i spróbuj ponownie.',
  },
  cs: {
    title: 'Newsletter',
    email: 'E-mailová adresa',
    consent: 'Souhlasím se zasíláním newsletteru {shop} e-mailem. Odhlásit se mohu kdykoli.',
    submit: 'Přihlásit se',
    done: 'Děkujeme, jste přihlášeni k odběru.',
    inbox: 'Ještě krok: podívejte se do schránky. Poslali jsme potvrzovací odkaz na {email}.',
    failed: 'Nepodařilo se. Zkontrolujte adresu a zkuste to znovu.',
  },
  sv: {
    title: 'Nyhetsbrev',
    email: 'E-postadress',
    consent: 'Jag vill få nyhetsbrevet från {shop} via e-post. Jag kan avregistrera mig när som helst.',
    submit: 'Prenumerera',
    done: 'Tack, du prenumererar nu.',
    inbox: 'Nästan klart: titta i din inkorg. Vi har skickat en bekräftelselänk till {email}.',
    failed: 'Det gick inte. Kontrollera adressen och försök igen.',
  },
  de: {
    title: 'Newsletter',
    email: 'E-Mail-Adresse',
    consent: 'Ich möchte den Newsletter von {shop} per E-Mail erhalten. Ich kann mich jederzeit abmelden.',
    submit: 'Abonnieren',
    done: 'Danke, Sie sind angemeldet.',
    inbox:
      'Fast geschafft: Schauen Sie in Ihr Postfach. Wir haben einen Bestätigungslink an {email} gesendet.',
    failed: 'Das hat nicht geklappt. Prüfen Sie die Adresse und versuchen Sie es erneut.',
  },
};

const CSS =
  ':host{display:block;min-height:260px}' +
  'form{display:grid;gap:10px;padding:16px;border:1px solid var(--tl-border);border-radius:var(--tl-radius);background:var(--tl-bg)}' +
  'h2{margin:0;font-size:16px}input[type=email]{font:inherit;padding:8px 10px;border:1px solid var(--tl-muted);border-radius:var(--tl-radius)}' +
  'label.c{display:flex;gap:8px;align-items:flex-start;font-size:13px}' +
  'button{justify-self:start;padding:8px 16px;border:0;border-radius:var(--tl-radius);background:var(--tl-accent);color:#fff;font-weight:600}' +
  '[role=status]{margin:0;min-height:20px}';

class TrustloopNewsletter extends WidgetElement {
  constructor() {
    super(CSS);
  }

  protected async load(settings: WidgetConfig, locale: Locale): Promise<void> {
    const w = WORDS[locale];
    this.body.innerHTML =
      `<form part="form" novalidate><h2>${e(w.title)}</h2>` +
      `<label>${e(w.email)}<br><input part="input" type="email" name="email" required autocomplete="email" style="width:100%"></label>` +
      `<label class="c"><input type="checkbox" name="consent" required> <span>${e(w.consent.replace('{shop}', settings.name))}</span></label>` +
      `<button part="button" type="submit">${e(w.submit)}</button><p role="status"></p></form>`;
    const form = this.root.querySelector('form')!;
    const status = this.root.querySelector('[role=status]')!;
    form.onsubmit = async (event) => {
      event.preventDefault();
      if (!form.reportValidity()) return;
      const data = new FormData(form);
      const { api, channel } = env();
      const email = String(data.get('email'));
      const response = await fetch(`${api}public/v1/channels/${encodeURIComponent(channel)}/newsletter`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, consent: data.get('consent') === 'on', lang: locale }),
      }).catch(() => null);
      const answer = response?.ok ? ((await response.json()) as { status: string }) : null;
      // `pending`: the channel asks for double opt-in; the points come once the link is followed.
      status.textContent = !answer
        ? w.failed
        : answer.status === 'pending'
          ? w.inbox.replace('{email}', email)
          : w.done;
      if (answer) form.querySelector('button')!.disabled = true;
    };
  }
}

customElements.define('trustloop-newsletter', TrustloopNewsletter);
