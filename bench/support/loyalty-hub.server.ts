/**
 * The customer hub as a shop's widget calls it: Trustloop's HTTP stack (validation, error
 * handling, security headers, rate limiting, CORS) with the loyalty routes, on SQLite, one
 * member with points, rewards, a tier and a coupon. Prints `READY <hub url with token>`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signShopperToken } from '../../src/loyalty/index.js';
import { systemClock } from '../../src/platform/clock.js';
import { migrateToLatest, openDatabase } from '../../src/platform/db/index.js';
import { createHttpServer } from '../../src/platform/http/server.js';
import { loyaltyHarness } from './loyalty-harness.js';

const dataDir = mkdtempSync(join(tmpdir(), 'trustloop-hub-bench-'));
const database = await openDatabase({ url: `sqlite:${join(dataDir, 'hub.db')}` });
await migrateToLatest(database);
const t = loyaltyHarness(database, systemClock, dataDir);
const { account } = await t.accounts.users.createAccount('Bench', {
  email: 'hub-bench@example.com',
  name: 'Bench',
  password: 'bench passphrase 1',
});
const channel = await t.accounts.channels.create(account.id, {
  name: 'Bench shop',
  domain: 'bench.example.com',
  defaultLocale: 'pl',
  currency: 'PLN',
  timeZone: 'Europe/Warsaw',
});
await t.loyalty.program.updateSettings(account.id, channel.id, {
  signupPoints: 50,
  reviewPoints: { service: 20, product: 10 },
  expiry: { mode: 'fixed', months: 12, noticeDays: 14 },
});
await t.loyalty.program.createTier(account.id, channel.id, {
  name: 'Silver',
  threshold: 100,
  multiplier: 1.25,
});
for (const [name, pointsCost] of [
  ['Free shipping', 100],
  ['10 zł off', 250],
  ['20 zł off', 500],
] as const) {
  await t.loyalty.program.createReward(account.id, channel.id, {
    name,
    kind: 'amount_off',
    value: pointsCost * 4,
    pointsCost,
  });
}
const member = await t.loyalty.members.enrolByEmail(account.id, channel.id, 'shopper@example.com');
await t.loyalty.members.adjust(account.id, channel.id, member.memberId, {
  points: 400,
  reason: 'bench',
  actor: 'bench',
});
const secret = await t.accounts.channels.signingSecret(account.id, channel.id);
const token = signShopperToken(secret, {
  email: 'shopper@example.com',
  exp: Math.floor(Date.now() / 1000) + 86_400,
});

const app = await createHttpServer({ config: t.config, logger: t.logger, version: 'bench' });
await app.register(t.routes);
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`READY ${url}/public/v1/channels/${channel.publicId}/hub?token=${token}\n`);
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0)),
);
