import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

const MINUTE = 60_000;

describe.each(dialects)('sign-in throttle on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  // Small limits keep each scenario short; the login route also allows 10 requests a minute
  // per address (real time), so no address below makes more than that.
  const env = {
    SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS: '3',
    SIGN_IN_FAILURES_PER_ADDRESS: '7',
    SIGN_IN_FAILURES_PER_ACCOUNT: '6',
  };
  let net = 0;
  /** A fresh network, so scenarios do not share addresses. */
  const network = () => `10.${++net}.0`;

  beforeAll(async () => {
    app = await createTestApp(kind, { env });
    clock = app.clock as ManualClock;
  });
  afterAll(() => app.close());

  const login = (email: string, password: string, address: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: address,
    });
  const failFrom = async (tenant: Tenant, address: string, times: number) => {
    for (let i = 0; i < times; i++)
      expect((await login(tenant.ownerEmail, 'wrong guess', address)).statusCode).toBe(401);
  };

  it('holds back one address guessing one account, with Retry-After, and lets it try again once the window ends', async () => {
    const tenant = await createTenant(app);
    const attacker = `${network()}.1`;
    await failFrom(tenant, attacker, 3);
    const held = await login(tenant.ownerEmail, tenant.password, attacker);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe('rate_limited');
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    clock.advance(15 * MINUTE + 1000);
    expect((await login(tenant.ownerEmail, tenant.password, attacker)).statusCode).toBe(200);
  });

  it('does not lock the owner out when another address guesses their account', async () => {
    const tenant = await createTenant(app);
    const base = network();
    await failFrom(tenant, `${base}.66`, 3);
    expect((await login(tenant.ownerEmail, 'wrong guess', `${base}.66`)).statusCode).toBe(429);
    expect((await login(tenant.ownerEmail, tenant.password, `${base}.7`)).statusCode).toBe(200);
  });

  it('holds back an address spraying many accounts, for every account, but not other addresses', async () => {
    const tenants = await Promise.all([1, 2, 3, 4].map(() => createTenant(app)));
    const sprayer = `${network()}.1`;
    for (const tenant of tenants.slice(0, 3)) await failFrom(tenant, sprayer, 2);
    await failFrom(tenants[3]!, sprayer, 1);
    // Seven failures over four accounts: the address is held back even for an account it never tried.
    const fresh = await createTenant(app);
    expect((await login(fresh.ownerEmail, fresh.password, sprayer)).statusCode).toBe(429);
    for (const tenant of tenants)
      expect((await login(tenant.ownerEmail, tenant.password, `${network()}.2`)).statusCode).toBe(200);
  });

  it('holds back unfamiliar addresses when many addresses guess one account, never an address the owner used', async () => {
    const tenant = await createTenant(app);
    const home = `${network()}.1`;
    expect((await login(tenant.ownerEmail, tenant.password, home)).statusCode).toBe(200);
    const botnet = network();
    for (const host of [1, 2]) await failFrom(tenant, `${botnet}.${host}`, 3);
    // Six failures from unfamiliar addresses: a new address waits, the owner's own does not.
    expect((await login(tenant.ownerEmail, tenant.password, `${botnet}.3`)).statusCode).toBe(429);
    expect((await login(tenant.ownerEmail, tenant.password, home)).statusCode).toBe(200);
    // Failures from the familiar address do not feed the account's counter.
    clock.advance(61 * MINUTE);
    await failFrom(tenant, home, 2);
    expect((await login(tenant.ownerEmail, tenant.password, home)).statusCode).toBe(200);
  });

  it('never counts a shared address against an account it never tried', async () => {
    const [tried, untried] = [await createTenant(app), await createTenant(app)];
    const nat = `${network()}.1`;
    await failFrom(tried, nat, 3);
    expect((await login(tried.ownerEmail, tried.password, nat)).statusCode).toBe(429);
    expect((await login(untried.ownerEmail, untried.password, nat)).statusCode).toBe(200);
  });

  it('treats an unknown email like a known one, so the throttle tells nothing about which exist', async () => {
    const address = `${network()}.1`;
    const ghost = { ownerEmail: `nobody-${kind}@example.com` } as Tenant;
    await failFrom(ghost, address, 3);
    const held = await login(ghost.ownerEmail, 'wrong guess', address);
    expect(held.statusCode).toBe(429);
  });
});

describe.each(dialects)('two-factor sign-in on %s', (kind) => {
  let app: TestApp;
  let clock: ManualClock;
  let net = 0;
  const address = () => `172.16.${++net}.1`;

  beforeAll(async () => {
    app = await createTestApp(kind);
    clock = app.clock as ManualClock;
  });
  afterAll(() => app.close());

  async function session(email: string, password: string, extra: Record<string, string> = {}) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, ...extra },
      remoteAddress: address(),
    });
    const cookie = response.cookies.find((c) => c.name === 'tl_session');
    return {
      response,
      headers: cookie
        ? { cookie: `tl_session=${cookie.value}`, 'x-csrf-token': response.json().csrfToken as string }
        : undefined,
    };
  }

  const codeAt = (secret: string, ms: number) =>
    OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: ms });

  async function enrol(tenant: Tenant) {
    const { headers } = await session(tenant.ownerEmail, tenant.password);
    const started = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: headers! });
    expect(started.statusCode).toBe(200);
    const { secret, otpauthUri } = started.json() as { secret: string; otpauthUri: string };
    const confirmed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      headers: headers!,
      payload: { code: codeAt(secret, clock.now().getTime()) },
    });
    expect(confirmed.statusCode).toBe(200);
    // The next code must be of a later time step: the confirming one is used.
    clock.advance(30_000);
    return {
      secret,
      otpauthUri,
      recoveryCodes: confirmed.json().recoveryCodes as string[],
      headers: headers!,
    };
  }

  it('enrols with an otpauth URI, and then sign-in needs the code: 401 totp_required without it, and no session', async () => {
    const tenant = await createTenant(app);
    const { otpauthUri, secret, recoveryCodes } = await enrol(tenant);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Trustloop:/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(recoveryCodes).toHaveLength(10);
    const bare = await session(tenant.ownerEmail, tenant.password);
    expect(bare.response.statusCode).toBe(401);
    expect(bare.response.json().error.code).toBe('totp_required');
    expect(bare.headers).toBeUndefined();
    const withCode = await session(tenant.ownerEmail, tenant.password, {
      totp: codeAt(secret, clock.now().getTime()),
    });
    expect(withCode.response.statusCode).toBe(200);
    expect(withCode.response.json().user.twoFactorEnabled).toBe(true);
  });

  it('does not say a code is needed when the password is wrong', async () => {
    const tenant = await createTenant(app);
    await enrol(tenant);
    const wrong = await session(tenant.ownerEmail, 'not the password');
    expect(wrong.response.statusCode).toBe(401);
    expect(wrong.response.json().error.code).toBe('unauthenticated');
  });

  it('accepts a TOTP code once, and refuses a stale one', async () => {
    const tenant = await createTenant(app);
    const { secret } = await enrol(tenant);
    const code = codeAt(secret, clock.now().getTime());
    expect((await session(tenant.ownerEmail, tenant.password, { totp: code })).response.statusCode).toBe(200);
    const replay = await session(tenant.ownerEmail, tenant.password, { totp: code });
    expect(replay.response.statusCode).toBe(401);
    expect(replay.response.json().error.code).toBe('unauthenticated');
    clock.advance(5 * 60_000);
    const stale = await session(tenant.ownerEmail, tenant.password, { totp: code });
    expect(stale.response.statusCode).toBe(401);
  });

  it('signs in with a recovery code exactly once', async () => {
    const tenant = await createTenant(app);
    const { recoveryCodes } = await enrol(tenant);
    const code = recoveryCodes[3]!;
    expect(
      (await session(tenant.ownerEmail, tenant.password, { recoveryCode: code })).response.statusCode,
    ).toBe(200);
    expect(
      (await session(tenant.ownerEmail, tenant.password, { recoveryCode: code })).response.statusCode,
    ).toBe(401);
    const typed = recoveryCodes[4]!.toUpperCase().replace('-', ' ');
    expect(
      (await session(tenant.ownerEmail, tenant.password, { recoveryCode: typed })).response.statusCode,
    ).toBe(200);
  });

  it('stores the TOTP secret sealed and the recovery codes hashed', async () => {
    const tenant = await createTenant(app);
    const { secret, recoveryCodes } = await enrol(tenant);
    const db = app.trustloop.database.db as import('kysely').Kysely<
      import('../../src/accounts/index.js').AccountsTables
    >;
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', tenant.ownerEmail)
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).not.toContain(secret);
    const codes = await db
      .selectFrom('user_recovery_codes')
      .selectAll()
      .where('user_id', '=', row.id)
      .execute();
    expect(codes).toHaveLength(10);
    const stored = JSON.stringify(codes);
    for (const code of recoveryCodes) expect(stored).not.toContain(code.replace('-', ''));
  });

  it('refuses a wrong confirmation code, naming the field, and leaves two-factor off', async () => {
    const tenant = await createTenant(app);
    const { headers } = await session(tenant.ownerEmail, tenant.password);
    await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: headers! });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp/confirm',
      headers: headers!,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('/body/code');
    expect((await session(tenant.ownerEmail, tenant.password)).response.statusCode).toBe(200);
  });

  it('turns two-factor off only with the password', async () => {
    const tenant = await createTenant(app);
    const { headers } = await enrol(tenant);
    const wrong = await app.inject({
      method: 'DELETE',
      url: '/api/v1/auth/totp',
      headers,
      payload: { password: 'not it' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.details[0].field).toBe('/body/password');
    const off = await app.inject({
      method: 'DELETE',
      url: '/api/v1/auth/totp',
      headers,
      payload: { password: tenant.password },
    });
    expect(off.statusCode).toBe(204);
    const plain = await session(tenant.ownerEmail, tenant.password);
    expect(plain.response.statusCode).toBe(200);
    expect(plain.response.json().user.twoFactorEnabled).toBe(false);
  });

  it('refuses enrolment for an API key and a second enrolment while on', async () => {
    const tenant = await createTenant(app);
    const byKey = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers: tenant.auth });
    expect(byKey.statusCode).toBe(403);
    const { headers } = await enrol(tenant);
    const again = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', headers });
    expect(again.statusCode).toBe(409);
  });
});
