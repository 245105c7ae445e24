/** What every part of the loyalty domain is built from, and the channel facts it needs. */
import type { Accounts } from '../accounts/index.js';
import type { Clock } from '../platform/clock.js';
import type { DialectKind } from '../platform/db/index.js';
import { AppError } from '../platform/errors.js';
import type { Jobs } from '../platform/jobs/index.js';
import { DEFAULT_SETTINGS, type LoyaltySettings, mergeSettings } from './loyalty-settings.js';
import type { Db } from './points-store.js';
import type { ProgramCache } from './program-cache.js';
import type { ShopDiscountsPort } from './shop-coupon-jobs.js';

export interface ChannelInfo {
  id: string;
  accountId: string;
  name: string;
  domain: string;
  timeZone: string;
  defaultLocale: string;
  currency: string;
}

export interface LoyaltyDeps {
  db: Db;
  kind: DialectKind;
  clock: Clock;
  jobs: Jobs;
  accounts: Accounts;
  /** The hub's cache of program snapshots; every write to settings, tiers or rewards forgets its channel. */
  programs: ProgramCache;
  /** Creates reward codes in the channel's shop; absent or null: codes are Trustloop's alone. */
  shopDiscounts?: ShopDiscountsPort;
}

/** The channel, checked to belong to the account (404 otherwise). */
export async function channelOf(
  deps: LoyaltyDeps,
  accountId: string,
  channelId: string,
): Promise<ChannelInfo> {
  const channel = await deps.accounts.channels.get(accountId, channelId);
  return {
    id: channel.id,
    accountId: channel.accountId,
    name: channel.name,
    domain: channel.domain,
    timeZone: channel.timeZone,
    defaultLocale: channel.defaultLocale,
    currency: channel.currency,
  };
}

/** The tier, checked to belong to the channel (404 otherwise). */
export async function tierOf(db: Db, channelId: string, tierId: string) {
  const tier = await db
    .selectFrom('loyalty_tiers')
    .selectAll()
    .where('id', '=', tierId)
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  if (!tier) throw AppError.notFound('tier');
  return tier;
}

/**
 * The channel, or null when it no longer exists (deleted, or not the account's). Any other
 * failure of the lookup (a dropped connection, a busy database) is thrown: the work that asked
 * must fail and be retried, never be counted as done for a channel that is still there.
 */
export async function channelIfExists(
  deps: LoyaltyDeps,
  accountId: string,
  channelId: string,
): Promise<ChannelInfo | null> {
  try {
    return await channelOf(deps, accountId, channelId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/** The channel's program, or null when loyalty was never set up there (then nothing is earned). */
export async function loadSettings(db: Db, channelId: string): Promise<LoyaltySettings | null> {
  const row = await db
    .selectFrom('loyalty_settings')
    .select('settings')
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  if (!row) return null;
  // Stored settings are merged over today's defaults, so fields added later get their default.
  return mergeSettings(DEFAULT_SETTINGS, JSON.parse(row.settings) as Partial<LoyaltySettings>);
}
