import { type Locale, t } from '../../../platform/i18n/index.js';
import { html, type SafeHtml } from '../html.js';
import type { PageProduct } from './held-orders.js';

export const STYLESHEET_PATH = '/r/assets/questionnaire.css';

/** Plain CSS, served as a file so the page needs nothing inline beyond attributes. */
export const STYLESHEET = `
*{box-sizing:border-box}body{margin:0;background:#f5f5f4;color:#1c1917;font:16px/1.5 system-ui,Arial,sans-serif}
main{max-width:640px;margin:0 auto;padding:24px 16px}h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.2rem;margin-top:2rem}
.shop{margin-bottom:16px}.shop img{display:block;max-height:48px;max-width:160px;object-fit:contain;margin-bottom:12px}
.order{margin:0;color:#57534e}
.card{background:#fff;border-radius:8px;padding:20px;margin:16px 0}
fieldset{border:0;padding:0;margin:0 0 12px;min-width:0}legend{font-weight:600;margin-bottom:8px;padding:0}
.stars{display:flex;flex-wrap:nowrap;gap:4px}
.star{position:relative;flex:0 0 auto}
.star input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.star label{display:block;width:44px;height:44px;border-radius:6px;text-align:center;font-size:32px;line-height:44px;color:#78716c;cursor:pointer}
.star input:checked+label,.stars:has(.star:nth-child(2) input:checked) .star:nth-child(-n+1) label,
.stars:has(.star:nth-child(3) input:checked) .star:nth-child(-n+2) label,.stars:has(.star:nth-child(4) input:checked) .star:nth-child(-n+3) label,
.stars:has(.star:nth-child(5) input:checked) .star:nth-child(-n+4) label{color:#b45309}
.star input:focus-visible+label{outline:3px solid #2563eb;outline-offset:1px}
.star input:hover+label{background:#fef3c7}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
label.field{display:block;margin:12px 0 4px;font-weight:600}input[type=text],textarea{width:100%;padding:8px;border:1px solid #78716c;border-radius:6px;font:inherit}
.hint{margin:4px 0 0;color:#57534e;font-size:.875rem}
textarea{min-height:120px}.error{color:#b91c1c;font-weight:600}.errors{border:2px solid #b91c1c;background:#fef2f2;padding:12px;border-radius:6px}
button{background:#15803d;color:#fff;border:0;border-radius:6px;padding:12px 20px;font:inherit;font-weight:600;cursor:pointer}
button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}.product img{max-height:64px;max-width:64px;float:right;margin-left:8px}
`;
export function layout(locale: Locale, title: string, content: SafeHtml): string {
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body><main>${content}</main></body>
</html>`.value;
}

/** A page that only says something: thanks, expired, used, invalid. */
export function messagePage(locale: Locale, title: string, body: string): string {
  return layout(locale, title, html`<div class="card"><h1>${title}</h1><p>${body}</p></div>`);
}

export interface FormValues {
  [field: string]: string | undefined;
}

export interface QuestionnaireView {
  locale: Locale;
  shop: string;
  action: string;
  /** The order number the invitation is about ("#1001"), when known. */
  orderLabel: string | null;
  /** The shop's logo (invitation settings), when it has one. */
  logoUrl: string | null;
  askService: boolean;
  products: PageProduct[];
  values: FormValues;
  /** Field name → localized message. */
  errors: Map<string, string>;
}

const TITLE_MAX = 150;
const TEXT_MAX = 5000;
export const LIMITS = { title: TITLE_MAX, text: TEXT_MAX, name: 100 } as const;

function errorOf(view: QuestionnaireView, field: string): SafeHtml | string {
  const message = view.errors.get(field);
  return message ? html`<p class="error" id="${field}_error">${message}</p>` : '';
}

function describedBy(view: QuestionnaireView, field: string) {
  return view.errors.has(field) ? html` aria-invalid="true" aria-describedby="${field}_error"` : '';
}

/**
 * One rating question: a radio group in a fieldset, usable with Tab and the arrow keys. Each
 * radio sits on its own star label (one box for both), so the two can never wrap apart; the
 * label's text says the rating, the star glyph is decoration.
 */
function ratingGroup(view: QuestionnaireView, prefix: string, legend: string): SafeHtml {
  const field = `${prefix}_rating`;
  const chosen = view.values[field];
  return html`<fieldset class="rating"${describedBy(view, field)}>
<legend>${legend}</legend>
<div class="stars">${[1, 2, 3, 4, 5].map(
    (stars) =>
      html`<span class="star"><input type="radio" id="${field}_${stars}" name="${field}" value="${stars}" required${chosen === String(stars) ? html` checked` : ''}><label for="${field}_${stars}"><span aria-hidden="true">★</span><span class="sr-only">${t(view.locale, 'questionnaire.rating.label', { stars })}</span></label></span>`,
  )}</div>
${errorOf(view, field)}
</fieldset>`;
}

function textFields(view: QuestionnaireView, prefix: string): SafeHtml {
  const titleField = `${prefix}_title`;
  const textField = `${prefix}_text`;
  const optional = t(view.locale, 'questionnaire.optional');
  return html`<label class="field" for="${titleField}">${t(view.locale, 'questionnaire.title.label')} (${optional})</label>
<input type="text" id="${titleField}" name="${titleField}" maxlength="${TITLE_MAX}" value="${view.values[titleField] ?? ''}"${describedBy(view, titleField)}>
${errorOf(view, titleField)}
<label class="field" for="${textField}">${t(view.locale, 'questionnaire.text.label')} (${optional})</label>
<textarea id="${textField}" name="${textField}" maxlength="${TEXT_MAX}" placeholder="${t(view.locale, 'questionnaire.text.placeholder')}"${describedBy(view, textField)}>${view.values[textField] ?? ''}</textarea>
${errorOf(view, textField)}`;
}

/** The questionnaire: service and product questions on one page, a plain form POST. */
export function questionnairePage(view: QuestionnaireView): string {
  const { locale, shop } = view;
  const title = t(locale, 'questionnaire.title', { shop });
  const summary =
    view.errors.size > 0
      ? html`<div class="errors" role="alert" id="form_errors"><p>${t(locale, 'questionnaire.error.summary', { count: view.errors.size })}</p></div>`
      : '';
  const service = view.askService
    ? html`<section class="card">${ratingGroup(view, 'service', t(locale, 'questionnaire.service.question', { shop }))}${textFields(view, 'service')}</section>`
    : '';
  const products =
    view.products.length > 0
      ? html`<h2>${t(locale, 'questionnaire.products.heading')}</h2>${view.products.map(
          (product, index) =>
            html`<section class="card product">${product.imageUrl ? html`<img src="${product.imageUrl}" alt="">` : ''}${ratingGroup(
              view,
              `product_${index}`,
              t(locale, 'questionnaire.product.question', {
                product:
                  product.displayTitle ??
                  t(locale, 'questionnaire.product.unnamed', {
                    position: index + 1,
                    count: view.products.length,
                  }),
              }),
            )}${textFields(view, `product_${index}`)}</section>`,
        )}`
      : '';
  const nameField = 'display_name';
  const header = html`<div class="shop">${view.logoUrl ? html`<img src="${view.logoUrl}" alt="${shop}">` : ''}<div><h1>${title}</h1>${
    view.orderLabel
      ? html`<p class="order">${t(locale, 'questionnaire.order', { order: view.orderLabel })}</p>`
      : ''
  }</div></div>`;
  const content = html`${header}
${summary}
<form method="post" action="${view.action}" accept-charset="utf-8">
${service}
${products}
<div class="card">
<label class="field" for="${nameField}">${t(locale, 'questionnaire.name.label')} (${t(locale, 'questionnaire.optional')})</label>
<input type="text" id="${nameField}" name="${nameField}" maxlength="${LIMITS.name}" autocomplete="name" value="${view.values[nameField] ?? ''}" aria-describedby="${nameField}_hint${view.errors.has(nameField) ? ` ${nameField}_error` : ''}"${view.errors.has(nameField) ? html` aria-invalid="true"` : ''}>
<p class="hint" id="${nameField}_hint">${t(locale, 'questionnaire.name.hint')}</p>
${errorOf(view, nameField)}
</div>
<button type="submit">${t(locale, 'questionnaire.submit')}</button>
</form>`;
  return layout(locale, title, content);
}

/** Asks before unsubscribing, so that mail scanners following links change nothing. */
export function unsubscribePage(locale: Locale, shop: string, email: string, action: string): string {
  const title = t(locale, 'unsubscribe.confirm.title');
  return layout(
    locale,
    title,
    html`<div class="card"><h1>${title}</h1><p>${t(locale, 'unsubscribe.confirm.body', { shop, email })}</p>
<form method="post" action="${action}"><input type="hidden" name="confirm" value="yes"><button type="submit">${t(locale, 'unsubscribe.confirm.submit')}</button></form></div>`,
  );
}
