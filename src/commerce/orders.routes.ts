import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import type { Clock } from '../platform/clock.js';
import { AppError } from '../platform/errors.js';
import { inBody } from '../platform/http/field-paths.js';
import type { Idempotency } from '../platform/http/idempotency.js';
import { errorResponses } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { OrderInput } from './commerce.inputs.js';
import type { OrderMilestone } from './commerce.types.js';
import {
  ChannelParams,
  DeliveryBody,
  FulfillmentBody,
  IdempotencyHeaders,
  OrderBody,
  OrderExternalParams,
  OrderIdParams,
  OrderRecordSchema,
  OrderSchema,
  OrdersQuery,
  RecordOrderResponse,
  RecordRefundResponse,
  RefundBody,
  RefundSchema,
} from './orders.schemas.js';
import type { CommerceDb, Orders } from './orders.service.js';
import type { Refunds } from './refunds.service.js';

export interface OrdersRoutesDeps {
  auth: Auth;
  clock: Clock;
  idempotency: Idempotency;
  orders: Orders;
  /** Throws not_found unless the channel belongs to the account (the accounts door). */
  assertChannel: (accountId: string, channelId: string) => Promise<unknown>;
  refunds: Refunds;
}

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const writeErrors = {
  ...errorResponses,
  409: Type.Ref('ErrorResponse'),
  422: Type.Ref('ErrorResponse'),
} as const;

function orderInput(
  accountId: string,
  channelId: string,
  externalId: string,
  body: Static<typeof OrderBody>,
  now: Date,
): OrderInput {
  const { updatedAt, subtotal, discountTotal, shippingTotal, taxTotal, ...rest } = body;
  return {
    ...rest,
    accountId,
    channelId,
    source: 'api',
    externalId,
    sourceUpdatedAt: updatedAt ?? now.toISOString(),
    subtotal: subtotal ?? body.lineItems.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
    discountTotal: discountTotal ?? 0,
    shippingTotal: shippingTotal ?? 0,
    taxTotal: taxTotal ?? 0,
  };
}

/** S3: orders, refunds, fulfilments and deliveries over REST; idempotent by external id and `Idempotency-Key`. */
export function ordersRoutes(deps: OrdersRoutesDeps) {
  const { auth, clock, idempotency, orders, refunds } = deps;

  /**
   * Every write here: the channel checked to be the caller's, then once per `Idempotency-Key`
   * in one transaction; a replayed answer says so in a header.
   */
  async function writeOnce(
    request: FastifyRequest,
    reply: FastifyReply,
    write: { channelId: string; body: unknown },
    work: (trx: CommerceDb, accountId: string) => Promise<{ status: number; body: unknown }>,
  ) {
    const { accountId } = principalOf(request);
    await deps.assertChannel(accountId, write.channelId);
    const result = await idempotency.run(
      {
        accountId,
        // The route schema admits one string at most.
        key: request.headers['idempotency-key'] as string | undefined,
        method: request.method,
        url: request.url,
        body: write.body,
      },
      (trx: CommerceDb) => work(trx, accountId),
    );
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(result.status as 200).send(result.body);
  }

  return async function register(app: HttpServer) {
    app.addSchema(OrderSchema);
    app.addSchema(RefundSchema);
    app.addSchema(OrderRecordSchema);

    app.put(
      '/api/v1/channels/:channelId/orders/:externalId',
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags: ['orders'],
          summary: 'Create or update an order by its id in your system (source "api")',
          description:
            'Send the whole order every time; an `updatedAt` older than the stored one changes nothing. Milestones (paid, fulfilled, delivered, cancelled) only move forward. Money in integer minor units.',
          security,
          params: OrderExternalParams,
          headers: IdempotencyHeaders,
          body: OrderBody,
          response: { 200: RecordOrderResponse, 201: RecordOrderResponse, ...writeErrors },
        },
      },
      (request, reply) => {
        const { channelId, externalId } = request.params;
        return writeOnce(request, reply, { channelId, body: request.body }, async (trx, accountId) => {
          const recorded = await inBody(
            orders.recordOrderIn(
              trx,
              orderInput(accountId, channelId, externalId, request.body, clock.now()),
            ),
          );
          const { value, ...outcome } = recorded;
          return { status: recorded.created ? 201 : 200, body: { order: value, ...outcome } };
        });
      },
    );

    app.get(
      '/api/v1/channels/:channelId/orders',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['orders'],
          summary: 'Orders of a channel, newest first',
          security,
          params: ChannelParams,
          querystring: OrdersQuery,
          response: {
            200: Type.Object({
              data: Type.Array(Type.Ref('Order')),
              nextCursor: Type.Optional(Type.String()),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { limit = 50, cursor, email } = request.query;
        const page = await orders.listOrders(principalOf(request).accountId, request.params.channelId, {
          limit,
          ...(cursor ? { cursor } : {}),
          ...(email ? { email } : {}),
        });
        return { data: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      },
    );

    app.get(
      '/api/v1/channels/:channelId/orders/:orderId',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags: ['orders'],
          summary: 'One order with its refunds, by Trustloop order id',
          security,
          params: OrderIdParams,
          response: { 200: Type.Ref('OrderRecord'), ...errorResponses },
        },
      },
      async (request) => {
        const order = await orders.getOrder(principalOf(request).accountId, request.params.orderId);
        if (order.channelId !== request.params.channelId) throw AppError.notFound('order');
        return order;
      },
    );

    app.post(
      '/api/v1/channels/:channelId/orders/:externalId/refunds',
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags: ['orders'],
          summary: 'Record a refund (full or partial, by amount or by line); idempotent by its externalId',
          security,
          params: OrderExternalParams,
          headers: IdempotencyHeaders,
          body: RefundBody,
          response: { 200: RecordRefundResponse, 201: RecordRefundResponse, ...writeErrors },
        },
      },
      (request, reply) => {
        const { channelId, externalId } = request.params;
        return writeOnce(request, reply, { channelId, body: request.body }, async (trx, accountId) => {
          const { createdAt, ...refund } = request.body;
          const recorded = await inBody(
            refunds.recordRefundIn(trx, {
              ...refund,
              accountId,
              channelId,
              source: 'api',
              orderExternalId: externalId,
              createdAt: createdAt ?? clock.now().toISOString(),
            }),
          );
          return {
            status: recorded.created ? 201 : 200,
            body: { ...recorded.value, created: recorded.created },
          };
        });
      },
    );

    const milestoneRoute = (path: 'fulfillments' | 'deliveries', milestone: OrderMilestone['milestone']) => {
      const Body = milestone === 'fulfilled' ? FulfillmentBody : DeliveryBody;
      app.post(
        `/api/v1/channels/:channelId/orders/:externalId/${path}`,
        {
          onRequest: auth.require('commerce:write'),
          schema: {
            tags: ['orders'],
            summary: `Mark the order ${milestone} (the first time counts; later calls change nothing)`,
            security,
            params: OrderExternalParams,
            headers: IdempotencyHeaders,
            body: Type.Union([Body, Type.Null()]),
            response: { 200: RecordOrderResponse, ...writeErrors },
          },
        },
        (request, reply) => {
          const { channelId, externalId } = request.params;
          const body = (request.body ?? {}) as { fulfilledAt?: string; deliveredAt?: string };
          const at = body.fulfilledAt ?? body.deliveredAt ?? clock.now().toISOString();
          return writeOnce(request, reply, { channelId, body }, async (trx, accountId) => {
            const { value, ...outcome } = await orders.markOrderIn(trx, {
              accountId,
              channelId,
              source: 'api',
              externalId,
              milestone,
              at,
            });
            return { status: 200, body: { order: value, ...outcome } };
          });
        },
      );
    };
    milestoneRoute('fulfillments', 'fulfilled');
    milestoneRoute('deliveries', 'delivered');
  };
}
