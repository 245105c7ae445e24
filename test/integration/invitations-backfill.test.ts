import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { migrateToLatest } from '../../src/platform/db/index.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';
import { createTestDatabase, dialects } from '../support/databases.js';
import { configureInvitations, listInvitations } from '../support/invitations-fixtures.js';
import { connectShopify, sendShopify, shopifyId, shopifyOrder } from '../support/shop-payloads.js';

const NOW = '2026-03-02T12:00:00.000Z';

/** Backfilled history must not invite (R3): the enable switch, CSV imports and the trigger window. */
describe.each(dialects)('automatic invitations and backfilled history on %s', (kind) => {
  let app: TestApp;
  let shop: Tenant;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    app = await createTestApp(kind, { clock });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    shop = await createTenant(app, 'Sklep');
    await connectShopify(app, shop);
  });

  const settings = async () =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/channels/${shop.channelId}/invitation-settings`,
        headers: shop.auth,
      })
    ).json() as Record<string, unknown>;

  /** A Shopify order paid at `paidAt` (Shopify's updated_at of the paid order), sent now. */
  async function paidOrder(email: string, paidAt: string) {
    const response = await sendShopify(app, shop, {
      topic: 'orders/paid',
      payload: shopifyOrder({
        id: shopifyId(),
        name: `#${shopifyId()}`,
        email,
        contact_email: email,
        financial_status: 'paid',
        created_at: paidAt,
        processed_at: paidAt,
        updated_at: paidAt,
        customer: { id: 7001, email, first_name: 'Ala', last_name: 'Nowak' },
      }),
    });
    expect(response.statusCode, response.body).toBe(200);
    await app.trustloop.jobs.runDueJobs();
  }

  it('a new channel invites automatically only once the merchant enables it', async () => {
    expect(await settings()).toMatchObject({ automaticInvitations: false, triggerWindowDays: 30 });
    await paidOrder('before@example.pl', '2026-03-02T10:00:00Z');
    expect(await listInvitations(app, shop)).toEqual([]);

    await configureInvitations(app, shop, { automaticInvitations: true });
    await paidOrder('after@example.pl', '2026-03-02T11:00:00Z');
    expect((await listInvitations(app, shop)).map((i) => [i.email, i.method])).toEqual([
      ['after@example.pl', 'automatic'],
    ]);
  });

  it('an order whose trigger lies further back than the window gets no invitation; the window is per channel', async () => {
    await configureInvitations(app, shop, { automaticInvitations: true });
    await paidOrder('old@example.pl', '2026-01-20T10:00:00Z'); // 41 days before
    await paidOrder('recent@example.pl', '2026-02-01T10:00:00Z'); // 29 days before
    expect((await listInvitations(app, shop)).map((i) => i.email)).toEqual(['recent@example.pl']);

    await configureInvitations(app, shop, { triggerWindowDays: 60 });
    await paidOrder('old.wider@example.pl', '2026-01-20T10:00:00Z');
    expect((await listInvitations(app, shop)).map((i) => i.email).sort()).toEqual([
      'old.wider@example.pl',
      'recent@example.pl',
    ]);
  });

  it('refuses a window outside 1–365 days, naming the field, and changes nothing', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/v1/channels/${shop.channelId}/invitation-settings`,
      headers: shop.auth,
      payload: { triggerWindowDays: 0, automaticInvitations: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('triggerWindowDays');
    expect(await settings()).toMatchObject({ automaticInvitations: false, triggerWindowDays: 30 });
  });

  it('orders imported by CSV never invite, even with a recent trigger', async () => {
    await configureInvitations(app, shop, { automaticInvitations: true });
    const csv = [
      'external_id,number,email,first_name,last_name,currency,total,subtotal,shipping,tax,discount,placed_at,paid_at,fulfilled_at,delivered_at,cancelled_at,refunded_amount,sku,product_id,gtin,title,quantity,unit_price,locale',
      'C-1,C1,csv@example.pl,Ola,Kowalska,PLN,10.00,10.00,0,0,0,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,,,,,SKU-A,p-1,,Świeca,1,10.00,pl',
    ].join('\n');
    const uploaded = await app.inject({
      method: 'POST',
      url: `/api/v1/channels/${shop.channelId}/imports?type=orders`,
      headers: { ...shop.auth, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(202);
    await app.trustloop.jobs.runDueJobs();
    await app.trustloop.jobs.runDueJobs();
    const paid = await app.trustloop.jobs.listEvents({
      accountId: shop.accountId,
      type: 'order.paid',
      limit: 10,
    });
    expect(paid.items).toHaveLength(1); // the import did record the paid order
    expect(await listInvitations(app, shop)).toEqual([]);
  });
});

describe.each(dialects)('upgrading to the automatic-invitations switch on %s', (kind) => {
  it('channels that existed before keep inviting (with or without stored settings); new ones start off', async () => {
    const database = await createTestDatabase(kind, { upTo: '0016_sign_in_security' });
    const db = database.database.db;
    const at = '2026-01-01T00:00:00.000Z';
    await sql`insert into accounts (id, name, created_at) values ('acc_old', 'Old shop', ${at})`.execute(db);
    for (const id of ['ch_with_settings', 'ch_without_settings']) {
      await sql`insert into channels (id, account_id, name, domain, default_locale, currency, time_zone,
          public_id, signing_secret, created_at, updated_at)
        values (${id}, 'acc_old', ${id}, ${`${id}.example`}, 'pl', 'PLN', 'Europe/Warsaw',
          ${`pub_${id}`}, 'sealed', ${at}, ${at})`.execute(db);
    }
    await sql`insert into invitation_settings (channel_id, account_id, trigger_event, delay_days, review_type,
        reminder_days, link_validity_days, cooldown_days, cooldown_scope, esp_sends, explicit_consent,
        logo_url, sender_name, bcc_token, link_encrypt_key, link_auth_key, created_at, updated_at)
      values ('ch_with_settings', 'acc_old', 'order.paid', 7, 'service', null, 180, 30, 'without_order',
        0, 0, null, null, 'reviews-old', 'sealed', 'sealed', ${at}, ${at})`.execute(db);
    await migrateToLatest(database.database);

    const app = await createTestApp(kind, { clock: new ManualClock(NOW), database });
    try {
      const { SCOPES } = await import('../../src/accounts/index.js');
      const { secret } = await app.trustloop.accounts.apiKeys.create('acc_old', {
        name: 'test',
        scopes: [...SCOPES],
      });
      const fresh = await app.trustloop.accounts.channels.create('acc_old', {
        name: 'New shop',
        domain: 'new.example',
        defaultLocale: 'pl',
        currency: 'PLN',
        timeZone: 'Europe/Warsaw',
      });
      const automatic = async (channelId: string) =>
        (
          await app.inject({
            method: 'GET',
            url: `/api/v1/channels/${channelId}/invitation-settings`,
            headers: { authorization: `Bearer ${secret}` },
          })
        ).json().automaticInvitations;
      expect(await automatic('ch_with_settings')).toBe(true);
      expect(await automatic('ch_without_settings')).toBe(true);
      expect(await automatic(fresh.id)).toBe(false);
    } finally {
      await app.close();
    }
  });
});
