/** The contacts service: the functions behind the public door (see ContactsService). */
import { sql } from 'kysely';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { consentHistoryOf } from './consent.service.js';
import type { ConsentStatus, CustomerSnapshot } from './contacts.events.js';
import type { ContactsService, CustomerLookup, CustomerPatch } from './contacts.types.js';
import { createContactsSettings } from './contacts-settings.service.js';
import {
  normalizeConsent,
  normalizeCustomerInput,
  normalizeCustomerPatch,
  normalizeEmail,
  normalizeExternalId,
} from './customer-fields.js';
import { eraseWithin, exportOf } from './customer-privacy.js';
import {
  type ContactsDb,
  type ContactsDeps,
  type CustomerRow,
  customerIdByExternalId,
  inTransaction,
  lockCustomer,
  snapshotOf,
  snapshotsOf,
} from './customer-rows.js';
import { appendUpserted, differences, upsertWithin, writeCustomer, writeWithin } from './customer-upsert.js';

/** `%`, `_` and `\` match literally in a LIKE pattern built from user text. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function patchColumns(patch: CustomerPatch): Partial<CustomerRow> {
  const valid = normalizeCustomerPatch(patch);
  const columns: Partial<CustomerRow> = {};
  if (valid.email !== undefined) columns.email = valid.email;
  if (valid.firstName !== undefined) columns.first_name = valid.firstName;
  if (valid.lastName !== undefined) columns.last_name = valid.lastName;
  if (valid.phone !== undefined) columns.phone = valid.phone;
  if (valid.locale !== undefined) columns.locale = valid.locale;
  if (valid.birthday !== undefined) columns.birthday = valid.birthday;
  if (valid.tags !== undefined) columns.tags = JSON.stringify(valid.tags);
  return columns;
}

export function createContactsService(deps: ContactsDeps): ContactsService {
  const { db } = deps;
  const settings = createContactsSettings(deps);

  async function customerRow(accountId: string, channelId: string, customerId: string) {
    const row = await db
      .selectFrom('customers')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('channel_id', '=', channelId)
      .where('id', '=', customerId)
      .executeTakeFirst();
    if (!row) throw AppError.notFound('customer');
    return row;
  }

  return {
    async upsertCustomer(executor, input) {
      const valid = normalizeCustomerInput(input, deps.clock.now());
      const { customer, created, changed } = await inTransaction(executor, (trx) =>
        upsertWithin(trx, deps, valid),
      );
      return { customer, created, changed };
    },

    async upsertCustomerId(executor, input, plan) {
      const valid = normalizeCustomerInput(input, deps.clock.now());
      const { row, created, changed } = await inTransaction(executor, (trx) =>
        writeWithin(trx, deps, valid, plan),
      );
      return { customerId: row.id, created, changed };
    },

    async planCustomerId(executor, input) {
      const externalId = normalizeExternalId(input.externalId);
      const byExternalId = externalId
        ? await customerIdByExternalId(executor as ContactsDb, input.channelId, externalId)
        : undefined;
      return { byExternalId, id: byExternalId ?? newId('cus') };
    },

    async changeConsent(executor, request) {
      const { accountId, channelId } = request;
      const email = normalizeEmail(request.email);
      const consent = normalizeConsent(
        {
          status: request.status,
          source: request.source,
          changedAt: request.changedAt,
          ...(request.doubleOptIn === undefined ? {} : { doubleOptIn: request.doubleOptIn }),
        },
        deps.clock.now(),
        '',
      );
      const outcome = await inTransaction(executor, (trx) =>
        upsertWithin(trx, deps, { accountId, channelId, email, consent }),
      );
      const decision = outcome.consent!;
      return {
        applied: decision.applied,
        ...(decision.applied ? {} : { reason: decision.reason }),
        status: outcome.customer.consent,
        customerId: outcome.customer.customerId,
      };
    },

    async findCustomer(accountId, channelId, by: CustomerLookup): Promise<CustomerSnapshot | undefined> {
      let query = db
        .selectFrom('customers')
        .selectAll('customers')
        .where('customers.account_id', '=', accountId)
        .where('customers.channel_id', '=', channelId);
      if ('email' in by) query = query.where('customers.email', '=', by.email.trim().toLowerCase());
      else if ('customerId' in by) query = query.where('customers.id', '=', by.customerId);
      else {
        query = query
          .innerJoin('customer_external_ids as x', 'x.customer_id', 'customers.id')
          .where('x.platform', '=', by.externalId.platform)
          .where('x.external_id', '=', by.externalId.id);
      }
      const row = await query.executeTakeFirst();
      return row && snapshotOf(db, row);
    },

    async getConsent(channelId, email): Promise<ConsentStatus> {
      const row = await db
        .selectFrom('customers')
        .select('consent_status')
        .where('channel_id', '=', channelId)
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return (row?.consent_status as ConsentStatus | undefined) ?? 'unknown';
    },

    async eraseCustomer(executor, request) {
      const email = normalizeEmail(request.email);
      return inTransaction(executor, (trx) => eraseWithin(trx, deps, { ...request, email }));
    },

    async exportCustomer(accountId, channelId, email) {
      return exportOf(db, deps, accountId, channelId, email.trim().toLowerCase());
    },

    async listCustomers(accountId, channelId, query) {
      let select = db
        .selectFrom('customers')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId);
      if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
      if (query.consent !== undefined) select = select.where('consent_status', '=', query.consent);
      if (query.emailPrefix) {
        const pattern = `${likeLiteral(query.emailPrefix.trim().toLowerCase())}%`;
        select = select.where(sql<boolean>`email like ${pattern} escape '\\'`);
      }
      if (query.name?.trim()) {
        const pattern = `%${likeLiteral(query.name.trim().toLowerCase())}%`;
        select = select.where(
          sql<boolean>`lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) like ${pattern} escape '\\'`,
        );
      }
      if (query.tag) {
        const pattern = `%${likeLiteral(JSON.stringify(query.tag))}%`;
        select = select.where(sql<boolean>`tags like ${pattern} escape '\\'`);
      }
      const rows = await select
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const items = await snapshotsOf(db, rows.slice(0, query.limit));
      return rows.length > query.limit
        ? { items, nextCursor: items[items.length - 1]!.customerId }
        : { items };
    },

    async listCustomerEmails(accountId, channelId, query) {
      let select = db
        .selectFrom('customers')
        .select(['id', 'email'])
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId);
      if (query.cursor !== undefined) select = select.where('id', '<', query.cursor);
      const rows = await select
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const items = rows.slice(0, query.limit).map((row) => ({ customerId: row.id, email: row.email }));
      return rows.length > query.limit
        ? { items, nextCursor: items[items.length - 1]!.customerId }
        : { items };
    },

    async customersById(accountId, channelId, customerIds) {
      if (customerIds.length === 0) return [];
      const rows = await db
        .selectFrom('customers')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId)
        .where('id', 'in', [...customerIds])
        .execute();
      return snapshotsOf(db, rows);
    },

    async updateCustomer(executor, target, patch) {
      const wanted = patchColumns(patch);
      return inTransaction(executor, async (trx) => {
        const found = await lockCustomer(trx, target.customerId);
        if (!found || found.account_id !== target.accountId || found.channel_id !== target.channelId) {
          throw AppError.notFound('customer');
        }
        const changes = differences(found, wanted);
        if (Object.keys(changes).length === 0)
          return { customer: await snapshotOf(trx, found), changed: false };
        const row = await writeCustomer(trx, found, changes, deps.clock.now().toISOString());
        const customer = await snapshotOf(trx, row);
        await appendUpserted(trx, deps, target.accountId, customer, false);
        return { customer, changed: true };
      });
    },

    async consentHistory(accountId, channelId, customerId) {
      const row = await customerRow(accountId, channelId, customerId);
      return consentHistoryOf(db, row.id);
    },

    getSettings: settings.get,
    updateSettings: settings.update,
  };
}
