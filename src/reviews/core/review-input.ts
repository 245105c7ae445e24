import { AppError, type ErrorDetail } from '../../platform/errors.js';
import type { ReviewSubmission } from '../reviews.contract.js';
import type { ReviewContent, ReviewProduct } from '../reviews.events.js';
import { foldText } from './text-fold.js';

export const LIMITS = Object.freeze({
  title: 150,
  text: 5000,
  displayName: 100,
  email: 254,
  productField: 200,
  productTitle: 300,
  reply: 5000,
});

const SOURCES = ['invitation', 'api', 'import'] as const;
const LOCALE = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GTIN = /^\d{8,14}$/;
// Control characters other than tab and newline have no business in a review.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A submission checked and normalised, ready to be stored. */
export interface ValidReview extends Omit<ReviewContent, 'product'> {
  accountId: string;
  channelId: string;
  /** `key`: the product's key among the channel's reviews (its SKU, else GTIN, else id). */
  product: (ReviewProduct & { key: string }) | null;
  email: string | null;
  invitationId: string | null;
  orderId: string | null;
  source: 'invitation' | 'api' | 'import';
  searchText: string;
  /** The original time of an imported review (ISO, UTC); null means now. */
  createdAt: string | null;
  importKey: string | null;
}

/** Trims, strips control characters and turns blanks into null. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
  return cleaned === '' ? null : cleaned;
}

class Problems {
  readonly details: ErrorDetail[] = [];
  constructor(readonly prefix: string) {}
  add(field: string, message: string): void {
    this.details.push({ field: `${this.prefix}/${field}`, message });
  }
}

function text(problems: Problems, field: string, value: unknown, max: number): string | null {
  if (value !== null && value !== undefined && typeof value !== 'string') {
    problems.add(field, 'must be a string');
    return null;
  }
  const cleaned = cleanText(value as string | null | undefined);
  if (cleaned !== null && [...cleaned].length > max) {
    problems.add(field, `must be at most ${max} characters (got ${[...cleaned].length})`);
  }
  return cleaned;
}

function product(problems: Problems, input: ReviewSubmission): ValidReview['product'] {
  const given = input.product;
  if (input.type === 'service') {
    if (given) problems.add('product', 'a service review is about the shop, not a product; leave it out');
    return null;
  }
  if (!given || typeof given !== 'object') {
    problems.add('product', 'a product review needs a product (productId, sku or gtin)');
    return null;
  }
  const productId = text(problems, 'product/productId', given.productId, LIMITS.productField);
  const sku = text(problems, 'product/sku', given.sku, LIMITS.productField);
  const gtin = text(problems, 'product/gtin', given.gtin, LIMITS.productField);
  const title = text(problems, 'product/title', given.title, LIMITS.productTitle);
  if (gtin !== null && !GTIN.test(gtin)) problems.add('product/gtin', 'must be 8 to 14 digits');
  const key = sku ?? gtin ?? productId;
  if (key === null) {
    problems.add('product', 'a product review needs a productId, sku or gtin');
    return null;
  }
  return { key, productId, sku, gtin, title };
}

/**
 * Checks one submission; throws `validation_failed` naming every wrong field (under `prefix`,
 * e.g. `/body` or `/submissions/0`). Only an order-tied invitation may mark a review verified.
 */
export function validateSubmission(input: ReviewSubmission, prefix: string): ValidReview {
  const problems = new Problems(prefix);
  if (typeof input.accountId !== 'string' || input.accountId === '') problems.add('accountId', 'is required');
  if (typeof input.channelId !== 'string' || input.channelId === '') problems.add('channelId', 'is required');
  if (input.type !== 'service' && input.type !== 'product') {
    problems.add('type', 'must be "service" or "product"');
  }
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
    problems.add('rating', 'must be a whole number from 1 to 5');
  }
  if (!(SOURCES as readonly string[]).includes(input.source)) {
    problems.add('source', `must be one of ${SOURCES.join(', ')}`);
  }
  const validProduct = product(problems, input);
  const title = text(problems, 'title', input.title, LIMITS.title);
  const body = text(problems, 'text', input.text, LIMITS.text);
  const displayName = text(problems, 'displayName', input.displayName, LIMITS.displayName);
  const rawEmail = text(problems, 'email', input.email, LIMITS.email);
  const email = rawEmail?.toLowerCase() ?? null;
  if (email !== null && !EMAIL.test(email)) problems.add('email', 'is not an email address');
  const rawLocale = text(problems, 'locale', input.locale, 35);
  const localeMatch = rawLocale === null ? null : LOCALE.exec(rawLocale);
  if (rawLocale !== null && !localeMatch)
    problems.add('locale', 'must be a language tag such as "pl" or "pl-PL"');
  const invitationId = text(problems, 'invitationId', input.invitationId, 64);
  const orderId = text(problems, 'orderId', input.orderId, 200);
  if (input.verifiedBuyer === true && (input.source !== 'invitation' || !invitationId || !orderId)) {
    problems.add('verifiedBuyer', 'only a review from an invitation tied to an order can be verified');
  } else if (typeof input.verifiedBuyer !== 'boolean') {
    problems.add('verifiedBuyer', 'must be true or false');
  }
  const createdAt = originalDate(problems, input);
  const importKey = text(problems, 'importKey', input.importKey, 300);
  if (importKey !== null && input.source !== 'import') problems.add('importKey', 'only imports have one');
  if (problems.details.length > 0) {
    const first = problems.details[0]!;
    throw new AppError('validation_failed', `${first.field}: ${first.message}`, {
      details: problems.details,
    });
  }
  return {
    accountId: input.accountId,
    channelId: input.channelId,
    type: input.type,
    product: validProduct,
    rating: input.rating,
    title,
    text: body,
    displayName,
    email,
    locale: localeMatch?.[1]?.toLowerCase() ?? null,
    verifiedBuyer: input.verifiedBuyer,
    invitationId,
    orderId,
    source: input.source,
    searchText: searchTextOf(title, body, validProduct?.title ?? null),
    createdAt,
    importKey,
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An imported review keeps the date it was written: a day (UTC midnight) or an instant with its zone. */
function originalDate(problems: Problems, input: ReviewSubmission): string | null {
  const value = input.createdAt;
  if (value === null || value === undefined) return null;
  if (input.source !== 'import') {
    problems.add('createdAt', 'only imported reviews keep an earlier date');
    return null;
  }
  const trimmed = typeof value === 'string' ? value.trim() : '';
  const parsed = DAY.test(trimmed)
    ? new Date(`${trimmed}T00:00:00.000Z`)
    : INSTANT.test(trimmed)
      ? new Date(trimmed)
      : null;
  if (parsed === null || Number.isNaN(parsed.getTime())) {
    problems.add('createdAt', 'must be a date such as 2024-05-31 or 2024-05-31T14:05:00Z');
    return null;
  }
  return parsed.toISOString();
}

/** The folded text `q` searches: title, text and product title. */
export function searchTextOf(title: string | null, body: string | null, productTitle: string | null): string {
  return foldText([title, body, productTitle].filter((part) => part !== null).join('\n'));
}
