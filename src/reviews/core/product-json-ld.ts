import type { PublicReview } from './admin-review.js';
import type { RatingSummary } from './aggregates.js';
import type { ProductInfo } from './review-queries.js';

/**
 * schema.org markup for a product page (reviews.md §1.3.4): a `Product` carrying its
 * `AggregateRating` and recent `Review`s. Never an Organization rating of the shop itself,
 * which Google treats as self-serving and ignores.
 */
export function productJsonLd(
  product: ProductInfo,
  summary: RatingSummary,
  reviews: readonly PublicReview[],
  fallbackAuthor: string,
): Record<string, unknown> {
  const gtin = product.gtin;
  const gtinProperty = gtin && [8, 12, 13, 14].includes(gtin.length) ? `gtin${gtin.length}` : 'gtin';
  const markup: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title ?? product.sku ?? product.gtin ?? product.key,
    ...(product.sku ? { sku: product.sku } : {}),
    ...(gtin ? { [gtinProperty]: gtin } : {}),
    ...(product.productId ? { productID: product.productId } : {}),
  };
  if (summary.count > 0) {
    markup['aggregateRating'] = {
      '@type': 'AggregateRating',
      ratingValue: summary.average,
      reviewCount: summary.count,
      bestRating: 5,
      worstRating: 1,
    };
  }
  if (reviews.length > 0) {
    markup['review'] = reviews.map((review) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: (review.displayName ?? fallbackAuthor).slice(0, 99) },
      datePublished: review.createdAt.slice(0, 10),
      reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
      ...(review.title ? { name: review.title } : {}),
      ...(review.text ? { reviewBody: review.text } : {}),
    }));
  }
  return markup;
}
