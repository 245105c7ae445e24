import type { PortableMigration } from '../migrator.js';

/**
 * Invitations read a customer's consent from contacts, its source of truth. The copy they kept
 * of it (fed by every `customer.upserted` and `consent.changed` event) only ever lagged behind
 * contacts, and cost the fan-out of an import one upsert per customer.
 */
export const m0037ConsentReadFromContacts: PortableMigration = {
  async up(db) {
    await db.schema.dropTable('invitation_consents').execute();
  },
};
