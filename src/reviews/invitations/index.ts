/**
 * Review invitations (R2–R5): every method (manual, CSV, API, automatic per order, BCC
 * mail, business-generated links) writes one ledger where the dedupe key keeps ONE
 * invitation per channel + email + order + review type; fairness rules (suppression list,
 * explicit consent, cooldown, cancelled orders); the questionnaire page; sending by SMTP or
 * to a local outbox; the BCC SMTP receiver in the `mail` role.
 *
 * @example
 * const invitations = createInvitations(ctx, { contacts, reviews: core });
 * const { invitation } = await invitations.service.create(accountId, {
 *   channelId, email: 'ana@example.org', orderNumber: '#1001', method: 'api',
 * });
 * invitation.link; // https://reviews.example.com/r/<token>
 */
import type { Kysely } from 'kysely';
import type { ModuleContext } from '../../accounts/index.js';
import type { ContactsService } from '../../contacts/index.js';
import type { Role } from '../../platform/config.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { Page } from '../../platform/jobs/index.js';
import { listenOrExplain } from '../../platform/listen.js';
import type { ReviewsCore } from '../reviews.contract.js';
import { type BccIntake, createBccIntake } from './bcc/bcc-intake.js';
import { type RunningReceiver, startBccReceiver } from './bcc/bcc-receiver.js';
import { registerInvitationSubscribers } from './events.subscriber.js';
import { createFairness } from './fairness.service.js';
import { invitationAdminRoutes } from './invitations.routes.js';
import { createLedger, type InvitationQuery, REMIND_JOB, SEND_JOB } from './invitations.service.js';
import type { InvitationsTables } from './invitations.tables.js';
import type {
  CreateResult,
  Invitation,
  InvitationInput,
  InvitationSettings,
  SettingsPatch,
} from './invitations.types.js';
import { createMailTransport, type MailTransport } from './mail/mail-transport.js';
import { createSendHandlers } from './mail/send.handler.js';
import { createTemplates } from './mail/templates.service.js';
import type { HeldOrders } from './questionnaire/held-orders.js';
import { questionnaireRoutes } from './questionnaire/questionnaire.routes.js';
import { createSettings, type LinkKeys } from './settings.service.js';
import { invitationTemplateRoutes } from './templates.routes.js';

export type { BccMessage } from './bcc/bcc-intake.js';
export type * from './invitations.types.js';
export type { BusinessLinkPayload } from './links/business-link.js';
export { openBusinessLink, sealBusinessLink } from './links/business-link.js';
export type { HeldOrder, HeldOrders } from './questionnaire/held-orders.js';
export type { LinkKeys } from './settings.service.js';

/** Largest BCC message accepted (552 above it) and most recipients per message (452 above). */
export const BCC_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRecipients: 10 } as const;

export interface InvitationsService {
  /** Creates an invitation or returns the one holding its dedupe key (`created: false`). */
  create(accountId: string, input: InvitationInput): Promise<CreateResult>;
  get(accountId: string, id: string): Promise<Invitation>;
  list(accountId: string, query: InvitationQuery): Promise<Page<Invitation>>;
  cancel(accountId: string, id: string): Promise<Invitation>;
  settings(accountId: string, channelId: string): Promise<InvitationSettings>;
  updateSettings(accountId: string, channelId: string, patch: SettingsPatch): Promise<InvitationSettings>;
  linkKeys(accountId: string, channelId: string): Promise<LinkKeys>;
  /** Adds the address to the channel's suppression list; its scheduled invitations are suppressed. */
  suppress(accountId: string, channelId: string, email: string): Promise<void>;
  /** Starts the BCC SMTP receiver (the `mail` role does it on config.mail.bccPort). */
  startMailReceiver(options?: { host?: string; port?: number }): Promise<RunningReceiver>;
  /** Mails received at a channel's BCC address. */
  bccMessages: BccIntake['list'];
}

export function createInvitations(
  ctx: ModuleContext,
  deps: { contacts: ContactsService; reviews: ReviewsCore; orders: HeldOrders },
): {
  service: InvitationsService;
  routes: (app: HttpServer) => Promise<void>;
  start: (roles: readonly Role[]) => Promise<(() => Promise<void>) | undefined>;
  resealSecrets: () => Promise<number>;
} {
  const db = ctx.database.db as Kysely<InvitationsTables>;
  const { clock, jobs, config } = ctx;
  const publicUrl = config.http.publicUrl;
  const settings = createSettings({ db, clock, secrets: ctx.secrets, config });
  const fairness = createFairness({ db, clock, jobs, contacts: deps.contacts });
  const ledger = createLedger({
    db,
    clock,
    jobs,
    settings,
    fairness,
    publicUrl,
    channels: ctx.accounts.channels,
  });
  const bcc = createBccIntake({ db, clock, settings, ledger });
  const templates = createTemplates({ db, clock, settings });

  let transport: MailTransport | undefined;
  const mailTransport = () => {
    transport ??= createMailTransport({
      ...(config.mail.smtpUrl ? { smtpUrl: config.mail.smtpUrl } : {}),
      dataDir: config.env.dataDir,
    });
    return transport;
  };
  const handlers = createSendHandlers({
    db,
    clock,
    jobs,
    ledger,
    fairness,
    settings,
    templates,
    from: config.mail.from,
    publicUrl,
    transport: mailTransport,
    channels: ctx.accounts.channels,
  });
  jobs.registerHandler<{ invitationId: string }>(SEND_JOB, (job) => handlers.sendInvitation(job));
  jobs.registerHandler<{ invitationId: string }>(REMIND_JOB, (job) => handlers.sendReminder(job));
  registerInvitationSubscribers({ jobs, clock, ledger, fairness, settings });

  async function startMailReceiver(options: { host?: string; port?: number } = {}): Promise<RunningReceiver> {
    return startBccReceiver({
      host: options.host ?? config.http.host,
      port: options.port ?? config.mail.bccPort,
      ...BCC_LIMITS,
      logger: ctx.logger.child({ component: 'bcc-smtp' }),
      async resolve(address) {
        const token = address.toLowerCase().split('@')[0] ?? '';
        const channel = await settings.channelOfBccToken(token);
        return channel && { ...channel, token };
      },
      accept: (raw, targets, from) => bcc.accept(raw, targets, from),
    });
  }

  const service: InvitationsService = {
    create: (accountId, input) => ledger.create(accountId, input),
    get: (accountId, id) => ledger.get(accountId, id),
    list: (accountId, query) => ledger.list(accountId, query),
    cancel: (accountId, id) => ledger.cancel(accountId, id),
    settings: (accountId, channelId) => settings.get(accountId, channelId),
    updateSettings: (accountId, channelId, patch) => settings.update(accountId, channelId, patch),
    linkKeys: (accountId, channelId) => settings.linkKeys(accountId, channelId),
    suppress: (accountId, channelId, email) =>
      fairness.suppress(accountId, channelId, email.trim().toLowerCase(), 'api'),
    startMailReceiver,
    bccMessages: (accountId, channelId, query) => bcc.list(accountId, channelId, query),
  };

  return {
    service,
    async routes(app) {
      // Two encapsulated plugins: each content-type parser stays inside its own routes.
      await app.register(
        questionnaireRoutes({
          db,
          clock,
          ledger,
          fairness,
          settings,
          reviews: deps.reviews,
          orders: deps.orders,
          channels: ctx.accounts.channels,
          publicUrl,
          rateLimitPerMinute: config.http.publicRateLimitPerMinute,
        }),
      );
      await app.register(
        invitationAdminRoutes({ accounts: ctx.accounts, ledger, settings, fairness, bcc, publicUrl }),
      );
      await app.register(
        invitationTemplateRoutes({
          accounts: ctx.accounts,
          templates,
          settings,
          transport: mailTransport,
          from: config.mail.from,
          publicUrl,
        }),
      );
    },
    async start(roles) {
      if (!roles.includes('mail')) return undefined;
      const receiver = await listenOrExplain(() => startMailReceiver(), 'BCC_SMTP_PORT', config.mail.bccPort);
      ctx.logger.info({ port: receiver.port }, 'BCC mail receiver listening');
      return async () => {
        await receiver.stop();
        transport?.close();
      };
    },
    resealSecrets: () => settings.resealUnderCurrentKey(),
  };
}
