import { Type } from 'typebox';
import { type Accounts, principalOf } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses, IdParam, NoContent } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { BccIntake } from './bcc/bcc-intake.js';
import { importCsv } from './csv-import.js';
import { type Fairness, normalizeEmail } from './fairness.service.js';
import {
  BccMessageSchema,
  ChannelParams,
  CreateResponse,
  ImportBody,
  ImportReport,
  InvitationSchema,
  LinkKeysSchema,
  ListQuery,
  NewInvitationBody,
  SettingsPatchBody,
  SettingsSchema,
  SuppressionBody,
  SuppressionParams,
  SuppressionSchema,
} from './invitations.schemas.js';
import type { Ledger } from './invitations.service.js';
import type { Settings } from './settings.service.js';

export interface AdminRoutesDeps {
  accounts: Accounts;
  ledger: Ledger;
  settings: Settings;
  fairness: Fairness;
  bcc: BccIntake;
  publicUrl: string;
}

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['invitations'];
const withConflict = { ...errorResponses, 409: Type.Ref('ErrorResponse') };

/** The merchant's invitation API under /api/v1 (A4): settings, invitations, CSV, BCC, link keys, suppressions. */
export function invitationAdminRoutes(deps: AdminRoutesDeps) {
  const { accounts, ledger, settings, fairness, bcc } = deps;
  const { auth, channels } = accounts;

  /** The caller's account, after proving the channel is one of its own (404 otherwise). */
  async function ownChannel(request: Parameters<typeof principalOf>[0], channelId: string) {
    const { accountId } = principalOf(request);
    const channel = await channels.get(accountId, channelId);
    return { accountId, channel };
  }

  return async function register(app: HttpServer) {
    // CSV uploads arrive as text/csv; this parser exists only inside this plugin.
    app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );

    app.get(
      '/api/v1/channels/:id/invitation-settings',
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          summary:
            'The channel’s invitation settings: trigger, delay, reminder, link validity, cooldown, consent mode',
          security,
          params: ChannelParams,
          response: { 200: SettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        return settings.get(accountId, channel.id);
      },
    );

    app.patch(
      '/api/v1/channels/:id/invitation-settings',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary:
            'Trigger event, delay, reminder, link validity, cooldown, ESP sends, explicit consent, logo, sender',
          params: ChannelParams,
          body: SettingsPatchBody,
          response: { 200: SettingsSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        return settings.update(accountId, channel.id, request.body);
      },
    );

    app.post(
      '/api/v1/channels/:id/invitations',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary: 'Create one invitation (sent by email, or only its link); one per email, order and type',
          params: ChannelParams,
          body: NewInvitationBody,
          response: { 200: CreateResponse, 201: CreateResponse, ...withConflict },
        },
      },
      async (request, reply) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const body = request.body;
        const result = await ledger.create(accountId, {
          channelId: channel.id,
          email: body.email,
          name: body.name ?? null,
          orderId: body.orderId ?? null,
          orderNumber: body.orderNumber ?? null,
          products: body.products ?? [],
          locale: body.locale ?? null,
          ...(body.type ? { type: body.type } : {}),
          method: body.method ?? (principalOf(request).kind === 'user' ? 'manual' : 'api'),
          delivery: body.send === 'link' ? 'link' : 'email',
          ...(body.sendAt ? { scheduledAt: new Date(body.sendAt) } : {}),
        });
        return reply.status(result.created ? 201 : 200).send(result);
      },
    );

    app.post(
      '/api/v1/channels/:id/invitations/import',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary:
            'Upload a CSV (text/csv, or JSON {csv}); answers with a report of created and rejected rows',
          params: ChannelParams,
          body: ImportBody,
          response: { 200: ImportReport, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const body = request.body;
        const csv = typeof body === 'string' ? body : body.csv;
        const delivery = typeof body === 'string' || body.send !== 'link' ? 'email' : 'link';
        return importCsv(ledger, accountId, channel.id, csv, delivery);
      },
    );

    app.get(
      '/api/v1/invitations',
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          summary: 'Invitations, newest first; filter by channel, state, method (e.g. klaviyo_flow) or email',
          security,
          querystring: ListQuery,
          response: {
            200: Type.Object({
              data: Type.Array(InvitationSchema),
              nextCursor: Type.Optional(Type.String()),
            }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { accountId } = principalOf(request);
        // Another account's channel is not found, rather than a list that looks empty.
        if (request.query.channelId !== undefined) await channels.get(accountId, request.query.channelId);
        const page = await ledger.list(accountId, request.query);
        return { data: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      },
    );

    app.get(
      '/api/v1/invitations/:id',
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          summary: 'One invitation with its state and link',
          security,
          params: IdParam(),
          response: { 200: InvitationSchema, ...errorResponses },
        },
      },
      async (request) => ledger.get(principalOf(request).accountId, request.params.id),
    );

    app.post(
      '/api/v1/invitations/:id/cancel',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          summary: 'Cancel a scheduled or sent invitation; its link stops taking reviews',
          security,
          params: IdParam(),
          response: { 200: InvitationSchema, ...withConflict },
        },
      },
      async (request) => ledger.cancel(principalOf(request).accountId, request.params.id),
    );

    app.get(
      '/api/v1/channels/:id/bcc-messages',
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          security,
          summary: 'Mails received at the BCC address, newest first; unparsed ones carry the reason',
          params: ChannelParams,
          querystring: Type.Object({
            status: Type.Optional(
              Type.Union([Type.Literal('scheduled'), Type.Literal('duplicate'), Type.Literal('unparsed')]),
            ),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          }),
          response: { 200: Type.Object({ data: Type.Array(BccMessageSchema) }), ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        return { data: await bcc.list(accountId, channel.id, request.query) };
      },
    );

    const keysOf = async (accountId: string, channelId: string, publicId: string, rotate: boolean) => {
      const keys = rotate
        ? await settings.rotateLinkKeys(accountId, channelId)
        : await settings.linkKeys(accountId, channelId);
      return { ...keys, linkTemplate: `${deps.publicUrl}/r/bgl/${publicId}?p=` };
    };

    app.get(
      '/api/v1/channels/:id/invitation-link-keys',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary: 'The encrypt and auth keys for business-generated links (docs/invitation-links.md)',
          params: ChannelParams,
          response: { 200: LinkKeysSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        return keysOf(accountId, channel.id, channel.publicId, false);
      },
    );

    app.post(
      '/api/v1/channels/:id/invitation-link-keys/rotate',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary: 'New link keys; links built with the old ones stop opening',
          params: ChannelParams,
          response: { 200: LinkKeysSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        return keysOf(accountId, channel.id, channel.publicId, true);
      },
    );

    app.get(
      '/api/v1/channels/:id/invitation-suppressions',
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          summary: 'Addresses never invited in this channel, with where the suppression came from',
          security,
          params: ChannelParams,
          response: { 200: Type.Object({ data: Type.Array(SuppressionSchema) }), ...errorResponses },
        },
      },
      async (request) => {
        const { channel } = await ownChannel(request, request.params.id);
        return { data: await fairness.listSuppressions(channel.id) };
      },
    );

    app.post(
      '/api/v1/channels/:id/invitation-suppressions',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary: 'Never invite this address in this channel (its scheduled invitations are suppressed)',
          params: ChannelParams,
          body: SuppressionBody,
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        await fairness.suppress(
          accountId,
          channel.id,
          normalizeEmail(request.body.email, '/body/email'),
          'admin',
        );
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/v1/channels/:id/invitation-suppressions/:email',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          summary: 'Allow invitations to this address again',
          security,
          params: SuppressionParams,
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { channel } = await ownChannel(request, request.params.id);
        const removed = await fairness.unsuppress(
          channel.id,
          normalizeEmail(request.params.email, '/params/email'),
        );
        if (!removed) throw AppError.notFound('suppression');
        return reply.status(204).send(null);
      },
    );
  };
}
