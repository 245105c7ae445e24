import { parse } from 'csv-parse/sync';
import { AppError } from '../../platform/errors.js';
import type { Ledger } from './invitations.service.js';
import type { Delivery, InvitationInput } from './invitations.types.js';

export interface ImportReport {
  rows: number;
  created: number;
  duplicates: number;
  invitations: Array<{ line: number; id: string; state: string; created: boolean }>;
  rejected: Array<{ line: number; reason: string; code?: RejectedCsvCode }>;
}

/**
 * A rejected row's problem as a code for a page to word in its own language (the `reason` is the
 * server's English): a row the CSV parser could not read, a row without an email, an email that
 * is not an address. Any other problem has no code.
 */
export const REJECTED_CSV_CODES = ['unreadable', 'email_missing', 'email_invalid'] as const;
export type RejectedCsvCode = (typeof REJECTED_CSV_CODES)[number];

const MAX_ROWS = 10_000;

/** Header names accepted (Trustpilot's and eTrusted's, case-insensitive) → field. */
const HEADERS: Record<string, string> = {
  email: 'email',
  'e-mail': 'email',
  'customer email': 'email',
  name: 'name',
  'customer name': 'name',
  firstname: 'firstName',
  'first name': 'firstName',
  lastname: 'lastName',
  'last name': 'lastName',
  reference: 'reference',
  'reference number': 'reference',
  ref: 'reference',
  order: 'reference',
  'order number': 'reference',
  ordernumber: 'reference',
  sku: 'sku',
  productsku: 'sku',
  'product name': 'productName',
  productname: 'productName',
  'product url': 'productUrl',
  producturl: 'productUrl',
  'image url': 'imageUrl',
  productimageurl: 'imageUrl',
  gtin: 'gtin',
  productgtin: 'gtin',
  locale: 'locale',
  language: 'locale',
};
/** Without a header row, Trustpilot's column order. */
const POSITIONAL = ['email', 'name', 'reference', 'sku', 'productName', 'productUrl', 'imageUrl'];

interface Group {
  line: number;
  input: InvitationInput;
}

/**
 * Imports invitations from CSV (`,` or `;`, with or without a header row; one row per
 * product, rows sharing email and reference become one invitation). A bad row is reported
 * with its line number and reason and never stops the good ones.
 */
export async function importCsv(
  ledger: Ledger,
  accountId: string,
  channelId: string,
  csv: string,
  delivery: Delivery,
): Promise<ImportReport> {
  const report: ImportReport = { rows: 0, created: 0, duplicates: 0, invitations: [], rejected: [] };
  const records = parse(csv, {
    delimiter: [';', ','],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      report.rejected.push({
        line: Number((error as { lines?: unknown } | undefined)?.lines ?? 0),
        reason: `unreadable CSV: ${error?.message ?? 'malformed row'}`,
        code: 'unreadable',
      });
      return undefined;
    },
  }) as unknown as Array<{ info: { lines: number }; record: string[] }>;
  if (records.length === 0 && report.rejected.length === 0)
    throw AppError.invalid('/body', 'the CSV has no rows');

  const first = records[0]?.record.map((cell) => cell.toLowerCase().trim()) ?? [];
  const hasHeader = first.some((cell) => HEADERS[cell] === 'email');
  const columns = hasHeader ? first.map((cell) => HEADERS[cell] ?? '') : POSITIONAL;
  const rows = hasHeader ? records.slice(1) : records;
  if (rows.length > MAX_ROWS) throw AppError.invalid('/body', `at most ${MAX_ROWS} rows per upload`);

  const groups = new Map<string, Group>();
  for (const { info, record } of rows) {
    report.rows++;
    const cell = (field: string) => {
      const index = columns.indexOf(field);
      const value = index >= 0 ? record[index]?.trim() : undefined;
      return value ? value : undefined;
    };
    const email = cell('email');
    if (!email) {
      report.rejected.push({ line: info.lines, reason: 'email is missing', code: 'email_missing' });
      continue;
    }
    const reference = cell('reference');
    const name =
      cell('name') ?? ([cell('firstName'), cell('lastName')].filter(Boolean).join(' ') || undefined);
    const title = cell('productName') ?? cell('sku');
    const product = title
      ? [
          {
            title,
            sku: cell('sku') ?? null,
            gtin: cell('gtin') ?? null,
            productUrl: cell('productUrl') ?? null,
            imageUrl: cell('imageUrl') ?? null,
          },
        ]
      : [];
    const key = reference ? `${email.toLowerCase()}\n${reference.toLowerCase()}` : `line:${info.lines}`;
    const existing = groups.get(key);
    if (existing) {
      existing.input.products = [...(existing.input.products ?? []), ...product];
      continue;
    }
    groups.set(key, {
      line: info.lines,
      input: {
        channelId,
        email,
        name: name ?? null,
        orderNumber: reference ?? null,
        locale: cell('locale') ?? null,
        products: product,
        method: 'csv',
        delivery,
      },
    });
  }

  for (const { line, input } of groups.values()) {
    try {
      const { invitation, created } = await ledger.create(accountId, input, `/csv/line/${line}`);
      report.invitations.push({ line, id: invitation.id, state: invitation.state, created });
      if (created) report.created++;
      else report.duplicates++;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500 || error.code === 'not_found') throw error;
      const first = error.details?.[0];
      const detail = first?.message ?? error.message;
      const invalidEmail = first?.field?.endsWith('/email') && detail === 'is not an email address';
      report.rejected.push({
        line,
        reason: `${input.email}: ${detail}`,
        ...(invalidEmail ? { code: 'email_invalid' as const } : {}),
      });
    }
  }
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}
