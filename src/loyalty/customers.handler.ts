/**
 * Customer, consent and review events → members and points: signup points (once per member),
 * newsletter points taken back on unsubscribe (once per member, so re-subscribing farms
 * nothing), review points once per review whatever its rating, and erasure of personal data.
 */
import type { ConsentChanged, CustomerErased, CustomerUpserted } from '../contacts/index.js';
import type { ReviewEvent } from '../reviews/index.js';
import { birthdayMonthDay } from './expiry-dates.js';
import type { ChannelInfo, LoyaltyDeps } from './loyalty.context.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { findOrCreateMember, memberByEmail } from './members.js';
import { bookAndAnnounce } from './points.service.js';
import { once } from './points-store.js';

export async function handleCustomerUpserted(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  { customer }: CustomerUpserted,
): Promise<void> {
  const registered = customer.registeredAt !== null;
  const existing = await memberByEmail(deps.db, channel.id, customer.email);
  if (!registered && !existing) return; // a guest we have not met through an order yet
  const now = deps.clock.now();
  await once(deps.db, async (trx) => {
    const member = await findOrCreateMember(
      trx,
      channel,
      { email: customer.email, customerId: customer.customerId },
      registered ? 'signup' : 'none',
      settings,
      now,
    );
    const birthday = birthdayMonthDay(customer.birthday);
    if (birthday !== member.birthday_md) {
      await trx
        .updateTable('loyalty_members')
        .set({ birthday_md: birthday })
        .where('id', '=', member.id)
        .execute();
    }
    if (registered && member.state === 'member' && settings.signupPoints > 0) {
      await bookAndAnnounce(trx, deps, channel, settings, member.id, {
        kind: 'credit',
        cause: 'signup',
        key: `signup:${member.id}`,
        operation: { type: 'credit', points: settings.signupPoints },
      });
    }
  });
}

export async function handleConsentChanged(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  change: ConsentChanged,
): Promise<void> {
  const now = deps.clock.now();
  if (change.status === 'subscribed' && change.previous !== 'subscribed') {
    if (settings.newsletterPoints <= 0) return;
    await once(deps.db, async (trx) => {
      const member = await findOrCreateMember(
        trx,
        channel,
        { email: change.email, customerId: change.customerId },
        'signup',
        settings,
        now,
      );
      if (member.state !== 'member') return;
      await bookAndAnnounce(trx, deps, channel, settings, member.id, {
        kind: 'credit',
        cause: 'newsletter',
        key: `newsletter:${member.id}`,
        operation: { type: 'credit', points: settings.newsletterPoints },
      });
    });
    return;
  }
  if (change.status !== 'unsubscribed' || change.previous !== 'subscribed') return;
  const member = await memberByEmail(deps.db, channel.id, change.email);
  if (!member) return;
  const awarded = await deps.db
    .selectFrom('loyalty_ledger')
    .select('points')
    .where('channel_id', '=', channel.id)
    .where('idempotency_key', '=', `newsletter:${member.id}`)
    .executeTakeFirst();
  if (!awarded || Number(awarded.points) <= 0) return;
  await once(deps.db, (trx) =>
    bookAndAnnounce(trx, deps, channel, settings, member.id, {
      kind: 'reversal',
      cause: 'newsletter_unsubscribed',
      key: `newsletter:${member.id}:taken-back`,
      operation: { type: 'reversal', points: Number(awarded.points) },
    }),
  );
}

export async function handleReviewSubmitted(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  { review }: ReviewEvent,
): Promise<void> {
  // Never conditioned on the rating: only the type decides the points.
  const points = review.type === 'product' ? settings.reviewPoints.product : settings.reviewPoints.service;
  if (!review.email || points <= 0) return;
  const email = review.email;
  await once(deps.db, async (trx) => {
    const member = await findOrCreateMember(trx, channel, { email }, 'order', settings, deps.clock.now());
    if (member.state !== 'member') return;
    await bookAndAnnounce(trx, deps, channel, settings, member.id, {
      kind: 'credit',
      cause: 'review',
      key: `review:${review.reviewId}`,
      operation: { type: 'credit', points },
      reference: review.reviewId,
    });
  });
}

/** Erasure keeps amounts and keys (the ledger stays whole) and drops what identifies the person. */
export async function handleCustomerErased(deps: LoyaltyDeps, channel: ChannelInfo, erased: CustomerErased) {
  const member = await memberByEmail(deps.db, channel.id, erased.email);
  if (!member) return;
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('loyalty_members')
      .set({
        email: `erased+${member.id}@invalid`,
        customer_id: null,
        birthday_md: null,
        shipping_hash: null,
        state: 'excluded',
        updated_at: at,
      })
      .where('id', '=', member.id)
      .execute();
    await trx
      .updateTable('loyalty_ledger')
      .set({ reason: null })
      .where('member_id', '=', member.id)
      .execute();
    await trx
      .updateTable('loyalty_referrals')
      .set({ friend_email: `erased+${member.id}@invalid` })
      .where('channel_id', '=', channel.id)
      .where('friend_email', '=', erased.email.toLowerCase())
      .execute();
    await trx
      .updateTable('loyalty_coupons')
      .set({ state: 'expired' })
      .where('member_id', '=', member.id)
      .where('state', 'in', ['issued', 'applied'])
      .execute();
  });
}
