/**
 * Another writer of a test database, in its own OS process (as a worker, the CLI or a second
 * server is): adds points straight to one member's balance with one SQL update, then exits.
 * Configured by env: POINTS_DB_URL, POINTS_DB_SCHEMA (PostgreSQL only), POINTS_CHANNEL_ID,
 * POINTS_EMAIL, POINTS_ADD.
 */
import { sql } from 'kysely';
import { openDatabase } from '../../src/platform/db/index.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const schema = process.env['POINTS_DB_SCHEMA'];
const database = await openDatabase({ url: env('POINTS_DB_URL'), ...(schema ? { schema } : {}) });
try {
  const result = await sql`update loyalty_members set balance = balance + ${Number(env('POINTS_ADD'))}
    where channel_id = ${env('POINTS_CHANNEL_ID')} and email = ${env('POINTS_EMAIL')}`.execute(database.db);
  if (result.numAffectedRows !== 1n) throw new Error(`updated ${result.numAffectedRows} members, not 1`);
} finally {
  await database.close();
}
