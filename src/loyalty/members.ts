/**
 * Members: find-or-create by (channel, email) through the unique index, enrolment rules,
 * PINs, referral codes, and the self-contained snapshot every loyalty event carries.
 */
import { randomInt } from 'node:crypto';
import { newId } from '../platform/ids.js';
import { referralUrl } from './coupon-codes.js';
import { expiresOn } from './expiry-dates.js';
import { nextExpiry } from './ledger.js';
import type { ChannelInfo } from './loyalty.context.js';
import type { MemberSnapshot, MemberState, TierSnapshot } from './loyalty.events.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { type Db, type MemberRow, openLots } from './points-store.js';

const REFERRAL_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

function newReferralCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += REFERRAL_ALPHABET[randomInt(0, REFERRAL_ALPHABET.length)];
  return code;
}

/** How a customer reached the program: decides whether they enrol by themselves. */
export type EnrolmentPath = 'order' | 'signup' | 'explicit' | 'none';

function enrolsBy(settings: LoyaltySettings, path: EnrolmentPath): boolean {
  if (path === 'explicit') return true;
  if (path === 'order') return settings.enrolment.onOrder;
  if (path === 'signup') return settings.enrolment.onSignup;
  return false;
}

export interface MemberIdentity {
  email: string;
  customerId?: string | null;
}

/**
 * The member for this email in this channel, created on first sight. A candidate is enrolled
 * when the path enrols by itself; an excluded customer stays excluded whatever happens.
 */
export async function findOrCreateMember(
  trx: Db,
  channel: ChannelInfo,
  identity: MemberIdentity,
  path: EnrolmentPath,
  settings: LoyaltySettings,
  now: Date,
): Promise<MemberRow> {
  const email = identity.email.trim().toLowerCase();
  const at = now.toISOString();
  const enrol = enrolsBy(settings, path);
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await trx
      .selectFrom('loyalty_members')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .where('email', '=', email)
      .executeTakeFirst();
    if (existing) {
      const patch: Partial<MemberRow> = {};
      if (enrol && existing.state === 'candidate') Object.assign(patch, { state: 'member', enrolled_at: at });
      if (identity.customerId && existing.customer_id !== identity.customerId) {
        patch.customer_id = identity.customerId;
      }
      if (Object.keys(patch).length === 0) return existing;
      await trx
        .updateTable('loyalty_members')
        .set({ ...patch, updated_at: at })
        .where('id', '=', existing.id)
        .execute();
      return { ...existing, ...patch, updated_at: at };
    }
    // Concurrent first sightings and referral-code collisions both land here: read again.
    await trx
      .insertInto('loyalty_members')
      .values({
        id: newId('mem'),
        account_id: channel.accountId,
        channel_id: channel.id,
        email,
        customer_id: identity.customerId ?? null,
        state: enrol ? 'member' : 'candidate',
        balance: 0,
        uncollected: 0,
        pin: newPin(),
        referral_code: newReferralCode(),
        tier_id: null,
        tier_held_until: null,
        birthday_md: null,
        shipping_hash: null,
        last_activity_at: null,
        enrolled_at: enrol ? at : null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  throw new Error(`could not create the member for ${email}`);
}

export async function memberByEmail(
  db: Db,
  channelId: string,
  email: string,
): Promise<MemberRow | undefined> {
  return db
    .selectFrom('loyalty_members')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function tierSnapshot(db: Db, tierId: string | null): Promise<TierSnapshot | null> {
  if (tierId === null) return null;
  const tier = await db
    .selectFrom('loyalty_tiers')
    .select(['id', 'name', 'icon_url'])
    .where('id', '=', tierId)
    .executeTakeFirst();
  return tier ? { tierId: tier.id, name: tier.name, iconUrl: tier.icon_url } : null;
}

/** What every loyalty event says about the member, read in the same transaction as the change. */
export async function memberSnapshot(
  db: Db,
  member: MemberRow,
  channel: ChannelInfo,
  settings: LoyaltySettings,
): Promise<MemberSnapshot> {
  const next = nextExpiry(await openLots(db, member.id));
  return {
    memberId: member.id,
    channelId: member.channel_id,
    email: member.email,
    customerId: member.customer_id,
    state: member.state as MemberState,
    balance: Number(member.balance),
    pin: member.pin,
    referralCode: member.referral_code,
    referralUrl: referralUrl(settings.referral.urlTemplate, channel.domain, member.referral_code),
    tier: await tierSnapshot(db, member.tier_id),
    nextExpiry: next
      ? {
          points: next.points,
          date: expiresOn(new Date(next.expiresAt), channel.timeZone),
          expiresAt: next.expiresAt,
        }
      : null,
    lastActivityAt: member.last_activity_at,
  };
}
