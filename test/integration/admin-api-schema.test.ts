import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiSchema, SCHEMA_FILE } from '../../scripts/admin-api-schema.js';

describe("the admin app's API client", () => {
  it('is typed from the server’s current OpenAPI document (regenerate with `npx tsx scripts/admin-api-schema.ts`)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const current = await generateApiSchema();
    // A boolean first: the diff of two 10,000-line files helps nobody; the message says what to do.
    expect(
      committed === current,
      'web/admin/src/api/schema.d.ts is stale: run `npx tsx scripts/admin-api-schema.ts` and rebuild the admin app',
    ).toBe(true);
  }, 180_000);
});
