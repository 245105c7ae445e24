/** Reading and locking customer rows, and turning them into snapshots. */
import type { Kysely, Selectable } from 'kysely';
import type { Clock } from '../platform/clock.js';
import { lockingRows, type Param, preparedQuery } from '../platform/db/index.js';
import type { Executor, Jobs } from '../platform/jobs/index.js';
import type { ConsentSource, ConsentStatus, CustomerSnapshot } from './contacts.events.js';
import type { ContactsTables, CustomersTable } from './contacts.tables.js';

export type ContactsDb = Kysely<ContactsTables>;
export type CustomerRow = Selectable<CustomersTable>;

/** What the contacts services are built from. */
export interface ContactsDeps {
  db: ContactsDb;
  jobs: Jobs;
  clock: Clock;
}

/**
 * Runs `work` in the caller's transaction, or in a new one when the caller passed the
 * database handle: a command's rows and events always commit together.
 */
export function inTransaction<T>(executor: Executor, work: (trx: ContactsDb) => Promise<T>): Promise<T> {
  const db = executor as ContactsDb;
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

export function parseTags(json: string): string[] {
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

export function toSnapshot(row: CustomerRow, externalIds: Record<string, string>): CustomerSnapshot {
  return {
    customerId: row.id,
    channelId: row.channel_id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    locale: row.locale,
    birthday: row.birthday,
    tags: parseTags(row.tags),
    externalIds,
    consent: row.consent_status as ConsentStatus,
    registeredAt: row.registered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function consentStateOf(row: CustomerRow) {
  return {
    status: row.consent_status as ConsentStatus,
    source: row.consent_source as ConsentSource | null,
    changedAt: row.consent_changed_at,
    registeredAt: row.registered_at,
  };
}

export async function externalIdsOf(db: ContactsDb, customerIds: readonly string[]) {
  const byCustomer = new Map<string, Record<string, string>>();
  if (customerIds.length === 0) return byCustomer;
  const rows = await db
    .selectFrom('customer_external_ids')
    .select(['customer_id', 'platform', 'external_id'])
    .where('customer_id', 'in', customerIds)
    .orderBy('platform')
    .execute();
  for (const row of rows) {
    const ids = byCustomer.get(row.customer_id) ?? {};
    ids[row.platform] = row.external_id;
    byCustomer.set(row.customer_id, ids);
  }
  return byCustomer;
}

/** The customer's external ids by platform. */
export async function externalIdsOfCustomer(
  db: ContactsDb,
  customerId: string,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const row of await externalIdsOfOne(db, { customerId })) ids[row.platform] = row.external_id;
  return ids;
}

export async function snapshotOf(db: ContactsDb, row: CustomerRow): Promise<CustomerSnapshot> {
  return toSnapshot(row, await externalIdsOfCustomer(db, row.id));
}

export async function snapshotsOf(db: ContactsDb, rows: readonly CustomerRow[]): Promise<CustomerSnapshot[]> {
  const ids = await externalIdsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toSnapshot(row, ids.get(row.id) ?? {}));
}

// The reads every order and contact sync makes, compiled once (see preparedQuery).
const customerForUpdate = preparedQuery((db: ContactsDb, param: Param<{ customerId: string }>, dialect) => {
  const query = db.selectFrom('customers').selectAll().where('id', '=', param('customerId'));
  return lockingRows(query, dialect);
});
const customerByEmailForUpdate = preparedQuery(
  (db: ContactsDb, param: Param<{ channelId: string; email: string }>, dialect) => {
    const query = db
      .selectFrom('customers')
      .selectAll()
      .where('channel_id', '=', param('channelId'))
      .where('email', '=', param('email'));
    return lockingRows(query, dialect);
  },
);
const idByEmail = preparedQuery((db: ContactsDb, param: Param<{ channelId: string; email: string }>) =>
  db
    .selectFrom('customers')
    .select('id')
    .where('channel_id', '=', param('channelId'))
    .where('email', '=', param('email')),
);
const idByExternalId = preparedQuery(
  (db: ContactsDb, param: Param<{ channelId: string; platform: string; id: string }>) =>
    db
      .selectFrom('customer_external_ids')
      .select('customer_id')
      .where('channel_id', '=', param('channelId'))
      .where('platform', '=', param('platform'))
      .where('external_id', '=', param('id')),
);
const externalIdsOfOne = preparedQuery((db: ContactsDb, param: Param<{ customerId: string }>) =>
  db
    .selectFrom('customer_external_ids')
    .select(['platform', 'external_id'])
    .where('customer_id', '=', param('customerId'))
    .orderBy('platform'),
);

/**
 * The customer row, locked for the rest of the transaction on PostgreSQL (SQLite serialises
 * writers anyway), so concurrent commands on one customer never lose each other's changes.
 */
export async function lockCustomer(trx: ContactsDb, customerId: string): Promise<CustomerRow | undefined> {
  const [row] = await customerForUpdate(trx, { customerId });
  return row;
}

/** The customer with this email in the channel, locked as `lockCustomer` locks it. */
export async function lockCustomerByEmail(
  trx: ContactsDb,
  channelId: string,
  email: string,
): Promise<CustomerRow | undefined> {
  const [row] = await customerByEmailForUpdate(trx, { channelId, email });
  return row;
}

export async function customerIdByEmail(
  db: ContactsDb,
  channelId: string,
  email: string,
): Promise<string | undefined> {
  const [row] = await idByEmail(db, { channelId, email });
  return row?.id;
}

export async function customerIdByExternalId(
  db: ContactsDb,
  channelId: string,
  externalId: { platform: string; id: string },
): Promise<string | undefined> {
  const [row] = await idByExternalId(db, { channelId, platform: externalId.platform, id: externalId.id });
  return row?.customer_id;
}
