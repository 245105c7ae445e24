import type { Kysely } from 'kysely';
import type { Accounts } from '../../../accounts/index.js';
import type { Clock } from '../../../platform/clock.js';
import { resolveLocale } from '../../../platform/i18n/index.js';
import type { Job, Jobs } from '../../../platform/jobs/index.js';
import { REVIEWS_EVENTS } from '../../reviews.events.js';
import { type Fairness, remindJobKey } from '../fairness.service.js';
import { type Ledger, REMIND_JOB } from '../invitations.service.js';
import type { InvitationsTables } from '../invitations.tables.js';
import type { Delivery } from '../invitations.types.js';
import type { Settings } from '../settings.service.js';
import { composeInvitationMail } from './invitation-mail.js';
import type { MailTransport } from './mail-transport.js';
import type { TemplateKind } from './templates.js';
import type { Templates } from './templates.service.js';

const DAY_MS = 86_400_000;

export interface SendDeps {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  jobs: Jobs;
  ledger: Ledger;
  fairness: Fairness;
  settings: Settings;
  templates: Templates;
  transport: () => MailTransport;
  from: string;
  publicUrl: string;
  /** The accounts door's channels: the shop's name and time zone in the email. */
  channels: Pick<Accounts['channels'], 'get'>;
}

type InvitationJob = Job<{ invitationId: string }>;

/**
 * The due-dated jobs that email invitations and reminders. Eligibility is checked again at
 * send time: the order may have been cancelled, the address unsubscribed, consent withdrawn.
 */
export function createSendHandlers(deps: SendDeps) {
  const { db, clock, jobs, ledger, fairness, settings } = deps;

  async function sendInvitation(job: InvitationJob): Promise<void> {
    const row = await ledger.byId(job.payload.invitationId);
    if (row?.state !== 'scheduled') return;
    const config = await settings.get(row.account_id, row.channel_id);
    const now = clock.now();
    const refusal = await fairness.refusal(config, row.email, row.order_ref, row.delivery as Delivery, {
      cooldown: false,
    });
    if (refusal) {
      await db
        .updateTable('invitations')
        .set({ state: refusal.state, state_reason: refusal.reason, updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .where('state', '=', 'scheduled')
        .execute();
      return;
    }
    if (row.link_expires_at <= now.toISOString()) return;
    if (config.espSends) {
      // The switch was turned on after scheduling: the ESP has the link from invitation.created.
      await db
        .updateTable('invitations')
        .set({ delivery: 'esp', state: 'sent', sent_at: now.toISOString(), updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .where('state', '=', 'scheduled')
        .execute();
      return;
    }
    const invitation = ledger.toInvitation(row);
    const message = composeInvitationMail({
      invitation,
      channel: await channelOfMail(row),
      settings: config,
      from: deps.from,
      publicUrl: deps.publicUrl,
      token: row.link_token,
      reminder: false,
      template: await templateOf(row, 'invitation'),
    });
    await deps.transport().send(message, `${row.id}-invitation`);
    await db.transaction().execute(async (trx) => {
      const sent = await trx
        .updateTable('invitations')
        .set({ state: 'sent', sent_at: now.toISOString(), updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .where('state', '=', 'scheduled')
        .returningAll()
        .executeTakeFirst();
      if (!sent) return;
      await jobs.appendEvents(trx, [
        {
          type: REVIEWS_EVENTS.invitationSent,
          accountId: row.account_id,
          channelId: row.channel_id,
          payload: ledger.eventOf(ledger.toInvitation(sent)),
        },
      ]);
      if (config.reminderDays !== null) {
        await jobs.enqueue(trx, {
          kind: REMIND_JOB,
          payload: { invitationId: row.id },
          runAt: new Date(now.getTime() + config.reminderDays * DAY_MS),
          dedupeKey: remindJobKey(row.id),
          accountId: row.account_id,
        });
      }
    });
  }

  /** The merchant's template in the invitation's language (the catalogue's when none is stored). */
  function templateOf(row: { account_id: string; channel_id: string; locale: string }, kind: TemplateKind) {
    return deps.templates.get(row.account_id, row.channel_id, kind, resolveLocale(row.locale));
  }

  async function channelOfMail(row: { account_id: string; channel_id: string }) {
    const channel = await deps.channels.get(row.account_id, row.channel_id);
    return { name: channel.name, timeZone: channel.timeZone };
  }

  async function sendReminder(job: InvitationJob): Promise<void> {
    const row = await ledger.byId(job.payload.invitationId);
    if (row?.state !== 'sent' || row.used_at !== null || row.reminded_at !== null) return;
    const config = await settings.get(row.account_id, row.channel_id);
    const now = clock.now();
    // Reminders switched off since, the link closed, or the address may no longer be contacted.
    if (config.reminderDays === null || config.espSends || row.link_expires_at <= now.toISOString()) return;
    const refusal = await fairness.refusal(config, row.email, row.order_ref, 'email', { cooldown: false });
    if (refusal) return;
    const message = composeInvitationMail({
      invitation: ledger.toInvitation(row),
      channel: await channelOfMail(row),
      settings: config,
      from: deps.from,
      publicUrl: deps.publicUrl,
      token: row.link_token,
      reminder: true,
      template: await templateOf(row, 'reminder'),
    });
    await deps.transport().send(message, `${row.id}-reminder`);
    await db
      .updateTable('invitations')
      .set({ reminded_at: now.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
  }

  return { sendInvitation, sendReminder };
}
