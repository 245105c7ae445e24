import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import type { Clock } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { errorResponses, NoContent } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { ShopPlatform } from './commerce.types.js';
import {
  ChannelParams,
  ConnectionBody,
  ConnectionParams,
  ConnectionSchema,
  DataRequestParams,
  DataRequestSchema,
  PageQuery,
} from './orders.schemas.js';
import type { Privacy } from './privacy.service.js';
import type { ShopConnections } from './shop-connections.service.js';
import { PullStateSchema, type ShopPullState } from './shop-pull-state.js';
import { descriptorView, ShopDescriptorSchema } from './shops/shop-descriptors.schemas.js';
import { shopDescriptors } from './shops/shop-registry.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];

/** Shop connections (webhook secret, shop domain, milestone settings) and stored GDPR data requests. */
export function shopConnectionsRoutes(deps: {
  auth: Auth;
  clock: Clock;
  connections: ShopConnections;
  pullState: ShopPullState;
  /** Enqueues a pull of the channel's connection now (one per connection and second). */
  pullSoon: (
    accountId: string,
    channelId: string,
    platform: ShopPlatform,
  ) => Promise<{ started: boolean; jobId: string }>;
  privacy: Privacy;
}) {
  const { auth, connections, privacy, pullState } = deps;

  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/shop-connectors',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['shop connections'],
          summary: 'The shop platforms Trustloop connects to: their settings forms and what each can do',
          security,
          response: {
            200: Type.Object({ connectors: Type.Array(ShopDescriptorSchema) }),
            ...errorResponses,
          },
        },
      },
      async () => ({ connectors: shopDescriptors().map(descriptorView) }),
    );

    app.put(
      '/api/v1/channels/:channelId/shop-connections/:platform',
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags: ['shop connections'],
          summary: 'Connect a shop (or change its settings); the secret is write-only',
          description:
            "The body's fields are the platform's settings (`GET /api/v1/shop-connectors`): connection fields at the top, Admin API credentials in `discounts`; a field of another platform is a 400. Shopify: `webhookSecret` is the app's client secret, `shopDomain` the `name.myshopify.com` domain; `fulfilledOn` is `any_fulfillment` or `order_fulfilled`, `deliveredOn` `shipment_delivered` or `never`. WooCommerce: `webhookSecret` is the secret entered for the webhook, `shopDomain` (optional) the site host; `fulfilledOn`/`deliveredOn` are order status slugs or `never`. Credentials given are checked live: a refusal is a 422 naming the field.",
          security,
          params: ConnectionParams,
          body: ConnectionBody,
          response: { 200: ConnectionSchema, 201: ConnectionSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { channelId, platform } = request.params;
        const { connection, created } = await connections.put(
          principalOf(request).accountId,
          channelId,
          platform,
          request.body,
        );
        return reply.status(created ? 201 : 200).send(connection);
      },
    );

    app.get(
      '/api/v1/channels/:channelId/shop-connections/:platform',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['shop connections'],
          summary: 'A shop connection and the webhook URL to paste into the shop',
          security,
          params: ConnectionParams,
          response: { 200: ConnectionSchema, ...errorResponses },
        },
      },
      async (request) =>
        connections.get(principalOf(request).accountId, request.params.channelId, request.params.platform),
    );

    app.get(
      '/api/v1/channels/:channelId/shop-connections/:platform/pull',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['shop connections'],
          summary: 'How pulling from the shop stands: last pull, cursors, failed pulls and dead letters',
          description:
            'For platforms Trustloop reads through their API (Magento 2, PrestaShop, Shoper): the last finished pull and the last failure, where the next pull of each resource starts, whether a pull runs now, pulls that failed for good (dead jobs) and records that could not be read (the pull moved on without them); the newest 50 of each with their count. A webhook-only platform answers `pulls: null`.',
          security,
          params: ConnectionParams,
          response: { 200: PullStateSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { channelId, platform } = request.params;
        const accountId = principalOf(request).accountId;
        // The channel's own check first: another account's channel is a 404 like a missing one.
        await connections.get(accountId, channelId, platform);
        const state = await pullState.read(accountId, channelId, platform, deps.clock.now());
        if (!state) throw AppError.notFound(`${platform} connection`);
        return state;
      },
    );

    app.post(
      '/api/v1/channels/:channelId/shop-connections/:platform/pull',
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags: ['shop connections'],
          summary: 'Pull from the shop now instead of at the next scheduled pull',
          description:
            'Starts a pull of a shop Trustloop reads through its API (Magento 2, PrestaShop, Shoper), as the schedule does every minute; asked again in the same second (a double click) it answers `started: false` and starts nothing more. Only one pull of a connection runs at a time. A webhook-only platform (Shopify, WooCommerce) is a 422. Follow it with `GET …/pull`.',
          security,
          params: ConnectionParams,
          response: {
            202: Type.Object({
              started: Type.Boolean({ description: 'False when a pull was started in this same second' }),
              jobId: Type.String(),
            }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const { channelId, platform } = request.params;
        // Scoped to the account: another account's connection is a 404 like a missing one.
        return reply
          .status(202)
          .send(await deps.pullSoon(principalOf(request).accountId, channelId, platform));
      },
    );

    app.delete(
      '/api/v1/channels/:channelId/shop-connections/:platform',
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags: ['shop connections'],
          summary: 'Disconnect a shop: its webhooks are refused from now on',
          security,
          params: ConnectionParams,
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await connections.remove(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.platform,
        );
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/channels/:channelId/data-requests',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['shop connections'],
          summary: 'Customer data requests received from the shop (GDPR), with what Trustloop holds',
          security,
          params: ChannelParams,
          querystring: PageQuery,
          response: {
            200: Type.Object({
              data: Type.Array(DataRequestSchema),
              nextCursor: Type.Optional(Type.String()),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { limit = 50, cursor } = request.query;
        const page = await privacy.listDataRequests(
          principalOf(request).accountId,
          request.params.channelId,
          {
            limit,
            ...(cursor ? { cursor } : {}),
          },
        );
        return { data: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      },
    );

    app.get(
      '/api/v1/channels/:channelId/data-requests/:requestId',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['shop connections'],
          summary: 'One customer data request and its export',
          security,
          params: DataRequestParams,
          response: { 200: DataRequestSchema, ...errorResponses },
        },
      },
      async (request) =>
        privacy.getDataRequest(
          principalOf(request).accountId,
          request.params.channelId,
          request.params.requestId,
        ),
    );
  };
}
