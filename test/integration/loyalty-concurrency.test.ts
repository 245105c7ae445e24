import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects, TEST_DATABASE_URL } from '../support/databases.js';
import {
  adjust,
  createReward,
  loyaltyBase,
  memberOf,
  setUpProgram,
  shopperToken,
} from '../support/loyalty-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface ApiProcess {
  child: ChildProcess;
  url: string;
}

async function spawnApi(schema: string, masterKey: string): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/loyalty-api-process.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LOYALTY_DB_URL: TEST_DATABASE_URL,
      LOYALTY_DB_SCHEMA: schema,
      TRUSTLOOP_MASTER_KEY: masterKey,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /READY (\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`API process exited (${code}) before it was ready:\n${stderr}`)),
    );
  });
  return { child, url };
}

async function stopApi(api: ApiProcess): Promise<void> {
  if (api.child.exitCode !== null) return;
  api.child.kill('SIGTERM');
  await once(api.child, 'exit');
}

/** L7: a redemption never spends points that are not there, even across processes. */
describe.skipIf(!dialects.includes('postgres'))(
  'redemptions racing on two API processes (PostgreSQL)',
  () => {
    const masterKey = randomBytes(32).toString('base64');
    let app: TestApp;
    let tenant: Tenant;
    let apis: ApiProcess[] = [];

    beforeAll(async () => {
      app = await createTestApp('postgres', { env: { TRUSTLOOP_MASTER_KEY: masterKey } });
      tenant = await createTenant(app);
      const schema = app.trustloop.database.schema!;
      apis = await Promise.all([spawnApi(schema, masterKey), spawnApi(schema, masterKey)]);
    }, 60_000);
    afterAll(async () => {
      await Promise.all(apis.map(stopApi));
      await app.close();
    });

    it('100 parallel redemptions against one balance never overspend, and balance = sum(ledger)', async () => {
      await setUpProgram(app, tenant);
      const { rewardId } = await createReward(app, tenant, {
        name: '5 zł',
        kind: 'amount_off',
        value: 500,
        pointsCost: 30,
      });
      const email = 'racer@example.com';
      await app.inject({
        method: 'POST',
        url: `${loyaltyBase(tenant)}/members`,
        headers: tenant.auth,
        payload: { email },
      });
      const { memberId } = (await memberOf(app, tenant, email)).body;
      for (const points of [400, 350, 250])
        expect((await adjust(app, tenant, memberId, points)).statusCode).toBe(201);
      const starting = 1000;
      const token = await shopperToken(app, tenant, email);

      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          fetch(`${apis[i % 2]!.url}/public/v1/channels/${tenant.publicId}/hub/redeem`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Shopper ${token}` },
            body: JSON.stringify({ rewardId }),
          }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      const succeeded = statuses.filter((status) => status === 201).length;
      expect(statuses.filter((status) => status !== 201 && status !== 422)).toEqual([]);
      expect(succeeded * 30).toBeLessThanOrEqual(starting);
      expect(succeeded).toBe(Math.floor(starting / 30));

      const db = app.trustloop.database.db;
      const { rows } = await sql<{ balance: number; ledger: number; lots: number; coupons: number }>`
      select m.balance,
        (select sum(points) from loyalty_ledger where member_id = m.id) as ledger,
        (select sum(remaining) from loyalty_lots where member_id = m.id) as lots,
        (select count(*) from loyalty_coupons where member_id = m.id) as coupons
      from loyalty_members m where m.id = ${memberId}`.execute(db);
      expect(rows[0]).toEqual({
        balance: starting - succeeded * 30,
        ledger: starting - succeeded * 30,
        lots: starting - succeeded * 30,
        coupons: succeeded,
      });
    });
  },
);
