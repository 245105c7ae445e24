import pg from 'pg';
import type { TestProject } from 'vitest/node';
// Browser tests load the admin app and widgets from dist/web: rebuild any bundle whose sources changed.
import { buildStaleWebBundles } from '../../scripts/build-web.mjs';
import { TEST_DATABASE_URL } from './postgres-url.js';

/** Probes PostgreSQL once for the whole run; suites read the answer with `inject`. */
export default async function setup(project: TestProject): Promise<void> {
  await buildStaleWebBundles();
  const required = /^(1|true)$/i.test(process.env['TEST_REQUIRE_POSTGRES'] ?? '');
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('postgresAvailable', true);
  } catch (error) {
    if (required) {
      throw new Error(
        `TEST_REQUIRE_POSTGRES is set but ${TEST_DATABASE_URL} is not reachable: ${String(error)}`,
      );
    }
    project.provide('postgresAvailable', false);
    console.warn(`PostgreSQL not reachable at ${TEST_DATABASE_URL}; integration suites run on SQLite only.`);
  } finally {
    await client.end().catch(() => {});
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAvailable: boolean;
  }
}
