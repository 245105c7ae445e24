/**
 * Backfill and catch-up of a Shoper shop over REST (webhooks carry the live changes): clients by
 * `date_add` and orders by `edition_date`, oldest first from a cursor (time, id). Filters compare
 * to the second and inclusively, so a page starts at the cursor's second and skips what the cursor
 * already covers. An order page reads its products in one call (an `order_id` range) to spare the
 * leaky bucket (10 calls, 2 per second).
 */
import type { CommerceDb } from '../../orders.service.js';
import { instantToLocal } from '../local-time.js';
import { type PullWriters, SETTLE_MS } from '../prestashop/prestashop-pull.js';
import type { PullCursor, PulledRecord } from '../shop-connector.js';
import {
  type ShoperTarget,
  shoperClientInput,
  shoperInstant,
  shoperMilestone,
  shoperOrderInput,
  UnreadableShoperRow,
} from './shoper.mapping.js';
import type { ShoperRestClient, ShoperRow } from './shoper-rest.js';

export const SHOPER_PULL_RESOURCES = ['clients', 'orders'] as const;

const CURSOR_FIELD: Record<string, { time: string; id: string }> = {
  clients: { time: 'date_add', id: 'user_id' },
  orders: { time: 'edition_date', id: 'order_id' },
};

/** Applies an order input, and for a "refunded" status returns what is left of the order. */
export function shoperOrderEffect(input: ReturnType<typeof shoperOrderInput>, refunded: boolean) {
  return async (trx: CommerceDb, writers: PullWriters) => {
    await writers.orders.recordOrderIn(trx, input);
    if (!refunded) return;
    const row = await writers.orders.lockOrder(trx, input.channelId, 'shoper', input.externalId);
    const left = row ? row.total - row.refunded_total : 0;
    if (left > 0)
      await writers.refunds.recordRefundIn(trx, {
        accountId: input.accountId,
        channelId: input.channelId,
        source: 'shoper',
        orderExternalId: input.externalId,
        externalId: 'status-refunded',
        amount: left,
        createdAt: input.sourceUpdatedAt,
      });
  };
}

export function shoperPuller(rest: ShoperRestClient, target: ShoperTarget) {
  let statusTypes: Map<string, string> | null = null;

  async function types(): Promise<Map<string, string>> {
    if (statusTypes) return statusTypes;
    const found = new Map<string, string>();
    for (let page = 1; ; page++) {
      const { list, pages } = await rest.list('statuses', { limit: 50, page });
      for (const status of list) found.set(String(status['status_id']), String(status['type']));
      if (page >= pages) break;
    }
    statusTypes = found;
    return found;
  }

  async function productsOf(orders: ShoperRow[]): Promise<ShoperRow[]> {
    if (orders.length === 0) return [];
    const ids = orders.map((o) => Number(o['order_id']));
    const products: ShoperRow[] = [];
    for (let page = 1; ; page++) {
      const { list, pages } = await rest.list('order-products', {
        filters: { order_id: { '>=': Math.min(...ids), '<=': Math.max(...ids) } },
        limit: 50,
        page,
      });
      products.push(...list);
      if (page >= pages) return products;
    }
  }

  async function changedSince(resource: string, after: PullCursor | null, pageSize: number) {
    const fields = CURSOR_FIELD[resource];
    if (!fields) throw new Error(`Shoper has no pull of "${resource}"`);
    const limit = Math.min(50, pageSize);
    // As for PrestaShop (SETTLE_MS): the last seconds' changes wait for the next pull.
    const until = instantToLocal(new Date(Date.now() - SETTLE_MS).toISOString(), target.timeZone);
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
        if (after) {
          const at = localOrEmpty(row, fields.time);
          const id = Number(row[fields.id]);
          if (at !== '' && (at < after.updatedAt || (at === after.updatedAt && id <= Number(after.id))))
            continue;
        }
        fresh.push(row);
      }
      if (fresh.length > 0 || page >= pages)
        return { rows: fresh, done: page >= pages && fresh.length < limit };
    }
  }

  function localOrEmpty(row: ShoperRow, field: string): string {
    try {
      return shoperInstant(row, field, target.timeZone);
    } catch {
      return '';
    }
  }

  function record(row: ShoperRow, resource: string, build: () => PulledRecord): PulledRecord {
    const fields = CURSOR_FIELD[resource] as { time: string; id: string };
    const id = String(row[fields.id] ?? '');
    try {
      return build();
    } catch (error) {
      if (!(error instanceof UnreadableShoperRow)) throw error;
      return { id, updatedAt: localOrEmpty(row, fields.time), invalid: error.message, payload: row };
    }
  }

  return {
    async page(resource: string, after: PullCursor | null, pageSize: number) {
      const { rows, done } = await changedSince(resource, after, pageSize);
      if (resource === 'clients') {
        const records = rows.map((client) =>
          record(client, resource, () => {
            const input = shoperClientInput(client, target);
            return {
              id: String(client['user_id']),
              updatedAt: shoperInstant(client, 'date_add', target.timeZone),
              apply: async (trx: CommerceDb, writers: PullWriters) => {
                if (input) await writers.contacts.upsertCustomer(trx, input);
              },
            };
          }),
        );
        return { records, done };
      }
      const [statusTypes, products] = await Promise.all([types(), productsOf(rows)]);
      const records = rows.map((order) =>
        record(order, resource, () => {
          const milestone = shoperMilestone(order, statusTypes, target);
          const lines = products.filter((p) => String(p['order_id']) === String(order['order_id']));
          const input = shoperOrderInput(order, lines, milestone, target);
          return {
            id: input.externalId,
            updatedAt: input.sourceUpdatedAt,
            apply: shoperOrderEffect(input, milestone === 'refunded'),
          };
        }),
      );
      return { records, done };
    },
    /** One order with its products, for a webhook that names it. */
    async order(orderId: string) {
      const { list } = await rest.list('orders', { filters: { order_id: orderId }, limit: 1, page: 1 });
      const order = list[0];
      if (!order) return null;
      const [statusTypes, products] = await Promise.all([types(), productsOf([order])]);
      const milestone = shoperMilestone(order, statusTypes, target);
      const input = shoperOrderInput(order, products, milestone, target);
      return { input, refunded: milestone === 'refunded' };
    },
  };
}
