import type { Kysely } from 'kysely';
import type { OrderSnapshot } from '../commerce/index.js';
import { type DialectKind, lockingRows } from '../platform/db/index.js';
import type { ProfileUpdate } from './connector.js';
import type { ConnectorProfilesTable, ConnectorsTables } from './connectors.tables.js';

/**
 * The profile each platform should hold, kept from domain events so a first export can stream
 * it from our own table in pages (domains do not read each other's tables).
 *
 * Fan-outs run concurrently and in any order, so each part of the row keeps its own time and
 * only a newer value replaces it: the profile fields go by `updated_at`, the consent by
 * `consent_changed_at` (when it was set at its source). One request that creates a subscribed
 * customer appends `consent.changed` (at the consent's time) and then `customer.upserted` (a
 * moment later); whichever fan-out runs first, both land.
 */
export async function applyToMirror(
  trx: Kysely<ConnectorsTables>,
  at: { accountId: string; channelId: string; occurredAt: string; dialect: DialectKind },
  update: {
    profile?: ProfileUpdate;
    consent?: { status: 'subscribed' | 'unsubscribed'; changedAt: string };
    /** When the contacts domain created the customer, if the event says. */
    createdAt?: string;
  },
): Promise<void> {
  const email = (update.profile?.email ?? '').toLowerCase();
  if (!email) return;
  // A person the mirror does not know yet is written whole in one statement: as the checks below
  // would leave a row that held nothing, every field from this event. A known one is changed
  // field by field after those checks. (An import's first event per customer takes one
  // statement instead of three.)
  const created = await trx
    .insertInto('connector_profiles')
    .values(newMirrorRow(at, email, update))
    .onConflict((oc) => oc.columns(['channel_id', 'email']).doNothing())
    .executeTakeFirst();
  if (Number(created.numInsertedOrUpdatedRows ?? 0) > 0) return;
  // Fan-outs for one person run concurrently: on PostgreSQL the row is locked before it is read,
  // or two of them could both pass the age checks below and the older would win. (SQLite runs
  // one writer at a time.)
  const query = trx
    .selectFrom('connector_profiles')
    .select(['properties', 'updated_at', 'created_at', 'consent', 'consent_changed_at'])
    .where('channel_id', '=', at.channelId)
    .where('email', '=', email);
  const current = await lockingRows(query, at.dialect).executeTakeFirstOrThrow();
  const set: Partial<ConnectorProfilesTable> = {};
  // "First known" only ever moves back (an older event, or the customer's own creation time).
  const createdAt = earliest(current.created_at ?? current.updated_at, at.occurredAt, update.createdAt);
  if (createdAt !== current.created_at) set.created_at = createdAt;
  if (update.consent && consentWins(current, update.consent)) {
    set.consent = update.consent.status;
    set.consent_changed_at = update.consent.changedAt;
  }
  // An event older than the profile the row already reflects changes none of its fields.
  if (ms(at.occurredAt) >= ms(current.updated_at)) {
    const profile = update.profile;
    const properties = {
      ...(JSON.parse(current.properties) as Record<string, unknown>),
      ...(profile?.properties ?? {}),
    };
    Object.assign(set, {
      ...(profile?.firstName !== undefined ? { first_name: profile.firstName } : {}),
      ...(profile?.lastName !== undefined ? { last_name: profile.lastName } : {}),
      ...(profile?.phone !== undefined ? { phone: profile.phone } : {}),
      ...(profile?.locale !== undefined ? { locale: profile.locale } : {}),
      ...(profile?.externalId !== undefined ? { external_id: profile.externalId } : {}),
      properties: JSON.stringify(properties),
      updated_at: at.occurredAt,
    });
  }
  if (Object.keys(set).length === 0) return;
  await trx
    .updateTable('connector_profiles')
    .set(set)
    .where('channel_id', '=', at.channelId)
    .where('email', '=', email)
    .execute();
}

/** The row of a profile first seen in this event: what the field-by-field checks would write. */
function newMirrorRow(
  at: { accountId: string; channelId: string; occurredAt: string },
  email: string,
  update: Parameters<typeof applyToMirror>[2],
): ConnectorProfilesTable {
  const profile = update.profile;
  return {
    account_id: at.accountId,
    channel_id: at.channelId,
    email,
    first_name: profile?.firstName ?? null,
    last_name: profile?.lastName ?? null,
    phone: profile?.phone ?? null,
    locale: profile?.locale ?? null,
    external_id: profile?.externalId ?? null,
    properties: JSON.stringify(profile?.properties ?? {}),
    consent: update.consent?.status ?? null,
    consent_changed_at: update.consent?.changedAt ?? null,
    created_at: earliest(at.occurredAt, update.createdAt),
    updated_at: at.occurredAt,
  };
}

/**
 * A consent replaces the mirrored one when it was set later; at the same instant the opt-out
 * wins, as in the consent machine, so the order of arrival never matters.
 */
function consentWins(
  current: { consent: string | null; consent_changed_at: string | null },
  next: { status: 'subscribed' | 'unsubscribed'; changedAt: string },
): boolean {
  if (current.consent === null || current.consent_changed_at === null) return true;
  const diff = ms(next.changedAt) - ms(current.consent_changed_at);
  return diff > 0 || (diff === 0 && next.status === 'unsubscribed');
}

const ms = (iso: string) => new Date(iso).getTime();

/** The profile as it stands now, newest state first: what every profile push sends. */
export async function mirroredProfile(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  email: string,
): Promise<ProfileUpdate | undefined> {
  const row = await db
    .selectFrom('connector_profiles')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    email: row.email,
    ...(row.first_name !== null ? { firstName: row.first_name } : {}),
    ...(row.last_name !== null ? { lastName: row.last_name } : {}),
    ...(row.phone !== null ? { phone: row.phone } : {}),
    ...(row.locale !== null ? { locale: row.locale } : {}),
    ...(row.external_id !== null ? { externalId: row.external_id } : {}),
    properties: JSON.parse(row.properties) as ProfileUpdate['properties'],
  };
}

function earliest(...times: Array<string | null | undefined>): string {
  let best: string | undefined;
  for (const time of times) {
    if (!time) continue;
    if (best === undefined || new Date(time).getTime() < new Date(best).getTime()) best = time;
  }
  return best!;
}

/**
 * Which contacts (and paid orders) an export sends: by newsletter consent, and by a date range
 * `[fromAt, toBefore)` of ISO instants — when Trustloop first knew the contact, and when the
 * order was paid.
 */
export interface MirrorFilter {
  consent: 'all' | 'subscribed' | 'unsubscribed';
  fromAt: string | null;
  toBefore: string | null;
}

export const ALL_PROFILES: MirrorFilter = { consent: 'all', fromAt: null, toBefore: null };

function profilesOf(db: Kysely<ConnectorsTables>, channelId: string, filter: MirrorFilter) {
  let query = db.selectFrom('connector_profiles').where('channel_id', '=', channelId);
  if (filter.consent !== 'all') query = query.where('consent', '=', filter.consent);
  // Timestamps compare as instants on PostgreSQL and as ISO-8601 UTC text on SQLite.
  if (filter.fromAt !== null) query = query.where('created_at', '>=', filter.fromAt);
  if (filter.toBefore !== null) query = query.where('created_at', '<', filter.toBefore);
  return query;
}

/** The columns a profile is made of (a page of a million-profile export reads no more). */
const PROFILE_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'phone',
  'locale',
  'external_id',
  'properties',
  'consent',
] as const;

function toProfile(row: Pick<ConnectorProfilesTable, (typeof PROFILE_COLUMNS)[number]>): ProfileUpdate {
  return {
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    locale: row.locale,
    externalId: row.external_id,
    properties: JSON.parse(row.properties) as ProfileUpdate['properties'],
    consent: row.consent === 'subscribed' || row.consent === 'unsubscribed' ? row.consent : null,
  };
}

/** One page of mirrored profiles after `cursor` (by email), as connectors receive them. */
export async function mirrorPage(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  cursor: string | null,
  size: number,
  filter: MirrorFilter = ALL_PROFILES,
): Promise<ProfileUpdate[]> {
  let query = profilesOf(db, channelId, filter).select(PROFILE_COLUMNS);
  if (cursor !== null) query = query.where('email', '>', cursor);
  const rows = await query.orderBy('email').limit(size).execute();
  return rows.map(toProfile);
}

export async function mirrorCount(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  filter: MirrorFilter = ALL_PROFILES,
): Promise<number> {
  const row = await profilesOf(db, channelId, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Which of these emails the channel's mirror holds. */
export async function mirroredEmails(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  emails: readonly string[],
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .selectFrom('connector_profiles')
    .select('email')
    .where('channel_id', '=', channelId)
    .where('email', 'in', [...emails])
    .execute();
  return new Set(rows.map((row) => row.email));
}

/** The mirrored profiles of these emails (an export's buyers), by email. */
export async function mirroredProfiles(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  emails: readonly string[],
): Promise<Map<string, ProfileUpdate>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('connector_profiles')
    .select(PROFILE_COLUMNS)
    .where('channel_id', '=', channelId)
    .where('email', 'in', [...emails])
    .execute();
  return new Map(rows.map((row) => [row.email, toProfile(row)]));
}

/**
 * Keeps the order mirror from order events: an order is there once paid, with the newest
 * snapshot (an older event changes nothing), so an export can send past purchases.
 */
export async function applyOrderToMirror(
  trx: Kysely<ConnectorsTables>,
  at: { accountId: string; channelId: string; occurredAt: string },
  order: OrderSnapshot,
): Promise<void> {
  if (!order.paidAt) return;
  const row = {
    email: order.customer.email ? order.customer.email.toLowerCase() : null,
    paid_at: order.paidAt,
    cancelled_at: order.cancelledAt,
    snapshot: JSON.stringify(order),
    updated_at: at.occurredAt,
  };
  await trx
    .insertInto('connector_orders')
    .values({ channel_id: at.channelId, order_id: order.orderId, account_id: at.accountId, ...row })
    .onConflict((oc) =>
      oc
        .columns(['channel_id', 'order_id'])
        .doUpdateSet(row)
        .where('connector_orders.updated_at', '<=', at.occurredAt),
    )
    .execute();
}

/**
 * One page (by order id, after `cursor`) of the channel's paid, not cancelled orders with an
 * email that the filter selects: paid in the range, and of a buyer in the consent state chosen.
 */
export async function paidOrderPage(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  cursor: string | null,
  size: number,
  filter: MirrorFilter,
): Promise<OrderSnapshot[]> {
  let query = db
    .selectFrom('connector_orders')
    .select(['connector_orders.order_id', 'connector_orders.snapshot'])
    .where('connector_orders.channel_id', '=', channelId)
    .where('connector_orders.email', 'is not', null)
    .where('connector_orders.cancelled_at', 'is', null);
  if (filter.fromAt !== null) query = query.where('connector_orders.paid_at', '>=', filter.fromAt);
  if (filter.toBefore !== null) query = query.where('connector_orders.paid_at', '<', filter.toBefore);
  if (filter.consent !== 'all') {
    const consent = filter.consent;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('connector_profiles')
          .select('connector_profiles.email')
          .whereRef('connector_profiles.channel_id', '=', 'connector_orders.channel_id')
          .whereRef('connector_profiles.email', '=', 'connector_orders.email')
          .where('connector_profiles.consent', '=', consent),
      ),
    );
  }
  if (cursor !== null) query = query.where('connector_orders.order_id', '>', cursor);
  const rows = await query.orderBy('connector_orders.order_id').limit(size).execute();
  return rows.map((row) => JSON.parse(row.snapshot) as OrderSnapshot);
}
