/**
 * Where pulling from one shop connection stands, as the admin's live status shows it: the last
 * finished pull and the last failure (kept on the connection by the pull runner), how far each
 * resource has been read (the cursor the next pull starts after), whether a pull holds the
 * connection now, the pulls that failed for good (dead jobs) and the records that could not be
 * read (dead letters the pull moved on from). Read-only; every read is scoped to the account.
 */
import { Type } from 'typebox';
import { type Jobs, payloadText } from '../platform/jobs/index.js';
import type { ShopPlatform } from './commerce.types.js';
import type { CommerceDb } from './orders.service.js';
import type { PullCursor } from './shops/shop-connector.js';
import { SHOP_PULL_JOB } from './shops/shop-pull.js';
import { shopConnector } from './shops/shop-registry.js';

/** How many failed pulls and dead letters one answer lists (newest first); `count` says how many there are. */
const LISTED = 50;
/** Dead pull jobs are found by scanning the account's dead jobs of the pull kind; enough for a page. */
const JOB_SCAN = 500;

const Nullable = <T extends import('typebox').TSchema>(schema: T, options?: { description: string }) =>
  Type.Union([schema, Type.Null()], options);
const Timestamp = Type.String({ format: 'date-time' });

export const PullStateSchema = Type.Object({
  pulls: Nullable(
    Type.Object({
      resources: Type.Array(Type.String()),
      everyMinutes: Type.Integer(),
    }),
    { description: 'What Trustloop reads from this platform and how often; null for a webhook-only one' },
  ),
  running: Type.Boolean({ description: 'A pull holds the connection now' }),
  lastSyncAt: Nullable(Timestamp),
  lastError: Nullable(Type.String()),
  lastErrorAt: Nullable(Timestamp),
  cursors: Type.Array(
    Type.Object({
      resource: Type.String(),
      updatedAt: Type.String({
        description: 'The update time of the last record read, as the shop writes it',
      }),
      id: Type.String({ description: "The last record's id in the shop" }),
    }),
    { description: 'Where the next pull of each resource starts (after this record)' },
  ),
  failedPulls: Type.Object({
    count: Type.Integer(),
    items: Type.Array(
      Type.Object({
        jobId: Type.String(),
        attempts: Type.Integer(),
        lastError: Nullable(Type.String()),
        updatedAt: Timestamp,
      }),
    ),
  }),
  deadLetters: Type.Object({
    count: Type.Integer(),
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        resource: Type.String(),
        externalId: Type.String(),
        updatedAt: Type.String(),
        error: Type.String(),
        createdAt: Timestamp,
      }),
    ),
  }),
});

/** A dead job's error is kept with its stack for operators; the merchant reads its message. */
const messageOf = (error: string | null) =>
  error === null ? null : (error.split('\n')[0] ?? '').replace(/^[A-Za-z]*Error: /, '');

export function createShopPullState(deps: { db: CommerceDb; jobs: Pick<Jobs, 'listJobs'> }) {
  const { db, jobs } = deps;

  async function failedPulls(accountId: string, connectionId: string) {
    const page = await jobs.listJobs({ accountId, kind: SHOP_PULL_JOB, state: 'dead', limit: JOB_SCAN });
    const mine = page.items.filter((job) => payloadText(job, 'connectionId') === connectionId);
    return {
      count: mine.length,
      items: mine.slice(0, LISTED).map((job) => ({
        jobId: job.id,
        attempts: job.attempts,
        lastError: messageOf(job.lastError),
        updatedAt: job.updatedAt,
      })),
    };
  }

  async function deadLetters(accountId: string, connectionId: string) {
    const scoped = db
      .selectFrom('shop_pull_dead_letters')
      .where('account_id', '=', accountId)
      .where('connection_id', '=', connectionId);
    const [counted, rows] = await Promise.all([
      scoped.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
      scoped.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(LISTED).execute(),
    ]);
    return {
      count: Number(counted?.n ?? 0),
      items: rows.map((row) => ({
        id: row.id,
        resource: row.resource,
        externalId: row.external_id,
        updatedAt: row.updated_at,
        error: row.error,
        createdAt: row.created_at,
      })),
    };
  }

  return {
    /** The connection's pull state; undefined when the channel has no connection to `platform`. */
    async read(accountId: string, channelId: string, platform: ShopPlatform, now: Date) {
      const row = await db
        .selectFrom('shop_connections')
        .select(['id', 'pull_cursor', 'pull_lease_until', 'last_sync_at', 'last_error', 'last_error_at'])
        .where('account_id', '=', accountId)
        .where('channel_id', '=', channelId)
        .where('platform', '=', platform)
        .executeTakeFirst();
      if (!row) return undefined;
      const capability = shopConnector(platform).descriptor.capabilities.pull;
      const cursors = JSON.parse(row.pull_cursor ?? '{}') as Record<string, PullCursor>;
      // In the platform's own order of resources, which is the order a pull walks them.
      const order = capability ? capability.resources : Object.keys(cursors);
      return {
        pulls: capability
          ? { resources: [...capability.resources], everyMinutes: capability.everyMinutes }
          : null,
        running: row.pull_lease_until !== null && Date.parse(row.pull_lease_until) > now.getTime(),
        lastSyncAt: row.last_sync_at,
        lastError: row.last_error,
        lastErrorAt: row.last_error_at,
        cursors: order
          .filter((resource) => cursors[resource])
          .map((resource) => ({
            resource,
            updatedAt: cursors[resource]!.updatedAt,
            id: cursors[resource]!.id,
          })),
        failedPulls: await failedPulls(accountId, row.id),
        deadLetters: await deadLetters(accountId, row.id),
      };
    },
  };
}

export type ShopPullState = ReturnType<typeof createShopPullState>;
