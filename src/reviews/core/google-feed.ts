import { escapeXml } from './markup-escape.js';
import type { ReviewRow } from './review-store.js';

export interface FeedContext {
  publisherName: string;
  /** The public review page, used as each review's (group) URL. */
  reviewPageUrl: string;
  anonymousName: string;
}

function element(name: string, value: string | null, attributes = ''): string {
  return value === null || value === '' ? '' : `<${name}${attributes}>${escapeXml(value)}</${name}>`;
}

/**
 * One `<review>` of the Google Product Review Feed, schema 2.4 (reviews.md §1.3.1). Reviews
 * without any text are left out: `content` is required, and a review never sent cannot be deleted.
 */
export function feedReview(row: ReviewRow, context: FeedContext): string {
  const content = row.body ?? row.title;
  if (content === null) return '';
  const reviewer =
    row.display_name === null
      ? `<reviewer><name is_anonymous="true">${escapeXml(context.anonymousName)}</name></reviewer>`
      : `<reviewer>${element('name', row.display_name)}</reviewer>`;
  const ids = [
    row.product_gtin ? `<gtins>${element('gtin', row.product_gtin)}</gtins>` : '',
    row.product_sku ? `<skus>${element('sku', row.product_sku)}</skus>` : '',
  ].join('');
  const product = [
    ids === '' ? '' : `<product_ids>${ids}</product_ids>`,
    element('product_name', row.product_title),
  ].join('');
  return [
    '<review>',
    element('review_id', row.id),
    reviewer,
    element('review_timestamp', row.created_at),
    row.body === null ? '' : element('title', row.title),
    element('content', content),
    element('review_url', `${context.reviewPageUrl}#${row.id}`, ' type="group"'),
    `<ratings><overall min="1" max="5">${row.rating}</overall></ratings>`,
    `<products><product>${product}</product></products>`,
    `<is_verified_purchase>${row.verified_buyer === 1}</is_verified_purchase>`,
    '<is_incentivized_review>false</is_incentivized_review>',
    '</review>',
  ].join('');
}

/** The feed as a stream of chunks: header, every published product review in batches, footer. */
export async function* googleProductReviewFeed(
  batches: AsyncIterable<ReviewRow[]>,
  context: FeedContext,
): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<feed xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:noNamespaceSchemaLocation="http://www.google.com/shopping/reviews/schema/product/2.4/product_reviews.xsd">' +
    '<version>2.4</version>' +
    `<publisher>${element('name', context.publisherName)}</publisher>` +
    '<reviews>';
  for await (const rows of batches) {
    yield rows.map((row) => feedReview(row, context)).join('\n');
  }
  yield '</reviews></feed>\n';
}
