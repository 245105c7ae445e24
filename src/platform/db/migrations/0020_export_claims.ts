import type { PortableMigration } from '../migrator.js';

/**
 * Exports that see the truth and never run twice (issue 12):
 * - `claimed_by` / `claim_until`: the one run (job attempt) allowed to send an export's pages;
 *   every progress write is conditioned on holding it, so a worker that lost its job lease
 *   cannot send a page the run that took over also sends;
 * - `catch_up_cursor`: where the first phase (`catching_up`, copying committed customers whose
 *   fan-out is still pending into the profile mirror) stopped, so a crashed run resumes there.
 */
export const m0020ExportClaims: PortableMigration = {
  async up(db, t) {
    await db.schema.alterTable('connector_exports').addColumn('claimed_by', 'text').execute();
    await db.schema.alterTable('connector_exports').addColumn('claim_until', t.timestamp).execute();
    await db.schema.alterTable('connector_exports').addColumn('catch_up_cursor', 'text').execute();
    await db.schema
      .alterTable('connector_exports')
      .addColumn('caught_up', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
