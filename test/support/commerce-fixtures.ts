import type { Tenant, TestApp } from './app.js';

/** What commerce stored for a tenant, read straight from the tables the domain owns. */
export function commerceProbe(app: TestApp, tenant: Tenant) {
  // biome-ignore lint/suspicious/noExplicitAny: the probe reads commerce tables without their typing
  const db = app.trustloop.database.db as any;
  const count = async (table: string, column = 'channel_id') => {
    const row = await db
      .selectFrom(table)
      .select((eb: { fn: { countAll: () => { as: (name: string) => unknown } } }) => eb.fn.countAll().as('n'))
      .where(column, '=', tenant.channelId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  return {
    orders: () => count('orders'),
    deliveries: () => count('inbound_deliveries'),
    async refunds(): Promise<number> {
      const row = await db
        .selectFrom('order_refunds')
        .innerJoin('orders', 'orders.id', 'order_refunds.order_id')
        .select((eb: { fn: { countAll: () => { as: (name: string) => unknown } } }) =>
          eb.fn.countAll().as('n'),
        )
        .where('orders.channel_id', '=', tenant.channelId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** The order event types appended for the tenant, sorted (ids within a millisecond do not order). */
    async orderEvents(): Promise<string[]> {
      const page = await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, limit: 500 });
      return page.items
        .filter((event) => event.type.startsWith('order.'))
        .map((event) => event.type)
        .sort();
    },
    async eventsOf(type: string) {
      return (await app.trustloop.jobs.listEvents({ accountId: tenant.accountId, type, limit: 500 })).items;
    },
    async onlyOrder() {
      const page = await app.trustloop.commerce.listOrders(tenant.accountId, tenant.channelId, { limit: 10 });
      if (page.items.length !== 1) throw new Error(`expected one order, found ${page.items.length}`);
      return app.trustloop.commerce.getOrder(tenant.accountId, page.items[0]!.orderId);
    },
  };
}
