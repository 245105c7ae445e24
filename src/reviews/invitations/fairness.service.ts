import type { Kysely } from 'kysely';
import type { ContactsService } from '../../contacts/index.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import type { Jobs } from '../../platform/jobs/index.js';
import type { InvitationsTables } from './invitations.tables.js';
import type { Delivery, InvitationSettings } from './invitations.types.js';

const DAY_MS = 86_400_000;
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export const sendJobKey = (invitationId: string) => `invitation.send:${invitationId}`;
export const remindJobKey = (invitationId: string) => `invitation.remind:${invitationId}`;

/** Lower-cased, trimmed email; throws a 400 naming `field` when it is not an address. */
export function normalizeEmail(raw: unknown, field: string): string {
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (email.length > 254 || !EMAIL.test(email)) throw AppError.invalid(field, 'is not an email address');
  return email;
}

/** The order reference every method agrees on: `#1001`, `1001` and ` 1001 ` are one order. */
export function normalizeOrderRef(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const ref = raw.trim().replace(/^#\s*/, '').replace(/\s+/g, ' ').toLowerCase();
  return ref === '' ? null : ref;
}

export interface FairnessDeps {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  jobs: Jobs;
  contacts: ContactsService;
}

/**
 * Who may be invited (R4): the channel's suppression list, blocks on cancelled or fully
 * refunded orders, explicit consent (Germany) and the per-email cooldown. Never sentiment.
 */
export function createFairness({ db, clock, jobs, contacts }: FairnessDeps) {
  async function isSuppressed(channelId: string, email: string): Promise<boolean> {
    const found = await db
      .selectFrom('invitation_suppressions')
      .select('email')
      .where('channel_id', '=', channelId)
      .where('email', '=', email)
      .executeTakeFirst();
    return found !== undefined;
  }

  async function orderBlock(channelId: string, orderRef: string | null): Promise<string | undefined> {
    if (orderRef === null) return undefined;
    const found = await db
      .selectFrom('invitation_order_blocks')
      .select('reason')
      .where('channel_id', '=', channelId)
      .where('order_ref', '=', orderRef)
      .executeTakeFirst();
    return found?.reason;
  }

  /** Cancels the send job and the reminder of invitations leaving the `scheduled`/`sent` states. */
  async function cancelJobs(executor: Kysely<InvitationsTables>, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      await jobs.cancelByDedupeKey(executor, sendJobKey(id));
      await jobs.cancelByDedupeKey(executor, remindJobKey(id));
    }
  }

  /** Moves the channel's live invitations for this email or order to `state`, with their jobs. */
  async function stopInvitations(
    where: { channelId: string; email?: string; orderRef?: string },
    state: 'cancelled' | 'suppressed',
    reason: string,
    fromStates: readonly string[],
  ): Promise<number> {
    return db.transaction().execute(async (trx) => {
      let query = trx
        .updateTable('invitations')
        .set({ state, state_reason: reason, updated_at: clock.now().toISOString() })
        .where('channel_id', '=', where.channelId)
        .where('state', 'in', [...fromStates]);
      if (where.email !== undefined) query = query.where('email', '=', where.email);
      if (where.orderRef !== undefined) query = query.where('order_ref', '=', where.orderRef);
      const stopped = await query.returning('id').execute();
      await cancelJobs(
        trx,
        stopped.map((row) => row.id),
      );
      return stopped.length;
    });
  }

  return {
    cancelJobs,

    /**
     * Why this invitation must not go out now, or undefined when it may. A link-only
     * invitation contacts nobody, so only the order block applies to it.
     */
    async refusal(
      settings: InvitationSettings,
      email: string,
      orderRef: string | null,
      delivery: Delivery,
      options: { cooldown?: boolean } = {},
    ): Promise<{ state: 'cancelled' | 'suppressed'; reason: string } | undefined> {
      const blocked = await orderBlock(settings.channelId, orderRef);
      if (blocked) return { state: 'cancelled', reason: blocked };
      if (delivery === 'link') return undefined;
      if (await isSuppressed(settings.channelId, email))
        return { state: 'suppressed', reason: 'unsubscribed' };
      // Consent is read from contacts, its source of truth, at the moment of sending.
      if (
        settings.explicitConsent &&
        (await contacts.getConsent(settings.channelId, email)) !== 'subscribed'
      ) {
        return { state: 'suppressed', reason: 'no_consent' };
      }
      const cooldownApplies = orderRef === null || settings.cooldownScope === 'all';
      if (options.cooldown !== false && settings.cooldownDays > 0 && cooldownApplies) {
        const since = new Date(clock.now().getTime() - settings.cooldownDays * DAY_MS).toISOString();
        const recent = db
          .selectFrom('invitations')
          .select('id')
          .where('channel_id', '=', settings.channelId)
          .where('email', '=', email)
          .where('state', 'in', ['scheduled', 'sent', 'completed'])
          .where('delivery', '!=', 'link')
          .where('created_at', '>', since);
        if (await recent.executeTakeFirst()) return { state: 'suppressed', reason: 'cooldown' };
      }
      return undefined;
    },

    async suppress(accountId: string, channelId: string, email: string, source: string): Promise<void> {
      await db
        .insertInto('invitation_suppressions')
        .values({
          channel_id: channelId,
          email,
          account_id: accountId,
          source,
          created_at: clock.now().toISOString(),
        })
        .onConflict((oc) => oc.columns(['channel_id', 'email']).doNothing())
        .execute();
      await stopInvitations({ channelId, email }, 'suppressed', 'unsubscribed', ['scheduled']);
      // Already sent: the link stays usable, but no reminder follows an unsubscribe.
      const sent = await db
        .selectFrom('invitations')
        .select('id')
        .where('channel_id', '=', channelId)
        .where('email', '=', email)
        .where('state', '=', 'sent')
        .execute();
      for (const row of sent) await jobs.cancelByDedupeKey(db, remindJobKey(row.id));
    },

    async unsuppress(channelId: string, email: string): Promise<boolean> {
      const result = await db
        .deleteFrom('invitation_suppressions')
        .where('channel_id', '=', channelId)
        .where('email', '=', email)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async listSuppressions(channelId: string) {
      const rows = await db
        .selectFrom('invitation_suppressions')
        .select(['email', 'source', 'created_at'])
        .where('channel_id', '=', channelId)
        .orderBy('created_at', 'desc')
        .limit(1000)
        .execute();
      return rows.map((row) => ({ email: row.email, source: row.source, createdAt: row.created_at }));
    },

    /** A cancelled or fully refunded order: nothing is sent for it, now or later. */
    async blockOrder(channelId: string, orderRef: string, reason: string): Promise<number> {
      await db
        .insertInto('invitation_order_blocks')
        .values({ channel_id: channelId, order_ref: orderRef, reason, created_at: clock.now().toISOString() })
        .onConflict((oc) => oc.columns(['channel_id', 'order_ref']).doNothing())
        .execute();
      return stopInvitations({ channelId, orderRef }, 'cancelled', reason, ['scheduled']);
    },

    orderBlock,
    isSuppressed,

    /** GDPR erasure: the email's invitations and mails go; its suppression stays (it is the opt-out). */
    async erase(channelId: string, email: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('invitations')
          .select('id')
          .where('channel_id', '=', channelId)
          .where('email', '=', email)
          .execute();
        await cancelJobs(
          trx,
          rows.map((row) => row.id),
        );
        await trx
          .deleteFrom('invitations')
          .where('channel_id', '=', channelId)
          .where('email', '=', email)
          .execute();
        await trx
          .deleteFrom('invitation_bcc_messages')
          .where('channel_id', '=', channelId)
          .where('recipient', '=', email)
          .execute();
      });
    },
  };
}

export type Fairness = ReturnType<typeof createFairness>;
