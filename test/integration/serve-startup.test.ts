import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { type DialectKind, openDatabase } from '../../src/platform/db/index.js';
import { createTrustloop, type Trustloop } from '../../src/trustloop.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases.js';
import { childDatabaseUrl, freePort, type ServeProcess, spawnServe } from '../support/serve-process.js';

const BACKLOG_JOBS = Number(process.env.BACKLOG_JOBS ?? 200_000);
const BACKLOG_EVENTS = 20_000;

/**
 * A first day's backlog, written the fast way (one INSERT … SELECT each), not through the API:
 * delivery jobs due now, whose events are gone (each fails for good, so the worker keeps
 * writing), and events still waiting for the relay.
 */
async function buildBacklog(test: TestDatabase, kind: DialectKind): Promise<void> {
  const db = test.database.db;
  const now = new Date().toISOString();
  const series =
    kind === 'postgres'
      ? sql`select i from generate_series(1, ${sql.lit(BACKLOG_JOBS)}) as s(i)`
      : sql`with recursive s(i) as (select 1 union all select i + 1 from s where i < ${sql.lit(BACKLOG_JOBS)}) select i from s`;
  const pad = (width: number) =>
    kind === 'postgres' ? sql.raw(`lpad(i::text, ${width}, '0')`) : sql.raw(`printf('%0${width}d', i)`);
  await sql`insert into jobs (id, kind, payload, account_id, event_id, subscriber, dedupe_key, state, run_at,
      attempts, max_attempts, lease_until, locked_by, last_error, created_at, updated_at, finished_at)
    select 'job_' || ${pad(26)}, 'deliver:loyalty.customers', '{"eventType":"customer.upserted"}', 'acc_backlog',
      'evt_' || ${pad(26)}, 'loyalty.customers', null, 'pending', ${now}, 0, 5, null, null, null, ${now}, ${now}, null
    from (${series}) as n`.execute(db);
  await sql`insert into events (id, type, account_id, channel_id, occurred_at, recorded_at, payload, relayed_at)
    select 'evt_b' || ${pad(25)}, 'backlog.unheard', 'acc_backlog', null, ${now}, ${now}, '{}', null
    from (${series}) as n where i <= ${BACKLOG_EVENTS}`.execute(db);
}

/** Milliseconds from `since` until `url` first answers 200 (polled every 20 ms). */
async function msUntilOk(since: number, url: string, timeoutMs: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return performance.now() - since;
    } catch {
      // not listening yet, or busy: try again
    }
    if (performance.now() - since > timeoutMs)
      throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The start path of `trustloop serve` (createTrustloop, then start with every role) in this
 * process, on its own connection to a database holding a first day's backlog. Timed from
 * before createTrustloop, with the code already loaded: on a machine shared by many runs,
 * loading the code alone can take longer than the budget, and is the same with or without a backlog.
 */
describe.each(dialects)('serve on %s starts in seconds whatever the backlog', (kind) => {
  let test: TestDatabase;
  let dataDir: string;
  let trustloop: Trustloop | undefined;

  beforeEach(async () => {
    test = await createTestDatabase(kind);
    dataDir = mkdtempSync(join(tmpdir(), 'trustloop-startup-'));
  });
  afterEach(async () => {
    await trustloop?.stop();
    trustloop = undefined;
    await test.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`answers /healthz and /readyz within 5 s of start on ${BACKLOG_JOBS.toLocaleString('en')} waiting jobs, and keeps answering while the worker works`, async () => {
    await buildBacklog(test, kind);
    const [port, bccPort] = [await freePort(), await freePort()];
    const config = loadConfig({
      DATABASE_URL: test.url,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      BCC_SMTP_PORT: String(bccPort),
      TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
    });
    const since = performance.now();
    const database = await openDatabase({ url: test.url, ...(test.schema ? { schema: test.schema } : {}) });
    trustloop = await createTrustloop({ config, database });
    const starting = trustloop.start(['api', 'worker', 'mail']);
    const health = await msUntilOk(since, `http://127.0.0.1:${port}/healthz`, 60_000);
    const ready = await msUntilOk(since, `http://127.0.0.1:${port}/readyz`, 60_000);
    await starting;
    console.info(`${kind}: /healthz after ${Math.round(health)} ms, /readyz after ${Math.round(ready)} ms`);
    expect(health).toBeLessThan(5_000);
    expect(ready).toBeLessThan(5_000);

    // While the worker works through the backlog, every probe is answered promptly.
    const slowest = { ms: 0 };
    for (let probe = 0; probe < 20; probe++) {
      const at = performance.now();
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      slowest.ms = Math.max(slowest.ms, performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.info(`${kind}: slowest /readyz while working: ${Math.round(slowest.ms)} ms`);
    expect(slowest.ms).toBeLessThan(1_000);
    const left = await sql<{ n: number }>`select count(*) as n from jobs where state = 'pending'`.execute(
      test.database.db,
    );
    expect(Number(left.rows[0]?.n)).toBeGreaterThan(0);
  }, 120_000);
});

describe('serve on sqlite beside a running import', () => {
  let test: TestDatabase;
  let dataDir: string;
  let trustloop: Trustloop | undefined;

  beforeEach(async () => {
    test = await createTestDatabase('sqlite');
    dataDir = mkdtempSync(join(tmpdir(), 'trustloop-startup-import-'));
  });
  afterEach(async () => {
    await trustloop?.stop();
    trustloop = undefined;
    await test.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz within 5 s while another process holds the write lock, and starts its worker once it is free', async () => {
    const [port] = [await freePort()];
    // `trustloop import` in another process, in the middle of a long batch: the write lock is
    // held for 3 s. (Before, the worker's first write waited for it inside SQLite's busy handler,
    // which blocks the event loop: nothing, /healthz included, was answered meanwhile.)
    const importing = new Sqlite(test.url.slice('sqlite:'.length));
    importing.exec('begin immediate');
    const release = setTimeout(() => importing.exec('commit'), 3_000);
    try {
      const since = performance.now();
      const database = await openDatabase({ url: test.url });
      trustloop = await createTrustloop({
        config: loadConfig({
          DATABASE_URL: test.url,
          DATA_DIR: dataDir,
          HOST: '127.0.0.1',
          PORT: String(port),
          TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
          LOG_LEVEL: 'silent',
        }),
        database,
      });
      const starting = trustloop.start(['api', 'worker']);
      const health = await msUntilOk(since, `http://127.0.0.1:${port}/healthz`, 30_000);
      const lockHeldWhenAnswered = importing.inTransaction;
      await starting;
      expect(health).toBeLessThan(5_000);
      expect(lockHeldWhenAnswered).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      clearTimeout(release);
      if (importing.inTransaction) importing.exec('commit');
      importing.close();
    }
  }, 60_000);
});

describe.each(dialects)('the first start of serve on %s', (kind) => {
  let test: TestDatabase;
  let dataDir: string;
  const children: ServeProcess[] = [];

  beforeEach(async () => {
    test = await createTestDatabase(kind);
    dataDir = mkdtempSync(join(tmpdir(), 'trustloop-first-start-'));
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => child.stop()));
    await test.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('a BCC port in use fails the start naming BCC_SMTP_PORT, creates no owner, and the next start prints the owner login', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const takenPort = (taken.address() as AddressInfo).port;
    const env = {
      DATABASE_URL: childDatabaseUrl(test),
      DATA_DIR: dataDir,
      TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    };
    try {
      const failed = spawnServe({ ...env, PORT: String(await freePort()), BCC_SMTP_PORT: String(takenPort) });
      children.push(failed);
      expect(await failed.exited).toBe(1);
      expect(failed.output()).toContain(
        `port ${takenPort} is already in use: set BCC_SMTP_PORT to a free port`,
      );
      expect(failed.output()).not.toContain('one-time password');
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
    const users = await sql<{ n: number }>`select count(*) as n from users`.execute(test.database.db);
    expect(Number(users.rows[0]?.n)).toBe(0);

    const port = await freePort();
    const second = spawnServe({ ...env, PORT: String(port), BCC_SMTP_PORT: String(await freePort()) });
    children.push(second);
    const deadline = Date.now() + 60_000;
    while (!/one-time password: +\S+/.test(second.output())) {
      if (second.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`no owner login was printed:\n${second.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const password = /one-time password: +(\S+)/.exec(second.output())?.[1];
    expect(second.output(), 'the first-start banner points to the admin app').toMatch(
      /Sign in at http:\/\/\S+\/admin and choose your own password/,
    );
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@trustloop.local', password }),
    });
    expect(login.status).toBe(200);
  }, 150_000);
});

describe('serve before its database answers', () => {
  let children: ServeProcess[] = [];
  afterEach(async () => {
    await Promise.all(children.map((child) => child.stop()));
    children = [];
  });

  it('opens its port before the rest loads: /healthz answers 200 and /readyz 503 while the database does not answer', async () => {
    // A PostgreSQL address that accepts connections and never says a word: opening the
    // database (and so building the app) waits, the port must not.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const dbPort = (silent.address() as AddressInfo).port;
    try {
      const port = await freePort();
      const serve = spawnServe({
        DATABASE_URL: `postgres://trustloop@127.0.0.1:${dbPort}/trustloop`,
        PORT: String(port),
        BCC_SMTP_PORT: String(await freePort()),
      });
      children.push(serve);

      await msUntilOk(serve.startedAt, `http://127.0.0.1:${port}/healthz`, 30_000);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'starting' });
      const api = await fetch(`http://127.0.0.1:${port}/api/v1/channels`);
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toBe('1');
    } finally {
      // The child holds a connection to the silent server: stop it first, then close.
      await Promise.all(children.map((child) => child.stop()));
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 60_000);
});
