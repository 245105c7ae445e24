import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../src/platform/crypto/index.js';
import { createTenant, createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

const oldKey = randomBytes(32);
const currentKey = randomBytes(32);

interface LinkKeyRow {
  channel_id: string;
  link_encrypt_key: string;
  link_auth_key: string;
}

describe.each(dialects)('trustloop secrets rotate on %s', (kind) => {
  let app: TestApp;
  const db = () => app.trustloop.database.db as unknown as Kysely<{ invitation_settings: LinkKeyRow }>;

  beforeAll(async () => {
    app = await createTestApp(kind, {
      env: {
        TRUSTLOOP_MASTER_KEY: currentKey.toString('base64'),
        TRUSTLOOP_PREVIOUS_MASTER_KEYS: oldKey.toString('base64'),
      },
    });
  });
  afterAll(() => app.close());

  it('re-seals invitation link keys made under a previous master key, and they keep their values', async () => {
    const tenant = await createTenant(app, 'Rotation');
    const keysUrl = `/api/v1/channels/${tenant.channelId}/invitation-link-keys`;
    const before = (await app.inject({ method: 'GET', url: keysUrl, headers: tenant.auth })).json();

    // Simulate keys stored before the master key changed.
    const oldBox = createSecretBox({ masterKey: oldKey });
    const ad = (which: string) => `invitation-links:${tenant.channelId}:${which}`;
    await db()
      .updateTable('invitation_settings')
      .set({
        link_encrypt_key: oldBox.seal(before.encryptKey, ad('encrypt')),
        link_auth_key: oldBox.seal(before.authKey, ad('auth')),
      })
      .where('channel_id', '=', tenant.channelId)
      .execute();

    expect(await app.trustloop.rotateSecrets()).toBeGreaterThanOrEqual(2);

    const stored = await db()
      .selectFrom('invitation_settings')
      .selectAll()
      .where('channel_id', '=', tenant.channelId)
      .executeTakeFirstOrThrow();
    const currentKeyId = createSecretBox({ masterKey: currentKey }).keyId;
    expect(stored.link_encrypt_key.split('.')[1]).toBe(currentKeyId);
    expect(stored.link_auth_key.split('.')[1]).toBe(currentKeyId);
    const after = (await app.inject({ method: 'GET', url: keysUrl, headers: tenant.auth })).json();
    expect(after.encryptKey).toBe(before.encryptKey);
    expect(after.authKey).toBe(before.authKey);
  });

  it('re-seals TOTP secrets made under a previous master key, and their codes still sign in', async () => {
    const tenant = await createTenant(app, 'Two-factor');
    const { users, twoFactor } = app.trustloop.accounts;
    const [owner] = await users.list(tenant.accountId);
    const { secret } = await twoFactor.start(tenant.accountId, owner!.id);
    const now = app.clock.now().getTime();
    const code = (ms: number) =>
      OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: ms });
    await twoFactor.confirm(tenant.accountId, owner!.id, code(now));
    const users_ = app.trustloop.database.db as unknown as Kysely<{
      users: { id: string; totp_secret: string };
    }>;
    await users_
      .updateTable('users')
      .set({ totp_secret: createSecretBox({ masterKey: oldKey }).seal(secret, `user-totp:${owner!.id}`) })
      .where('id', '=', owner!.id)
      .execute();

    expect(await app.trustloop.rotateSecrets()).toBeGreaterThanOrEqual(1);

    const stored = await users_
      .selectFrom('users')
      .selectAll()
      .where('id', '=', owner!.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret.split('.')[1]).toBe(createSecretBox({ masterKey: currentKey }).keyId);
    const signedIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: tenant.ownerEmail, password: tenant.password, totp: code(now + 30_000) },
    });
    expect(signedIn.statusCode).toBe(200);
  });
});
