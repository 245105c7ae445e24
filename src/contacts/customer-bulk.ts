/**
 * Upserting a batch of customers with a few statements instead of about ten per customer (the
 * CSV import, S4). One lookup finds the batch's customers by email and external id; each input
 * is then decided in order with the same pure functions as upsertWithin. The batch decides two
 * cases itself: a customer nobody has (created with one multi-row insert) and one the input
 * leaves as it is (nothing written). Every other case — a change to a stored customer, a moved
 * external id, a consent change on a stored customer, or a key an earlier input of the batch
 * already wrote — goes back to the caller to run through upsertWithin, the single source of the
 * rules.
 */
import { type Insertable, PostgresAdapter } from 'kysely';
import {
  type BulkDecision,
  BulkWriteConflict,
  insertRows,
  isUniqueViolation,
  keyChunks,
} from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import type { NewEvent } from '../platform/jobs/index.js';
import { consentChangeRecords, consentOutcome } from './consent.service.js';
import type { CustomerInput } from './contacts.inputs.js';
import type { ConsentHistoryTable, CustomerExternalIdsTable } from './contacts.tables.js';
import type { CustomerUpsertBatch } from './contacts.types.js';
import { defaultTagsOf } from './contacts-settings.service.js';
import { normalizeCustomerInput } from './customer-fields.js';
import {
  type ContactsDb,
  type ContactsDeps,
  type CustomerRow,
  externalIdsOf,
  toSnapshot,
} from './customer-rows.js';
import { differences, newCustomerRow, upsertedEvent, wantedColumns } from './customer-upsert.js';

type Planned =
  | { kind: 'rejected'; reason: string }
  | { kind: 'per-unit'; keys: string[] }
  | { kind: 'unchanged'; customerId: string; keys: string[] }
  | {
      kind: 'created';
      input: CustomerInput;
      row: CustomerRow;
      consent: ReturnType<typeof newCustomerRow>['consent'];
      keys: string[];
    };

const emailKey = (channelId: string, email: string) => `e|${channelId}|${email}`;
const externalKey = (channelId: string, id: { platform: string; id: string }) =>
  `x|${channelId}|${id.platform}|${id.id}`;
const customerKey = (id: string) => `c|${id}`;

/** Validates the inputs and looks their customers up; see CustomerUpsertBatch. */
export async function prepareUpserts(
  trx: ContactsDb,
  deps: ContactsDeps,
  inputs: readonly CustomerInput[],
): Promise<CustomerUpsertBatch> {
  if (!trx.isTransaction) throw new Error('prepareUpserts needs the caller’s transaction');
  const now = deps.clock.now();
  const at = now.toISOString();
  const valid = inputs.map((input): CustomerInput | string => {
    try {
      return normalizeCustomerInput(input, now);
    } catch (error) {
      // What upsertCustomer would have thrown for it: the caller rejects the input with it.
      if (error instanceof AppError && error.status < 500) return error.message;
      throw error;
    }
  });
  const found = await lookUp(
    trx,
    valid.filter((input) => typeof input !== 'string'),
  );
  const defaults = new Map<string, string[]>();
  const defaultTags = async (channelId: string) => {
    let tags = defaults.get(channelId);
    if (!tags) {
      tags = await defaultTagsOf(trx, channelId);
      defaults.set(channelId, tags);
    }
    return tags;
  };
  for (const input of valid)
    if (typeof input !== 'string' && matchOf(input) === undefined) await defaultTags(input.channelId);

  /** Keys an earlier input of the batch wrote (or handed back to be written one by one). */
  const written = new Set<string>();
  const plans = new Map<number, Planned>();
  const customers: CustomerRow[] = [];
  const externalIds: Array<Insertable<CustomerExternalIdsTable>> = [];
  const history: Array<Insertable<ConsentHistoryTable>> = [];

  function matchOf(input: CustomerInput): string | undefined {
    const byExternalId = input.externalId
      ? found.byExternalId.get(externalKey(input.channelId, input.externalId))
      : undefined;
    return byExternalId ?? found.byEmail.get(emailKey(input.channelId, input.email));
  }

  function decideOne(index: number): Planned {
    const input = valid[index]!;
    if (typeof input === 'string') return { kind: 'rejected', reason: input };
    const matched = matchOf(input);
    const keys = [emailKey(input.channelId, input.email)];
    if (input.externalId) keys.push(externalKey(input.channelId, input.externalId));
    if (matched !== undefined) keys.push(customerKey(matched));
    if (keys.some((key) => written.has(key))) return { kind: 'per-unit', keys };
    if (matched === undefined) {
      const { row, consent } = newCustomerRow(input, defaults.get(input.channelId)!, at);
      keys.push(customerKey(row.id));
      return { kind: 'created', input, row, consent, keys };
    }
    const row = found.rows.get(matched);
    // Gone since the lookup, or another account's: upsertWithin says what that means.
    if (!row || row.account_id !== input.accountId) return { kind: 'per-unit', keys };
    const emailTaken = row.email !== input.email && found.byEmail.has(emailKey(input.channelId, input.email));
    if (Object.keys(differences(row, wantedColumns(row, input, emailTaken))).length > 0)
      return { kind: 'per-unit', keys };
    const given = input.externalId;
    if (given && found.externalIds.get(row.id)?.[given.platform] !== given.id)
      return { kind: 'per-unit', keys };
    if (input.consent) {
      const outcome = consentOutcome(row, input.consent, at);
      // An applied change, or a later confirmation of the status held: both write the row.
      if (outcome.decision.applied || outcome.row !== row) return { kind: 'per-unit', keys };
    }
    return { kind: 'unchanged', customerId: row.id, keys };
  }

  const batch: CustomerUpsertBatch = {
    plan(index) {
      let planned = plans.get(index);
      if (!planned) {
        planned = decideOne(index);
        plans.set(index, planned);
      }
      if (planned.kind === 'created') return { kind: 'created', customerId: planned.row.id };
      if (planned.kind === 'per-unit') return { kind: 'per-unit' };
      if (planned.kind === 'unchanged') return { kind: 'unchanged', customerId: planned.customerId };
      return planned;
    },

    async apply(index) {
      const planned = plans.get(index);
      if (planned?.kind !== 'created') return;
      const { input, row, consent, keys } = planned;
      for (const key of keys) written.add(key);
      customers.push(row);
      const ids: Record<string, string> = {};
      const given = input.externalId;
      if (given) {
        ids[given.platform] = given.id;
        externalIds.push({
          account_id: row.account_id,
          channel_id: row.channel_id,
          customer_id: row.id,
          platform: given.platform,
          external_id: given.id,
          created_at: at,
        });
      }
      // The events upsertWithin appends for a created customer, in its order.
      const events: NewEvent[] = [];
      if (consent?.applied && input.consent) {
        const records = consentChangeRecords(row, input.consent, consent, at);
        history.push(records.history);
        events.push(records.event);
      }
      events.push(upsertedEvent(input.accountId, toSnapshot(row, ids), true));
      await deps.jobs.appendEvents(trx, events);
    },

    handOver(index) {
      const planned = plans.get(index) ?? decideOne(index);
      if (planned.kind !== 'rejected') for (const key of planned.keys) written.add(key);
    },

    async decide(index): Promise<BulkDecision> {
      const plan = batch.plan(index);
      if (plan.kind === 'created') {
        await batch.apply(index);
        return { status: 'imported' };
      }
      if (plan.kind === 'per-unit') batch.handOver(index);
      if (plan.kind === 'unchanged') return { status: 'unchanged' };
      return plan.kind === 'rejected' ? { status: 'rejected', reason: plan.reason } : { status: 'per-unit' };
    },

    async write() {
      try {
        // Every row must go in: one that clashes was written since the lookup.
        const rows = customers.splice(0);
        const created = await insertRows(trx, 'customers', CUSTOMER_COLUMNS, rows, {
          onConflictDoNothing: ['channel_id', 'email'],
        });
        if (created !== rows.length) throw new BulkWriteConflict('customers');
        const links = externalIds.splice(0);
        const linked = await insertRows(trx, 'customer_external_ids', EXTERNAL_ID_COLUMNS, links, {
          onConflictDoNothing: ['channel_id', 'platform', 'external_id'],
        });
        if (linked !== links.length) throw new BulkWriteConflict('customer_external_ids');
        // `seq` is left out: the database numbers the rows in the order they go in.
        await insertRows(trx, 'consent_history', HISTORY_COLUMNS, history.splice(0) as ConsentHistoryTable[]);
      } catch (error) {
        if (isUniqueViolation(error)) throw new BulkWriteConflict('customers');
        throw error;
      }
    },
  };
  return batch;
}

const CUSTOMER_COLUMNS = [
  'id',
  'account_id',
  'channel_id',
  'email',
  'first_name',
  'last_name',
  'phone',
  'locale',
  'birthday',
  'tags',
  'consent_status',
  'consent_source',
  'consent_changed_at',
  'consent_double_opt_in',
  'registered_at',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof CustomerRow>;
const EXTERNAL_ID_COLUMNS = [
  'account_id',
  'channel_id',
  'customer_id',
  'platform',
  'external_id',
  'created_at',
] as const;
const HISTORY_COLUMNS = [
  'id',
  'account_id',
  'channel_id',
  'customer_id',
  'status',
  'previous',
  'source',
  'changed_at',
  'recorded_at',
  'double_opt_in',
] as const;

/** The batch's customers: ids by email and by external id, their rows and their external ids. */
async function lookUp(trx: ContactsDb, inputs: readonly CustomerInput[]) {
  const byEmail = new Map<string, string>();
  const byExternalId = new Map<string, string>();
  const rows = new Map<string, CustomerRow>();
  const channels = new Map<string, { emails: Set<string>; externalIds: Set<string> }>();
  for (const input of inputs) {
    let channel = channels.get(input.channelId);
    if (!channel) {
      channel = { emails: new Set(), externalIds: new Set() };
      channels.set(input.channelId, channel);
    }
    channel.emails.add(input.email);
    if (input.externalId) channel.externalIds.add(input.externalId.id);
  }
  for (const [channelId, { emails, externalIds }] of channels) {
    for (const chunk of keyChunks([...externalIds])) {
      const found = await trx
        .selectFrom('customer_external_ids')
        .select(['customer_id', 'platform', 'external_id'])
        .where('channel_id', '=', channelId)
        .where('external_id', 'in', chunk)
        .execute();
      for (const row of found)
        byExternalId.set(
          externalKey(channelId, { platform: row.platform, id: row.external_id }),
          row.customer_id,
        );
    }
    for (const chunk of keyChunks([...emails])) {
      const found = await trx
        .selectFrom('customers')
        .select(['id', 'email'])
        .where('channel_id', '=', channelId)
        .where('email', 'in', chunk)
        .execute();
      for (const row of found) byEmail.set(emailKey(channelId, row.email), row.id);
    }
  }
  const ids = [...new Set([...byEmail.values(), ...byExternalId.values()])];
  // Locked until the commit on PostgreSQL, as upsertWithin locks the one it updates.
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter;
  for (const chunk of keyChunks(ids)) {
    const query = trx.selectFrom('customers').selectAll().where('id', 'in', chunk);
    for (const row of await (postgres ? query.forUpdate() : query).execute()) rows.set(row.id, row);
  }
  const externalIds = new Map<string, Record<string, string>>();
  for (const chunk of keyChunks(ids))
    for (const [id, byPlatform] of await externalIdsOf(trx, chunk)) externalIds.set(id, byPlatform);
  return { byEmail, byExternalId, rows, externalIds };
}
