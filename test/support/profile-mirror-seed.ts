import type { Kysely } from 'kysely';
import type { ConnectorsTables } from '../../src/connectors/connectors.tables.js';

/**
 * Writes `count` mirrored profiles (`customer0000000@example.com` on, in email order) straight
 * into the connectors' table, in big transactions: what an export streams, without making that
 * many customers through the real interfaces first.
 */
export async function seedProfiles(
  db: Kysely<ConnectorsTables>,
  accountId: string,
  channelId: string,
  count: number,
  /** The properties of profile `i` (default: points, a tier, a referral link, the next expiry). */
  propertiesOf: (i: number) => Record<string, unknown> = defaultProperties,
): Promise<void> {
  const batch = 500;
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += 50_000) {
    await db.transaction().execute(async (trx) => {
      for (let offset = start; offset < Math.min(count, start + 50_000); offset += batch) {
        const rows = [];
        for (let i = offset; i < Math.min(count, offset + batch); i++) {
          rows.push({
            account_id: accountId,
            channel_id: channelId,
            email: `customer${String(i).padStart(7, '0')}@example.com`,
            first_name: 'Jana',
            last_name: `Customer ${i}`,
            phone: null,
            locale: 'cs',
            external_id: `c${i}`,
            properties: JSON.stringify(propertiesOf(i)),
            consent: null,
            updated_at: now,
          });
        }
        await trx.insertInto('connector_profiles').values(rows).execute();
      }
    });
  }
}

function defaultProperties(i: number): Record<string, unknown> {
  return {
    points: i % 1000,
    tier: i % 3 === 0 ? 'Gold' : 'Silver',
    referral_link: `https://shop.example.com/?ref=R${i}`,
    next_expiry_points: 40,
    next_expiry_date: '2027-01-31',
  };
}
