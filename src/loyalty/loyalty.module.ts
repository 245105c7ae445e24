import type { Kysely } from 'kysely';
import type { ModuleContext } from '../accounts/index.js';
import { type CommerceService, ORDER_EVENTS, type OrderEventType } from '../commerce/index.js';
import type { ContactsService } from '../contacts/index.js';
import { type DomainEvent, readOncePerKey } from '../platform/jobs/index.js';
import type { TrustloopModule } from '../platform/module.js';
import {
  handleConsentChanged,
  handleCustomerErased,
  handleCustomerUpserted,
  handleReviewSubmitted,
} from './customers.handler.js';
import { createLoyaltyDashboard, type LoyaltyDashboard } from './dashboard-stats.js';
import { hubRoutes } from './hub.routes.js';
import { createHub, type Hub } from './hub.service.js';
import {
  type ChannelInfo,
  channelIfExists,
  channelOf,
  type LoyaltyDeps,
  loadSettings,
} from './loyalty.context.js';
import { loyaltyAdminRoutes } from './loyalty.routes.js';
import type { LoyaltyTables } from './loyalty.tables.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { memberHistoryRoutes } from './member-history.routes.js';
import { createMembersAdmin, type MembersAdmin } from './members.service.js';
import {
  NIGHTLY_JOB,
  NIGHTLY_SCHEDULE,
  type NightlySummary,
  runChannelNightly,
  runNightly,
} from './nightly.job.js';
import { handleOrderEvent, handleRefund } from './orders.handler.js';
import { createProgram, type Program } from './program.service.js';
import { createProgramCache } from './program-cache.js';
import { previewHub } from './program-preview.js';
import { COUPON_PUBLISH_JOB, COUPON_REMOVE_JOB, type CouponJob } from './shop-coupon-jobs.js';
import { publishCoupon, removeShopCoupon } from './shop-coupons.js';

/**
 * The loyalty domain's service: what other domains and the composition root may call.
 * Admin and hub operations are the same functions the routes use (every call scoped by account).
 *
 * @example
 * await loyalty.program.updateSettings(accountId, channelId, { signupPoints: 50 });
 * const member = await loyalty.members.find(accountId, channelId, 'ann@example.com');
 * const view = await loyalty.hub.view(publicId, shopperToken, 'pl');
 */
export interface LoyaltyService {
  program: Program;
  members: MembersAdmin;
  hub: Hub;
  /** A channel's points per week and members by tier, from rollups (A7). */
  dashboard(accountId: string, channelId: string, fromWeek: string): Promise<LoyaltyDashboard>;
  /** The hourly tick's work: the night of every channel whose local day moved on. */
  runNightly(): Promise<NightlySummary[]>;
  /** One channel's night at the clock's now, whatever ran before (operations, benchmarks). */
  runChannelNightly(accountId: string, channelId: string): Promise<NightlySummary>;
}

const CUSTOMER_EVENT_TYPES = [
  'customer.upserted',
  'consent.changed',
  'customer.erased',
  'review.submitted',
] as const;

export function createLoyaltyModule(
  ctx: ModuleContext,
  external: { contacts: ContactsService; commerce: Pick<CommerceService, 'discountsFor'> },
): TrustloopModule<LoyaltyService> {
  const db = ctx.database.db as Kysely<LoyaltyTables>;
  const deps: LoyaltyDeps = {
    db,
    kind: ctx.database.kind,
    clock: ctx.clock,
    jobs: ctx.jobs,
    accounts: ctx.accounts,
    programs: createProgramCache(db),
    shopDiscounts: (channelId) => external.commerce.discountsFor(channelId),
  };
  const shopDiscounts = deps.shopDiscounts!;

  /** The channel and its program behind an event, or null when loyalty does not run there. */
  async function programOf(
    event: DomainEvent,
  ): Promise<{ channel: ChannelInfo; settings: LoyaltySettings } | null> {
    if (!event.channelId) return null;
    const settings = await loadSettings(deps.db, event.channelId);
    if (!settings) return null;
    // Only a channel that is gone ends the delivery here; a failed lookup is retried.
    const channel = await channelIfExists(deps, event.accountId, event.channelId);
    return channel ? { channel, settings } : null;
  }

  type ChannelProgram = Awaited<ReturnType<typeof programOf>>;
  type OrderEvent = DomainEvent<OrderEventType>;
  type CustomerEvent = DomainEvent<(typeof CUSTOMER_EVENT_TYPES)[number]>;
  /** `programOf` read once per channel for a group of events (see `readOncePerKey`). */
  const programsOfGroup = () =>
    readOncePerKey(programOf, (event: DomainEvent) => `${event.accountId}\u0000${event.channelId}`);

  async function onOrderEvent(event: OrderEvent, program: ChannelProgram): Promise<void> {
    if (!program) return;
    if (event.type === 'order.refunded') {
      await handleRefund(deps, program.channel, program.settings, event.payload);
    } else {
      await handleOrderEvent(deps, program.channel, program.settings, event.type, event.payload);
    }
  }

  async function onCustomerEvent(event: CustomerEvent, program: ChannelProgram): Promise<void> {
    if (!program) return;
    const { channel, settings } = program;
    if (event.type === 'customer.upserted')
      await handleCustomerUpserted(deps, channel, settings, event.payload);
    if (event.type === 'consent.changed') await handleConsentChanged(deps, channel, settings, event.payload);
    if (event.type === 'customer.erased') await handleCustomerErased(deps, channel, event.payload);
    if (event.type === 'review.submitted')
      await handleReviewSubmitted(deps, channel, settings, event.payload);
  }

  ctx.jobs.registerSubscriber({
    name: 'loyalty.orders',
    eventTypes: ORDER_EVENTS,
    async handle(event) {
      await onOrderEvent(event, await programOf(event));
    },
    async handleMany(events) {
      const programFor = programsOfGroup();
      for (const event of events) await onOrderEvent(event, await programFor(event));
    },
  });
  ctx.jobs.registerSubscriber({
    name: 'loyalty.customers',
    eventTypes: CUSTOMER_EVENT_TYPES,
    async handle(event) {
      await onCustomerEvent(event, await programOf(event));
    },
    async handleMany(events) {
      const programFor = programsOfGroup();
      for (const event of events) await onCustomerEvent(event, await programFor(event));
    },
  });
  ctx.jobs.registerHandler(NIGHTLY_JOB, async () => {
    await runNightly(deps);
  });
  ctx.jobs.registerHandler<CouponJob>(COUPON_PUBLISH_JOB, async (job, run) => {
    await publishCoupon(deps, shopDiscounts, job.payload.couponId, run.attempt);
  });
  ctx.jobs.registerHandler<CouponJob>(COUPON_REMOVE_JOB, async (job) => {
    await removeShopCoupon(deps, shopDiscounts, job.payload.couponId);
  });

  const program = createProgram(deps);
  const members = createMembersAdmin(deps, external.contacts);
  const hub = createHub(deps, { cache: ctx.cache });

  return {
    name: 'loyalty',
    service: {
      program,
      members,
      hub,
      dashboard: createLoyaltyDashboard(db),
      runNightly: () => runNightly(deps),
      async runChannelNightly(accountId, channelId) {
        const channel = await channelOf(deps, accountId, channelId);
        const settings = await loadSettings(deps.db, channelId);
        if (!settings) throw new Error(`channel ${channelId} has no loyalty program`);
        return runChannelNightly(deps, channel, settings, deps.clock.now());
      },
    },
    async routes(app) {
      await app.register(
        loyaltyAdminRoutes({
          auth: ctx.accounts.auth,
          program,
          members,
          preview: (accountId, channelId, query) => previewHub(deps, accountId, channelId, query),
        }),
      );
      await app.register(memberHistoryRoutes({ auth: ctx.accounts.auth, loyalty: deps }));
      await app.register(hubRoutes({ hub, rateLimitPerMinute: ctx.config.http.publicRateLimitPerMinute }));
    },
    async start(roles) {
      // Channels with a program schedule the tick when saving settings; this keeps it after upgrades.
      if (roles.includes('worker')) await ctx.jobs.schedule(NIGHTLY_SCHEDULE);
      return undefined;
    },
  };
}
