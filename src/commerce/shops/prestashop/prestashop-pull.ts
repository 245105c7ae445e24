/**
 * Reads a PrestaShop shop's customers, orders and credit slips page by page, oldest change
 * first, from a cursor (update time, id). The Webservice filters dates only with `date=1`
 * (`WebserviceRequest::manageFilters` drops date_add/date_upd from the filterable fields
 * otherwise), to the second and inclusively: a page starts at the cursor's second and skips what
 * the cursor already covers.
 */
import type { CommerceDb } from '../../orders.service.js';
import { instantToLocal } from '../local-time.js';
import { isAfter } from '../pull-cursor.js';
import type { PullCursor, PulledRecord, ShopPuller, ShopWriters } from '../shop-connector.js';
import { orderEffect, readRecord, rowInstant, settledUntil, UnreadableRow } from '../zoneless-shops.js';
import {
  type PrestaTarget,
  prestaCustomerInput,
  prestaOrderInput,
  prestaSlipRefund,
} from './prestashop.mapping.js';
import type { PrestaRow, PrestaShopWebservice } from './prestashop-webservice.js';

export const PRESTASHOP_PULL_RESOURCES = ['customers', 'orders', 'order_slip'] as const;

const byIds = (rows: PrestaRow[], field: string) =>
  [...new Set(rows.map((row) => String(row[field] ?? '')))].filter((id) => id !== '' && id !== '0');

export function prestaShopPuller(webservice: PrestaShopWebservice, target: PrestaTarget): ShopPuller {
  let currencies: Map<string, string> | null = null;

  async function currencyOf(id: string): Promise<string> {
    currencies ??= new Map(
      (await webservice.list('currencies', { display: '[id,iso_code]' })).map((c) => [
        String(c.id),
        String(c['iso_code'] ?? '').toUpperCase(),
      ]),
    );
    const code = currencies.get(id);
    if (!code) throw new UnreadableRow(`id_currency ${id} is not one of the shop's currencies`);
    return code;
  }

  /** Rows changed at or after the cursor, past it, oldest first (at most `pageSize`). */
  async function changedSince(resource: string, after: PullCursor | null, pageSize: number) {
    const from = after ? instantToLocal(after.updatedAt, target.timeZone) : '0000-00-00 00:00:00';
    const until = settledUntil(target.timeZone);
    const fresh: PrestaRow[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const rows = await webservice.list(resource, {
        date: '1',
        'filter[date_upd]': `[${from},${until}]`,
        sort: '[date_upd_ASC,id_ASC]',
        limit: `${offset},${pageSize}`,
      });
      for (const row of rows) {
        if (
          after &&
          !isAfter({ updatedAt: rowInstant(row, 'date_upd', target.timeZone), id: String(row.id) }, after)
        )
          continue;
        fresh.push(row);
      }
      // A full page the cursor already covered (many changes in one second): read on.
      if (fresh.length > 0 || rows.length < pageSize) return { rows: fresh, done: rows.length < pageSize };
    }
  }

  const record = (row: PrestaRow, build: () => (trx: CommerceDb, writers: ShopWriters) => Promise<void>) =>
    readRecord(row, String(row.id), () => rowInstant(row, 'date_upd', target.timeZone), build);

  async function orderRecords(orders: PrestaRow[]): Promise<PulledRecord[]> {
    const ids = orders.map((o) => String(o.id)).join('|');
    const customerIds = byIds(orders, 'id_customer');
    const [histories, discounts, customers] = await Promise.all([
      webservice.list('order_histories', { 'filter[id_order]': `[${ids}]` }),
      webservice.list('order_discounts', { 'filter[id_order]': `[${ids}]` }),
      customerIds.length ? webservice.list('customers', { 'filter[id]': `[${customerIds.join('|')}]` }) : [],
    ]);
    const currencyIds = byIds(orders, 'id_currency');
    const codes = new Map<string, string>();
    for (const id of currencyIds) {
      try {
        codes.set(id, await currencyOf(id));
      } catch (error) {
        if (!(error instanceof UnreadableRow)) throw error;
      }
    }
    return orders.map((order) =>
      record(order, () => {
        const currency = codes.get(String(order['id_currency']));
        if (!currency) throw new UnreadableRow(`id_currency ${String(order['id_currency'])} is unknown`);
        const input = prestaOrderInput(
          order,
          {
            histories: histories.filter((h) => String(h['id_order']) === String(order.id)),
            discounts: discounts.filter((d) => String(d['id_order']) === String(order.id)),
            customer: customers.find((c) => String(c.id) === String(order['id_customer'])),
            currency,
          },
          target,
        );
        // A "Refunded" state without credit slips returns what is left of the order.
        const refunded = target.statusMap[String(order['current_state'])] === 'refunded';
        return orderEffect(input, refunded ? 'state-refunded' : null);
      }),
    );
  }

  async function slipRecords(slips: PrestaRow[]): Promise<PulledRecord[]> {
    return slips.map((slip) =>
      record(slip, () => {
        return async (trx, writers) => {
          const order = await writers.orders.lockOrder(
            trx,
            target.channelId,
            'prestashop',
            String(slip['id_order']),
          );
          if (!order)
            throw new Error(
              `order ${String(slip['id_order'])} of credit slip ${slip.id} has not been pulled yet`,
            );
          const refund = prestaSlipRefund(slip, order.currency, target);
          // A slip after the "Refunded" state (which returned the rest) has nothing left to return.
          const amount = Math.min(refund.amount ?? 0, order.total - order.refunded_total);
          if (amount > 0) await writers.refunds.recordRefundIn(trx, { ...refund, amount });
        };
      }),
    );
  }

  return {
    async page(resource: string, after: PullCursor | null, pageSize: number) {
      const { rows, done } = await changedSince(resource, after, pageSize);
      let records: PulledRecord[];
      if (resource === 'orders') records = await orderRecords(rows);
      else if (resource === 'order_slip') records = await slipRecords(rows);
      else if (resource === 'customers')
        records = rows.map((customer) =>
          record(customer, () => {
            const input = prestaCustomerInput(customer, target);
            return async (trx, writers) => {
              if (input) await writers.contacts.upsertCustomer(trx, input);
            };
          }),
        );
      else throw new Error(`PrestaShop has no pull of "${resource}"`);
      return { records, done };
    },
  };
}
