import type { Kysely } from 'kysely';
import type { ImportTables } from '../../src/commerce/index.js';
import { startWebhookReceiver } from '../fakes/webhooks/webhook-receiver.js';
import type { Tenant, TestApp } from './app.js';
import { connectShopify, SHOP_DOMAIN, sendShopify } from './shop-payloads.js';

export interface RouteFixture {
  params: Record<string, string>;
  body?: Record<string, unknown>;
  /** Why the route names no account resource (its parameter is, e.g., a platform id), so there is nothing to cross. */
  accountFree?: string;
}

/**
 * For each admin route with a path parameter: the victim's resource to aim at and a valid
 * body, so the request reaches the ownership check instead of stopping at validation.
 */
const TEMPLATE = {
  subject: 'Taken over {shop}',
  intro: 'Taken over',
  buttonText: 'Go',
  logoUrl: null,
  buttonColor: '#000000',
  buttonTextColor: '#ffffff',
  backgroundColor: '#ffffff',
};

/** The invitation-template routes, aimed at the victim's Polish invitation mail. */
function templateRoutes(channelId: string): Record<string, RouteFixture> {
  const params = { id: channelId, kind: 'invitation', locale: 'pl' };
  const path = '/api/v1/channels/:id/invitation-templates/:kind/:locale';
  return {
    [`GET ${path}`]: { params },
    [`PUT ${path}`]: { params, body: TEMPLATE },
    [`DELETE ${path}`]: { params },
    [`POST ${path}/preview`]: { params, body: TEMPLATE },
    [`POST ${path}/test`]: { params, body: TEMPLATE },
  };
}

export async function crossAccountFixtures(app: TestApp, victim: Tenant) {
  const { users, apiKeys } = app.trustloop.accounts;
  const victimUser = (await users.list(victim.accountId))[0]!;
  const victimKey = (await apiKeys.list(victim.accountId))[0]!;
  const channel = { params: { id: victim.channelId } };
  const { jobs, database } = app.trustloop;
  const [victimEvent] = await jobs.appendEvents(database.db, [
    // An event of a type no subscriber takes: only its tenancy matters here.
    {
      type: 'fixture.created',
      accountId: victim.accountId,
      channelId: victim.channelId,
      payload: {},
    } as never,
  ]);
  const victimJob = await jobs.enqueue(database.db, {
    kind: 'fixture.noop',
    accountId: victim.accountId,
    payload: {},
  });
  // contacts
  const { customer: victimCustomer } = await app.trustloop.contacts.upsertCustomer(database.db, {
    accountId: victim.accountId,
    channelId: victim.channelId,
    email: 'victim-customer@example.com',
    firstName: 'Victim',
  });
  const contactsChannel = { params: { channelId: victim.channelId } };
  const contactsCustomer = { params: { channelId: victim.channelId, customerId: victimCustomer.customerId } };

  // reviews core
  const [victimReview] = await database.db.transaction().execute((trx) =>
    app.trustloop.reviews.submit(trx, [
      {
        accountId: victim.accountId,
        channelId: victim.channelId,
        type: 'service',
        rating: 2,
        text: 'Victim review',
        email: 'victim-reviewer@example.com',
        verifiedBuyer: false,
        source: 'import',
      },
    ]),
  );
  const review = { params: { id: victimReview!.reviewId } };

  // import
  const victimImportId = 'imp_victimfixture';
  const importsDb = database.db as Kysely<ImportTables>;
  await importsDb
    .insertInto('imports')
    .values({
      id: victimImportId,
      account_id: victim.accountId,
      channel_id: victim.channelId,
      type: 'orders',
      format: 'generic',
      encoding: 'utf-8',
      delimiter: ',',
      decimal_comma: 0,
      file_name: 'victim.csv',
      file_path: '/nonexistent/victim.csv',
      sha256: 'victim-sha256',
      bytes_total: 10,
      status: 'finished',
      runs: 1,
      checkpoint_line: 2,
      bytes_read: 10,
      imported: 0,
      unchanged: 0,
      rejected: 1,
      error: null,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
      started_at: null,
      finished_at: null,
    })
    .execute();
  const victimImport = { params: { channelId: victim.channelId, importId: victimImportId } };

  // loyalty: the victim's program, tier, reward and member
  const { loyalty } = app.trustloop;
  await loyalty.program.updateSettings(victim.accountId, victim.channelId, { signupPoints: 5 });
  const victimTier = await loyalty.program.createTier(victim.accountId, victim.channelId, {
    name: 'Gold',
    threshold: 100,
  });
  const victimReward = await loyalty.program.createReward(victim.accountId, victim.channelId, {
    name: 'Victim reward',
    kind: 'free_shipping',
    pointsCost: 10,
  });
  const victimMember = await loyalty.members.enrolByEmail(
    victim.accountId,
    victim.channelId,
    'victim-member@example.com',
  );
  const loyaltyChannel = { params: { channelId: victim.channelId } };
  const loyaltyMember = { params: { channelId: victim.channelId, memberId: victimMember.memberId } };
  const loyaltyTier = { params: { channelId: victim.channelId, tierId: victimTier.tierId } };
  const loyaltyReward = { params: { channelId: victim.channelId, rewardId: victimReward.rewardId } };

  // invitations
  const invitations = app.trustloop.reviews.invitations;
  const { invitation: victimInvitation } = await invitations.create(victim.accountId, {
    channelId: victim.channelId,
    email: 'victim-invitee@example.com',
    orderNumber: 'VICTIM-1',
    method: 'api',
  });
  await invitations.suppress(victim.accountId, victim.channelId, 'victim-suppressed@example.com');
  const invitation = { params: { id: victimInvitation.id } };

  // commerce
  const { value: victimOrder } = await app.trustloop.commerce.recordOrder({
    accountId: victim.accountId,
    channelId: victim.channelId,
    source: 'api',
    externalId: 'victim-order',
    number: 'V-1',
    sourceUpdatedAt: '2026-03-02T10:00:00Z',
    customer: { email: 'victim-buyer@example.com' },
    currency: 'PLN',
    subtotal: 1000,
    discountTotal: 0,
    shippingTotal: 0,
    taxTotal: 0,
    total: 1000,
    lineItems: [{ lineId: 'l1', title: 'Victim mug', quantity: 1, unitPrice: 1000 }],
    placedAt: '2026-03-02T10:00:00Z',
  });
  await connectShopify(app, victim);
  await sendShopify(app, victim, {
    topic: 'customers/data_request',
    payload: {
      shop_domain: SHOP_DOMAIN,
      customer: { id: 1, email: 'victim-buyer@example.com' },
      data_request: { id: 77 },
    },
  });
  const victimDataRequest = await database.db
    .selectFrom('data_requests' as never)
    .select('id' as never)
    .where('channel_id' as never, '=', victim.channelId as never)
    .executeTakeFirstOrThrow();
  const victimDataRequestId = (victimDataRequest as { id: string }).id;
  const commerceOrder = { params: { channelId: victim.channelId, externalId: 'victim-order' } };
  const commerceConnection = { params: { channelId: victim.channelId, platform: 'shopify' } };

  // connectors
  const receiver = await startWebhookReceiver();
  const victimConnection = await app.trustloop.connectors.connect(victim.accountId, {
    channelId: victim.channelId,
    connectorId: 'webhooks',
    settings: { url: receiver.url, secret: receiver.secret },
  });
  await receiver.close();
  const connection = { params: { id: victimConnection.id } };

  const byRoute: Record<string, RouteFixture> = {
    // connectors
    'GET /api/v1/connections/:id': connection,
    'PATCH /api/v1/connections/:id': { ...connection, body: { eventTypes: ['points.credited'] } },
    'DELETE /api/v1/connections/:id': connection,
    'GET /api/v1/connections/:id/health': connection,
    'GET /api/v1/connections/:id/setup': connection,
    'GET /api/v1/connections/:id/lists': connection,
    'POST /api/v1/connections/:id/test-event': connection,
    'POST /api/v1/connectors/:connectorId/lists': {
      params: { connectorId: 'ecomail' },
      accountFree: 'the connector id names a platform; the key to look up comes in the body',
    },
    'GET /api/v1/connections/:id/dead-letters': connection,
    'GET /api/v1/connections/:id/live': connection,
    'POST /api/v1/connections/:id/dead-letters/replay': {
      ...connection,
      body: { kind: 'connectors.deliver' },
    },
    'POST /api/v1/connections/:id/dead-letters/:jobId/replay': {
      params: { id: victimConnection.id, jobId: victimJob.id },
    },
    'POST /api/v1/connections/:id/exports': connection,
    'GET /api/v1/connections/:id/exports/:exportId': {
      params: { id: victimConnection.id, exportId: 'exp_missing' },
    },
    'GET /api/v1/connections/:id/exports': connection,
    'GET /api/v1/channels/:id/email-embeds': channel,
    'GET /api/v1/channels/:id/dashboard': channel,
    'POST /api/v1/channels/:id/email-embeds/preview': { ...channel, body: { selectedReviewIds: [] } },
    'POST /api/v1/channels/:id/reviews/import': channel,
    'GET /api/v1/channels/:id/widget-settings': channel,
    'PATCH /api/v1/channels/:id/widget-settings': { ...channel, body: { carouselReviewIds: [] } },
    'PATCH /api/v1/channels/:id/email-embeds': { ...channel, body: { selectedReviewIds: [] } },
    // invitations
    'GET /api/v1/channels/:id/invitation-settings': channel,
    'PATCH /api/v1/channels/:id/invitation-settings': { ...channel, body: { espSends: true } },
    'POST /api/v1/channels/:id/invitations': {
      ...channel,
      body: { email: 'x@example.com', orderNumber: 'X-1' },
    },
    'POST /api/v1/channels/:id/invitations/import': { ...channel, body: { csv: 'x@example.com,X,X-2\n' } },
    'GET /api/v1/invitations/:id': invitation,
    'POST /api/v1/invitations/:id/cancel': invitation,
    'GET /api/v1/channels/:id/bcc-messages': channel,
    'GET /api/v1/channels/:id/invitation-link-keys': channel,
    'POST /api/v1/channels/:id/invitation-link-keys/rotate': channel,
    'GET /api/v1/channels/:id/invitation-suppressions': channel,
    'POST /api/v1/channels/:id/invitation-suppressions': { ...channel, body: { email: 'x@example.com' } },
    'DELETE /api/v1/channels/:id/invitation-suppressions/:email': {
      params: { id: victim.channelId, email: 'victim-suppressed@example.com' },
    },
    'GET /api/v1/channels/:id/invitation-templates': channel,
    ...templateRoutes(victim.channelId),
    'GET /api/v1/channels/:id': channel,
    'PATCH /api/v1/channels/:id': { ...channel, body: { name: 'Taken over' } },
    'DELETE /api/v1/channels/:id': channel,
    'GET /api/v1/channels/:id/signing-secret': channel,
    'POST /api/v1/channels/:id/signing-secret/rotate': channel,
    'DELETE /api/v1/users/:id': { params: { id: victimUser.id } },
    'DELETE /api/v1/api-keys/:id': { params: { id: victimKey.id } },
    'GET /api/v1/jobs/:id': { params: { id: victimJob.id } },
    'POST /api/v1/jobs/:id/replay': { params: { id: victimJob.id } },
    'GET /api/v1/events/:id': { params: { id: victimEvent!.id } },
    // contacts
    'GET /api/v1/channels/:channelId/customers': contactsChannel,
    'POST /api/v1/channels/:channelId/customers': {
      ...contactsChannel,
      body: { email: 'victim-customer@example.com', firstName: 'Taken over' },
    },
    'GET /api/v1/channels/:channelId/customers/:customerId': contactsCustomer,
    'PATCH /api/v1/channels/:channelId/customers/:customerId': {
      ...contactsCustomer,
      body: { firstName: 'Taken over' },
    },
    'DELETE /api/v1/channels/:channelId/customers/:customerId': contactsCustomer,
    'POST /api/v1/channels/:channelId/customers/:customerId/consent': {
      ...contactsCustomer,
      body: { status: 'unsubscribed' },
    },
    'GET /api/v1/channels/:channelId/customers/:customerId/consent-history': contactsCustomer,
    'GET /api/v1/channels/:channelId/customers/:customerId/export': contactsCustomer,
    'GET /api/v1/channels/:channelId/contacts-settings': contactsChannel,
    'PUT /api/v1/channels/:channelId/contacts-settings': {
      ...contactsChannel,
      body: { defaultTags: 'taken-over' },
    },
    // reviews core
    'GET /api/v1/reviews/:id': review,
    'POST /api/v1/reviews/:id/moderation': { ...review, body: { action: 'reject', reason: 'spam' } },
    'PUT /api/v1/reviews/:id/reply': { ...review, body: { text: 'Taken over' } },
    'DELETE /api/v1/reviews/:id/reply': review,
    'GET /api/v1/reviews/:id/audit': review,
    'POST /api/v1/channels/:id/reviews/erasure': {
      ...channel,
      body: { email: 'victim-reviewer@example.com' },
    },
    'GET /api/v1/channels/:id/review-settings': channel,
    'PUT /api/v1/channels/:id/review-settings': { ...channel, body: { publishMode: 'manual' } },
    // commerce
    'PUT /api/v1/channels/:channelId/orders/:externalId': {
      ...commerceOrder,
      body: {
        number: 'V-1',
        customer: { email: 'intruder@example.com' },
        currency: 'PLN',
        total: 1,
        lineItems: [{ title: 'Taken over', quantity: 1, unitPrice: 1 }],
        placedAt: '2026-03-02T10:00:00Z',
      },
    },
    'GET /api/v1/channels/:channelId/orders': { params: { channelId: victim.channelId } },
    'GET /api/v1/channels/:channelId/orders/:orderId': {
      params: { channelId: victim.channelId, orderId: victimOrder.orderId },
    },
    'POST /api/v1/channels/:channelId/orders/:externalId/refunds': {
      ...commerceOrder,
      body: { externalId: 'intruder-refund', amount: 100 },
    },
    'POST /api/v1/channels/:channelId/orders/:externalId/fulfillments': { ...commerceOrder, body: {} },
    'POST /api/v1/channels/:channelId/orders/:externalId/deliveries': { ...commerceOrder, body: {} },
    'PUT /api/v1/channels/:channelId/shop-connections/:platform': {
      ...commerceConnection,
      body: { webhookSecret: 'intruder-secret', shopDomain: 'intruder.myshopify.com' },
    },
    'GET /api/v1/channels/:channelId/shop-connections/:platform': commerceConnection,
    'GET /api/v1/channels/:channelId/shop-connections/:platform/pull': commerceConnection,
    'POST /api/v1/channels/:channelId/shop-connections/:platform/pull': commerceConnection,
    'DELETE /api/v1/channels/:channelId/shop-connections/:platform': commerceConnection,
    'GET /api/v1/channels/:channelId/data-requests': { params: { channelId: victim.channelId } },
    'GET /api/v1/channels/:channelId/data-requests/:requestId': {
      params: { channelId: victim.channelId, requestId: victimDataRequestId },
    },
    // import
    'POST /api/v1/channels/:channelId/imports': { params: { channelId: victim.channelId } },
    'GET /api/v1/channels/:channelId/imports/:importId': victimImport,
    'GET /api/v1/channels/:channelId/imports/:importId/rejected': victimImport,
    // loyalty
    'GET /api/v1/channels/:channelId/loyalty/settings': loyaltyChannel,
    'PATCH /api/v1/channels/:channelId/loyalty/settings': { ...loyaltyChannel, body: { signupPoints: 999 } },
    'GET /api/v1/channels/:channelId/loyalty/ways-to-earn': loyaltyChannel,
    'GET /api/v1/channels/:channelId/loyalty/tiers': loyaltyChannel,
    'POST /api/v1/channels/:channelId/loyalty/tiers': {
      ...loyaltyChannel,
      body: { name: 'Taken', threshold: 1 },
    },
    'PATCH /api/v1/channels/:channelId/loyalty/tiers/:tierId': { ...loyaltyTier, body: { name: 'Taken' } },
    'DELETE /api/v1/channels/:channelId/loyalty/tiers/:tierId': loyaltyTier,
    'GET /api/v1/channels/:channelId/loyalty/rewards': loyaltyChannel,
    'POST /api/v1/channels/:channelId/loyalty/rewards': {
      ...loyaltyChannel,
      body: { name: 'Taken', kind: 'free_shipping', pointsCost: 1 },
    },
    'PATCH /api/v1/channels/:channelId/loyalty/rewards/:rewardId': {
      ...loyaltyReward,
      body: { pointsCost: 1 },
    },
    'DELETE /api/v1/channels/:channelId/loyalty/rewards/:rewardId': loyaltyReward,
    'POST /api/v1/channels/:channelId/loyalty/rewards/:rewardId/codes': {
      ...loyaltyReward,
      body: { codes: ['STOLEN-1'] },
    },
    'GET /api/v1/channels/:channelId/loyalty/members': { ...loyaltyChannel },
    'POST /api/v1/channels/:channelId/loyalty/members': {
      ...loyaltyChannel,
      body: { email: 'intruder@example.com' },
    },
    'GET /api/v1/channels/:channelId/loyalty/members/:memberId': loyaltyMember,
    'GET /api/v1/channels/:channelId/loyalty/members/:memberId/ledger': loyaltyMember,
    'GET /api/v1/channels/:channelId/loyalty/members/:memberId/lots': loyaltyMember,
    'GET /api/v1/channels/:channelId/loyalty/members/:memberId/referrals': loyaltyMember,
    'GET /api/v1/channels/:channelId/loyalty/preview': loyaltyChannel,
    'GET /api/v1/channels/:channelId/loyalty/members/:memberId/coupons': loyaltyMember,
    'POST /api/v1/channels/:channelId/loyalty/members/:memberId/adjustments': {
      ...loyaltyMember,
      body: { points: 1000, reason: 'stolen' },
    },
    'POST /api/v1/channels/:channelId/loyalty/members/:memberId/enrol': loyaltyMember,
    'POST /api/v1/channels/:channelId/loyalty/members/:memberId/exclude': loyaltyMember,
    'POST /api/v1/channels/:channelId/loyalty/members/:memberId/pin': loyaltyMember,
  };

  return {
    byRoute,
    /** Ids that must never appear in the intruder's responses. */
    victimIds: [
      // connectors
      victimConnection.id,
      // invitations
      victimInvitation.id,
      victimInvitation.link,
      victim.accountId,
      victim.channelId,
      victim.publicId,
      victimUser.id,
      victimKey.id,
      victimJob.id,
      victimEvent!.id,
      victimCustomer.customerId,
      // reviews core
      victimReview!.reviewId,
      // commerce
      victimOrder.orderId,
      victimDataRequestId,
      // loyalty
      victimMember.memberId,
      victimTier.tierId,
      victimReward.rewardId,
    ],
    /** The victim's data as it stands, to prove the intruder changed none of it. */
    async snapshot() {
      return {
        // connectors
        connection: await app.trustloop.connectors.get(victim.accountId, victimConnection.id),
        emailEmbeds: await app.trustloop.reviews.embeds.describe(victim.accountId, victim.channelId),
        // invitations
        invitation: await invitations.get(victim.accountId, victimInvitation.id),
        invitationSettings: await invitations.settings(victim.accountId, victim.channelId),
        invitationLinkKeys: await invitations.linkKeys(victim.accountId, victim.channelId),
        invitationsCount: (await invitations.list(victim.accountId, { limit: 100 })).items.length,
        // import
        victimImport: await importsDb
          .selectFrom('imports')
          .selectAll()
          .where('id', '=', victimImportId)
          .executeTakeFirst(),
        channels: await app.trustloop.accounts.channels.list(victim.accountId),
        secret: await app.trustloop.accounts.channels.signingSecret(victim.accountId, victim.channelId),
        users: await users.list(victim.accountId),
        keys: (await apiKeys.list(victim.accountId)).map((key) => ({ ...key, lastUsedAt: null })),
        job: await jobs.getJob(victimJob.id),
        // loyalty
        loyalty: {
          settings: await loyalty.program.getSettings(victim.accountId, victim.channelId),
          tiers: await loyalty.program.listTiers(victim.accountId, victim.channelId),
          rewards: await loyalty.program.listRewards(victim.accountId, victim.channelId),
          member: await loyalty.members.get(victim.accountId, victim.channelId, victimMember.memberId),
        },
        // contacts
        customer: {
          ...(await app.trustloop.contacts.exportCustomer(
            victim.accountId,
            victim.channelId,
            'victim-customer@example.com',
          )),
          exportedAt: null,
        },
        contactsSettings: await app.trustloop.contacts.getSettings(victim.accountId, victim.channelId),
        // commerce
        order: await app.trustloop.commerce.getOrder(victim.accountId, victimOrder.orderId),
        shopConnection: await database.db
          .selectFrom('shop_connections' as never)
          .selectAll()
          .where('channel_id' as never, '=', victim.channelId as never)
          .executeTakeFirst(),
        // reviews core
        review: await app.trustloop.reviews.commands.get(victim.accountId, victimReview!.reviewId),
        reviewAudit: await app.trustloop.reviews.commands.auditLog(victim.accountId, victimReview!.reviewId),
        reviewSettings: await app.trustloop.reviews.commands.settings(victim.channelId),
      };
    },
  };
}
