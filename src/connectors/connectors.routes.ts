import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { errorResponses, IdParam, NoContent, StrictObject } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import {
  ConnectBody,
  ConnectionPatch,
  ConnectionSchema,
  DescriptorSchema,
  ExportBody,
  ExportSchema,
  HealthSchema,
  ListChoicesSchema,
  TestEventSchema,
} from './connectors.schemas.js';
import type { ConnectorsAdmin } from './connectors.service.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['connectors'];
const Id = Type.String({ minLength: 1, maxLength: 64 });
const withUnprocessable = { ...errorResponses, 422: Type.Ref('ErrorResponse') } as const;

/** The connectors admin API under /api/v1 and the platforms' callback receiver under /public/v1. */
export function connectorsRoutes(deps: { auth: Auth; admin: ConnectorsAdmin }) {
  const { auth, admin } = deps;
  const read = auth.require('connectors:read');
  const write = auth.require('connectors:write');

  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/connectors',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'The marketing platforms Trustloop can connect to, with their settings forms',
          response: { 200: Type.Object({ connectors: Type.Array(DescriptorSchema) }), ...errorResponses },
        },
      },
      async () => ({ connectors: admin.descriptors() }),
    );

    app.post(
      '/api/v1/connectors/:connectorId/lists',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'The platform account’s lists for an API key not saved yet, to choose one when connecting',
          description:
            'Checks the credentials live and answers the lists of the account (Ecomail: `GET /lists`) ' +
            'with id, name and active subscribers when the platform says so. Only the secret settings ' +
            'are required (e.g. `{"settings":{"apiKey":"…"}}`); a refused key is a 422 naming it, and ' +
            'a platform without lists to choose from is a 400.',
          params: StrictObject({ connectorId: Type.String({ minLength: 1, maxLength: 32 }) }),
          body: StrictObject({ settings: Type.Record(Type.String(), Type.Unknown()) }),
          response: { 200: ListChoicesSchema, ...withUnprocessable },
        },
      },
      async (request) => ({
        lists: await admin.listChoicesFor(request.params.connectorId, request.body.settings),
      }),
    );

    app.get(
      '/api/v1/connections',
      {
        onRequest: read,
        schema: {
          tags,
          summary: 'Connected platforms of the account, with their status',
          security,
          querystring: StrictObject({ channelId: Type.Optional(Id) }),
          response: { 200: Type.Object({ connections: Type.Array(ConnectionSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        connections: await admin.list(principalOf(request).accountId, request.query.channelId),
      }),
    );

    app.post(
      '/api/v1/connections',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Connect a platform: the credentials are checked live; a failure stores nothing',
          body: ConnectBody,
          response: { 201: ConnectionSchema, ...withUnprocessable },
        },
      },
      async (request, reply) => {
        const connection = await admin.connect(principalOf(request).accountId, request.body);
        return reply.status(201).send(connection);
      },
    );

    app.get(
      '/api/v1/connections/:id',
      {
        onRequest: read,
        schema: {
          tags,
          summary: 'One connection: platform, settings (never the secrets), subscriptions, status',
          security,
          params: IdParam(),
          response: { 200: ConnectionSchema, ...errorResponses },
        },
      },
      async (request) => admin.get(principalOf(request).accountId, request.params.id),
    );

    app.patch(
      '/api/v1/connections/:id',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Change settings (verified live) or event subscriptions',
          params: IdParam(),
          body: ConnectionPatch,
          response: { 200: ConnectionSchema, ...withUnprocessable },
        },
      },
      async (request) => admin.update(principalOf(request).accountId, request.params.id, request.body),
    );

    app.delete(
      '/api/v1/connections/:id',
      {
        onRequest: write,
        schema: {
          tags,
          summary: 'Disconnect: deliveries stop and the credentials are deleted',
          security,
          params: IdParam(),
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        await admin.disconnect(principalOf(request).accountId, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/connections/:id/health',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'Status, last sync, counts and the last error',
          params: IdParam(),
          response: { 200: HealthSchema, ...errorResponses },
        },
      },
      async (request) => admin.health(principalOf(request).accountId, request.params.id),
    );

    app.get(
      '/api/v1/connections/:id/setup',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'Values to paste into the platform (callback URL, flow webhook body)',
          params: IdParam(),
          response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
        },
      },
      async (request) => admin.setup(principalOf(request).accountId, request.params.id),
    );

    app.post(
      '/api/v1/connections/:id/test-event',
      {
        onRequest: write,
        schema: {
          tags,
          security,
          summary: 'Send one signed test event to an outbound webhook endpoint now, and see what it answered',
          description:
            'A `webhook.test` event (data: connectionId, channelId, test: true), signed with the ' +
            'connection’s secret as Standard Webhooks like every delivery; sent at once, never queued ' +
            'or retried. A refusal by the endpoint is a 200 with `delivered: false`, its `status` and ' +
            '`error`; a connection of a platform without test events is a 400.',
          params: IdParam(),
          response: { 200: TestEventSchema, ...errorResponses },
        },
        // Each press calls the merchant's endpoint: a few a minute are plenty.
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request) => admin.sendTestEvent(principalOf(request).accountId, request.params.id),
    );

    app.get(
      '/api/v1/connections/:id/lists',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'The lists of a connected platform account, to switch the connection to another list',
          params: IdParam(),
          response: { 200: ListChoicesSchema, ...withUnprocessable },
        },
      },
      async (request) => ({
        lists: await admin.listChoicesOf(principalOf(request).accountId, request.params.id),
      }),
    );

    app.post(
      '/api/v1/connections/:id/exports',
      {
        onRequest: write,
        // No body at all is the default choices (as before there were any).
        preValidation: async (request) => {
          if (request.body === undefined || request.body === null) request.body = {};
        },
        schema: {
          tags,
          security,
          summary: 'Start an export of the contacts, optionally with choices and past transactions',
          description:
            'Without a body every mirrored contact of the channel is sent. `consent` keeps only contacts ' +
            'in that newsletter consent state (subscribed = opt-in, unsubscribed = opt-out). `from`/`to` ' +
            '(ISO dates or date-times, inclusive; a date covers its whole UTC day) keep only contacts ' +
            'Trustloop first knew (created) in the range. `tags` are added to the exported contacts ' +
            '(comma-separated without spaces, or a list). `transactions: true` also sends the channel’s ' +
            'past paid orders, paid in the range and of buyers in the chosen consent state, as purchase ' +
            'events: each order at most once per connection, however often the export runs and whether ' +
            'or not the live order.paid delivery sent it first. A choice the platform cannot honour is a ' +
            '400 naming the field. The run keeps its choices, so a resumed run uses the same ones. ' +
            'The run first reads the customers already committed (phase catching_up), so an export right ' +
            'after an import includes every imported customer even while the background processing of the ' +
            'import is still running. One export per connection runs at a time: asking again while one is ' +
            'unfinished (a crashed CLI, a restart) resumes it from where it stopped (`resumed: true`, the ' +
            'same id); asking with other choices is a 409 naming it.',
          params: IdParam(),
          body: ExportBody,
          response: { 202: ExportSchema, ...withUnprocessable, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(
            await admin.startExport(
              principalOf(request).accountId,
              request.params.id,
              request.body ?? undefined,
            ),
          ),
    );

    app.get(
      '/api/v1/connections/:id/exports',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'The connection’s latest exports (at most 20), newest first, with their progress',
          params: IdParam(),
          response: { 200: Type.Object({ exports: Type.Array(ExportSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        exports: await admin.listExports(principalOf(request).accountId, request.params.id),
      }),
    );

    app.get(
      '/api/v1/connections/:id/exports/:exportId',
      {
        onRequest: read,
        schema: {
          tags,
          security,
          summary: 'Progress of an export',
          params: StrictObject({ id: Id, exportId: Id }),
          response: { 200: ExportSchema, ...errorResponses },
        },
      },
      async (request) =>
        admin.getExport(principalOf(request).accountId, request.params.id, request.params.exportId),
    );

    const inbound = async (request: {
      params: { id: string };
      query: object;
      headers: Record<string, string | string[] | undefined>;
      body: unknown;
    }) => {
      // The schema lets through only string values.
      const query = request.query as Record<string, string | undefined>;
      const header = request.headers['x-trustloop-secret'];
      const secret = query['key'] ?? (typeof header === 'string' ? header : undefined);
      return admin.receiveInbound(request.params.id, secret, {
        headers: request.headers,
        query,
        body: request.body,
      });
    };
    // Any query parameters, as strings. An object without properties (rather than a Record) so
    // that the OpenAPI document lists no bogus parameters named after the schema's own keys.
    const InboundQuery = Type.Object({}, { additionalProperties: Type.String() });
    const InboundResult = Type.Object({
      accepted: Type.Boolean(),
      reason: Type.Optional(Type.String()),
      link: Type.Optional(Type.String()),
    });
    app.post(
      '/public/v1/connectors/:id/inbound',
      {
        schema: {
          tags,
          summary: 'Where a platform calls Trustloop back (Klaviyo flow webhook, Ecomail list webhook)',
          params: IdParam(),
          querystring: InboundQuery,
          response: { 200: InboundResult, 400: Type.Ref('ErrorResponse'), 401: Type.Ref('ErrorResponse') },
        },
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      },
      inbound,
    );
    app.get(
      '/public/v1/connectors/:id/inbound',
      {
        schema: {
          tags,
          summary: 'Where SALESmanago calls its opt-in/opt-out callbacks',
          params: IdParam(),
          querystring: InboundQuery,
          response: { 200: InboundResult, 401: Type.Ref('ErrorResponse') },
        },
        config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
      },
      inbound,
    );
  };
}
