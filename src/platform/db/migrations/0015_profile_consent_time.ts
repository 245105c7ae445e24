import { sql } from 'kysely';
import type { PortableMigration } from '../migrator.js';

/**
 * The profile mirror keeps when its consent was set (`consent_changed_at`), apart from when the
 * rest of the profile last changed (`updated_at`). With one time for both, a `consent.changed`
 * event whose fan-out ran after the newer `customer.upserted` of the same request counted as
 * "older than the row" and was dropped whole: about half of the customers created subscribed
 * exported with no consent. Rows already stored take their consent from the customer it
 * mirrors (spelt out here, not imported, as a shipped migration must keep doing what it did),
 * so the consent the bug lost comes back; a row with no such customer keeps its own.
 */
export const m0015ProfileConsentTime: PortableMigration = {
  async up(db, t) {
    await db.schema.alterTable('connector_profiles').addColumn('consent_changed_at', t.timestamp).execute();
    const customer = sql`customers.channel_id = connector_profiles.channel_id
      and customers.email = connector_profiles.email
      and customers.consent_status in ('subscribed', 'unsubscribed')
      and customers.consent_changed_at is not null`;
    await sql`update connector_profiles
      set consent = (select customers.consent_status from customers where ${customer}),
          consent_changed_at = (select customers.consent_changed_at from customers where ${customer})
      where exists (select 1 from customers where ${customer})`.execute(db);
    await sql`update connector_profiles set consent_changed_at = updated_at
      where consent is not null and consent_changed_at is null`.execute(db);
  },
};
