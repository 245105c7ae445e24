import type { CustomerInput } from '../../contacts/index.js';
import type { Executor } from '../../platform/jobs/index.js';
import type { OrderInput, RefundInput } from '../commerce.inputs.js';

export const IMPORT_TYPES = ['orders', 'customers'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

export const IMPORT_FORMATS = ['shopify', 'generic'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_STATUSES = ['pending', 'running', 'finished', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Why a row was rejected; a stable code next to the human reason. */
export type RejectionCode =
  | 'malformed_csv'
  | 'invalid_characters'
  | 'missing_value'
  | 'invalid_email'
  | 'invalid_date'
  | 'invalid_number'
  | 'invalid_money'
  | 'invalid_currency'
  | 'invalid_quantity'
  | 'invalid_value'
  | 'rejected'
  | 'order_rejected';

/** How to read a file; `auto` is resolved from the file before anything is imported. */
export interface ReadOptions {
  format: ImportFormat | 'auto';
  /** `auto`, or any encoding iconv-lite knows (`utf-8`, `windows-1250`, `iso-8859-2`, …). */
  encoding: string;
  delimiter: 'auto' | ',' | ';' | '\t';
  /** Money written with a decimal comma (`12,50`); off by default, where `1.234,56` is refused. */
  decimalComma: boolean;
}

/** One import as its caller sees it. */
export interface ImportRecord {
  id: string;
  channelId: string;
  type: ImportType;
  format: ImportFormat;
  encoding: string;
  delimiter: string;
  decimalComma: boolean;
  fileName: string;
  sha256: string;
  status: ImportStatus;
  /** How many times the file was run; a finished file run again starts a new run. */
  runs: number;
  /** The last line whose effects are committed. */
  checkpointLine: number;
  bytesTotal: number;
  bytesRead: number;
  /** Orders or customers created or changed. */
  imported: number;
  /** Orders or customers that were already there as the file says. */
  unchanged: number;
  /** Rows rejected (see the rejected-rows report). */
  rejected: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface Rejection {
  line: number;
  code: RejectionCode;
  reason: string;
  raw: string;
}

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  line: number;
  imported: number;
  unchanged: number;
  rejected: number;
}

/** What recording one order or customer did. */
export interface WriteOutcome {
  created: boolean;
  changed: boolean;
}

/**
 * What the import needs from the commerce and contacts domains: recording an order, a refund and
 * a customer inside the caller's transaction (see commerce.inputs.ts, contacts.inputs.ts), so a
 * batch of rows commits, and fans out, as one.
 */
export interface ImportPorts {
  commerce: {
    recordOrder(executor: Executor, input: OrderInput): Promise<WriteOutcome>;
    recordRefund(executor: Executor, input: RefundInput): Promise<WriteOutcome>;
  };
  contacts: {
    upsertCustomer(executor: Executor, input: CustomerInput): Promise<WriteOutcome>;
  };
}
