import type { Executor, Page } from '../platform/jobs/index.js';
import type { ConsentRejection } from './consent-machine.js';
import type { ConsentSource, ConsentStatus, CustomerErased, CustomerSnapshot } from './contacts.events.js';
import type { ConsentInput, CustomerDetails, CustomerInput } from './contacts.inputs.js';

/** One way to name a customer in a channel. */
export type CustomerLookup =
  | { email: string }
  | { customerId: string }
  | { externalId: { platform: string; id: string } };

export interface UpsertCustomerResult {
  customer: CustomerSnapshot;
  created: boolean;
  /** False when the input matched what was stored (then no event was appended). */
  changed: boolean;
}

/**
 * Who `upsertCustomerId` will write an input to, read before the caller writes rows of its own
 * that name the customer (an order): the customer the input's external id names now (not
 * locked), else the id a new customer gets. The upsert may still end elsewhere (a concurrent
 * delivery created the email first): its result is what counts.
 */
export interface CustomerIdPlan {
  byExternalId: string | undefined;
  id: string;
}

/** What `upsertCustomerId` did: the customer's id, with no snapshot read back. */
export interface UpsertCustomerIdResult {
  customerId: string;
  created: boolean;
  /** False when the input matched what was stored (then no event was appended). */
  changed: boolean;
}

export interface ConsentChangeRequest extends ConsentInput {
  accountId: string;
  channelId: string;
  email: string;
}

export interface ConsentChangeResult {
  applied: boolean;
  /** Why the change was not applied. */
  reason?: ConsentRejection;
  /** The customer's consent after the call. */
  status: ConsentStatus;
  customerId: string;
}

/** One applied consent change, as the audit trail keeps it. */
export interface ConsentHistoryEntry {
  id: string;
  status: ConsentStatus;
  previous: ConsentStatus;
  source: ConsentSource;
  changedAt: string;
  recordedAt: string;
  doubleOptIn: boolean;
}

export interface EraseCustomerRequest {
  accountId: string;
  channelId: string;
  email: string;
  reason: CustomerErased['reason'];
}

export interface EraseCustomerResult {
  /** False when there was nothing left to erase (already erased, never stored): no event then. */
  erased: boolean;
  customerId: string | null;
}

/** Everything stored about one customer, for a data-subject request. */
export interface CustomerExport {
  exportedAt: string;
  customer: CustomerSnapshot;
  consentHistory: ConsentHistoryEntry[];
}

/** An admin's edit: given fields replace stored ones (tags included); null clears. */
export interface CustomerPatch extends CustomerDetails {
  email?: string;
  tags?: string[];
}

/** A customer as a pass over a whole channel sees it first (see `listCustomerEmails`). */
export interface CustomerEmail {
  customerId: string;
  email: string;
}

export interface CustomerListQuery {
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  /** Emails starting with this (case-insensitive). */
  emailPrefix?: string;
  /** First and last name containing this (case-insensitive): "ann kow" finds Anna Kowalska. */
  name?: string;
  tag?: string;
  consent?: ConsentStatus;
}

export interface ContactsSettings {
  channelId: string;
  /** Added to every customer created in the channel. */
  defaultTags: string[];
  /** Null until the settings were first saved. */
  updatedAt: string | null;
}

/**
 * The contacts domain as other domains see it. Methods taking an `executor` run inside the
 * caller's transaction when given one (their rows and events commit with the caller's), or in
 * their own transaction when given the database handle.
 *
 * The caller vouches that `channelId` belongs to `accountId` (admin routes check it first).
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   const { customer } = await contacts.upsertCustomer(trx, { accountId, channelId, email, consent });
 *   await insertOrder(trx, { ...order, customerId: customer.customerId });
 * });
 */
export interface ContactsService {
  /**
   * Creates or updates a customer, matched by external id first, then by email. Absent fields
   * are kept, null clears, tags are merged, `consent` goes through the consent machine.
   * Appends `customer.upserted` only when something changed. Safe under concurrency.
   */
  upsertCustomer(executor: Executor, input: CustomerInput): Promise<UpsertCustomerResult>;
  /**
   * `upsertCustomer` for a caller that needs only the customer's id (an order's buyer): the same
   * writes and events, but a customer the input leaves unchanged is not read back into a snapshot.
   */
  upsertCustomerId(
    executor: Executor,
    input: CustomerInput,
    plan?: CustomerIdPlan,
  ): Promise<UpsertCustomerIdResult>;
  /**
   * The id `upsertCustomerId` is likely to answer for `input`, to be passed to it: a caller
   * writing a row that names the customer before upserting it (an order, whose lock comes first)
   * writes the id at once instead of updating the row after.
   */
  planCustomerId(executor: Executor, input: CustomerInput): Promise<CustomerIdPlan>;
  /** Applies a consent change (creating the customer if unknown); appends `consent.changed` when applied. */
  changeConsent(executor: Executor, request: ConsentChangeRequest): Promise<ConsentChangeResult>;
  findCustomer(
    accountId: string,
    channelId: string,
    by: CustomerLookup,
  ): Promise<CustomerSnapshot | undefined>;
  /** The newsletter consent of an email in a channel; `unknown` when never recorded. */
  getConsent(channelId: string, email: string): Promise<ConsentStatus>;
  /** GDPR erasure: deletes the personal data, keeps a hashed record, appends `customer.erased`. */
  eraseCustomer(executor: Executor, request: EraseCustomerRequest): Promise<EraseCustomerResult>;
  /** Everything stored about the customer with this email, or undefined. */
  exportCustomer(accountId: string, channelId: string, email: string): Promise<CustomerExport | undefined>;
  /** Newest first. */
  listCustomers(
    accountId: string,
    channelId: string,
    query: CustomerListQuery,
  ): Promise<Page<CustomerSnapshot>>;
  /**
   * Every customer's id and email, newest first, in the pages `listCustomers` gives: the narrow
   * read a pass over a whole channel needs (an export's catch-up), without building snapshots.
   */
  listCustomerEmails(
    accountId: string,
    channelId: string,
    query: { limit: number; cursor?: string },
  ): Promise<Page<CustomerEmail>>;
  /** The channel's customers with these ids, in no order; an id not found (erased since) is left out. */
  customersById(
    accountId: string,
    channelId: string,
    customerIds: readonly string[],
  ): Promise<CustomerSnapshot[]>;
  /** An admin's edit; throws not_found for an unknown customer. Appends `customer.upserted` when changed. */
  updateCustomer(
    executor: Executor,
    target: { accountId: string; channelId: string; customerId: string },
    patch: CustomerPatch,
  ): Promise<{ customer: CustomerSnapshot; changed: boolean }>;
  /** Oldest first; throws not_found for an unknown customer. */
  consentHistory(accountId: string, channelId: string, customerId: string): Promise<ConsentHistoryEntry[]>;
  getSettings(accountId: string, channelId: string): Promise<ContactsSettings>;
  updateSettings(
    accountId: string,
    channelId: string,
    settings: { defaultTags: string[] },
  ): Promise<ContactsSettings>;
}
