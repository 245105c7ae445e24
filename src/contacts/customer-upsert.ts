/**
 * Creating and updating customers from any source (C1). Matching goes by external id first,
 * then by email; the unique (channel_id, email) index, not a prior read, decides who creates a
 * new customer when several deliveries race.
 */

import { insertRows, isUniqueViolation, type Param, preparedQuery } from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { applyConsent, consentOutcome, recordConsentChange } from './consent.service.js';
import type { ConsentDecision } from './consent-machine.js';
import { CONTACTS_EVENTS, type CustomerSnapshot, type CustomerUpserted } from './contacts.events.js';
import type { CustomerInput } from './contacts.inputs.js';
import type { CustomerIdPlan } from './contacts.types.js';
import { defaultTagsOf } from './contacts-settings.service.js';
import {
  type ContactsDb,
  type ContactsDeps,
  type CustomerRow,
  customerIdByEmail,
  customerIdByExternalId,
  externalIdsOfCustomer,
  lockCustomer,
  lockCustomerByEmail,
  parseTags,
  toSnapshot,
} from './customer-rows.js';

export interface UpsertOutcome {
  customer: CustomerSnapshot;
  created: boolean;
  changed: boolean;
  /** What the consent machine decided, when the input carried consent. */
  consent?: ConsentDecision;
}

/** The fields an input sets, as column values; only those present in the input. */
function columnsOf(input: CustomerInput): Partial<CustomerRow> {
  const set: Partial<CustomerRow> = {};
  if (input.firstName !== undefined) set.first_name = input.firstName;
  if (input.lastName !== undefined) set.last_name = input.lastName;
  if (input.phone !== undefined) set.phone = input.phone;
  if (input.locale !== undefined) set.locale = input.locale;
  if (input.birthday !== undefined) set.birthday = input.birthday;
  return set;
}

/** Every column of a customer row (the compiler checks the list is whole), for inserting rows. */
const CUSTOMER_ROW_COLUMNS: Record<keyof CustomerRow, true> = {
  id: true,
  account_id: true,
  channel_id: true,
  email: true,
  first_name: true,
  last_name: true,
  phone: true,
  locale: true,
  birthday: true,
  tags: true,
  consent_status: true,
  consent_source: true,
  consent_changed_at: true,
  consent_double_opt_in: true,
  registered_at: true,
  created_at: true,
  updated_at: true,
};
const CUSTOMER_COLUMNS = Object.keys(CUSTOMER_ROW_COLUMNS) as ReadonlyArray<keyof CustomerRow>;

/**
 * Inserts the customer, with what its consent change makes of it (one insert instead of an
 * insert and an update: an import creates thousands); undefined when a concurrent delivery
 * created this email first.
 */
async function createRow(
  trx: ContactsDb,
  deps: ContactsDeps,
  input: CustomerInput,
  id: string,
): Promise<{ row: CustomerRow; consent?: ConsentDecision; at: string } | undefined> {
  const now = deps.clock.now().toISOString();
  const defaults = await defaultTagsOf(trx, input.channelId);
  const fresh: CustomerRow = {
    id,
    account_id: input.accountId,
    channel_id: input.channelId,
    email: input.email,
    first_name: input.firstName ?? null,
    last_name: input.lastName ?? null,
    phone: input.phone ?? null,
    locale: input.locale ?? null,
    birthday: input.birthday ?? null,
    tags: JSON.stringify([...new Set([...defaults, ...(input.tags ?? [])])]),
    consent_status: 'unknown',
    consent_source: null,
    consent_changed_at: null,
    consent_double_opt_in: 0,
    registered_at: input.registeredAt ?? null,
    created_at: now,
    updated_at: now,
  };
  const outcome = input.consent ? consentOutcome(fresh, input.consent, now) : undefined;
  const row = outcome?.row ?? fresh;
  const inserted = await insertRows(trx, 'customers', CUSTOMER_COLUMNS, [row], {
    onConflictDoNothing: ['channel_id', 'email'],
  });
  if (inserted === 0) return undefined;
  return { row, at: now, ...(outcome ? { consent: outcome.decision } : {}) };
}

/** Records the external id; a platform id already taken by another customer stays with it. */
async function linkExternalId(
  trx: ContactsDb,
  deps: ContactsDeps,
  row: CustomerRow,
  externalId: { platform: string; id: string },
  /** The customer's id on that platform so far, if any. */
  current: string | undefined,
): Promise<boolean> {
  if (current === externalId.id) return false;
  if (current !== undefined) {
    // The shop re-created the customer under a new id: follow it.
    const moved = await trx
      .updateTable('customer_external_ids')
      .set({ external_id: externalId.id })
      .where('customer_id', '=', row.id)
      .where('platform', '=', externalId.platform)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('customer_external_ids as taken')
              .select('taken.customer_id')
              .where('taken.channel_id', '=', row.channel_id)
              .where('taken.platform', '=', externalId.platform)
              .where('taken.external_id', '=', externalId.id),
          ),
        ),
      )
      .executeTakeFirst();
    return moved.numUpdatedRows > 0n;
  }
  const inserted = await insertExternalId.changes(trx, {
    accountId: row.account_id,
    channelId: row.channel_id,
    customerId: row.id,
    platform: externalId.platform,
    externalId: externalId.id,
    createdAt: deps.clock.now().toISOString(),
  });
  return inserted > 0;
}

// Once per customer imported or synced: compiled once (see preparedQuery).
const insertExternalId = preparedQuery(
  (
    db: ContactsDb,
    param: Param<{
      accountId: string;
      channelId: string;
      customerId: string;
      platform: string;
      externalId: string;
      createdAt: string;
    }>,
  ) =>
    db
      .insertInto('customer_external_ids')
      .values({
        account_id: param('accountId'),
        channel_id: param('channelId'),
        customer_id: param('customerId'),
        platform: param('platform'),
        external_id: param('externalId'),
        created_at: param('createdAt'),
      })
      // Either unique key: the customer has an id on the platform, or the id is another's.
      .onConflict((conflict) => conflict.doNothing()),
);

/** Writes the changed columns of `row`; a clash with another customer's email is a conflict. */
export async function writeCustomer(
  trx: ContactsDb,
  row: CustomerRow,
  changes: Partial<CustomerRow>,
  now: string,
): Promise<CustomerRow> {
  try {
    await trx
      .updateTable('customers')
      .set({ ...changes, updated_at: now })
      .where('id', '=', row.id)
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'conflict',
        `another customer in this channel already has the email ${changes.email}`,
        {
          details: [{ field: 'email', message: 'belongs to another customer' }],
        },
      );
    }
    throw error;
  }
  return { ...row, ...changes, updated_at: now };
}

/** The columns of `wanted` that differ from `row`. */
export function differences(row: CustomerRow, wanted: Partial<CustomerRow>): Partial<CustomerRow> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (row[key as keyof CustomerRow] !== value) out[key] = value;
  }
  return out as Partial<CustomerRow>;
}

export async function appendUpserted(
  trx: ContactsDb,
  deps: ContactsDeps,
  accountId: string,
  customer: CustomerSnapshot,
  created: boolean,
): Promise<void> {
  const payload: CustomerUpserted = { customer, created };
  await deps.jobs.appendEvents(trx, [
    { type: CONTACTS_EVENTS.customerUpserted, accountId, channelId: customer.channelId, payload },
  ]);
}

/** What writing a customer input did, before anything is read back for its caller. */
export interface Written {
  row: CustomerRow;
  created: boolean;
  changed: boolean;
  consent?: ConsentDecision;
  /** The customer as its `customer.upserted` event shows it: there only when something changed. */
  customer?: CustomerSnapshot;
  /** The customer's external ids by platform, when writing needed them. */
  externalIds?: Record<string, string>;
}

/** Upserts a normalised input inside `trx` and answers the customer's snapshot. */
export async function upsertWithin(
  trx: ContactsDb,
  deps: ContactsDeps,
  input: CustomerInput,
): Promise<UpsertOutcome> {
  const { row, created, changed, consent, ...known } = await writeWithin(trx, deps, input);
  const customer =
    known.customer ?? toSnapshot(row, known.externalIds ?? (await externalIdsOfCustomer(trx, row.id)));
  return { customer, created, changed, ...(consent ? { consent } : {}) };
}

/**
 * Writes a normalised input inside `trx`: the customer's row, external id, consent and, when
 * something changed, its `customer.upserted` event. A customer the input leaves as it was is not
 * read further (its external ids are read only to link a new one or to show in the event).
 * A `plan` (planCustomerId) stands for the external-id lookup and names a new customer.
 */
export async function writeWithin(
  trx: ContactsDb,
  deps: ContactsDeps,
  input: CustomerInput,
  plan?: CustomerIdPlan,
): Promise<Written> {
  const byExternalId = plan
    ? plan.byExternalId
    : input.externalId
      ? await customerIdByExternalId(trx, input.channelId, input.externalId)
      : undefined;
  // The customer found is locked until the transaction ends; one matched by email is found and
  // locked in one read.
  let row =
    byExternalId === undefined
      ? await lockCustomerByEmail(trx, input.channelId, input.email)
      : await lockCustomer(trx, byExternalId);
  // A customer created here is known whole: it is neither read back nor locked (on
  // PostgreSQL the insert holds the row until commit).
  let createdWith: Awaited<ReturnType<typeof createRow>>;
  if (!row && byExternalId === undefined) {
    createdWith = await createRow(trx, deps, input, plan?.id ?? newId('cus'));
    // Lost the race to a concurrent delivery of the same email: update what it created.
    row = createdWith?.row ?? (await lockCustomerByEmail(trx, input.channelId, input.email));
  }
  const created = createdWith !== undefined;
  if (!row) throw new AppError('conflict', 'the customer changed while being saved; send it again');
  if (row.account_id !== input.accountId) throw AppError.notFound('customer');

  let changed = created;
  if (!created) {
    const storedTags = parseTags(row.tags);
    const tags = [...new Set([...storedTags, ...(input.tags ?? [])])];
    // Matched by external id under a new email that another customer of the channel holds:
    // the platform id decides who this is, but the email stays where it is (no merge here).
    const emailTaken =
      row.email !== input.email && (await customerIdByEmail(trx, input.channelId, input.email)) !== undefined;
    const wanted = columnsOf(input);
    if (!emailTaken) wanted.email = input.email;
    wanted.tags = JSON.stringify(tags);
    if (row.registered_at === null && input.registeredAt) wanted.registered_at = input.registeredAt;
    const changes = differences(row, wanted);
    if (Object.keys(changes).length > 0) {
      row = await writeCustomer(trx, row, changes, deps.clock.now().toISOString());
      changed = true;
    }
  }
  // What linking compares with and the event shows; a customer created here has none yet.
  let externalIds: Record<string, string> | undefined = created ? {} : undefined;
  const given = input.externalId;
  if (given) {
    externalIds ??= await externalIdsOfCustomer(trx, row.id);
    if (await linkExternalId(trx, deps, row, given, externalIds[given.platform])) {
      externalIds[given.platform] = given.id;
      changed = true;
    }
  }

  let consent: ConsentDecision | undefined;
  if (createdWith?.consent && input.consent) {
    // Created with its consent already in the row: only the history and the event are left.
    consent = createdWith.consent;
    if (consent.applied) await recordConsentChange(trx, deps, row, input.consent, consent, createdWith.at);
  } else if (input.consent) {
    const result = await applyConsent(trx, deps, row, input.consent);
    consent = result.decision;
    row = result.row;
    if (consent.applied) changed = true;
  }

  const written: Written = { row, created, changed };
  if (consent) written.consent = consent;
  if (externalIds) written.externalIds = externalIds;
  if (changed) {
    written.customer = toSnapshot(row, externalIds ?? (await externalIdsOfCustomer(trx, row.id)));
    await appendUpserted(trx, deps, input.accountId, written.customer, created);
  }
  return written;
}
