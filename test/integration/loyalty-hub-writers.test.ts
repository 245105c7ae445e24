import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases.js';
import { anOrder, deliver, orderEvent, setUpProgram, shopperToken } from '../support/loyalty-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The hub keeps a member's view between page views and, on SQLite, skips even the member's
 * version read while nothing was committed to the database (`commitMark`). A writer in another
 * process must still show in the very next view.
 */
describe.each(dialects)('the customer hub and other writers on %s', (kind) => {
  let database: TestDatabase;
  let app: TestApp;
  let tenant: Tenant;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    app = await createTestApp(kind, { database });
    tenant = await createTenant(app);
    await setUpProgram(app, tenant, {});
  });
  afterAll(() => app.close());

  /**
   * Another writer in its own OS process (as a worker, the CLI or a second server is): adds
   * points straight to the member's balance with one SQL update through the bare driver, then
   * exits (plain Node, so that the process starts in a fraction of a second).
   */
  const addPointsFromAnotherProcess = (email: string, points: number) => {
    const values = JSON.stringify([points, tenant.channelId, email]);
    const script =
      kind === 'sqlite'
        ? `const db = new (require('better-sqlite3'))(${JSON.stringify(database.url.replace(/^sqlite:/, ''))});
           const { changes } = db.prepare('update loyalty_members set balance = balance + ? where channel_id = ? and email = ?').run(...${values});
           db.close();
           if (changes !== 1) throw new Error('updated ' + changes + ' members');`
        : `const pg = require('pg');
           const client = new pg.Client({ connectionString: ${JSON.stringify(database.url)}, options: '-c search_path=${database.schema}' });
           client.connect()
             .then(() => client.query('update loyalty_members set balance = balance + $1 where channel_id = $2 and email = $3', ${values}))
             .then((result) => { if (result.rowCount !== 1) throw new Error('updated ' + result.rowCount + ' members'); })
             .finally(() => client.end());`;
    return promisify(execFile)(process.execPath, ['-e', script], { cwd: ROOT });
  };

  it('a member’s next view shows points another process added, though the view was kept', async () => {
    const email = 'elsewhere@example.com';
    await deliver(app, tenant, [
      orderEvent('paid', anOrder(tenant, { email, subtotal: 4_000, total: 4_000 })),
    ]);
    const token = await shopperToken(app, tenant, email);
    const points = async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/public/v1/channels/${tenant.publicId}/hub`,
        headers: { authorization: `Shopper ${token}` },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().member.points;
    };
    // Built, then kept, then kept without reading the member again.
    expect([await points(), await points(), await points()]).toEqual([40, 40, 40]);

    await addPointsFromAnotherProcess(email, 5);
    expect(await points()).toBe(45);
    await addPointsFromAnotherProcess(email, 7);
    expect(await points()).toBe(52);
  });
});
