/**
 * Generates the admin app's API types (web/admin/src/api/schema.d.ts) from the server's own
 * OpenAPI document, so the UI cannot drift from the API: `npx tsx scripts/admin-api-schema.ts`
 * writes the file, and test/integration/admin-api-schema.test.ts fails while it is stale.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/platform/config.js';
import { createTrustloop } from '../src/trustloop.js';

export const SCHEMA_FILE = join(import.meta.dirname, '..', 'web', 'admin', 'src', 'api', 'schema.d.ts');

const HEADER =
  "// Generated from the server's OpenAPI document by scripts/admin-api-schema.ts: do not edit.\n" +
  '// A test fails when this file no longer matches the API; run `npx tsx scripts/admin-api-schema.ts`.\n';

/** The TypeScript types of the API as the server describes it now. */
export async function generateApiSchema(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trustloop-schema-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
  });
  const trustloop = await createTrustloop({ config });
  try {
    await trustloop.app.ready();
    const response = await trustloop.app.inject({ method: 'GET', url: '/openapi.json' });
    const document = response.json() as Parameters<typeof openapiTS>[0];
    const ast = await openapiTS(document, { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await trustloop.app.close();
    await trustloop.database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, await generateApiSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
