import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { type Accounts, principalOf } from '../accounts/index.js';
import type { Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import { inBody } from '../platform/http/field-paths.js';
import { errorResponses, NoContent } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { ConsentSource } from './contacts.events.js';
import {
  ChannelParams,
  ConsentBody,
  ConsentHistoryEntrySchema,
  ConsentResultSchema,
  ContactsSettingsBody,
  ContactsSettingsSchema,
  CustomerExportSchema,
  CustomerListQuery,
  CustomerParams,
  CustomerPatchBody,
  CustomerSchema,
  UpsertCustomerBody,
} from './contacts.schemas.js';
import type { ContactsService, ContactsSettings } from './contacts.types.js';
import { formatTagList, parseTagList } from './tag-list.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['contacts'];
const CUSTOMERS = '/api/v1/channels/:channelId/customers';
const CUSTOMER = `${CUSTOMERS}/:customerId`;

export interface ContactsRoutesDeps {
  contacts: ContactsService;
  accounts: Accounts;
  database: Database<unknown>;
  clock: Clock;
}

function settingsView(settings: ContactsSettings) {
  return { ...settings, defaultTags: formatTagList(settings.defaultTags) };
}

/** Customers, consent and contacts settings of one channel, under /api/v1/channels/:channelId. */
export function contactsRoutes({ contacts, accounts, database, clock }: ContactsRoutesDeps) {
  const { auth, channels } = accounts;

  /** The caller's account, once the channel is known to belong to it (404 otherwise). */
  async function scope(request: FastifyRequest, channelId: string) {
    const principal = principalOf(request);
    await channels.get(principal.accountId, channelId);
    const source: ConsentSource = principal.kind === 'user' ? 'admin' : 'api';
    return { accountId: principal.accountId, channelId, source };
  }

  async function customerOf(request: FastifyRequest, params: { channelId: string; customerId: string }) {
    const { accountId, channelId, source } = await scope(request, params.channelId);
    const customer = await contacts.findCustomer(accountId, channelId, { customerId: params.customerId });
    if (!customer) throw AppError.notFound('customer');
    return { accountId, channelId, source, customer };
  }

  return async function register(app: HttpServer) {
    app.get(
      CUSTOMERS,
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags,
          summary: 'Customers of a channel, newest first; filter by email prefix, tag or consent',
          security,
          params: ChannelParams,
          querystring: CustomerListQuery,
          response: {
            200: Type.Object({ data: Type.Array(CustomerSchema), nextCursor: Type.Optional(Type.String()) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { accountId, channelId } = await scope(request, request.params.channelId);
        const { limit = 50, cursor, email, tag, consent } = request.query;
        const page = await contacts.listCustomers(accountId, channelId, {
          limit,
          ...(cursor ? { cursor } : {}),
          ...(email ? { emailPrefix: email } : {}),
          ...(tag ? { tag } : {}),
          ...(consent ? { consent } : {}),
        });
        return { data: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      },
    );

    app.post(
      CUSTOMERS,
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags,
          summary: 'Create or update a customer by email (201 created, 200 updated); tags are added',
          security,
          params: ChannelParams,
          body: UpsertCustomerBody,
          response: {
            200: CustomerSchema,
            201: CustomerSchema,
            ...errorResponses,
            409: Type.Ref('ErrorResponse'),
          },
        },
      },
      async (request, reply) => {
        const { accountId, channelId, source } = await scope(request, request.params.channelId);
        const { consent, ...fields } = request.body;
        const result = await inBody(
          contacts.upsertCustomer(database.db, {
            ...fields,
            accountId,
            channelId,
            ...(consent
              ? {
                  consent: {
                    status: consent.status,
                    source,
                    changedAt: consent.changedAt ?? clock.now().toISOString(),
                    ...(consent.doubleOptIn === undefined ? {} : { doubleOptIn: consent.doubleOptIn }),
                  },
                }
              : {}),
          }),
        );
        return reply.status(result.created ? 201 : 200).send(result.customer);
      },
    );

    app.get(
      CUSTOMER,
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags,
          summary: 'One customer',
          security,
          params: CustomerParams,
          response: { 200: CustomerSchema, ...errorResponses },
        },
      },
      async (request) => (await customerOf(request, request.params)).customer,
    );

    app.patch(
      CUSTOMER,
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags,
          summary: 'Edit a customer; given fields replace stored ones (tags too), null clears',
          security,
          params: CustomerParams,
          body: CustomerPatchBody,
          response: { 200: CustomerSchema, ...errorResponses, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request) => {
        const { accountId, channelId, customer } = await customerOf(request, request.params);
        const target = { accountId, channelId, customerId: customer.customerId };
        return (await inBody(contacts.updateCustomer(database.db, target, request.body))).customer;
      },
    );

    app.delete(
      CUSTOMER,
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags,
          summary: "Erase a customer's personal data (GDPR); other domains erase theirs too",
          security,
          params: CustomerParams,
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { accountId, channelId, customer } = await customerOf(request, request.params);
        await contacts.eraseCustomer(database.db, {
          accountId,
          channelId,
          email: customer.email,
          reason: 'admin',
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${CUSTOMER}/consent`,
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags,
          summary: 'Change newsletter consent; later changes win, an older one is ignored',
          security,
          params: CustomerParams,
          body: ConsentBody,
          response: { 200: ConsentResultSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channelId, source, customer } = await customerOf(request, request.params);
        const body = request.body;
        return inBody(
          contacts.changeConsent(database.db, {
            accountId,
            channelId,
            email: customer.email,
            status: body.status,
            source: body.source ?? source,
            changedAt: body.changedAt ?? clock.now().toISOString(),
            ...(body.doubleOptIn === undefined ? {} : { doubleOptIn: body.doubleOptIn }),
          }),
        );
      },
    );

    app.get(
      `${CUSTOMER}/consent-history`,
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags,
          summary: 'Every applied consent change, oldest first, with source and time',
          security,
          params: CustomerParams,
          response: { 200: Type.Object({ data: Type.Array(ConsentHistoryEntrySchema) }), ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channelId, customer } = await customerOf(request, request.params);
        return { data: await contacts.consentHistory(accountId, channelId, customer.customerId) };
      },
    );

    app.get(
      `${CUSTOMER}/export`,
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags,
          summary: 'Everything stored about a customer, for a data-subject access request',
          security,
          params: CustomerParams,
          response: { 200: CustomerExportSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channelId, customer } = await customerOf(request, request.params);
        const exported = await contacts.exportCustomer(accountId, channelId, customer.email);
        if (!exported) throw AppError.notFound('customer');
        return exported;
      },
    );

    app.get(
      '/api/v1/channels/:channelId/contacts-settings',
      {
        onRequest: auth.require('commerce:read'),
        schema: {
          tags,
          summary: 'Contacts settings of a channel: the default tags of new customers',
          security,
          params: ChannelParams,
          response: { 200: ContactsSettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channelId } = await scope(request, request.params.channelId);
        return settingsView(await contacts.getSettings(accountId, channelId));
      },
    );

    app.put(
      '/api/v1/channels/:channelId/contacts-settings',
      {
        onRequest: auth.require('commerce:write'),
        schema: {
          tags,
          summary: 'Set the default tags (comma-separated, without spaces) given to new customers',
          security,
          params: ChannelParams,
          body: ContactsSettingsBody,
          response: { 200: ContactsSettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channelId } = await scope(request, request.params.channelId);
        const parsed = parseTagList(request.body.defaultTags);
        if (!parsed.ok) throw AppError.invalid('/body/defaultTags', parsed.message);
        return settingsView(
          await contacts.updateSettings(accountId, channelId, { defaultTags: parsed.tags }),
        );
      },
    );
  };
}
