import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../platform/errors.js';
import type { ReviewSubmission } from '../reviews.contract.js';
import { validateSubmission } from './review-input.js';

/** The columns a review CSV may have (header row required, any order); `rating` and `date` are required. */
export const IMPORT_COLUMNS = [
  'rating',
  'date',
  'type',
  'title',
  'text',
  'name',
  'email',
  'language',
  'product_sku',
  'product_gtin',
  'product_id',
  'product_title',
  'external_id',
] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['rating', 'date'];

export const MAX_IMPORT_ROWS = 10_000;
const BATCH = 200;

/** Which column a field of the reviews core's validation comes from (for the rejected-rows report). */
const COLUMN_OF: Record<string, Column> = {
  rating: 'rating',
  createdAt: 'date',
  type: 'type',
  title: 'title',
  text: 'text',
  displayName: 'name',
  email: 'email',
  locale: 'language',
  product: 'product_sku',
  'product/sku': 'product_sku',
  'product/gtin': 'product_gtin',
  'product/productId': 'product_id',
  'product/title': 'product_title',
  importKey: 'external_id',
};

/**
 * What is wrong with a rejected row, for a page to word in its own language (the `message` is
 * the server's English): the rating, the date (missing, unreadable, in the future), a text over
 * its column's limit, the email, the language, the type, the GTIN, or a product that the type
 * needs or forbids. A problem without one of these has no code.
 */
export const REJECTED_ROW_CODES = [
  'rating',
  'date_required',
  'date_format',
  'date_future',
  'too_long',
  'email',
  'language',
  'type',
  'gtin',
  'product',
] as const;
export type RejectedRowCode = (typeof REJECTED_ROW_CODES)[number];

export interface RejectedRow {
  /** The line of the file (the header is line 1). */
  line: number;
  column: string | null;
  message: string;
  code?: RejectedRowCode;
}

export interface ImportReport {
  rows: number;
  imported: number;
  /** Rows already imported by an earlier upload (same external_id, or the same review). */
  duplicates: number;
  rejected: RejectedRow[];
}

/** Stores a batch of valid rows in one transaction; returns how many were new. */
export type StoreBatch = (submissions: ReviewSubmission[]) => Promise<number>;

/**
 * Reads a review CSV as it streams in (`,` or `;`, UTF-8, header row), checks every row with
 * the reviews core's own validation and stores the good ones in batches: imported, never
 * verified, with their original date. A bad row is reported with its line and column and
 * never stops the others; a file with a wrong header is refused as a whole.
 */
export async function importReviews(
  input: Readable,
  target: { accountId: string; channelId: string; now: Date },
  store: StoreBatch,
): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, imported: 0, duplicates: 0, rejected: [] };
  const parser = input.pipe(
    parse({
      delimiter: [',', ';'],
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      columns: (header: string[]) => checkHeader(header),
    }),
  );
  let batch: ReviewSubmission[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const stored = await store(batch);
    report.imported += stored;
    report.duplicates += batch.length - stored;
    batch = [];
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Partial<Record<Column, string>>;
      info: { lines: number };
    }>) {
      report.rows++;
      if (report.rows > MAX_IMPORT_ROWS)
        throw AppError.invalid('/body', `at most ${MAX_IMPORT_ROWS} rows per file; split it`);
      const row = toSubmission(record, target);
      const problem = checkRow(row, record, target.now);
      if (problem) {
        report.rejected.push({ line: info.lines, ...problem });
        continue;
      }
      batch.push(row);
      if (batch.length >= BATCH) await flush();
    }
  } catch (error) {
    input.destroy();
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw AppError.invalid('/body', `the file is not a readable CSV: ${message}`);
  }
  await flush();
  if (report.rows === 0) throw AppError.invalid('/body', 'the file has a header but no reviews');
  return report;
}

function checkHeader(header: string[]): Column[] {
  const columns = header.map((name) => name.trim().toLowerCase());
  const unknown = columns.filter((name) => !(IMPORT_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw AppError.invalid(
      '/body',
      `unknown column ${unknown.map((name) => `"${name}"`).join(', ')}; the columns are ${IMPORT_COLUMNS.join(', ')}`,
    );
  }
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0)
    throw AppError.invalid('/body', `the header row has no ${missing.join(' and ')} column`);
  return columns as Column[];
}

function toSubmission(
  record: Partial<Record<Column, string>>,
  target: { accountId: string; channelId: string },
): ReviewSubmission {
  const cell = (column: Column) => {
    const value = record[column]?.trim();
    return value ? value : null;
  };
  const product = {
    sku: cell('product_sku'),
    gtin: cell('product_gtin'),
    productId: cell('product_id'),
    title: cell('product_title'),
  };
  const hasProduct = Object.values(product).some((value) => value !== null);
  const type = (cell('type') ?? (hasProduct ? 'product' : 'service')) as ReviewSubmission['type'];
  const rating = cell('rating');
  const submission: ReviewSubmission = {
    accountId: target.accountId,
    channelId: target.channelId,
    type,
    ...(type === 'product' || hasProduct ? { product } : {}),
    rating: rating !== null && /^[1-5]$/.test(rating) ? Number(rating) : Number.NaN,
    title: cell('title'),
    text: cell('text'),
    displayName: cell('name'),
    email: cell('email'),
    locale: cell('language'),
    verifiedBuyer: false,
    source: 'import',
    createdAt: cell('date'),
  };
  return { ...submission, importKey: cell('external_id') ?? contentKey(submission) };
}

/** Without an external_id, a row is the same review when everything it says is the same. */
function contentKey(row: ReviewSubmission): string {
  const parts = [row.type, row.rating, row.createdAt, row.email, row.displayName, row.title, row.text];
  const product = row.product ? [row.product.sku, row.product.gtin, row.product.productId] : [];
  return `h:${createHash('sha256')
    .update(JSON.stringify([...parts, ...product]))
    .digest('base64url')}`;
}

function checkRow(
  row: ReviewSubmission,
  record: Partial<Record<Column, string>>,
  now: Date,
): Omit<RejectedRow, 'line'> | null {
  if (record.date === undefined || record.date.trim() === '')
    return {
      column: 'date',
      message: 'is required (the day the review was written, e.g. 2024-05-31)',
      code: 'date_required',
    };
  try {
    const valid = validateSubmission(row, '');
    if (valid.createdAt !== null && valid.createdAt > now.toISOString())
      return { column: 'date', message: 'is in the future', code: 'date_future' };
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const detail = error.details?.[0];
    const field = detail?.field?.replace(/^\//, '') ?? '';
    const column = COLUMN_OF[field] ?? null;
    const message = detail?.message ?? error.message;
    if (column === 'rating') return { column, message: 'must be a whole number from 1 to 5', code: 'rating' };
    const code = codeOf(column, message);
    return { column, message, ...(code ? { code } : {}) };
  }
}

/** The code of a problem the reviews core's validation found in a column (see REJECTED_ROW_CODES). */
function codeOf(column: Column | null, message: string): RejectedRowCode | undefined {
  if (message.startsWith('must be at most')) return 'too_long';
  switch (column) {
    case 'date':
      return 'date_format';
    case 'email':
      return 'email';
    case 'language':
      return 'language';
    case 'type':
      return 'type';
    case 'product_gtin':
      return 'gtin';
    case 'product_sku':
      return 'product';
    default:
      return undefined;
  }
}
