/** Storing what the consent machine decides: the customer's state, the audit trail, the event. */
import { newId } from '../platform/ids.js';
import { type ConsentChange, type ConsentDecision, decideConsent } from './consent-machine.js';
import {
  CONTACTS_EVENTS,
  type ConsentChanged,
  type ConsentSource,
  type ConsentStatus,
} from './contacts.events.js';
import type { ConsentHistoryEntry } from './contacts.types.js';
import { type ContactsDb, type ContactsDeps, type CustomerRow, consentStateOf } from './customer-rows.js';

/**
 * Applies `change` to the locked customer `row` inside `trx`: on success updates the row,
 * appends a history entry and a `consent.changed` event. Returns the decision and the row as
 * it now stands.
 */
export async function applyConsent(
  trx: ContactsDb,
  deps: ContactsDeps,
  row: CustomerRow,
  change: ConsentChange,
): Promise<{ decision: ConsentDecision; row: CustomerRow }> {
  const now = deps.clock.now();
  const decision = decideConsent(consentStateOf(row), change);
  if (!decision.applied) {
    if (!decision.confirmedAt) return { decision, row };
    // Not a change anyone sees (no event, no history): only the time older changes must beat.
    await trx
      .updateTable('customers')
      .set({ consent_changed_at: decision.confirmedAt })
      .where('id', '=', row.id)
      .execute();
    return { decision, row: { ...row, consent_changed_at: decision.confirmedAt } };
  }

  const recordedAt = now.toISOString();
  const { next } = decision;
  const updated: CustomerRow = {
    ...row,
    consent_status: next.status,
    consent_source: next.source,
    consent_changed_at: next.changedAt,
    consent_double_opt_in: decision.doubleOptIn ? 1 : 0,
    updated_at: recordedAt,
  };
  await trx
    .updateTable('customers')
    .set({
      consent_status: updated.consent_status,
      consent_source: updated.consent_source,
      consent_changed_at: updated.consent_changed_at,
      consent_double_opt_in: updated.consent_double_opt_in,
      updated_at: recordedAt,
    })
    .where('id', '=', row.id)
    .execute();
  await trx
    .insertInto('consent_history')
    .values({
      id: newId('cns'),
      account_id: row.account_id,
      channel_id: row.channel_id,
      customer_id: row.id,
      status: next.status,
      previous: decision.previous,
      source: change.source,
      changed_at: next.changedAt!,
      recorded_at: recordedAt,
      double_opt_in: decision.doubleOptIn ? 1 : 0,
    })
    .execute();
  const payload: ConsentChanged = {
    customerId: row.id,
    channelId: row.channel_id,
    email: row.email,
    status: next.status,
    previous: decision.previous,
    source: change.source,
    changedAt: next.changedAt!,
    doubleOptIn: decision.doubleOptIn,
    registeredAt: row.registered_at,
  };
  await deps.jobs.appendEvents(trx, [
    {
      type: CONTACTS_EVENTS.consentChanged,
      accountId: row.account_id,
      channelId: row.channel_id,
      occurredAt: next.changedAt!,
      payload,
    },
  ]);
  return { decision, row: updated };
}

export async function consentHistoryOf(db: ContactsDb, customerId: string): Promise<ConsentHistoryEntry[]> {
  const rows = await db
    .selectFrom('consent_history')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status as ConsentStatus,
    previous: row.previous as ConsentStatus,
    source: row.source as ConsentSource,
    changedAt: row.changed_at,
    recordedAt: row.recorded_at,
    doubleOptIn: row.double_opt_in === 1,
  }));
}
