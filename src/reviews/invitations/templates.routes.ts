import { Type } from 'typebox';
import { type Accounts, principalOf } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses, NoContent, StrictObject, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { type Locale, SUPPORTED_LOCALES } from '../../platform/i18n/index.js';
import { composeInvitationMail } from './mail/invitation-mail.js';
import type { MailTransport } from './mail/mail-transport.js';
import {
  MIN_BUTTON_CONTRAST,
  PLACEHOLDERS,
  TEMPLATE_KINDS,
  TEMPLATE_LIMITS,
  type TemplateKind,
  validateTemplate,
} from './mail/templates.js';
import type { Templates } from './mail/templates.service.js';
import type { Settings } from './settings.service.js';

export interface TemplateRoutesDeps {
  accounts: Accounts;
  templates: Templates;
  settings: Settings;
  transport: () => MailTransport;
  from: string;
  publicUrl: string;
}

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['invitations'];
const HEX_PATTERN = '^#[0-9a-fA-F]{6}$';
const Color = Type.String({ pattern: HEX_PATTERN, description: '#rrggbb' });
const placeholders = PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

const TemplateParams = StrictObject({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  kind: StringEnum(TEMPLATE_KINDS),
  locale: StringEnum(SUPPORTED_LOCALES),
});

const TemplateFields = {
  subject: Type.String({ maxLength: TEMPLATE_LIMITS.subject, description: `Placeholders: ${placeholders}` }),
  intro: Type.String({
    maxLength: TEMPLATE_LIMITS.intro,
    description: `Plain text; a blank line starts a paragraph. Placeholders: ${placeholders}`,
  }),
  buttonText: Type.String({ maxLength: TEMPLATE_LIMITS.buttonText }),
  logoUrl: Type.Union([Type.String({ maxLength: TEMPLATE_LIMITS.logoUrl }), Type.Null()], {
    description: 'An http(s) image; null shows the shop’s name instead',
  }),
  buttonColor: Color,
  buttonTextColor: Type.String({
    pattern: HEX_PATTERN,
    description: `#rrggbb, at least ${MIN_BUTTON_CONTRAST}:1 contrast with the button colour`,
  }),
  backgroundColor: Color,
};

export const TemplateBody = StrictObject(TemplateFields);
export const TemplateSchema = Type.Object(
  {
    kind: StringEnum(TEMPLATE_KINDS),
    locale: StringEnum(SUPPORTED_LOCALES),
    ...TemplateFields,
    custom: Type.Boolean({ description: 'False while the catalogue’s defaults apply' }),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    placeholders: Type.Array(Type.String()),
  },
  { $id: 'InvitationTemplate' },
);
const PreviewSchema = Type.Object({
  subject: Type.String(),
  html: Type.String({ description: 'The whole mail as the real renderer makes it' }),
  text: Type.String(),
});

/** The sample customer a preview or test mail is addressed as. */
const SAMPLE = { name: 'Anna Nowak', orderNumber: '#1001' };

/** Email templates (A4): per channel, kind and language; preview and test mail through the real renderer. */
export function invitationTemplateRoutes(deps: TemplateRoutesDeps) {
  const { accounts, templates, settings } = deps;
  const { auth, channels, users } = accounts;

  async function ownChannel(request: Parameters<typeof principalOf>[0], channelId: string) {
    const { accountId } = principalOf(request);
    return { accountId, channel: await channels.get(accountId, channelId) };
  }

  /**
   * The mail a customer would get with the request's (possibly unsaved) template, addressed to
   * `to` with an example link.
   */
  async function sampleMail(
    accountId: string,
    channel: { id: string; name: string; timeZone: string },
    draft: { body: Parameters<typeof validateTemplate>[0]; params: { kind: TemplateKind; locale: Locale } },
    to: { email: string; name: string },
  ) {
    const config = await settings.get(accountId, channel.id);
    const template = validateTemplate(draft.body);
    const { kind, locale } = draft.params;
    const now = Date.now();
    const token = 'example';
    return composeInvitationMail({
      invitation: {
        id: 'example',
        accountId: '',
        channelId: '',
        email: to.email,
        name: to.name,
        orderId: null,
        orderNumber: SAMPLE.orderNumber,
        products: [],
        locale,
        type: 'service',
        method: 'manual',
        delivery: 'email',
        state: 'scheduled',
        stateReason: null,
        link: `${deps.publicUrl}/r/${token}`,
        linkExpiresAt: new Date(now + config.linkValidityDays * 86_400_000).toISOString(),
        scheduledAt: new Date(now).toISOString(),
        sentAt: null,
        remindedAt: null,
        openedAt: null,
        completedAt: null,
        createdAt: new Date(now).toISOString(),
      },
      channel: { name: channel.name, timeZone: channel.timeZone },
      settings: config,
      from: deps.from,
      publicUrl: deps.publicUrl,
      token,
      reminder: kind === 'reminder',
      template,
    });
  }

  return async function register(app: HttpServer) {
    const path = '/api/v1/channels/:id/invitation-templates/:kind/:locale';
    const withPlaceholders = <T extends object>(template: T) => ({
      ...template,
      placeholders: [...PLACEHOLDERS],
    });

    app.get(
      '/api/v1/channels/:id/invitation-templates',
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          security,
          summary: 'The invitation and reminder mail in every language (stored, or the catalogue’s defaults)',
          params: StrictObject({ id: Type.String({ minLength: 1, maxLength: 64 }) }),
          response: { 200: Type.Object({ data: Type.Array(TemplateSchema) }), ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const data = [];
        for (const kind of TEMPLATE_KINDS)
          for (const locale of SUPPORTED_LOCALES)
            data.push(withPlaceholders(await templates.get(accountId, channel.id, kind, locale)));
        return { data };
      },
    );

    app.get(
      path,
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          security,
          summary: 'One mail template: subject, intro, button, logo, colours',
          params: TemplateParams,
          response: { 200: TemplateSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const { kind, locale } = request.params;
        return withPlaceholders(await templates.get(accountId, channel.id, kind, locale));
      },
    );

    app.put(
      path,
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary: `Store a mail template; an unknown placeholder is refused (use ${placeholders})`,
          params: TemplateParams,
          body: TemplateBody,
          response: { 200: TemplateSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const { kind, locale } = request.params;
        return withPlaceholders(await templates.save(accountId, channel.id, kind, locale, request.body));
      },
    );

    app.delete(
      path,
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags,
          security,
          summary: 'Back to the catalogue’s defaults',
          params: TemplateParams,
          response: { 204: NoContent, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        await templates.reset(accountId, channel.id, request.params.kind, request.params.locale);
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${path}/preview`,
      {
        onRequest: auth.require('reviews:read'),
        schema: {
          tags,
          security,
          summary: 'Render a (possibly unsaved) template with the real renderer, for a sample customer',
          params: TemplateParams,
          body: TemplateBody,
          response: { 200: PreviewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const mail = await sampleMail(accountId, channel, request, {
          email: 'anna@example.com',
          name: SAMPLE.name,
        });
        return { subject: String(mail.subject), html: String(mail.html), text: String(mail.text) };
      },
    );

    app.post(
      `${path}/test`,
      {
        onRequest: auth.require('reviews:write'),
        // Each test is a real mail through the shop's relay: a few a minute are plenty.
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          security,
          summary:
            'Send this (possibly unsaved) template to the signed-in user through the channel’s mail transport',
          params: TemplateParams,
          body: TemplateBody,
          response: { 200: Type.Object({ to: Type.String(), transport: Type.String() }), ...errorResponses },
        },
      },
      async (request) => {
        const { accountId, channel } = await ownChannel(request, request.params.id);
        const principal = principalOf(request);
        if (principal.kind !== 'user') {
          throw new AppError(
            'bad_request',
            'a test mail goes to the signed-in user: sign in instead of using an API key',
          );
        }
        const user = await users.get(accountId, principal.userId);
        const mail = await sampleMail(accountId, channel, request, { email: user.email, name: user.name });
        const transport = deps.transport();
        await transport.send(
          { ...mail, headers: { ...(mail.headers as Record<string, string>), 'X-Trustloop-Test': 'yes' } },
          `test-${channel.id}-${request.params.kind}-${request.params.locale}-${Date.now()}`,
        );
        return { to: user.email, transport: transport.kind };
      },
    );
  };
}
