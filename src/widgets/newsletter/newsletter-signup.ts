/**
 * The newsletter sign-up behind <trustloop-newsletter> and its no-JavaScript form (W3).
 *
 * Single opt-in (the channel's default): the consent is recorded as subscribed at once.
 * Double opt-in (widget settings `newsletter.doubleOptIn`): the consent is recorded as pending
 * and a confirmation email is sent by a job; the shopper's confirmation turns it into a
 * subscribed double opt-in (C2). Either way the consent change is what loyalty awards the
 * newsletter points for, once per member (ledger key `newsletter:<member>`), so repeats,
 * double clicks and a second confirmation award nothing more.
 */
import type { Channel, ModuleContext } from '../../accounts/index.js';
import type { ContactsService } from '../../contacts/index.js';
import type { Locale } from '../../platform/i18n/index.js';
import type { Job } from '../../platform/jobs/index.js';
import type { MailTransport } from '../../platform/mail/mail-transport.js';
import type { WidgetSettingsService } from '../widget-settings.js';
import { composeConfirmationMail } from './newsletter-pages.js';
import { openConfirmToken, signConfirmToken } from './newsletter-tokens.js';

export const CONFIRMATION_JOB = 'widgets.newsletter-confirmation';
/** One confirmation email per address and channel in this window, however often the form is sent. */
const RESEND_WINDOW_MS = 10 * 60_000;

interface ConfirmationPayload {
  channelId: string;
  accountId: string;
  email: string;
  locale: Locale;
}

export type SignUpStatus = 'subscribed' | 'pending';
export type ConfirmOutcome = { confirmed: true; email: string; locale: Locale } | { confirmed: false };

export function createNewsletterSignup(deps: {
  ctx: ModuleContext;
  contacts: ContactsService;
  settings: WidgetSettingsService;
  transport: () => MailTransport;
}) {
  const { ctx, contacts, settings } = deps;
  const secretOf = async (channelId: string) => {
    const secret = await ctx.accounts.channels.signingSecretOf(channelId);
    if (!secret) throw new Error(`channel ${channelId} has no signing secret`);
    return secret;
  };

  /** Records the shopper's opt-in: subscribed at once, or pending with a confirmation email. */
  async function signUp(channel: Channel, email: string, locale: Locale): Promise<SignUpStatus> {
    const { newsletter } = await settings.read(channel.id);
    const now = ctx.clock.now();
    return ctx.database.db.transaction().execute(async (trx) => {
      const result = await contacts.changeConsent(trx, {
        accountId: channel.accountId,
        channelId: channel.id,
        email,
        // A pending request from someone already subscribed changes nothing (consent machine rule 3).
        status: newsletter.doubleOptIn ? 'pending' : 'subscribed',
        source: 'widget',
        changedAt: now.toISOString(),
      });
      if (result.status !== 'pending') return 'subscribed';
      const window = Math.floor(now.getTime() / RESEND_WINDOW_MS);
      const normalized = email.trim().toLowerCase();
      await ctx.jobs.enqueue<ConfirmationPayload>(trx, {
        kind: CONFIRMATION_JOB,
        payload: { channelId: channel.id, accountId: channel.accountId, email: normalized, locale },
        accountId: channel.accountId,
        dedupeKey: `${CONFIRMATION_JOB}:${channel.id}:${normalized}:${window}`,
      });
      return 'pending';
    });
  }

  /** The job: emails the confirmation link, unless the address is no longer waiting for one. */
  async function sendConfirmation(job: Job<ConfirmationPayload>): Promise<void> {
    const { channelId, accountId, email, locale } = job.payload;
    if ((await contacts.getConsent(channelId, email)) !== 'pending') return;
    const channel = await ctx.accounts.channels.get(accountId, channelId);
    const now = ctx.clock.now();
    const token = signConfirmToken(await secretOf(channelId), { channelId, email, locale }, now);
    const link = `${ctx.config.http.publicUrl}/public/v1/channels/${channel.publicId}/newsletter/confirm?token=${token}`;
    const mail = composeConfirmationMail({ locale, shop: channel.name, email, link });
    await deps
      .transport()
      .send(
        { from: ctx.config.mail.from, to: email, ...mail },
        `newsletter-confirmation-${channelId}-${email}-${job.id}`,
      );
  }

  /** The claims of a valid confirmation token for this channel, else null. */
  async function readConfirmToken(channel: Channel, token: string) {
    const claims = openConfirmToken(await secretOf(channel.id), token, ctx.clock.now());
    return claims && claims.channelId === channel.id ? claims : null;
  }

  /**
   * Confirms a pending opt-in. Only a pending (or already confirmed) address is confirmed: a
   * shopper who unsubscribed since the email was sent is not subscribed again by an old link.
   */
  async function confirm(channel: Channel, token: string): Promise<ConfirmOutcome> {
    const claims = await readConfirmToken(channel, token);
    if (!claims) return { confirmed: false };
    const status = await contacts.getConsent(channel.id, claims.email);
    if (status === 'subscribed') return { confirmed: true, email: claims.email, locale: claims.locale };
    if (status !== 'pending') return { confirmed: false };
    await ctx.database.db.transaction().execute((trx) =>
      contacts.changeConsent(trx, {
        accountId: channel.accountId,
        channelId: channel.id,
        email: claims.email,
        status: 'subscribed',
        source: 'widget',
        doubleOptIn: true,
        changedAt: ctx.clock.now().toISOString(),
      }),
    );
    return { confirmed: true, email: claims.email, locale: claims.locale };
  }

  ctx.jobs.registerHandler<ConfirmationPayload>(CONFIRMATION_JOB, (job) => sendConfirmation(job));

  return { signUp, readConfirmToken, confirm };
}

export type NewsletterSignup = ReturnType<typeof createNewsletterSignup>;
