import type { Kysely } from 'kysely';
import type { ModuleContext } from '../accounts/index.js';
import type { ContactsService } from '../contacts/index.js';
import { CONTACTS_EVENTS } from '../contacts/index.js';
import { AppError } from '../platform/errors.js';
import { createIdempotency } from '../platform/http/idempotency.js';
import type { TrustloopModule } from '../platform/module.js';
import type { OrderRefunded, OrderSnapshot } from './commerce.events.js';
import type { OrderInput, RecordResult, RefundInput } from './commerce.inputs.js';
import type { CommerceTables } from './commerce.tables.js';
import type {
  ListOrdersQuery,
  OrderLookup,
  OrderMilestone,
  OrderRecord,
  Page,
  ShopPlatform,
} from './commerce.types.js';
import type { ContactsPort } from './contacts-port.js';
import { createImport, type ImportService } from './import/index.js';
import { ordersRoutes } from './orders.routes.js';
import { createOrders } from './orders.service.js';
import { createPrivacy } from './privacy.service.js';
import { createRefunds } from './refunds.service.js';
import { shopConnectionsRoutes } from './shop-connections.routes.js';
import { createShopConnections } from './shop-connections.service.js';
import { createShopPullState } from './shop-pull-state.js';
import type { ShopDiscountClient } from './shops/shop-discount.types.js';
import { createShopDiscounts } from './shops/shop-discounts.js';
import { createShopPull, type PullSummary, SHOP_PULL_SCHEDULE } from './shops/shop-pull.js';
import { SHOP_CONNECTORS } from './shops/shop-registry.js';

/**
 * The commerce domain's service: orders, refunds and milestones from every source (Shopify,
 * WooCommerce, the REST API, CSV import). Each call is one transaction that writes the order
 * and appends the events the change implies (`order.placed`, `order.paid`, …), exactly once.
 *
 * @example
 * const { value: order, events } = await commerce.recordOrder({ accountId, channelId, source: 'import', externalId: '1001', … });
 * await commerce.recordRefund({ accountId, channelId, source: 'import', orderExternalId: '1001', externalId: 'r1', amount: 500, createdAt });
 */
export interface CommerceService {
  /** Creates or updates the order by (channel, source, externalId); an input older than the stored one changes nothing. */
  recordOrder(input: OrderInput): Promise<RecordResult<OrderSnapshot>>;
  /** Records a refund once per (order, refund externalId); more than what is left is a 422. */
  recordRefund(input: RefundInput): Promise<RecordResult<OrderRefunded>>;
  /** Sets one milestone of an existing order the first time (later calls change nothing). */
  markOrder(input: OrderMilestone): Promise<RecordResult<OrderSnapshot>>;
  /** The order with its refunds; not_found unless it belongs to the account. */
  getOrder(accountId: string, orderId: string): Promise<OrderRecord>;
  /** By source + external id, or by the number the shopper sees (the newest if several). */
  findOrder(channelId: string, lookup: OrderLookup): Promise<OrderSnapshot | undefined>;
  /** Newest first; not_found unless the channel belongs to the account. */
  listOrders(accountId: string, channelId: string, query: ListOrdersQuery): Promise<Page<OrderSnapshot>>;
  /** The client that creates a redeemed reward's code in the channel's shop; null when none is set up. */
  discountsFor(channelId: string): Promise<ShopDiscountClient | null>;
  /** S4 CSV import of orders and customers (what `trustloop import` and the upload route run). */
  imports: ImportService;
  /** S5: pulls the channel's connection to the platform up to now (`trustloop pull`); not_found unless there is one. */
  pullShop(
    accountId: string,
    channelId: string,
    platform: ShopPlatform,
    onPage?: (resource: string, tally: PullSummary) => void,
  ): Promise<PullSummary>;
}

export function createCommerceModule(
  ctx: ModuleContext,
  deps: { contacts: ContactsService },
): TrustloopModule<CommerceService> {
  const db = ctx.database.db as Kysely<CommerceTables>;
  const { clock, jobs } = ctx;
  const contacts: ContactsPort = deps.contacts;
  const channels = ctx.accounts.channels;
  const assertChannel = (accountId: string, channelId: string) => channels.get(accountId, channelId);
  const orders = createOrders({ db, clock, jobs, contacts, assertChannel });
  const refunds = createRefunds({ clock, jobs, orders });
  const privacy = createPrivacy({ db, clock, contacts, assertChannel });
  const connections = createShopConnections({
    db,
    clock,
    secrets: ctx.secrets,
    publicUrl: ctx.config.http.publicUrl,
    channels,
    cache: ctx.cache,
  });
  const discounts = createShopDiscounts({ db, settingsOf: connections.settingsOf });
  const idempotency = createIdempotency({ db, clock });
  // S5: shops Trustloop reads through their API (a job per connection, every minute by default).
  const shopPull = createShopPull({
    db,
    clock,
    jobs,
    writers: { clock, orders, refunds, contacts },
    settingsOf: connections.settingsOf,
    currencyOf: async (accountId, channelId) => (await channels.get(accountId, channelId)).currency,
    // A crashed pull's hold on its connection ends as a crashed worker's job lease does, five times over
    // (a page may wait a minute for the shop's rate limit).
    leaseMs: 5 * ctx.config.jobs.leaseMs,
  });

  // Erasures made elsewhere (admin, other platforms) also unlink the person from their orders.
  jobs.registerSubscriber({
    name: 'commerce.erase-orders',
    eventTypes: [CONTACTS_EVENTS.customerErased],
    handle: (event) =>
      db
        .transaction()
        .execute((trx) =>
          privacy.eraseOrdersOf(trx, event.payload.channelId, { email: event.payload.email }),
        ),
  });

  // S4 CSV import. Built here, not in routes(): a worker-only process must still know its job handler.
  // The import records a batch of orders in one transaction (its channel is checked once per run).
  const csvImport = createImport(ctx, {
    commerce: {
      recordOrder: (trx, input) => orders.recordOrderIn(trx, input),
      recordRefund: (trx, input) => refunds.recordRefundIn(trx, input),
    },
    contacts: deps.contacts,
  });

  /** The channel's connection to the platform, scoped to the account; not_found when there is none. */
  async function connectionOf(accountId: string, channelId: string, platform: ShopPlatform) {
    const connection = await db
      .selectFrom('shop_connections')
      .select(['id', 'account_id', 'platform'])
      .where('account_id', '=', accountId)
      .where('channel_id', '=', channelId)
      .where('platform', '=', platform)
      .executeTakeFirst();
    if (!connection) throw new AppError('not_found', `channel ${channelId} has no ${platform} connection`);
    return connection;
  }

  const service: CommerceService = {
    recordOrder: (input) =>
      // Checked before the transaction: the accounts door reads on its own handle.
      assertChannel(input.accountId, input.channelId).then(() =>
        db.transaction().execute((trx) => orders.recordOrderIn(trx, input)),
      ),
    recordRefund: (input) => db.transaction().execute((trx) => refunds.recordRefundIn(trx, input)),
    markOrder: (input) => db.transaction().execute((trx) => orders.markOrderIn(trx, input)),
    discountsFor: (channelId) => discounts.clientFor(channelId),
    imports: csvImport.service,
    getOrder: orders.getOrder,
    findOrder: orders.findOrder,
    listOrders: orders.listOrders,
    pullShop: async (accountId, channelId, platform, onPage) =>
      shopPull.pull((await connectionOf(accountId, channelId, platform)).id, onPage),
  };

  const webhookDeps = {
    db,
    writes: ctx.writes,
    clock,
    connections,
    orders,
    refunds,
    privacy,
    contacts,
    rateLimitPerMinute: ctx.config.http.webhookRateLimitPerMinute,
  };

  return {
    name: 'commerce',
    service,
    async routes(app) {
      await app.register(
        ordersRoutes({ auth: ctx.accounts.auth, clock, idempotency, orders, refunds, assertChannel }),
      );
      await app.register(
        shopConnectionsRoutes({
          auth: ctx.accounts.auth,
          clock,
          connections,
          pullState: createShopPullState({ db, jobs }),
          pullSoon: async (accountId, channelId, platform) =>
            shopPull.pullSoon(await connectionOf(accountId, channelId, platform)),
          privacy,
        }),
      );
      for (const connector of SHOP_CONNECTORS)
        if (connector.descriptor.capabilities.webhooks && connector.webhookRoutes)
          await app.register(connector.webhookRoutes(webhookDeps));
      // S4 CSV import: upload, status, rejected-rows report (src/commerce/import).
      await app.register(csvImport.routes);
    },
    resealSecrets: connections.resealSecrets,
    async start(roles) {
      if (roles.includes('worker')) await jobs.schedule(SHOP_PULL_SCHEDULE);
      return undefined;
    },
  };
}
