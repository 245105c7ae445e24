/** Data-subject requests: erasure (right to be forgotten) and export (right of access). */
import { sha256Hex } from '../platform/crypto/index.js';
import { newId } from '../platform/ids.js';
import { consentHistoryOf } from './consent.service.js';
import { CONTACTS_EVENTS, type CustomerErased } from './contacts.events.js';
import type { CustomerExport, EraseCustomerRequest, EraseCustomerResult } from './contacts.types.js';
import {
  type ContactsDb,
  type ContactsDeps,
  customerIdByEmail,
  lockCustomer,
  snapshotOf,
} from './customer-rows.js';

/** The erasure record keeps this instead of the email: enough to answer "was I erased?". */
export function emailHash(email: string): string {
  return sha256Hex(email);
}

/**
 * Deletes the customer with everything hanging off it (external ids, consent history), records
 * the erasure without the email and appends `customer.erased` so other domains erase theirs.
 * An email never stored still gets a record and an event (other domains may hold it); asking
 * again once nothing is left appends nothing.
 */
export async function eraseWithin(
  trx: ContactsDb,
  deps: ContactsDeps,
  request: EraseCustomerRequest,
): Promise<EraseCustomerResult> {
  const hash = emailHash(request.email);
  const customerId = await customerIdByEmail(trx, request.channelId, request.email);
  const row = customerId === undefined ? undefined : await lockCustomer(trx, customerId);
  const found = row !== undefined && row.account_id === request.accountId;
  if (!found) {
    const before = await trx
      .selectFrom('customer_erasures')
      .select('id')
      .where('channel_id', '=', request.channelId)
      .where('email_hash', '=', hash)
      .executeTakeFirst();
    if (before) return { erased: false, customerId: null };
  }
  const erasedId = found ? row.id : null;
  if (found) await trx.deleteFrom('customers').where('id', '=', row.id).execute();
  await trx
    .insertInto('customer_erasures')
    .values({
      id: newId('era'),
      account_id: request.accountId,
      channel_id: request.channelId,
      customer_id: erasedId,
      email_hash: hash,
      reason: request.reason,
      erased_at: deps.clock.now().toISOString(),
    })
    .execute();
  const payload: CustomerErased = {
    channelId: request.channelId,
    email: request.email,
    customerId: erasedId,
    reason: request.reason,
  };
  await deps.jobs.appendEvents(trx, [
    {
      type: CONTACTS_EVENTS.customerErased,
      accountId: request.accountId,
      channelId: request.channelId,
      payload,
    },
  ]);
  return { erased: true, customerId: erasedId };
}

export async function exportOf(
  db: ContactsDb,
  deps: ContactsDeps,
  accountId: string,
  channelId: string,
  email: string,
): Promise<CustomerExport | undefined> {
  const row = await db
    .selectFrom('customers')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('channel_id', '=', channelId)
    .where('email', '=', email)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    exportedAt: deps.clock.now().toISOString(),
    customer: await snapshotOf(db, row),
    consentHistory: await consentHistoryOf(db, row.id),
  };
}
