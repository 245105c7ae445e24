import { AppError } from '../../platform/errors.js';
import type { Executor } from '../../platform/jobs/index.js';
import {
  DEFAULT_SETTINGS,
  MAX_DELAY_HOURS,
  type ModerationSettings,
  PUBLISH_MODES,
  type PublishMode,
} from './moderation-rules.js';
import { tables } from './review-store.js';

/** A channel's moderation settings, or the defaults when it never saved any. */
export async function readSettings(executor: Executor, channelId: string): Promise<ModerationSettings> {
  const row = await tables(executor)
    .selectFrom('review_settings')
    .selectAll()
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    publishMode: row.publish_mode as PublishMode,
    minRating: row.min_rating,
    delayHours: row.delay_hours,
    filterEnabled: row.filter_enabled === 1,
  };
}

export function validateSettings(input: ModerationSettings, prefix = '/body'): ModerationSettings {
  if (!(PUBLISH_MODES as readonly string[]).includes(input.publishMode)) {
    throw AppError.invalid(`${prefix}/publishMode`, `must be one of ${PUBLISH_MODES.join(', ')}`);
  }
  if (!Number.isInteger(input.minRating) || input.minRating < 2 || input.minRating > 5) {
    throw AppError.invalid(`${prefix}/minRating`, 'must be a whole number from 2 to 5');
  }
  if (!Number.isInteger(input.delayHours) || input.delayHours < 1 || input.delayHours > MAX_DELAY_HOURS) {
    throw AppError.invalid(
      `${prefix}/delayHours`,
      `must be a whole number of hours from 1 to ${MAX_DELAY_HOURS}: lower ratings are delayed, never withheld`,
    );
  }
  return { ...input };
}

export async function writeSettings(
  executor: Executor,
  channel: { id: string; accountId: string },
  settings: ModerationSettings,
  now: Date,
): Promise<void> {
  const values = {
    publish_mode: settings.publishMode,
    min_rating: settings.minRating,
    delay_hours: settings.delayHours,
    filter_enabled: settings.filterEnabled ? 1 : 0,
    updated_at: now.toISOString(),
  };
  await tables(executor)
    .insertInto('review_settings')
    .values({ channel_id: channel.id, account_id: channel.accountId, ...values })
    .onConflict((oc) => oc.column('channel_id').doUpdateSet(values))
    .execute();
}
