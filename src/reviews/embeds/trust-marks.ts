import type { Kysely } from 'kysely';
import type { Accounts } from '../../accounts/index.js';
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { EmbedsTables, TrustMarkAuditTable } from './embeds.tables.js';

export interface TrustMarkEntry {
  id: string;
  channelId: string;
  action: 'granted' | 'revoked';
  actor: string;
  reference: string | null;
  note: string | null;
  createdAt: string;
}

const toEntry = (row: TrustMarkAuditTable): TrustMarkEntry => ({
  id: row.id,
  channelId: row.channel_id,
  action: row.action as TrustMarkEntry['action'],
  actor: row.actor,
  reference: row.reference,
  note: row.note,
  createdAt: row.created_at,
});

/**
 * The "certified" trust mark per channel. Showing a trust mark without authorisation is a
 * blacklisted commercial practice in the EU (Directive 2005/29/EC, Annex I no. 2), so no
 * merchant credential can set it: only the instance operator grants or revokes it (the
 * `trustloop trust-mark` command, which needs the instance's database, not an API key), and
 * each change is one append-only audit entry written in the same transaction as the flag.
 */
export function createTrustMarks(deps: {
  db: Kysely<EmbedsTables>;
  clock: Clock;
  /** The accounts door's lookup by id: an operator names the channel, not its account. */
  channelById: Accounts['channels']['byId'];
  /** Creates the channel's embeds row when it has none yet. */
  ensureRow(accountId: string, channelId: string): Promise<unknown>;
}) {
  const { db, clock } = deps;

  async function channelOf(channelId: string) {
    const channel = await deps.channelById(channelId);
    if (!channel) throw AppError.notFound(`channel ${channelId}`);
    return channel;
  }

  async function change(
    channelId: string,
    action: TrustMarkEntry['action'],
    input: { actor: string; reference?: string | null; note?: string | null },
  ): Promise<TrustMarkEntry> {
    const actor = input.actor.trim();
    if (!actor) throw AppError.invalid('actor', 'name the operator who decides (e.g. ops:jan)');
    const reference = input.reference?.trim() || null;
    if (action === 'granted' && !reference)
      throw AppError.invalid('reference', 'a grant needs the certificate or decision it rests on');
    const channel = await channelOf(channelId);
    await deps.ensureRow(channel.accountId, channel.id);
    const now = clock.now();
    const row: TrustMarkAuditTable = {
      id: newId('tma', now.getTime()),
      account_id: channel.accountId,
      channel_id: channel.id,
      action,
      actor: actor.slice(0, 200),
      reference: reference?.slice(0, 500) ?? null,
      note: input.note?.trim().slice(0, 1000) || null,
      created_at: now.toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('connector_email_embeds')
        .set({ certified: action === 'granted' ? 1 : 0, updated_at: row.created_at })
        .where('channel_id', '=', channel.id)
        .execute();
      await trx.insertInto('trust_mark_audit').values(row).execute();
    });
    return toEntry(row);
  }

  return {
    grant: (channelId: string, input: { actor: string; reference: string; note?: string | null }) =>
      change(channelId, 'granted', input),
    revoke: (channelId: string, input: { actor: string; note?: string | null }) =>
      change(channelId, 'revoked', input),
    /** The channel's grants and revocations, newest first. */
    async history(channelId: string): Promise<TrustMarkEntry[]> {
      const rows = await db
        .selectFrom('trust_mark_audit')
        .selectAll()
        .where('channel_id', '=', channelId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toEntry);
    },
  };
}

export type TrustMarks = ReturnType<typeof createTrustMarks>;
