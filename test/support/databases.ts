import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import {
  type Database,
  type DialectKind,
  migrateToLatest,
  migrateUpTo,
  openDatabase,
} from '../../src/platform/db/index.js';

import { TEST_DATABASE_URL } from './postgres-url.js';

export { TEST_DATABASE_URL };

/** Answered by test/support/global-setup.ts, which probes PostgreSQL once for the whole run. */
export function postgresAvailable(): boolean {
  return inject('postgresAvailable');
}

/** The engines every integration suite runs on: always SQLite, PostgreSQL when reachable. */
export const dialects: DialectKind[] = postgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  database: Database<unknown>;
  /** The URL (and, on PostgreSQL, schema) a child process needs to open the same data. */
  url: string;
  schema?: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, private database: a temp SQLite file or a new PostgreSQL schema.
 * `upTo` stops after that migration (a test of the next one seeds data first).
 */
export async function createTestDatabase(
  kind: DialectKind,
  options: { upTo?: string } = {},
): Promise<TestDatabase> {
  const migrate = (database: Database<unknown>) =>
    options.upTo ? migrateUpTo(database, options.upTo) : migrateToLatest(database);
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'trustloop-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const database = await openDatabase({ url });
    await migrate(database);
    return {
      database,
      url,
      async drop() {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 5 });
  await migrate(database);
  return {
    database,
    url: TEST_DATABASE_URL,
    schema,
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
