import type { Kysely } from 'kysely';
import { isOrderEvent } from '../commerce/index.js';
import type { Clock } from '../platform/clock.js';
import type { DialectKind } from '../platform/db/index.js';
import type { RateLimiter } from '../platform/http/outbound-rate-limiter.js';
import { type DomainEvent, type Jobs, PermanentError, RetryableError } from '../platform/jobs/index.js';
import type { ConnectionsStore } from './connections.store.js';
import type { Connector } from './connector.js';
import { ConnectorFailure, toJobError } from './connector-failure.js';
import type { ConnectorRegistry } from './connector-registry.js';
import type { ConnectorsTables } from './connectors.tables.js';
import { askPlatformConsent, type PlatformOptIn } from './consent-fetch.js';
import { type Delivery, toDelivery } from './domain-events.js';
import { applyOrderToMirror, applyToMirror, mirroredProfile } from './profile-mirror.js';
import { purchaseDestination, sendPurchaseOnce } from './purchase-ledger.js';

export const DELIVER_JOB = 'connectors.deliver';
/** How a delivery that failed, or waits, on a refused key starts its error (see toJobError). */
export const AUTH_WAIT_PREFIX = 'auth_invalid:';
/** Pushes of one delivery's profile while the mirror keeps changing under it (see the handler). */
const PROFILE_PUSH_ROUNDS = 3;
export const FANOUT_SUBSCRIBER = 'connectors.fanout';

/** One event to one connection: an event split out of its batch, or a delivery made before batching. */
export interface DeliverPayload {
  connectionId: string;
  eventId: string;
  eventType: string;
}

/** Every event of one outbox batch (that the connection subscribes to), in order, to one connection. */
export interface BatchDeliverPayload {
  connectionId: string;
  batchId: string;
}

/** The longest rate-limit wait a batch delivery sleeps through rather than giving up its attempt. */
const BATCH_MAX_WAIT_MS = 5_000;

export interface DispatchDeps {
  db: Kysely<ConnectorsTables>;
  dialect: DialectKind;
  jobs: Jobs;
  clock: Clock;
  registry: ConnectorRegistry;
  store: ConnectionsStore;
  limiter: RateLimiter;
  /** Records an opt-in a platform holds (seed 001 §6 [6]); see consent-fetch.ts. */
  platformOptIn: PlatformOptIn;
}

/**
 * Wires connectors to the outbox: every domain event updates the profile mirror, and each outbox
 * batch (one transaction's events: a chunk of a CSV import, a webhook) becomes one delivery job
 * per subscribed connection (`conn:<connectionId>:batch:<batchId>`, so a redelivered batch never
 * enqueues twice). That job sends the batch's events in order; each event's steps (profile,
 * consent, event) are recorded in `connector_deliveries` once sent, so a retried batch resends
 * nothing that succeeded. An event the platform refuses for good is split out as a dead letter of
 * its own (`conn:<connectionId>:<eventId>`, replayable alone) and the batch goes on.
 */
export function registerDispatch(deps: DispatchDeps): void {
  const { db, dialect, jobs, clock, registry, store, limiter, platformOptIn } = deps;

  /** One event's change to the mirrors (profiles and paid orders), in the caller's transaction. */
  async function applyToMirrors(trx: Kysely<ConnectorsTables>, event: DomainEvent): Promise<void> {
    const delivery = toDelivery(event);
    if (event.type === 'customer.erased' && event.channelId) {
      // The mirror keeps personal data: an erased customer leaves it too.
      const { email } = event.payload;
      await trx
        .deleteFrom('connector_profiles')
        .where('channel_id', '=', event.channelId)
        .where('email', '=', email.toLowerCase())
        .execute();
      await trx
        .deleteFrom('connector_orders')
        .where('channel_id', '=', event.channelId)
        .where('email', '=', email.toLowerCase())
        .execute();
    }
    if (event.channelId && isOrderEvent(event)) {
      await applyOrderToMirror(
        trx,
        { accountId: event.accountId, channelId: event.channelId, occurredAt: event.occurredAt },
        event.payload.order,
      );
    }
    if (event.channelId && (delivery.profile || delivery.consent)) {
      await applyToMirror(
        trx,
        {
          accountId: event.accountId,
          channelId: event.channelId,
          occurredAt: event.occurredAt,
          dialect,
        },
        {
          profile: delivery.profile ?? { email: delivery.consent!.email, properties: {} },
          ...(delivery.consent
            ? {
                consent: {
                  status: delivery.consent.subscribed ? 'subscribed' : 'unsubscribed',
                  changedAt: delivery.consent.changedAt,
                },
              }
            : {}),
          ...(event.type === 'customer.upserted' ? { createdAt: event.payload.customer.createdAt } : {}),
        },
      );
    }
  }

  jobs.registerSubscriber({
    name: FANOUT_SUBSCRIBER,
    eventTypes: '*',
    async handle(event: DomainEvent) {
      await db.transaction().execute((trx) => applyToMirrors(trx, event));
    },
    // A group of events shares one transaction: one commit instead of one per event, and on
    // PostgreSQL two round trips fewer per event. Two groups never lock the same rows: this
    // subscriber's deliveries for an account run one at a time (dueDeliveries) and each
    // account's mirror rows are its own. An export's catch-up may add the same missing rows
    // meanwhile; should the two ever wait on each other, PostgreSQL fails one and its job retries.
    async handleMany(events: readonly DomainEvent[]) {
      await db.transaction().execute(async (trx) => {
        for (const event of events) await applyToMirrors(trx, event);
      });
    },
    // After the whole batch is in the mirror: one delivery job per connection listening to any
    // of its events (a delivery then pushes each profile as the batch left it).
    async afterBatch(batch) {
      const targets = new Set<string>();
      for (const kind of await jobs.kindsOfBatch(batch.id, batch.accountId)) {
        for (const id of await store.subscribedTo(batch.accountId, kind.channelId, kind.type))
          targets.add(id);
      }
      if (targets.size === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const connectionId of targets) {
          await jobs.enqueue<BatchDeliverPayload>(trx, {
            kind: DELIVER_JOB,
            accountId: batch.accountId,
            dedupeKey: `conn:${connectionId}:batch:${batch.id}`,
            payload: { connectionId, batchId: batch.id },
          });
        }
      });
    },
  });

  jobs.registerHandler<DeliverPayload | BatchDeliverPayload>(DELIVER_JOB, async (job) => {
    const { connectionId } = job.payload;
    const found = await store.target(connectionId);
    if (!found) return; // disconnected since: nothing to do
    if (found.connection.status === 'auth_invalid') {
      // The key was refused (revoked, or without an access Trustloop needs): the platform is
      // not called again until the merchant fixes the key; the delivery waits as a dead letter
      // that fixing the connection replays (connectors.service update).
      throw new PermanentError(
        `${AUTH_WAIT_PREFIX} waiting for a working key: ${found.connection.lastError ?? 'the key was refused'}`,
      );
    }
    if ('eventId' in job.payload) {
      const event = await jobs.getEvent(job.payload.eventId, found.target.accountId);
      if (!event) throw new PermanentError(`event ${job.payload.eventId} no longer exists`);
      await deliverEvent(found, event);
      return;
    }
    const accountId = found.target.accountId;
    const { batchId } = job.payload;
    // What the connection listens to in this batch: only those events are read.
    const kindKey = (kind: { channelId: string | null; type: string }) =>
      `${kind.channelId}\u0000${kind.type}`;
    const listens = new Set<string>();
    const types = new Set<string>();
    for (const kind of await jobs.kindsOfBatch(batchId, accountId)) {
      if (!(await store.subscribedTo(accountId, kind.channelId, kind.type)).includes(connectionId)) continue;
      listens.add(kindKey(kind));
      types.add(kind.type);
    }
    if (types.size === 0) return;
    for (const event of await jobs.eventsOfBatch(batchId, accountId, [...types])) {
      if (!listens.has(kindKey(event))) continue;
      try {
        await deliverEvent(found, event, BATCH_MAX_WAIT_MS);
      } catch (error) {
        // A refused key stops the whole batch (it waits for the key as one dead letter); an
        // event the platform refuses for good becomes a dead letter of its own, replayable alone.
        if (!(error instanceof PermanentError) || error.message.startsWith(AUTH_WAIT_PREFIX)) throw error;
        await jobs.enqueue<DeliverPayload>(db, {
          kind: DELIVER_JOB,
          accountId,
          dedupeKey: `conn:${connectionId}:${event.id}`,
          payload: { connectionId, eventId: event.id, eventType: event.type },
          deadWith: error.message,
        });
      }
    }
  });

  /** Sends one event's steps to one connection, skipping the steps already sent. */
  async function deliverEvent(
    found: NonNullable<Awaited<ReturnType<ConnectionsStore['target']>>>,
    event: DomainEvent,
    maxWaitMs?: number,
  ): Promise<void> {
    const connectionId = found.connection.id;
    const eventId = event.id;
    const connector = registry.get(found.connection.connectorId);
    const delivery = toDelivery(event);
    // Push the profile as it stands now, not as this (possibly older, out-of-order) event saw it.
    if (delivery.profile && event.channelId) {
      delivery.profile =
        (await mirroredProfile(db, event.channelId, delivery.profile.email)) ?? delivery.profile;
    }
    let steps = stepsFor(connector, delivery, found.target);
    if (delivery.profile && event.channelId) {
      const channelId = event.channelId;
      const first = delivery.profile;
      const profileStep = steps.find(([step]) => step === 'profile');
      // Deliveries for one person run concurrently and each pushes the whole profile, so an
      // older picture can reach the platform last. After a push, the mirror is read again: if
      // it has moved on, the newer picture is pushed too, and the platform ends on the latest.
      if (profileStep) {
        profileStep[1] = async () => {
          let pushed = first;
          for (let round = 0; round < PROFILE_PUSH_ROUNDS; round++) {
            await connector.pushProfile(found.target, pushed);
            const now = await mirroredProfile(db, channelId, pushed.email);
            if (!now || JSON.stringify(now) === JSON.stringify(pushed)) return;
            pushed = now;
          }
        };
      }
    }
    // A paid order reaches a platform account that takes past transactions once, whether
    // this delivery or an export gets there first (see sendPurchaseOnce).
    const orderId = delivery.event.properties['order_id'];
    if (
      event.type === 'order.paid' &&
      connector.descriptor.capabilities.exportChoices?.transactions &&
      orderId
    ) {
      for (const step of steps) {
        if (step[0] !== 'event') continue;
        const send = step[1];
        step[1] = async () => {
          await sendPurchaseOnce(
            db,
            clock,
            {
              destination: purchaseDestination(connector, found.target),
              orderId: String(orderId),
              by: `event:${eventId}`,
            },
            send,
          );
        };
      }
    }
    const done = new Set(
      (
        await db
          .selectFrom('connector_deliveries')
          .select('step')
          .where('connection_id', '=', connectionId)
          .where('event_id', '=', eventId)
          .execute()
      ).map((row) => row.step),
    );
    try {
      if (steps.some(([step]) => !done.has(step))) {
        const asked = await askPlatformConsent(connector, found.target, event, platformOptIn);
        if (asked.skipConsent) steps = steps.filter(([step]) => step !== 'consent');
      }
      for (const [step, call] of steps) {
        if (done.has(step)) continue;
        // Inside a batch a longer wait is slept through: giving up would spend the batch's attempt.
        const wait = await limiter.take(connectionId, connector.descriptor.rateLimit, maxWaitMs);
        if (wait > 0)
          throw new RetryableError('the connection is at its outbound rate limit', { retryAfterMs: wait });
        await call();
        await db
          .insertInto('connector_deliveries')
          .values({
            connection_id: connectionId,
            event_id: eventId,
            step,
            delivered_at: clock.now().toISOString(),
          })
          .onConflict((oc) => oc.columns(['connection_id', 'event_id', 'step']).doNothing())
          .execute();
      }
    } catch (error) {
      if (!(error instanceof ConnectorFailure)) throw error;
      await store.recordFailure(
        connectionId,
        error.message,
        error.kind === 'auth_invalid' ? 'auth_invalid' : 'error',
      );
      throw toJobError(error);
    }
    if (steps.length > 0) await store.recordSuccess(connectionId);
  }
}

function stepsFor(
  connector: Connector,
  delivery: Delivery,
  target: Parameters<Connector['pushProfile']>[0],
): Array<[string, () => Promise<void>]> {
  const caps = connector.descriptor.capabilities;
  const steps: Array<[string, () => Promise<void>]> = [];
  const { profile, consent } = delivery;
  if (caps.profiles && profile) steps.push(['profile', () => connector.pushProfile(target, profile)]);
  if (caps.consent && consent) steps.push(['consent', () => connector.pushConsent(target, consent)]);
  if (caps.rawEvents || (caps.trackedEvents && delivery.event.name !== null && delivery.event.email)) {
    steps.push(['event', () => connector.pushEvent(target, delivery.event)]);
  }
  return steps;
}
