import type { CustomerErased } from '../contacts/index.js';
import type { Clock } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { keysetPage } from '../platform/pages.js';
import type { CommerceTables } from './commerce.tables.js';
import type { DataRequest, Page, ShopPlatform } from './commerce.types.js';
import type { ContactsPort } from './contacts-port.js';
import { toRecord } from './order-rows.js';
import type { CommerceDb } from './orders.service.js';

type Reason = CustomerErased['reason'];

/**
 * Personal data in orders: erasure (GDPR redact, shop redact, `customer.erased`) keeps the
 * order's numbers and lines but drops who placed it; data requests store what we hold.
 */
export function createPrivacy(deps: {
  db: CommerceDb;
  clock: Clock;
  contacts: ContactsPort;
  /** Throws not_found unless the channel belongs to the account (the accounts door). */
  assertChannel: (accountId: string, channelId: string) => Promise<unknown>;
}) {
  const { db, clock, contacts } = deps;

  /** Unlinks orders of `email` (or, with `externalIds`, those orders too) from the person. */
  async function eraseOrdersOf(
    trx: CommerceDb,
    channelId: string,
    who: { email?: string | null; source?: string; externalIds?: string[] } | 'everyone',
  ): Promise<void> {
    let update = trx
      .updateTable('orders')
      .set({
        customer_id: null,
        email: null,
        first_name: null,
        last_name: null,
        phone: null,
        shipping_address_hash: null,
        updated_at: clock.now().toISOString(),
      })
      .where('channel_id', '=', channelId);
    if (who !== 'everyone') {
      const email = who.email?.trim().toLowerCase();
      const ids = who.externalIds ?? [];
      if (!email && ids.length === 0) return;
      update = update.where((eb) =>
        eb.or([
          ...(email ? [eb('email', '=', email)] : []),
          ...(ids.length > 0 && who.source
            ? [eb('source', '=', who.source).and('external_id', 'in', ids)]
            : []),
        ]),
      );
    }
    await update.execute();
  }

  return {
    eraseOrdersOf,

    /** A customer's erasure: the contacts domain forgets them, and their orders forget them. */
    async eraseCustomerIn(
      trx: CommerceDb,
      target: { accountId: string; channelId: string },
      request: { email: string | null; source: ShopPlatform; orderExternalIds: string[]; reason: Reason },
    ): Promise<void> {
      const email = request.email?.trim().toLowerCase() || null;
      if (email) {
        await contacts.eraseCustomer(trx, { ...target, email, reason: request.reason });
      }
      await eraseOrdersOf(trx, target.channelId, {
        email,
        source: request.source,
        externalIds: request.orderExternalIds,
      });
    },

    /** Shop redact: every customer of the channel is erased, and stored data requests dropped. */
    async eraseChannelIn(trx: CommerceDb, target: { accountId: string; channelId: string }): Promise<void> {
      const emails = await trx
        .selectFrom('orders')
        .select('email')
        .distinct()
        .where('channel_id', '=', target.channelId)
        .where('email', 'is not', null)
        .execute();
      for (const { email } of emails) {
        if (email) await contacts.eraseCustomer(trx, { ...target, email, reason: 'shop_redact' });
      }
      await eraseOrdersOf(trx, target.channelId, 'everyone');
      await trx.deleteFrom('data_requests').where('channel_id', '=', target.channelId).execute();
    },

    /** What Trustloop holds about `email` in a channel: the contact and their orders. Read outside any transaction. */
    async exportOf(accountId: string, channelId: string, email: string): Promise<unknown> {
      const normalised = email.trim().toLowerCase();
      const orders = await db
        .selectFrom('orders')
        .selectAll()
        .where('channel_id', '=', channelId)
        .where('email', '=', normalised)
        .orderBy('id')
        .execute();
      const refunds =
        orders.length === 0
          ? []
          : await db
              .selectFrom('order_refunds')
              .selectAll()
              .where(
                'order_id',
                'in',
                orders.map((order) => order.id),
              )
              .orderBy('id')
              .execute();
      return {
        customer: (await contacts.exportCustomer(accountId, channelId, normalised)) ?? null,
        orders: orders.map((order) =>
          toRecord(
            order,
            refunds.filter((refund) => refund.order_id === order.id),
          ),
        ),
      };
    },

    async storeDataRequestIn(
      trx: CommerceDb,
      request: Omit<DataRequest, 'id' | 'createdAt'> & { accountId: string },
    ): Promise<void> {
      await trx
        .insertInto('data_requests')
        .values({
          id: newId('dreq'),
          account_id: request.accountId,
          channel_id: request.channelId,
          platform: request.platform,
          external_id: request.externalId,
          email: request.email.trim().toLowerCase(),
          export: JSON.stringify(request.export ?? null),
          created_at: clock.now().toISOString(),
        })
        .execute();
    },

    async listDataRequests(
      accountId: string,
      channelId: string,
      query: { limit: number; cursor?: string },
    ): Promise<Page<DataRequest>> {
      await deps.assertChannel(accountId, channelId);
      let select = db
        .selectFrom('data_requests')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId);
      if (query.cursor) select = select.where('id', '<', query.cursor);
      const rows = await select
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      return keysetPage(rows, query.limit, toDataRequest, (request) => request.id);
    },

    async getDataRequest(accountId: string, channelId: string, requestId: string): Promise<DataRequest> {
      const row = await db
        .selectFrom('data_requests')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId)
        .where('id', '=', requestId)
        .executeTakeFirst();
      if (!row) throw AppError.notFound('data request');
      return toDataRequest(row);
    },
  };
}

export type Privacy = ReturnType<typeof createPrivacy>;

function toDataRequest(row: CommerceTables['data_requests']): DataRequest {
  return {
    id: row.id,
    channelId: row.channel_id,
    platform: row.platform as ShopPlatform,
    externalId: row.external_id,
    email: row.email,
    export: JSON.parse(row.export) as unknown,
    createdAt: row.created_at,
  };
}
