import { formatDate, type Locale, t } from '../../platform/i18n/index.js';
import type { PublicReview } from './admin-review.js';
import type { RatingSummary } from './aggregates.js';
import type { Disclosure } from './disclosure.js';
import { escapeHtml as e } from './markup-escape.js';

export interface ReviewPageModel {
  locale: Locale;
  shop: string;
  timeZone: string;
  summary: RatingSummary;
  reviews: readonly PublicReview[];
  disclosure: Disclosure;
  /** The URL of the next (older) page, when there is one. */
  nextUrl: string | null;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a}
.stars{color:#8a5a00;letter-spacing:.1em}.review{border-top:1px solid #ddd;padding:1rem 0}
.meta{color:#555;font-size:.9rem}.verified{color:#0b6b2b;font-weight:600}.reply{margin:.5rem 0 0 1rem;padding-left:.75rem;border-left:3px solid #ccc}
.text{white-space:pre-line}table{border-collapse:collapse}td,th{padding:.1rem .5rem;text-align:left}
a{color:#0645ad}footer{margin-top:2rem;border-top:1px solid #ddd;font-size:.9rem}`;

export function stars(rating: number, locale: Locale): string {
  const label = t(locale, 'reviews.page.rating', { rating });
  return `<span class="stars" role="img" aria-label="${e(label)}">${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}</span>`;
}

export function reviewItem(
  review: PublicReview,
  model: Pick<ReviewPageModel, 'locale' | 'shop' | 'timeZone'>,
): string {
  const { locale } = model;
  const name = review.displayName ?? t(locale, 'reviews.page.anonymous');
  const date = formatDate(review.createdAt, model.timeZone, locale);
  const product = review.product?.title ?? review.product?.sku ?? null;
  const reply = review.reply
    ? `<div class="reply"><p class="meta">${e(t(locale, 'reviews.page.reply', { shop: model.shop }))}</p>` +
      `<p class="text">${e(review.reply.text)}</p></div>`
    : '';
  return [
    `<article class="review" id="${e(review.id)}">`,
    `<p>${stars(review.rating, locale)}</p>`,
    review.title ? `<h3>${e(review.title)}</h3>` : '',
    review.text ? `<p class="text">${e(review.text)}</p>` : '',
    product ? `<p class="meta">${e(t(locale, 'reviews.page.product', { product }))}</p>` : '',
    `<p class="meta">${e(name)} · <time datetime="${e(review.createdAt)}">${e(date)}</time>`,
    review.verifiedBuyer ? ` · <span class="verified">${e(t(locale, 'reviews.page.verified'))}</span>` : '',
    '</p>',
    reply,
    '</article>',
  ].join('');
}

function distribution(summary: RatingSummary, locale: Locale): string {
  const rows = ([5, 4, 3, 2, 1] as const)
    .map((stars) => {
      const label = t(locale, 'reviews.page.distribution', { stars, count: summary.distribution[stars] });
      return `<li>${e(label)}</li>`;
    })
    .join('');
  return `<ul>${rows}</ul>`;
}

/**
 * The public review page of a channel: server-rendered, no script, every piece of text
 * HTML-escaped (reviews are plain text), with the Omnibus disclosure at the foot.
 */
export function renderReviewPage(model: ReviewPageModel): string {
  const { locale, summary } = model;
  const title = t(locale, 'reviews.page.title', { shop: model.shop });
  const average = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(summary.average);
  const list =
    model.reviews.length === 0
      ? `<p>${e(t(locale, 'reviews.page.empty'))}</p>`
      : model.reviews.map((review) => reviewItem(review, model)).join('\n');
  const more = model.nextUrl
    ? `<nav><a href="${e(model.nextUrl)}" rel="next">${e(t(locale, 'reviews.page.older'))}</a></nav>`
    : '';
  const disclosure = model.disclosure.paragraphs.map((paragraph) => `<p>${e(paragraph)}</p>`).join('');
  return `<!DOCTYPE html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">${e(t(locale, 'reviews.page.summary', { average, count: summary.count }))}</h2>
${distribution(summary, locale)}
</section>
<section aria-label="${e(title)}">
${list}
</section>
${more}
</main>
<footer id="disclosure">
<h2>${e(model.disclosure.title)}</h2>
${disclosure}
</footer>
</body>
</html>
`;
}
