import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Jobs } from '../../platform/jobs/index.js';
import { remindJobKey, sendJobKey } from './fairness.service.js';
import type { InvitationsTable, InvitationsTables } from './invitations.tables.js';

/** Why Trustloop's own mail for an order was called off: its ESP sends the invitation instead. */
export const ESP_SENDS_REASON = 'esp_sends';

/**
 * Once an ESP holds an order's questionnaire link for sending (a Klaviyo flow, or the channel's
 * "the ESP sends" switch), Trustloop must not mail that order too, whichever came first (R4):
 *
 * - `takeOver`: the invitation the ESP asked for already existed (the automatic trigger
 *   scheduled it): it becomes the ESP's — delivered by the ESP, `sent` now, its send and
 *   reminder jobs cancelled. Answers the row as it now is, and whether it changed.
 * - `cancelOwnMail`: any other invitation of the same channel, email and order that Trustloop
 *   was still to mail (another review type) is cancelled with the reason `esp_sends`.
 * - `espInvitationOf`: before Trustloop schedules its own mail for an order, the invitation an
 *   ESP already sends for it (any type, under any of the order's references), if any: the new
 *   request is then a duplicate.
 */
/** Trustloop's own mail for the same channel, email and order reference as `keep`, other than it. */
function ownMailBeside(keep: { id: string; channelId: string; email: string; orderRef: string }) {
  return (eb: ExpressionBuilder<InvitationsTables, 'invitations'>) =>
    eb.and([
      eb('channel_id', '=', keep.channelId),
      eb('email', '=', keep.email),
      eb('order_ref', '=', keep.orderRef),
      eb('id', '!=', keep.id),
      eb('delivery', '=', 'email'),
    ]);
}

export function espHandover(jobs: Jobs) {
  return {
    async takeOver(
      trx: Kysely<InvitationsTables>,
      row: Selectable<InvitationsTable>,
      now: Date,
    ): Promise<{ row: Selectable<InvitationsTable>; changed: boolean }> {
      if (row.delivery === 'esp' || (row.state !== 'scheduled' && row.state !== 'sent')) {
        return { row, changed: false };
      }
      if (row.delivery === 'email' && row.state === 'sent') {
        // Trustloop mailed it already: that mail is out, but no reminder follows it.
        await jobs.cancelByDedupeKey(trx, remindJobKey(row.id));
        return { row, changed: false };
      }
      const updated = await trx
        .updateTable('invitations')
        .set({
          delivery: 'esp',
          state: 'sent',
          sent_at: row.sent_at ?? now.toISOString(),
          updated_at: now.toISOString(),
        })
        .where('id', '=', row.id)
        .where('state', '=', row.state)
        .returningAll()
        .executeTakeFirst();
      if (!updated) return { row, changed: false };
      await jobs.cancelByDedupeKey(trx, sendJobKey(row.id));
      await jobs.cancelByDedupeKey(trx, remindJobKey(row.id));
      return { row: updated, changed: row.state === 'scheduled' };
    },

    async cancelOwnMail(
      trx: Kysely<InvitationsTables>,
      keep: { id: string; channelId: string; email: string; orderRef: string },
      now: Date,
    ): Promise<void> {
      const cancelled = await trx
        .updateTable('invitations')
        .set({ state: 'cancelled', state_reason: ESP_SENDS_REASON, updated_at: now.toISOString() })
        .where(ownMailBeside(keep))
        .where('state', '=', 'scheduled')
        .returning('id')
        .execute();
      for (const { id } of cancelled) {
        await jobs.cancelByDedupeKey(trx, sendJobKey(id));
        await jobs.cancelByDedupeKey(trx, remindJobKey(id));
      }
      // Mailed already by Trustloop: that mail is out, but no reminder follows it.
      const sent = await trx
        .selectFrom('invitations')
        .select('id')
        .where(ownMailBeside(keep))
        .where('state', '=', 'sent')
        .execute();
      for (const { id } of sent) await jobs.cancelByDedupeKey(trx, remindJobKey(id));
    },

    async espInvitationOf(
      db: Kysely<InvitationsTables>,
      where: { channelId: string; email: string; orderRefs: readonly string[] },
    ): Promise<Selectable<InvitationsTable> | undefined> {
      return db
        .selectFrom('invitations')
        .selectAll()
        .where('channel_id', '=', where.channelId)
        .where('email', '=', where.email)
        .where('order_ref', 'in', [...new Set(where.orderRefs)])
        .where('delivery', '=', 'esp')
        .where('state', 'in', ['sent', 'completed'])
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
    },
  };
}
