/** Storing what the consent machine decides: the customer's state, the audit trail, the event. */
import { type Param, preparedQuery } from '../platform/db/index.js';
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

/** What `change` makes of `row`: the decision and the row as it would then stand; nothing is written. */
export function consentOutcome(
  row: CustomerRow,
  change: ConsentChange,
  recordedAt: string,
): { decision: ConsentDecision; row: CustomerRow } {
  const decision = decideConsent(consentStateOf(row), change);
  if (!decision.applied) {
    if (!decision.confirmedAt) return { decision, row };
    // Not a change anyone sees (no event, no history): only the time older changes must beat.
    return { decision, row: { ...row, consent_changed_at: decision.confirmedAt } };
  }
  const { next } = decision;
  return {
    decision,
    row: {
      ...row,
      consent_status: next.status,
      consent_source: next.source,
      consent_changed_at: next.changedAt,
      consent_double_opt_in: decision.doubleOptIn ? 1 : 0,
      updated_at: recordedAt,
    },
  };
}

/**
 * The audit trail and the `consent.changed` event of an applied decision, for `row` as the
 * decision left it (the caller wrote the row itself: applyConsent, or a customer created with
 * its consent in one insert).
 */
export async function recordConsentChange(
  trx: ContactsDb,
  deps: ContactsDeps,
  row: CustomerRow,
  change: ConsentChange,
  decision: Extract<ConsentDecision, { applied: true }>,
  recordedAt: string,
): Promise<void> {
  const { next } = decision;
  await insertHistory(trx, {
    id: newId('cns'),
    accountId: row.account_id,
    channelId: row.channel_id,
    customerId: row.id,
    status: next.status,
    previous: decision.previous,
    source: change.source,
    changedAt: next.changedAt!,
    recordedAt,
    doubleOptIn: decision.doubleOptIn ? 1 : 0,
  });
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
}

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
  const recordedAt = deps.clock.now().toISOString();
  const outcome = consentOutcome(row, change, recordedAt);
  const { decision, row: updated } = outcome;
  if (!decision.applied) {
    if (updated !== row)
      await trx
        .updateTable('customers')
        .set({ consent_changed_at: updated.consent_changed_at })
        .where('id', '=', row.id)
        .execute();
    return outcome;
  }
  await setConsent(trx, {
    id: row.id,
    status: updated.consent_status,
    source: updated.consent_source,
    changedAt: updated.consent_changed_at,
    doubleOptIn: updated.consent_double_opt_in,
    updatedAt: recordedAt,
  });
  await recordConsentChange(trx, deps, updated, change, decision, recordedAt);
  return outcome;
}

// Once per consent change (every imported customer with a marketing column): compiled once.
const setConsent = preparedQuery(
  (
    db: ContactsDb,
    param: Param<{
      id: string;
      status: string;
      source: string | null;
      changedAt: string | null;
      doubleOptIn: number;
      updatedAt: string;
    }>,
  ) =>
    db
      .updateTable('customers')
      .set({
        consent_status: param('status'),
        consent_source: param('source'),
        consent_changed_at: param('changedAt'),
        consent_double_opt_in: param('doubleOptIn'),
        updated_at: param('updatedAt'),
      })
      .where('id', '=', param('id')),
);
const insertHistory = preparedQuery(
  (
    db: ContactsDb,
    param: Param<{
      id: string;
      accountId: string;
      channelId: string;
      customerId: string;
      status: string;
      previous: string;
      source: string;
      changedAt: string;
      recordedAt: string;
      doubleOptIn: number;
    }>,
  ) =>
    db.insertInto('consent_history').values({
      id: param('id'),
      account_id: param('accountId'),
      channel_id: param('channelId'),
      customer_id: param('customerId'),
      status: param('status'),
      previous: param('previous'),
      source: param('source'),
      changed_at: param('changedAt'),
      recorded_at: param('recordedAt'),
      double_opt_in: param('doubleOptIn'),
    }),
);

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
