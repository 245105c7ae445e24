/**
 * Pulls orders, refunds, shipments and customers from shops that Trustloop reads through their
 * API (`capabilities.pull`). A schedule ticks every minute and enqueues one pull job per
 * connection that is due (every `everyMinutes` of its platform). A pull walks each resource
 * page by page from its cursor (update time, then id) and writes a page's records and the
 * cursor after them in one transaction: a process killed mid-page left either all of the page
 * or none of it, and the next pull starts after the last page written. Applying a record twice
 * changes nothing (orders are upserted by external id, refunds recorded once), so a page
 * fetched again is harmless. A record the connector cannot read is kept as a dead letter and
 * the pull moves on; a shop that is down or throttles makes the job retry with backoff, one
 * that refuses the credentials sends it to the dead jobs. Health — the last finished pull and
 * the last failure — is kept on the connection.
 */
import type { Clock } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { RateLimiter } from '../../platform/http/outbound-rate-limiter.js';
import { newId } from '../../platform/ids.js';
import { type Jobs, PermanentError, RetryableError } from '../../platform/jobs/index.js';
import type { ShopConnectionRow } from '../commerce.tables.js';
import type { CommerceDb } from '../orders.service.js';
import { isAfter } from './pull-cursor.js';
import type { PullCursor, PulledRecord, ShopSettings, ShopTarget, ShopWriters } from './shop-connector.js';
import { ShopDiscountError } from './shop-discount.types.js';
import { SHOP_CONNECTORS, shopConnector } from './shop-registry.js';

export const SHOP_PULL_JOB = 'commerce.shop-pull';
export const SHOP_PULL_TICK_JOB = 'commerce.shop-pull.tick';
export const SHOP_PULL_SCHEDULE = {
  name: 'commerce.shop-pull',
  cron: '* * * * *',
  timeZone: 'UTC',
  kind: SHOP_PULL_TICK_JOB,
  payload: {},
};

/** A pull holds its connection this long without writing a page before another may take over (default). */
const LEASE_MS = 5 * 60_000;
/** A tick a few seconds early still counts: the schedule fires on the minute, the pull ends after it. */
const DUE_SLACK_MS = 10_000;
const LONGEST_RATE_WAIT_MS = 60_000;

export interface PullSummary {
  /** False when another pull of the connection was running (nothing was done). */
  ran: boolean;
  /** When `ran` is false: until when the other pull holds the connection (it may have crashed). */
  heldUntil?: string;
  pages: number;
  applied: number;
  deadLetters: number;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createShopPull(deps: {
  db: CommerceDb;
  clock: Clock;
  jobs: Jobs;
  writers: ShopWriters;
  settingsOf: (row: ShopConnectionRow) => ShopSettings;
  /** The channel's currency, for mapping amounts. */
  currencyOf: (accountId: string, channelId: string) => Promise<string>;
  pageSize?: number;
  /** How long a pull holds its connection without writing a page: a crashed pull's hold ends then. */
  leaseMs?: number;
}) {
  const { db, clock } = deps;
  const pageSize = deps.pageSize ?? 100;
  const leaseMs = deps.leaseMs ?? LEASE_MS;
  const limiter = new RateLimiter();
  const pulling = SHOP_CONNECTORS.filter((c) => c.descriptor.capabilities.pull).map((c) => c.descriptor.id);

  async function claim(connectionId: string): Promise<boolean> {
    const now = clock.now();
    const claimed = await db
      .updateTable('shop_connections')
      .set({ pull_lease_until: new Date(now.getTime() + leaseMs).toISOString() })
      .where('id', '=', connectionId)
      .where((eb) =>
        eb.or([eb('pull_lease_until', 'is', null), eb('pull_lease_until', '<', now.toISOString())]),
      )
      .executeTakeFirst();
    return Number(claimed.numUpdatedRows) > 0;
  }

  async function deadLetter(
    trx: CommerceDb,
    row: ShopConnectionRow,
    resource: string,
    record: { id: string; updatedAt: string },
    error: string,
    payload: unknown,
  ) {
    await trx
      .insertInto('shop_pull_dead_letters')
      .values({
        id: newId('spd'),
        connection_id: row.id,
        account_id: row.account_id,
        resource,
        external_id: record.id,
        updated_at: record.updatedAt,
        error: error.slice(0, 2_000),
        payload: JSON.stringify(payload ?? null),
        created_at: clock.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(['connection_id', 'resource', 'external_id', 'updated_at']).doNothing())
      .execute();
  }

  /** Writes records and the cursor after the last of them, together. */
  async function writePage(
    row: ShopConnectionRow,
    resource: string,
    records: PulledRecord[],
    cursors: Record<string, PullCursor>,
    tally: PullSummary,
  ): Promise<void> {
    const saveCursor = (trx: CommerceDb, record: PulledRecord) => {
      cursors[resource] = { updatedAt: record.updatedAt, id: record.id };
      return trx
        .updateTable('shop_connections')
        .set({
          pull_cursor: JSON.stringify(cursors),
          pull_lease_until: new Date(clock.now().getTime() + leaseMs).toISOString(),
        })
        .where('id', '=', row.id)
        .execute();
    };
    const last = records.at(-1);
    if (!last) return;
    const before = { ...cursors };
    try {
      let applied = 0;
      let dead = 0;
      await db.transaction().execute(async (trx) => {
        for (const record of records) {
          if ('invalid' in record) {
            await deadLetter(trx, row, resource, record, record.invalid, record.payload);
            dead++;
          } else {
            await record.apply(trx, deps.writers);
            applied++;
          }
        }
        await saveCursor(trx, last);
      });
      tally.applied += applied;
      tally.deadLetters += dead;
      return;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      Object.assign(cursors, before);
    }
    // A record the writers refuse (a refund over what is left, an order it names that is not
    // here): the page again one record at a time, so only that record becomes a dead letter.
    for (const record of records) {
      await db.transaction().execute(async (trx) => {
        if ('invalid' in record) {
          await deadLetter(trx, row, resource, record, record.invalid, record.payload);
          tally.deadLetters++;
        } else {
          try {
            await record.apply(trx, deps.writers);
            tally.applied++;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            // Undo nothing half-written: the record's writes failed as a whole before this.
            await deadLetter(trx, row, resource, record, error.message, null);
            tally.deadLetters++;
          }
        }
        await saveCursor(trx, record);
      });
    }
  }

  async function health(connectionId: string, change: Partial<ShopConnectionRow>): Promise<void> {
    await db
      .updateTable('shop_connections')
      .set({ ...change, pull_lease_until: null })
      .where('id', '=', connectionId)
      .execute();
  }

  /**
   * Pulls one connection up to now. Throws the job system's errors when the shop fails.
   * `onPage` hears of every page written (the CLI's progress).
   */
  async function pull(
    connectionId: string,
    onPage?: (resource: string, tally: PullSummary) => void,
  ): Promise<PullSummary> {
    const tally: PullSummary = { ran: false, pages: 0, applied: 0, deadLetters: 0 };
    if (!(await claim(connectionId))) {
      const held = await db
        .selectFrom('shop_connections')
        .select('pull_lease_until')
        .where('id', '=', connectionId)
        .executeTakeFirst();
      return held?.pull_lease_until ? { ...tally, heldUntil: held.pull_lease_until } : tally;
    }
    tally.ran = true;
    const row = await db
      .selectFrom('shop_connections')
      .selectAll()
      .where('id', '=', connectionId)
      .executeTakeFirst();
    if (!row) return tally;
    const connector = shopConnector(row.platform);
    const capability = connector.descriptor.capabilities.pull;
    if (!capability || !connector.puller) {
      await health(row.id, {});
      return tally;
    }
    try {
      const target: ShopTarget = {
        accountId: row.account_id,
        channelId: row.channel_id,
        currency: await deps.currencyOf(row.account_id, row.channel_id),
        fulfilledOn: row.fulfilled_on,
        deliveredOn: row.delivered_on,
      };
      const puller = connector.puller(deps.settingsOf(row), target);
      const cursors = JSON.parse(row.pull_cursor ?? '{}') as Record<string, PullCursor>;
      for (const resource of capability.resources) {
        for (;;) {
          const wait = await limiter.take(row.id, connector.descriptor.rateLimit, LONGEST_RATE_WAIT_MS);
          if (wait > 0) throw new ShopDiscountError('retry', 'the rate limit leaves no call now', wait);
          const page = await puller.page(resource, cursors[resource] ?? null, pageSize);
          tally.pages++;
          const fresh = page.records.filter((record) => isAfter(record, cursors[resource] ?? null));
          await writePage(row, resource, fresh, cursors, tally);
          onPage?.(resource, tally);
          // A page with nothing new that is not the end would be asked for again and again.
          if (page.done || fresh.length === 0) break;
        }
      }
      await health(row.id, { last_sync_at: clock.now().toISOString() });
      return tally;
    } catch (error) {
      const message = messageOf(error);
      await health(row.id, { last_error: message.slice(0, 2_000), last_error_at: clock.now().toISOString() });
      if (error instanceof ShopDiscountError)
        throw error.outcome === 'retry'
          ? new RetryableError(message, {
              cause: error,
              ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
            })
          : new PermanentError(message, { cause: error });
      throw error;
    }
  }

  /** Enqueues a pull for every connection that is due; returns how many were enqueued. */
  async function tick(): Promise<number> {
    if (pulling.length === 0) return 0;
    const now = clock.now();
    const rows = await db
      .selectFrom('shop_connections')
      .select(['id', 'account_id', 'platform', 'last_sync_at'])
      .where('platform', 'in', pulling)
      .execute();
    let enqueued = 0;
    const minute = now.toISOString().slice(0, 16);
    for (const row of rows) {
      const capability = shopConnector(row.platform).descriptor.capabilities.pull;
      if (!capability) continue;
      const dueAt = row.last_sync_at
        ? Date.parse(row.last_sync_at) + capability.everyMinutes * 60_000 - DUE_SLACK_MS
        : 0;
      if (dueAt > now.getTime()) continue;
      const result = await deps.jobs.enqueue(db, {
        kind: SHOP_PULL_JOB,
        payload: { connectionId: row.id },
        accountId: row.account_id,
        dedupeKey: `shop-pull:${row.id}:${minute}`,
      });
      if (result.created) enqueued++;
    }
    return enqueued;
  }

  /**
   * A pull of the connection now ("read now" in the admin). Asked twice in the same second
   * (a double click) it starts one (`started: false` the second time); beside a scheduled pull
   * it is harmless, as only one pull holds a connection at a time (the lease).
   */
  async function pullSoon(row: Pick<ShopConnectionRow, 'id' | 'account_id' | 'platform'>) {
    if (!shopConnector(row.platform).descriptor.capabilities.pull)
      throw new AppError(
        'unprocessable',
        `${row.platform} sends its changes by webhooks; there is nothing to pull`,
      );
    const result = await deps.jobs.enqueue(db, {
      kind: SHOP_PULL_JOB,
      payload: { connectionId: row.id },
      accountId: row.account_id,
      dedupeKey: `shop-pull:${row.id}:now:${clock.now().toISOString().slice(0, 19)}`,
    });
    return { started: result.created, jobId: result.id };
  }

  deps.jobs.registerHandler<{ connectionId: string }>(SHOP_PULL_JOB, async (job, ctx) => {
    const summary = await pull(job.payload.connectionId);
    ctx.logger.info({ pull: summary }, 'shop pull finished');
  });
  deps.jobs.registerHandler(SHOP_PULL_TICK_JOB, async () => {
    await tick();
  });

  return { pull, tick, pullSoon };
}

export type ShopPull = ReturnType<typeof createShopPull>;
