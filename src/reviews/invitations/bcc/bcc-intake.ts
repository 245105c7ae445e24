import type { Kysely } from 'kysely';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Clock } from '../../../platform/clock.js';
import { AppError } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import type { Ledger } from '../invitations.service.js';
import type { InvitationsTables } from '../invitations.tables.js';
import type { Settings } from '../settings.service.js';
import { extractFromBcc } from './bcc-parser.js';
import { alreadyInvited, BCC_REASONS, type BccReasonCode, bccReasonCode } from './bcc-reasons.js';
import type { BccTarget } from './bcc-receiver.js';

const DAY_MS = 86_400_000;

export interface BccMessage {
  id: string;
  status: 'scheduled' | 'duplicate' | 'unparsed';
  reason: string | null;
  /** The reason's code, for the admin to word in the merchant's language (bcc-reasons.ts). */
  reasonCode: BccReasonCode | null;
  mailFrom: string | null;
  subject: string | null;
  recipient: string | null;
  orderNumber: string | null;
  invitationId: string | null;
  sizeBytes: number;
  receivedAt: string;
}

/**
 * Turns a received BCC copy into an invitation after the channel's delay, or keeps it as
 * `unparsed` with the reason, visible to the merchant.
 */
export function createBccIntake(deps: {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  settings: Settings;
  ledger: Ledger;
}) {
  const { db, clock, settings, ledger } = deps;

  async function record(
    target: BccTarget,
    message: Omit<BccMessage, 'id' | 'receivedAt' | 'reasonCode'>,
  ): Promise<string> {
    const id = newId('bcc', clock.now().getTime());
    await db
      .insertInto('invitation_bcc_messages')
      .values({
        id,
        account_id: target.accountId,
        channel_id: target.channelId,
        status: message.status,
        reason: message.reason?.slice(0, 500) ?? null,
        mail_from: message.mailFrom?.slice(0, 320) ?? null,
        subject: message.subject?.slice(0, 500) ?? null,
        recipient: message.recipient,
        order_number: message.orderNumber,
        invitation_id: message.invitationId,
        size_bytes: message.sizeBytes,
        received_at: clock.now().toISOString(),
      })
      .execute();
    return id;
  }

  async function intakeOne(
    raw: Buffer,
    mail: ParsedMail | undefined,
    target: BccTarget,
    from: string | null,
  ) {
    const base = { mailFrom: from, sizeBytes: raw.length, subject: mail?.subject ?? null };
    if (!mail) {
      return record(target, {
        ...base,
        status: 'unparsed',
        reason: BCC_REASONS.unreadable,
        recipient: null,
        orderNumber: null,
        invitationId: null,
      });
    }
    const extraction = extractFromBcc(
      mail,
      (address) => address.toLowerCase().split('@')[0] === target.token,
    );
    if (!extraction.ok) {
      return record(target, {
        ...base,
        status: 'unparsed',
        reason: extraction.reason,
        recipient: extraction.email ?? null,
        orderNumber: extraction.orderNumber ?? null,
        invitationId: null,
      });
    }
    const config = await settings.get(target.accountId, target.channelId);
    try {
      const { invitation, created } = await ledger.create(
        target.accountId,
        {
          channelId: target.channelId,
          email: extraction.email,
          name: extraction.name,
          orderNumber: extraction.orderNumber,
          locale: extraction.locale,
          products: extraction.products,
          method: 'bcc',
          scheduledAt: new Date(clock.now().getTime() + config.delayDays * DAY_MS),
        },
        '/mail',
      );
      return record(target, {
        ...base,
        status: created ? 'scheduled' : 'duplicate',
        reason: created ? null : alreadyInvited(invitation.method),
        recipient: extraction.email,
        orderNumber: extraction.orderNumber,
        invitationId: invitation.id,
      });
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      return record(target, {
        ...base,
        status: 'unparsed',
        reason: error.message,
        recipient: extraction.email,
        orderNumber: extraction.orderNumber,
        invitationId: null,
      });
    }
  }

  return {
    async accept(raw: Buffer, targets: BccTarget[], from: string | null): Promise<string[]> {
      let mail: ParsedMail | undefined;
      try {
        mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
      } catch {
        mail = undefined;
      }
      const refs: string[] = [];
      for (const target of targets) refs.push(await intakeOne(raw, mail, target, from));
      return refs;
    },

    async list(
      accountId: string,
      channelId: string,
      query: { status?: string; limit: number },
    ): Promise<BccMessage[]> {
      let select = db
        .selectFrom('invitation_bcc_messages')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId);
      if (query.status) select = select.where('status', '=', query.status);
      const rows = await select.orderBy('id', 'desc').limit(query.limit).execute();
      return rows.map((row) => ({
        id: row.id,
        status: row.status as BccMessage['status'],
        reason: row.reason,
        reasonCode: bccReasonCode(row.reason),
        mailFrom: row.mail_from,
        subject: row.subject,
        recipient: row.recipient,
        orderNumber: row.order_number,
        invitationId: row.invitation_id,
        sizeBytes: row.size_bytes,
        receivedAt: row.received_at,
      }));
    },
  };
}

export type BccIntake = ReturnType<typeof createBccIntake>;
