import { rmSync } from 'node:fs';
import { SCOPES } from '../../src/accounts/index.js';
import { benchTrustloop } from './bench-trustloop.js';
import { SECRET, SHOP } from './shopify-webhooks-load.js';

// Migrates the bench's PostgreSQL schema (DATABASE_URL carries its search path), creates the
// account and a channel connected to Shopify, prints `READY <channel public id>` and exits: the
// `serve` processes the bench starts next share the master key it was given.
const { trustloop, account, channel } = await benchTrustloop({
  TRUSTLOOP_MASTER_KEY: process.env['TRUSTLOOP_MASTER_KEY'] ?? '',
});
const key = await trustloop.accounts.apiKeys.create(account.id, { name: 'bench', scopes: [...SCOPES] });
const connected = await trustloop.app.inject({
  method: 'PUT',
  url: `/api/v1/channels/${channel.id}/shop-connections/shopify`,
  headers: { authorization: `Bearer ${key.secret}` },
  payload: { webhookSecret: SECRET, shopDomain: SHOP },
});
if (connected.statusCode !== 201) throw new Error(`connecting Shopify failed: ${connected.body}`);
await trustloop.stop();
rmSync(trustloop.config.env.dataDir, { recursive: true, force: true });
process.stdout.write(`READY ${channel.publicId}\n`);
process.exit(0);
