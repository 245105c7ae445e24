/**
 * The newsletter's server-rendered HTML: the no-JavaScript sign-up form (a fragment the shop's
 * server prints inside <trustloop-newsletter>), the plain pages a shopper lands on after posting
 * it or following the confirmation link, and the confirmation email. All in the shopper's
 * language; every value escaped.
 */
import type { Locale } from '../../platform/i18n/index.js';
import { fill, NEWSLETTER_WORDS } from './newsletter-words.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface FormFragment {
  locale: Locale;
  shop: string;
  /** Where the form posts: …/newsletter/form on Trustloop's public URL. */
  action: string;
  token: string;
  /** Refilled after a refusal. */
  email?: string;
  /** The refusal, shown above the form (role=alert). */
  error?: string;
}

/** The sign-up form that works without JavaScript (the <trustloop-newsletter> fallback). */
export function newsletterFormFragment(form: FormFragment): string {
  const w = NEWSLETTER_WORDS[form.locale];
  const error = form.error ? `<p role="alert" class="tl-nl-error">${escapeHtml(form.error)}</p>` : '';
  return (
    `<form class="tl-newsletter" method="post" action="${escapeHtml(form.action)}" lang="${form.locale}">` +
    `<h2>${escapeHtml(w.title)}</h2>${error}` +
    `<input type="hidden" name="token" value="${escapeHtml(form.token)}">` +
    `<input type="hidden" name="lang" value="${form.locale}">` +
    `<p><label>${escapeHtml(w.email)}<br><input type="email" name="email" required maxlength="254" autocomplete="email" value="${escapeHtml(form.email ?? '')}"></label></p>` +
    `<p><label><input type="checkbox" name="consent" value="yes" required> ${escapeHtml(fill(w.consent, { shop: form.shop }))}</label></p>` +
    `<p><button type="submit">${escapeHtml(w.submit)}</button></p></form>`
  );
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;color:#1c1917;background:#fafaf9;margin:0}' +
  'main{max-width:32rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #e7e5e4;border-radius:8px}' +
  'h1{font-size:1.25rem;margin:0 0 1rem}button{font:inherit;padding:.5rem 1rem;border:0;border-radius:6px;background:#15803d;color:#fff;font-weight:600}' +
  'input[type=email]{font:inherit;padding:.4rem .6rem;width:100%;box-sizing:border-box}a{color:#15803d}.tl-nl-error{color:#b91c1c}';

/** A whole page: the shopper's language, the shop's name in the title, a way back to the shop. */
export function newsletterPage(page: {
  locale: Locale;
  shop: string;
  shopUrl: string | null;
  body: string;
}): string {
  const w = NEWSLETTER_WORDS[page.locale];
  const back = page.shopUrl
    ? `<p><a href="${escapeHtml(page.shopUrl)}">${escapeHtml(fill(w.backToShop, { shop: page.shop }))}</a></p>`
    : '';
  return (
    `<!doctype html><html lang="${page.locale}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">' +
    `<title>${escapeHtml(`${w.title} · ${page.shop}`)}</title><style>${STYLE}</style></head>` +
    `<body><main>${page.body}${back}</main></body></html>`
  );
}

/** A page with one message (role=status, so it is read out on arrival). */
export function messagePage(page: { locale: Locale; shop: string; shopUrl: string | null; message: string }) {
  return newsletterPage({
    ...page,
    body: `<h1>${escapeHtml(NEWSLETTER_WORDS[page.locale].title)}</h1><p role="status">${escapeHtml(page.message)}</p>`,
  });
}

/**
 * What the confirmation link opens: a button that posts the confirmation. The link itself
 * changes nothing, so mail scanners that open every link cannot confirm for the shopper.
 */
export function confirmPage(page: {
  locale: Locale;
  shop: string;
  shopUrl: string | null;
  email: string;
  token: string;
}) {
  const w = NEWSLETTER_WORDS[page.locale];
  return newsletterPage({
    ...page,
    body:
      `<h1>${escapeHtml(w.title)}</h1><p>${escapeHtml(fill(w.confirmTitle, { shop: page.shop, email: page.email }))}</p>` +
      `<form method="post"><input type="hidden" name="token" value="${escapeHtml(page.token)}">` +
      `<button type="submit">${escapeHtml(w.confirmButton)}</button></form>`,
  });
}

/** The confirmation email: subject, plain text and a simple HTML version with the same link. */
export function composeConfirmationMail(mail: { locale: Locale; shop: string; email: string; link: string }) {
  const w = NEWSLETTER_WORDS[mail.locale];
  const body = fill(w.mailBody, { shop: mail.shop, email: mail.email });
  return {
    subject: fill(w.mailSubject, { shop: mail.shop }),
    text: `${body}\n\n${w.mailButton}: ${mail.link}\n\n${w.mailIgnore}\n`,
    html:
      `<!doctype html><html lang="${mail.locale}"><body style="font-family:system-ui,sans-serif;color:#1c1917">` +
      `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(mail.link)}" style="display:inline-block;padding:10px 18px;background:#15803d;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(w.mailButton)}</a></p>` +
      `<p style="color:#57534e">${escapeHtml(w.mailIgnore)}</p></body></html>`,
  };
}
