import type { Kysely, Selectable } from 'kysely';
import type { Accounts } from '../../accounts/index.js';
import type { Clock } from '../../platform/clock.js';
import { randomToken, sha256Hex } from '../../platform/crypto/index.js';
import { AppError } from '../../platform/errors.js';
import { resolveLocale } from '../../platform/i18n/index.js';
import { newId } from '../../platform/ids.js';
import type { Jobs, Page } from '../../platform/jobs/index.js';
import { keysetPage } from '../../platform/pages.js';
import { type InvitationEvent, type InvitationType, REVIEWS_EVENTS } from '../reviews.events.js';
import { espHandover } from './esp-handover.js';
import { type Fairness, normalizeEmail, normalizeOrderRef, sendJobKey } from './fairness.service.js';
import type { InvitationsTable, InvitationsTables } from './invitations.tables.js';
import type {
  CreateResult,
  Delivery,
  Invitation,
  InvitationInput,
  InvitationMethod,
  InvitationProduct,
  InvitationState,
} from './invitations.types.js';
import type { Settings } from './settings.service.js';

const DAY_MS = 86_400_000;
export const SEND_JOB = 'invitation.send';
export const REMIND_JOB = 'invitation.remind';

export interface InvitationQuery {
  channelId?: string;
  /** `opened`: sent, its questionnaire opened, not answered yet (and its link still open). */
  state?: InvitationState | 'opened';
  method?: InvitationMethod;
  email?: string;
  limit: number;
  cursor?: string;
}

export interface LedgerDeps {
  db: Kysely<InvitationsTables>;
  clock: Clock;
  jobs: Jobs;
  settings: Settings;
  fairness: Fairness;
  publicUrl: string;
  /** The accounts door's channels: each invitation's channel checked to be the account's. */
  channels: Pick<Accounts['channels'], 'get'>;
}

function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text.slice(0, max);
}

function cleanProducts(products: InvitationInput['products']): InvitationProduct[] {
  return (products ?? []).slice(0, 50).map((product) => {
    const sku = cleanText(product.sku, 200);
    return {
      sku,
      gtin: cleanText(product.gtin, 50),
      productId: cleanText(product.productId, 200),
      title: cleanText(product.title, 300) ?? sku ?? '',
      imageUrl: cleanText(product.imageUrl, 2000),
      productUrl: cleanText(product.productUrl, 2000),
    };
  });
}

/**
 * The invitation ledger: one row per channel + email + order + review type whatever the
 * method (the unique dedupe key decides, never a prior read), its link and its states.
 */
export function createLedger({ db, clock, jobs, settings, fairness, publicUrl, channels }: LedgerDeps) {
  const linkOf = (token: string) => `${publicUrl}/r/${token}`;
  const handover = espHandover(jobs);

  function toInvitation(row: Selectable<InvitationsTable>): Invitation {
    const live = row.state === 'scheduled' || row.state === 'sent';
    const expired = live && row.link_expires_at <= clock.now().toISOString();
    return {
      id: row.id,
      accountId: row.account_id,
      channelId: row.channel_id,
      email: row.email,
      name: row.name,
      orderId: row.order_id,
      orderNumber: row.order_number,
      products: JSON.parse(row.products) as InvitationProduct[],
      locale: row.locale,
      type: row.type as InvitationType,
      method: row.method as InvitationMethod,
      delivery: row.delivery as Delivery,
      state: expired ? 'expired' : (row.state as InvitationState),
      stateReason: row.state_reason,
      link: linkOf(row.link_token),
      linkExpiresAt: row.link_expires_at,
      scheduledAt: row.scheduled_at,
      sentAt: row.sent_at,
      remindedAt: row.reminded_at,
      openedAt: row.opened_at,
      completedAt: row.used_at,
      createdAt: row.created_at,
    };
  }

  function eventOf(invitation: Invitation): InvitationEvent {
    return {
      invitation: {
        invitationId: invitation.id,
        channelId: invitation.channelId,
        email: invitation.email,
        name: invitation.name,
        orderId: invitation.orderId,
        orderNumber: invitation.orderNumber,
        type: invitation.type,
        method: invitation.method,
        locale: invitation.locale,
        link: invitation.link,
        linkExpiresAt: invitation.linkExpiresAt,
        scheduledAt: invitation.scheduledAt,
        state: invitation.state,
      },
    };
  }

  return {
    toInvitation,
    eventOf,

    /**
     * Creates an invitation, or returns the one that already holds its dedupe key. Refused
     * recipients (suppressed, cooldown, no consent, cancelled order) are recorded with that
     * state, get no email and no `invitation.created` (connectors must not pass their link
     * on). `field` prefixes the names of invalid fields in errors.
     */
    async create(accountId: string, input: InvitationInput, field = '/body'): Promise<CreateResult> {
      const channel = await channels.get(accountId, input.channelId);
      const email = normalizeEmail(input.email, `${field}/email`);
      const config = await settings.get(accountId, channel.id);
      const type = input.type ?? config.reviewType;
      const orderNumber = cleanText(input.orderNumber, 100);
      const orderId = cleanText(input.orderId, 100);
      const orderRef = normalizeOrderRef(orderNumber ?? orderId);
      let delivery: Delivery = input.delivery ?? 'email';
      if (delivery === 'email' && config.espSends) delivery = 'esp';
      const now = clock.now();
      if (delivery === 'email' && orderRef !== null) {
        // An ESP already sends this order's invitation (any type): mailing it too would duplicate.
        const orderRefs = [
          orderRef,
          normalizeOrderRef(orderId),
          ...(input.orderAliases ?? []).map(normalizeOrderRef),
        ];
        const esp = await handover.espInvitationOf(db, {
          channelId: channel.id,
          email,
          orderRefs: orderRefs.filter((ref): ref is string => ref !== null),
        });
        if (esp) return { invitation: toInvitation(esp), created: false };
      }
      const scheduledAt = input.scheduledAt && input.scheduledAt > now ? input.scheduledAt : now;
      const refusal = await fairness.refusal(config, email, orderRef, delivery);
      const state: InvitationState = refusal?.state ?? (delivery === 'email' ? 'scheduled' : 'sent');
      const row: InvitationsTable = {
        id: newId('inv', now.getTime()),
        account_id: accountId,
        channel_id: channel.id,
        email,
        name: cleanText(input.name, 200),
        order_id: orderId,
        order_number: orderNumber,
        order_ref: orderRef,
        products: JSON.stringify(cleanProducts(input.products)),
        locale: resolveLocale(input.locale, channel.defaultLocale),
        type,
        method: input.method,
        delivery,
        state,
        state_reason: refusal?.reason ?? null,
        dedupe_key: orderRef === null ? null : sha256Hex(`${channel.id}\n${email}\n${orderRef}\n${type}`),
        link_token: randomToken(24),
        link_expires_at: new Date(now.getTime() + config.linkValidityDays * DAY_MS).toISOString(),
        scheduled_at: scheduledAt.toISOString(),
        sent_at: state === 'sent' ? now.toISOString() : null,
        reminded_at: null,
        used_at: null,
        opened_at: null,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('invitations')
          .values(row)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!inserted) {
          let existing = await trx
            .selectFrom('invitations')
            .selectAll()
            .where('dedupe_key', '=', row.dedupe_key)
            .executeTakeFirstOrThrow();
          if (delivery === 'esp' && orderRef !== null) {
            // The ESP now holds this link for sending: Trustloop's own mail (and reminder) is off.
            const taken = await handover.takeOver(trx, existing, now);
            existing = taken.row;
            await handover.cancelOwnMail(
              trx,
              { id: existing.id, channelId: channel.id, email, orderRef },
              now,
            );
            if (taken.changed) {
              await jobs.appendEvents(trx, [
                {
                  type: REVIEWS_EVENTS.invitationSent,
                  accountId,
                  channelId: channel.id,
                  payload: eventOf(toInvitation(existing)),
                },
              ]);
            }
          }
          return { invitation: toInvitation(existing), created: false };
        }
        if (delivery === 'esp' && orderRef !== null && state === 'sent') {
          await handover.cancelOwnMail(trx, { id: row.id, channelId: channel.id, email, orderRef }, now);
        }
        const invitation = toInvitation(inserted);
        if (state === 'scheduled') {
          await jobs.enqueue(trx, {
            kind: SEND_JOB,
            payload: { invitationId: row.id },
            runAt: scheduledAt,
            dedupeKey: sendJobKey(row.id),
            accountId,
          });
        }
        if (state === 'scheduled' || state === 'sent') {
          await jobs.appendEvents(trx, [
            {
              type: REVIEWS_EVENTS.invitationCreated,
              accountId,
              channelId: channel.id,
              payload: eventOf(invitation),
            },
          ]);
        }
        return { invitation, created: true };
      });
    },

    async get(accountId: string, id: string): Promise<Invitation> {
      const row = await db
        .selectFrom('invitations')
        .selectAll()
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      if (!row) throw AppError.notFound('invitation');
      return toInvitation(row);
    },

    /** Newest first. */
    async list(accountId: string, query: InvitationQuery): Promise<Page<Invitation>> {
      let select = db.selectFrom('invitations').selectAll().where('account_id', '=', accountId);
      if (query.channelId) select = select.where('channel_id', '=', query.channelId);
      if (query.email) select = select.where('email', '=', query.email.trim().toLowerCase());
      if (query.method) select = select.where('method', '=', query.method);
      if (query.cursor) select = select.where('id', '<', query.cursor);
      const nowIso = clock.now().toISOString();
      if (query.state === 'expired') {
        select = select.where('state', 'in', ['scheduled', 'sent']).where('link_expires_at', '<=', nowIso);
      } else if (query.state === 'opened') {
        select = select
          .where('state', '=', 'sent')
          .where('opened_at', 'is not', null)
          .where('link_expires_at', '>', nowIso);
      } else if (query.state === 'scheduled' || query.state === 'sent') {
        select = select.where('state', '=', query.state).where('link_expires_at', '>', nowIso);
      } else if (query.state) {
        select = select.where('state', '=', query.state);
      }
      const rows = await select
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      return keysetPage(rows, query.limit, toInvitation, (invitation) => invitation.id);
    },

    /** Cancels a scheduled or sent invitation: no email, no reminder, the link closes. */
    async cancel(accountId: string, id: string): Promise<Invitation> {
      const current = await this.get(accountId, id);
      if (current.state !== 'scheduled' && current.state !== 'sent') {
        throw new AppError(
          'conflict',
          `the invitation is ${current.state}; only scheduled or sent ones can be cancelled`,
        );
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('invitations')
          .set({ state: 'cancelled', state_reason: 'admin', updated_at: clock.now().toISOString() })
          .where('id', '=', id)
          .where('account_id', '=', accountId)
          .execute();
        await fairness.cancelJobs(trx, [id]);
      });
      return this.get(accountId, id);
    },

    async byToken(token: string): Promise<Selectable<InvitationsTable> | undefined> {
      if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
      return db.selectFrom('invitations').selectAll().where('link_token', '=', token).executeTakeFirst();
    },

    async byId(id: string): Promise<Selectable<InvitationsTable> | undefined> {
      return db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirst();
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
