import type { Accounts } from '../accounts/index.js';
import type { ConnectorsService } from '../connectors/index.js';
import type { LoyaltyService, TierMembers } from '../loyalty/index.js';
import type { Clock } from '../platform/clock.js';
import type { InvitationFunnel, ReviewsService } from '../reviews/index.js';

const DAY_MS = 86_400_000;

/** Monday (UTC) of the ISO week holding `at`, as `YYYY-MM-DD`. */
export function weekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The `count` week Mondays ending with the current week, oldest first. */
export function weeksUpTo(now: Date, count: number): string[] {
  const last = Date.parse(`${weekOf(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) =>
    new Date(last - (count - 1 - index) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

export interface Dashboard {
  channelId: string;
  /** The weeks shown (their Mondays, UTC), oldest first; every weekly series has one entry per week. */
  weeks: string[];
  reviews: {
    weeks: Array<{ week: string; reviews: number; averageRating: number | null }>;
    /** Reviews received in the weeks shown and their average rating. */
    received: number;
    averageRating: number | null;
    /** Published reviews of the channel by star, all time (the public summary's numbers). */
    distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
  };
  invitations: {
    /** Invitations created in the weeks shown, by method, and how far they got. */
    methods: InvitationFunnel[];
    total: Omit<InvitationFunnel, 'method'>;
  };
  points: {
    weeks: Array<{ week: string; credited: number; redeemed: number; expired: number; redemptions: number }>;
    total: { credited: number; redeemed: number; expired: number; redemptions: number };
  };
  members: { tiers: TierMembers[]; total: number };
  syncs: Array<{
    connectionId: string;
    connectorId: string;
    status: string;
    lastSyncAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    sent: number;
    failed: number;
    pending: number;
    deadLetters: number;
  }>;
}

const average = (sum: number, count: number) => (count === 0 ? null : Math.round((sum / count) * 100) / 100);

/**
 * The merchant's dashboard (A7): each domain's rollups read through its door, put on one
 * calendar of weeks. Nothing here scans reviews, invitations or the ledger.
 */
export function createDashboard(deps: {
  accounts: Accounts;
  clock: Clock;
  reviews: Pick<ReviewsService, 'dashboard'>;
  loyalty: Pick<LoyaltyService, 'dashboard'>;
  connectors: Pick<ConnectorsService, 'list' | 'health'>;
}) {
  return async function dashboard(
    accountId: string,
    channelId: string,
    weekCount: number,
  ): Promise<Dashboard> {
    await deps.accounts.channels.get(accountId, channelId); // 404 for a channel of another account
    const weeks = weeksUpTo(deps.clock.now(), weekCount);
    const from = weeks[0]!;
    const [reviews, loyalty, connections] = await Promise.all([
      deps.reviews.dashboard(accountId, channelId, from),
      deps.loyalty.dashboard(accountId, channelId, from),
      deps.connectors.list(accountId, channelId),
    ]);
    const syncs = await Promise.all(
      connections.map(async (connection) => {
        const health = await deps.connectors.health(accountId, connection.id);
        return {
          connectionId: connection.id,
          connectorId: connection.connectorId,
          status: health.status,
          lastSyncAt: health.lastSyncAt,
          lastError: health.lastError,
          lastErrorAt: health.lastErrorAt,
          sent: health.counts.sent,
          failed: health.counts.failed,
          pending: health.counts.pending,
          deadLetters: health.counts.dead,
        };
      }),
    );

    const reviewWeeks = new Map(reviews.weeks.map((row) => [row.week, row]));
    const pointWeeks = new Map(loyalty.weeks.map((row) => [row.week, row]));
    const reviewSeries = weeks.map((week) => {
      const row = reviewWeeks.get(week);
      return {
        week,
        reviews: row?.reviews ?? 0,
        averageRating: row ? average(row.ratingSum, row.reviews) : null,
      };
    });
    const pointSeries = weeks.map((week) => {
      const row = pointWeeks.get(week);
      return {
        week,
        credited: row?.credited ?? 0,
        redeemed: row?.redeemed ?? 0,
        expired: row?.expired ?? 0,
        redemptions: row?.redemptions ?? 0,
      };
    });
    const sum = <T>(rows: readonly T[], value: (row: T) => number) =>
      rows.reduce((total, row) => total + value(row), 0);
    const received = sum(reviews.weeks, (row) => row.reviews);
    return {
      channelId,
      weeks,
      reviews: {
        weeks: reviewSeries,
        received,
        averageRating: average(
          sum(reviews.weeks, (row) => row.ratingSum),
          received,
        ),
        distribution: reviews.distribution,
      },
      invitations: {
        methods: reviews.funnel,
        total: {
          invited: sum(reviews.funnel, (row) => row.invited),
          sent: sum(reviews.funnel, (row) => row.sent),
          opened: sum(reviews.funnel, (row) => row.opened),
          completed: sum(reviews.funnel, (row) => row.completed),
        },
      },
      points: {
        weeks: pointSeries,
        total: {
          credited: sum(pointSeries, (row) => row.credited),
          redeemed: sum(pointSeries, (row) => row.redeemed),
          expired: sum(pointSeries, (row) => row.expired),
          redemptions: sum(pointSeries, (row) => row.redemptions),
        },
      },
      members: { tiers: loyalty.tiers, total: sum(loyalty.tiers, (row) => row.members) },
      syncs,
    };
  };
}

export type DashboardReader = ReturnType<typeof createDashboard>;
