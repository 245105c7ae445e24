/**
 * The nightly run, once per channel-local day: an hourly schedule visits every channel with a
 * loyalty program and works on those whose local date moved on since their last run. All of it
 * is idempotent (unique keys, state guards), so a crash mid-run is repaired by the next tick.
 */
import { expireDueLots, sendExpiryNotices } from './expiry.job.js';
import { addDays, birthdaysOn, localDateOf, startOfLocalDay } from './expiry-dates.js';
import { type ChannelInfo, channelIfExists, type LoyaltyDeps, loadSettings } from './loyalty.context.js';
import type { LoyaltySettings } from './loyalty-settings.js';
import { bookAndAnnounce, reviewTierAtPeriodEnd } from './points.service.js';
import { lockMember, once } from './points-store.js';
import { COUPON_REMOVE_JOB, type CouponJob } from './shop-coupon-jobs.js';

export const NIGHTLY_JOB = 'loyalty.nightly';
export const NIGHTLY_SCHEDULE = {
  name: 'loyalty.nightly',
  cron: '5 * * * *',
  timeZone: 'UTC',
  kind: NIGHTLY_JOB,
  payload: {},
};

export interface NightlySummary {
  date: string;
  expiredLots: number;
  expiredPoints: number;
  notices: number;
  birthdays: number;
  tierReviews: number;
  couponsExpired: number;
}

async function creditBirthdays(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  today: string,
) {
  if (settings.birthdayPoints <= 0) return 0;
  let credited = 0;
  let after = '';
  for (;;) {
    const page = await deps.db
      .selectFrom('loyalty_members')
      .select('id')
      .where('channel_id', '=', channel.id)
      .where('birthday_md', 'in', birthdaysOn(today))
      .where('state', '=', 'member')
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (page.length === 0) return credited;
    for (const { id } of page) {
      const outcome = await once(deps.db, (trx) =>
        bookAndAnnounce(trx, deps, channel, settings, id, {
          kind: 'credit',
          cause: 'birthday',
          key: `birthday:${id}:${today.slice(0, 4)}`,
          operation: { type: 'credit', points: settings.birthdayPoints },
        }),
      );
      if (!outcome.duplicate) credited++;
    }
    after = page[page.length - 1]!.id;
  }
}

async function reviewTiers(deps: LoyaltyDeps, channel: ChannelInfo, settings: LoyaltySettings, now: Date) {
  const due = await deps.db
    .selectFrom('loyalty_members')
    .select('id')
    .where('channel_id', '=', channel.id)
    .where('tier_held_until', '<=', now.toISOString())
    .execute();
  for (const { id } of due) {
    await deps.db.transaction().execute(async (trx) => {
      const member = await lockMember(trx, id);
      if (member?.tier_held_until && member.tier_held_until <= now.toISOString()) {
        await reviewTierAtPeriodEnd(trx, deps, channel, settings, member);
      }
    });
  }
  return due.length;
}

/** Everything one channel's night does, for the channel-local `today`. */
export async function runChannelNightly(
  deps: LoyaltyDeps,
  channel: ChannelInfo,
  settings: LoyaltySettings,
  now: Date,
): Promise<NightlySummary> {
  const today = localDateOf(now, channel.timeZone);
  const expired = await expireDueLots(deps, channel, settings, now);
  const expiredCoupons = await deps.db
    .updateTable('loyalty_coupons')
    .set({ state: 'expired' })
    .where('channel_id', '=', channel.id)
    .where('state', 'in', ['issued', 'applied'])
    .where('expires_at', '<=', now.toISOString())
    .returning(['id', 'shop_discount_id'])
    .execute();
  // An expired code leaves the shop too (the shop's own end date already stops it at checkout).
  for (const coupon of expiredCoupons.filter((row) => row.shop_discount_id !== null)) {
    await deps.jobs.enqueue<CouponJob>(deps.db, {
      kind: COUPON_REMOVE_JOB,
      payload: { couponId: coupon.id },
      accountId: channel.accountId,
      dedupeKey: `coupon-remove:${coupon.id}`,
    });
  }
  let notices = 0;
  if (settings.expiry.mode !== 'none' && settings.expiry.noticeDays > 0) {
    const date = addDays(today, settings.expiry.noticeDays);
    notices = await sendExpiryNotices(
      deps,
      channel,
      settings,
      {
        date,
        from: startOfLocalDay(date, channel.timeZone),
        until: startOfLocalDay(addDays(date, 1), channel.timeZone),
      },
      now,
    );
  }
  return {
    date: today,
    expiredLots: expired.lots,
    expiredPoints: expired.points,
    notices,
    birthdays: await creditBirthdays(deps, channel, settings, today),
    tierReviews: await reviewTiers(deps, channel, settings, now),
    couponsExpired: expiredCoupons.length,
  };
}

/** The hourly tick: runs the night of every channel whose local day has not been run yet. */
export async function runNightly(deps: LoyaltyDeps): Promise<NightlySummary[]> {
  const now = deps.clock.now();
  const programs = await deps.db
    .selectFrom('loyalty_settings')
    .select(['channel_id', 'account_id', 'nightly_date'])
    .execute();
  const summaries: NightlySummary[] = [];
  // One channel's failed lookup does not hold up the others' night; the run then fails so the
  // job is retried, and only the channels not yet done for today run again.
  let failure: unknown;
  for (const program of programs) {
    let channel: ChannelInfo | null;
    try {
      channel = await channelIfExists(deps, program.account_id, program.channel_id);
    } catch (error) {
      failure ??= error;
      continue;
    }
    if (!channel) continue; // the channel was deleted
    const today = localDateOf(now, channel.timeZone);
    if (program.nightly_date === today) continue;
    const settings = await loadSettings(deps.db, channel.id);
    if (!settings) continue;
    summaries.push(await runChannelNightly(deps, channel, settings, now));
    await deps.db
      .updateTable('loyalty_settings')
      .set({ nightly_date: today })
      .where('channel_id', '=', channel.id)
      .execute();
  }
  if (failure !== undefined) throw failure;
  return summaries;
}
