/**
 * Backfill and catch-up of a Shoper shop over REST (webhooks carry the live changes, and Shoper
 * documents no retry of a delivery it could not make, so this pull is what brings a missed one
 * in): users by `date_add` and orders by `status_date` (the latest status change; Shoper
 * documents no edit time, see shoper.mapping.ts), oldest first from a cursor (time, id). Filters compare
 * to the second and inclusively, so a page starts at the cursor's second and skips what the cursor
 * already covers. An order page reads its products and parcels in one call each (an `order_id`
 * range) to spare the leaky bucket (10 calls, 2 per second).
 */
import { instantToLocal } from '../local-time.js';
import { isAfter } from '../pull-cursor.js';
import type { PullCursor } from '../shop-connector.js';
import { orderEffect, readRecord, rowInstant, settledUntil } from '../zoneless-shops.js';
import {
  type ShoperCurrencies,
  type ShoperTarget,
  shoperClientInput,
  shoperMilestone,
  shoperOrderInput,
} from './shoper.mapping.js';
import type { ShoperRestClient, ShoperRow } from './shoper-rest.js';

export const SHOPER_PULL_RESOURCES = ['users', 'orders'] as const;

const CURSOR_FIELD: Record<string, { time: string; id: string }> = {
  users: { time: 'date_add', id: 'user_id' },
  orders: { time: 'status_date', id: 'order_id' },
};

/** Records an order, and for a "refunded" status returns what is left of it. */
export const shoperOrderEffect = (input: ReturnType<typeof shoperOrderInput>, refunded: boolean) =>
  orderEffect(input, refunded ? 'status-refunded' : null);

/** Statuses and currencies change seldom: read once per API client and five minutes, not per delivery. */
const LOOKUP_TTL_MS = 5 * 60_000;
const lookupCache = new WeakMap<
  ShoperRestClient,
  { at: number; statuses: Map<string, string>; money: ShoperCurrencies }
>();

export function shoperPuller(rest: ShoperRestClient, target: ShoperTarget) {
  let statusTypes: Map<string, string> | null = null;
  let currencies: ShoperCurrencies | null = null;

  async function all(resource: string): Promise<ShoperRow[]> {
    const rows: ShoperRow[] = [];
    for (let page = 1; ; page++) {
      const { list, pages } = await rest.list(resource, { limit: 50, page });
      rows.push(...list);
      if (page >= pages) return rows;
    }
  }

  async function types(): Promise<Map<string, string>> {
    statusTypes ??= new Map(
      (await all('statuses')).map((status) => [String(status['status_id']), String(status['type'])]),
    );
    return statusTypes;
  }

  async function currencyCodes(): Promise<ShoperCurrencies> {
    if (currencies) return currencies;
    const rows = await all('currencies');
    const byId = new Map(rows.map((c) => [String(c['currency_id']), String(c['name']).toUpperCase()]));
    const fallback = rows.find((c) => String(c['default']) === '1');
    currencies = { byId, fallback: fallback ? String(fallback['name']).toUpperCase() : 'PLN' };
    return currencies;
  }

  async function lookups() {
    const cached = lookupCache.get(rest);
    if (cached && Date.now() - cached.at < LOOKUP_TTL_MS) return cached;
    const [statuses, money] = await Promise.all([types(), currencyCodes()]);
    const fresh = { at: Date.now(), statuses, money };
    lookupCache.set(rest, fresh);
    return fresh;
  }

  /** Rows of `resource` (order-products, parcels) for a page of orders, in one id-range read. */
  async function ofOrders(resource: string, orders: ShoperRow[]): Promise<ShoperRow[]> {
    if (orders.length === 0) return [];
    const ids = orders.map((o) => Number(o['order_id']));
    const rows: ShoperRow[] = [];
    for (let page = 1; ; page++) {
      const { list, pages } = await rest.list(resource, {
        filters: { order_id: { '>=': Math.min(...ids), '<=': Math.max(...ids) } },
        limit: 50,
        page,
      });
      rows.push(...list);
      if (page >= pages) return rows;
    }
  }

  async function detailsOf(orders: ShoperRow[]) {
    const [found, products, parcels] = await Promise.all([
      lookups(),
      ofOrders('order-products', orders),
      ofOrders('parcels', orders),
    ]);
    const of = (rows: ShoperRow[], order: ShoperRow) =>
      rows.filter((row) => String(row['order_id']) === String(order['order_id']));
    return {
      ...found,
      lines: (order: ShoperRow) => of(products, order),
      parcels: (order: ShoperRow) => of(parcels, order),
    };
  }

  /** An order as Trustloop records it, and whether its status says it was refunded. */
  function orderWith(order: ShoperRow, details: Awaited<ReturnType<typeof detailsOf>>) {
    const milestone = shoperMilestone(order, details.statuses, target);
    const input = shoperOrderInput(
      order,
      details.lines(order),
      milestone,
      target,
      details.money,
      details.parcels(order),
    );
    return { input, refunded: milestone === 'refunded' };
  }

  async function changedSince(resource: string, after: PullCursor | null, pageSize: number) {
    const fields = CURSOR_FIELD[resource];
    if (!fields) throw new Error(`Shoper has no pull of "${resource}"`);
    const limit = Math.min(50, pageSize);
    const until = settledUntil(target.timeZone);
    const filters = {
      [fields.time]: {
        ...(after ? { '>=': instantToLocal(after.updatedAt, target.timeZone) } : {}),
        '<=': until,
      },
    };
    const fresh: ShoperRow[] = [];
    for (let page = 1; ; page++) {
      const { list, pages } = await rest.list(resource, {
        filters,
        limit,
        page,
        order: [`${fields.time} asc`, `${fields.id} asc`],
      });
      for (const row of list) {
        const at = localOrEmpty(row, fields.time);
        if (at !== '' && !isAfter({ updatedAt: at, id: String(row[fields.id]) }, after)) continue;
        fresh.push(row);
      }
      if (fresh.length > 0 || page >= pages)
        return { rows: fresh, done: page >= pages && fresh.length < limit };
    }
  }

  function localOrEmpty(row: ShoperRow, field: string): string {
    try {
      return rowInstant(row, field, target.timeZone);
    } catch {
      return '';
    }
  }

  function record(row: ShoperRow, resource: string, build: () => ReturnType<typeof orderEffect>) {
    const fields = CURSOR_FIELD[resource] as { time: string; id: string };
    return readRecord(
      row,
      String(row[fields.id] ?? ''),
      () => rowInstant(row, fields.time, target.timeZone),
      build,
    );
  }

  return {
    async page(resource: string, after: PullCursor | null, pageSize: number) {
      const { rows, done } = await changedSince(resource, after, pageSize);
      if (resource === 'users') {
        const records = rows.map((client) =>
          record(client, resource, () => {
            const input = shoperClientInput(client, target);
            return async (trx, writers) => {
              if (input) await writers.contacts.upsertCustomer(trx, input);
            };
          }),
        );
        return { records, done };
      }
      const details = await detailsOf(rows);
      const records = rows.map((order) =>
        record(order, resource, () => {
          const { input, refunded } = orderWith(order, details);
          return shoperOrderEffect(input, refunded);
        }),
      );
      return { records, done };
    },
    /** One order with its products, for a webhook that names it. */
    async order(orderId: string) {
      const { list } = await rest.list('orders', { filters: { order_id: orderId }, limit: 1, page: 1 });
      const order = list[0];
      if (!order) return null;
      return orderWith(order, await detailsOf([order]));
    },
  };
}
