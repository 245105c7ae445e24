import { readFileSync } from 'node:fs';
import { newId } from '../../src/platform/ids.js';
import { type InsertRate, openBareDatabase } from './first-day.js';

const BATCH = 1_000;

/**
 * The floor under any import that keeps Trustloop's invariants: the rows `trustloop import`
 * commits for each record (a customer with its external id, its consent history entry and the
 * two outbox events `consent.changed` and `customer.upserted`; an order found by its buyer's
 * email, with its line items and its `order.placed` event), written into a copy of the migrated
 * database with one prepared statement per table, in transactions of 1,000 rows, with nothing
 * else: no validation, no lookups of existing rows, no Kysely, no promises. If this is far from
 * the bare one-table insert, no import code can close the gap: the schema's rows and indexes
 * are the cost. Answers rows per second and CPU microseconds per row (this process's).
 */
export function floorInsert(dbPath: string, customersPath: string, ordersPath: string): InsertRate {
  const db = openBareDatabase(dbPath);
  const account = db.prepare('select id from accounts').pluck().get() as string;
  const channel = db.prepare('select id from channels').pluck().get() as string;
  const insertCustomer = db.prepare(
    `insert into customers (id, account_id, channel_id, email, first_name, last_name, phone, locale, birthday,
      tags, consent_status, consent_source, consent_changed_at, consent_double_opt_in, registered_at, created_at,
      updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, null, '[]', ?, 'import', ?, 0, null, ?, ?)`,
  );
  const insertExternalId = db.prepare(
    `insert into customer_external_ids (account_id, channel_id, customer_id, platform, external_id, created_at)
      values (?, ?, ?, 'import', ?, ?)`,
  );
  const insertConsent = db.prepare(
    `insert into consent_history (id, account_id, channel_id, customer_id, status, previous, source, changed_at,
      recorded_at, double_opt_in) values (?, ?, ?, ?, ?, 'unknown', 'import', ?, ?, 0)`,
  );
  const insertEvent = db.prepare(
    `insert into events (id, type, account_id, channel_id, occurred_at, recorded_at, payload, relayed_at, batch_id)
      values (?, ?, ?, ?, ?, ?, ?, null, ?)`,
  );
  const findCustomer = db.prepare('select id from customers where channel_id = ? and email = ?').pluck();
  const insertOrder = db.prepare(
    `insert into orders (id, account_id, channel_id, source, external_id, number, customer_id, email, first_name,
      last_name, phone, customer_locale, currency, subtotal, discount_total, shipping_total, tax_total, total,
      refunded_total, line_items, discount_codes, referral_code, shipping_address_hash, locale, placed_at, paid_at,
      fulfilled_at, delivered_at, cancelled_at, source_updated_at, created_at, updated_at)
      values (?, ?, ?, 'import', ?, ?, ?, ?, ?, ?, null, null, ?, ?, 0, 0, 0, ?, 0, ?, '[]', null, null, null, ?,
      null, null, null, null, ?, ?, ?)`,
  );

  const customer = (fields: string[], now: string, batchId: string) => {
    const [email, firstName, lastName, phone, locale, accepts, externalId] = fields;
    const id = newId('cus');
    const status = accepts === 'yes' ? 'subscribed' : 'unsubscribed';
    insertCustomer.run(
      id,
      account,
      channel,
      email,
      firstName,
      lastName,
      phone || null,
      locale,
      status,
      now,
      now,
      now,
    );
    insertExternalId.run(account, channel, id, externalId, now);
    insertConsent.run(newId('cns'), account, channel, id, status, now, now);
    const consent = {
      customerId: id,
      channelId: channel,
      email,
      status,
      previous: 'unknown',
      source: 'import',
    };
    const changed = { ...consent, changedAt: now, doubleOptIn: false, registeredAt: null };
    insertEvent.run(
      newId('evt'),
      'consent.changed',
      account,
      channel,
      now,
      now,
      JSON.stringify(changed),
      batchId,
    );
    const upserted = {
      customer: {
        customerId: id,
        channelId: channel,
        email,
        firstName,
        lastName,
        phone: phone || null,
        locale,
        birthday: null,
        tags: [],
        externalIds: { import: externalId },
        consent: status,
        registeredAt: null,
        createdAt: now,
        updatedAt: now,
      },
      created: true,
    };
    insertEvent.run(
      newId('evt'),
      'customer.upserted',
      account,
      channel,
      now,
      now,
      JSON.stringify(upserted),
      batchId,
    );
  };
  const order = (fields: string[], now: string, batchId: string) => {
    const [
      externalId,
      number,
      email,
      firstName,
      lastName,
      currency,
      total,
      placedAt,
      sku,
      title,
      quantity,
      price,
    ] = fields;
    const id = newId('ord');
    const customerId = (findCustomer.get(channel, email) as string | undefined) ?? null;
    const cents = Math.round(Number(total) * 100);
    const lineItems = [
      {
        lineId: '1',
        productId: null,
        variantId: null,
        sku,
        gtin: null,
        title,
        quantity: Number(quantity),
        unitPrice: Math.round(Number(price) * 100),
        imageUrl: null,
        productUrl: null,
      },
    ];
    insertOrder.run(
      id,
      account,
      channel,
      externalId,
      number,
      customerId,
      email,
      firstName,
      lastName,
      currency,
      cents,
      cents,
      JSON.stringify(lineItems),
      placedAt,
      placedAt,
      now,
      now,
    );
    const placed = {
      order: {
        orderId: id,
        channelId: channel,
        source: 'import',
        externalId,
        number,
        customer: { customerId, email, firstName, lastName, phone: null, locale: null },
        currency,
        subtotal: cents,
        discountTotal: 0,
        shippingTotal: 0,
        taxTotal: 0,
        total: cents,
        refundedTotal: 0,
        lineItems,
        discountCodes: [],
        referralCode: null,
        shippingAddressHash: null,
        locale: null,
        placedAt,
        paidAt: null,
        fulfilledAt: null,
        deliveredAt: null,
        cancelledAt: null,
      },
    };
    insertEvent.run(
      newId('evt'),
      'order.placed',
      account,
      channel,
      now,
      now,
      JSON.stringify(placed),
      batchId,
    );
  };

  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let rows = 0;
  const load = (path: string, each: (fields: string[], now: string, batchId: string) => void) => {
    const lines = readFileSync(path, 'utf8').split('\n');
    const batch = db.transaction((slice: string[]) => {
      const now = new Date().toISOString();
      const batchId = newId('evt');
      for (const line of slice) if (line) each(line.split(','), now, batchId);
    });
    for (let at = 1; at < lines.length; at += BATCH) batch(lines.slice(at, at + BATCH));
    rows += lines.length - 2;
  };
  load(customersPath, customer);
  load(ordersPath, order);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  db.close();
  return { rate: rows / seconds, cpuUsPerRow: (cpu.user + cpu.system) / rows };
}
