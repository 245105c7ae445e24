/**
 * The no-JavaScript face of the storefront widgets (W1): the stars and the review list as HTML
 * fragments a shop prints inside <trustloop-stars>/<trustloop-reviews> from its own server.
 * Search engines and visitors without JavaScript read the same numbers and reviews; with
 * JavaScript the element's shadow root takes the fragment's place. A product list carries its
 * schema.org markup (the same JSON-LD as the `…/jsonld` route).
 */
import { type Locale, t } from '../../platform/i18n/index.js';
import type { PublicReview } from './admin-review.js';
import type { RatingSummary } from './aggregates.js';
import { escapeHtml as e } from './markup-escape.js';
import { reviewItem } from './review-page.js';

const averageOf = (locale: Locale, summary: RatingSummary) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    summary.average,
  );

/** "4,3 na 5 · 27 opinii", linking to the reviews. */
export function starsFragment(locale: Locale, summary: RatingSummary, href: string): string {
  const text = summary.count
    ? t(locale, 'reviews.page.summary', { average: averageOf(locale, summary), count: summary.count })
    : t(locale, 'reviews.page.empty');
  const filled = Math.round(summary.average);
  return (
    `<a class="trustloop-stars" href="${e(href)}"><span aria-hidden="true">${'★'.repeat(filled)}${'☆'.repeat(5 - filled)}</span> ` +
    `${e(text)}</a>\n`
  );
}

export interface ReviewsFragmentModel {
  locale: Locale;
  shop: string;
  timeZone: string;
  summary: RatingSummary;
  reviews: readonly PublicReview[];
  /** The next page of this fragment, when there is one. */
  nextUrl: string | null;
  /** The channel's public review page, whose foot says how reviews are collected (Omnibus). */
  disclosureUrl: string;
  disclosureTitle: string;
  /** schema.org markup for a product list. */
  jsonLd: object | null;
}

/** JSON inside <script>: `<` escaped so that no review text can close the element. */
const scriptJson = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

export function reviewsFragment(model: ReviewsFragmentModel): string {
  const { locale, summary } = model;
  const heading = summary.count
    ? t(locale, 'reviews.page.summary', { average: averageOf(locale, summary), count: summary.count })
    : t(locale, 'reviews.page.empty');
  const rows = ([5, 4, 3, 2, 1] as const)
    .map(
      (stars) =>
        `<li>${e(t(locale, 'reviews.page.distribution', { stars, count: summary.distribution[stars] }))}</li>`,
    )
    .join('');
  return [
    '<section class="trustloop-reviews">',
    `<h2>${e(heading)}</h2>`,
    summary.count ? `<ul>${rows}</ul>` : '',
    model.reviews.map((review) => reviewItem(review, model)).join('\n'),
    model.nextUrl
      ? `<p><a href="${e(model.nextUrl)}" rel="next">${e(t(locale, 'reviews.page.older'))}</a></p>`
      : '',
    `<p><a href="${e(model.disclosureUrl)}">${e(model.disclosureTitle)}</a></p>`,
    model.jsonLd ? `<script type="application/ld+json">${scriptJson(model.jsonLd)}</script>` : '',
    '</section>\n',
  ].join('\n');
}
