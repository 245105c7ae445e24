import type { Kysely } from 'kysely';
import type { ProfileUpdate } from './connector.js';
import type { ConnectorsTables } from './connectors.tables.js';

/**
 * The profile each platform should hold, kept from domain events so a first export can stream
 * it from our own table in pages (domains do not read each other's tables).
 */
export async function applyToMirror(
  trx: Kysely<ConnectorsTables>,
  at: { accountId: string; channelId: string; occurredAt: string },
  update: { profile?: ProfileUpdate; consent?: 'subscribed' | 'unsubscribed' },
): Promise<void> {
  const email = (update.profile?.email ?? '').toLowerCase();
  if (!email) return;
  await trx
    .insertInto('connector_profiles')
    .values({
      account_id: at.accountId,
      channel_id: at.channelId,
      email,
      first_name: null,
      last_name: null,
      phone: null,
      locale: null,
      external_id: null,
      properties: '{}',
      consent: null,
      updated_at: at.occurredAt,
    })
    .onConflict((oc) => oc.columns(['channel_id', 'email']).doNothing())
    .execute();
  const current = await trx
    .selectFrom('connector_profiles')
    .select(['properties', 'updated_at'])
    .where('channel_id', '=', at.channelId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  // Deliveries run concurrently: an event older than what the row already reflects changes nothing.
  if (new Date(at.occurredAt).getTime() < new Date(current.updated_at).getTime()) return;
  const profile = update.profile;
  const properties = {
    ...(JSON.parse(current.properties) as Record<string, unknown>),
    ...(profile?.properties ?? {}),
  };
  await trx
    .updateTable('connector_profiles')
    .set({
      ...(profile?.firstName !== undefined ? { first_name: profile.firstName } : {}),
      ...(profile?.lastName !== undefined ? { last_name: profile.lastName } : {}),
      ...(profile?.phone !== undefined ? { phone: profile.phone } : {}),
      ...(profile?.locale !== undefined ? { locale: profile.locale } : {}),
      ...(profile?.externalId !== undefined ? { external_id: profile.externalId } : {}),
      ...(update.consent ? { consent: update.consent } : {}),
      properties: JSON.stringify(properties),
      updated_at: at.occurredAt,
    })
    .where('channel_id', '=', at.channelId)
    .where('email', '=', email)
    .execute();
}

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

/** One page of mirrored profiles after `cursor` (by email), as connectors receive them. */
export async function mirrorPage(
  db: Kysely<ConnectorsTables>,
  channelId: string,
  cursor: string | null,
  size: number,
): Promise<ProfileUpdate[]> {
  let query = db.selectFrom('connector_profiles').selectAll().where('channel_id', '=', channelId);
  if (cursor !== null) query = query.where('email', '>', cursor);
  const rows = await query.orderBy('email').limit(size).execute();
  return rows.map((row) => ({
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    locale: row.locale,
    externalId: row.external_id,
    properties: JSON.parse(row.properties) as ProfileUpdate['properties'],
    consent: row.consent === 'subscribed' || row.consent === 'unsubscribed' ? row.consent : null,
  }));
}

export async function mirrorCount(db: Kysely<ConnectorsTables>, channelId: string): Promise<number> {
  const row = await db
    .selectFrom('connector_profiles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('channel_id', '=', channelId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
