import type { Kysely } from 'kysely';
import type { ReviewAggregatesTable } from './core/reviews.tables.js';
import { INVITATION_METHODS, type InvitationMethod } from './invitations/invitations.types.js';

/** The dashboard's rollups of the reviews domain (migration 0023), kept by triggers. */
interface StatsTables {
  review_weeks: { account_id: string; channel_id: string; week: string; reviews: number; rating_sum: number };
  invitation_weeks: {
    account_id: string;
    channel_id: string;
    week: string;
    method: string;
    invited: number;
    sent: number;
    opened: number;
    completed: number;
  };
  review_aggregates: ReviewAggregatesTable;
}

export interface ReviewWeek {
  /** Monday of the ISO week (UTC), `YYYY-MM-DD`. */
  week: string;
  /** Reviews received that week, whatever their status. */
  reviews: number;
  ratingSum: number;
}

export interface InvitationFunnel {
  method: InvitationMethod;
  invited: number;
  sent: number;
  opened: number;
  completed: number;
}

export interface ReviewsDashboard {
  /** Weeks from `fromWeek` on that received reviews, oldest first (weeks without any are absent). */
  weeks: ReviewWeek[];
  /** Published reviews of the channel by star (the public summary's numbers, R6). */
  distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
  /** Invitations created from `fromWeek` on, by method (only methods that have any), and how far each got. */
  funnel: InvitationFunnel[];
}

/**
 * Reads a channel's review and invitation rollups: a handful of rows per week, never the
 * reviews or invitations themselves. The caller has checked that the channel is the account's.
 */
export function createReviewsDashboard(database: Kysely<unknown>) {
  const db = database as Kysely<StatsTables>;
  return async function dashboard(
    accountId: string,
    channelId: string,
    fromWeek: string,
  ): Promise<ReviewsDashboard> {
    const [weeks, aggregate, funnel] = await Promise.all([
      db
        .selectFrom('review_weeks')
        .select(['week', 'reviews', 'rating_sum'])
        .where('channel_id', '=', channelId)
        .where('account_id', '=', accountId)
        .where('week', '>=', fromWeek)
        .where('reviews', '>', 0)
        .orderBy('week')
        .execute(),
      db
        .selectFrom('review_aggregates')
        .select(['r1', 'r2', 'r3', 'r4', 'r5'])
        .where('channel_id', '=', channelId)
        .where('scope', '=', 'all')
        .executeTakeFirst(),
      db
        .selectFrom('invitation_weeks')
        .select((eb) => [
          'method',
          eb.fn.sum<number>('invited').as('invited'),
          eb.fn.sum<number>('sent').as('sent'),
          eb.fn.sum<number>('opened').as('opened'),
          eb.fn.sum<number>('completed').as('completed'),
        ])
        .where('channel_id', '=', channelId)
        .where('account_id', '=', accountId)
        .where('week', '>=', fromWeek)
        .groupBy('method')
        .execute(),
    ]);
    const byMethod = new Map(funnel.map((row) => [row.method, row]));
    return {
      weeks: weeks.map((row) => ({
        week: row.week,
        reviews: row.reviews,
        ratingSum: Number(row.rating_sum),
      })),
      distribution: {
        '1': aggregate?.r1 ?? 0,
        '2': aggregate?.r2 ?? 0,
        '3': aggregate?.r3 ?? 0,
        '4': aggregate?.r4 ?? 0,
        '5': aggregate?.r5 ?? 0,
      },
      // In the catalogue's order of methods, so charts and tables keep one order.
      funnel: INVITATION_METHODS.flatMap((method) => {
        const row = byMethod.get(method);
        if (!row || Number(row.invited) === 0) return [];
        return [
          {
            method,
            invited: Number(row.invited),
            sent: Number(row.sent),
            opened: Number(row.opened),
            completed: Number(row.completed),
          },
        ];
      }),
    };
  };
}
