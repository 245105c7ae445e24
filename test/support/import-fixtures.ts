import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Trustloop } from '../../src/trustloop.js';
import type { Tenant } from './app.js';
import { seededToken } from './seeded-random.js';

/**
 * Imports `count` new customers from a generic-format CSV with the import service, as
 * `trustloop import customers` does (no worker runs in the process, so their fan-out waits).
 * Even rows accept marketing. Answers the emails, in file order.
 */
export async function importCustomersCsv(
  trustloop: Trustloop,
  tenant: Tenant,
  count: number,
): Promise<string[]> {
  const tag = seededToken(6).toLowerCase();
  const emails = Array.from({ length: count }, (_, n) => `c${n}-${tag}@example.com`);
  const csv = [
    'email;first_name;last_name;accepts_marketing',
    ...emails.map((email, n) => `${email};Ala${n};Nowak;${n % 2 === 0 ? 'yes' : 'no'}`),
  ].join('\n');
  const path = join(trustloop.config.env.dataDir, `customers-${tag}.csv`);
  await writeFile(path, csv);
  const service = trustloop.commerce.imports;
  const { record } = await service.prepare({
    accountId: tenant.accountId,
    channelId: tenant.channelId,
    type: 'customers',
    path,
    read: { format: 'auto', encoding: 'auto', delimiter: 'auto', decimalComma: false },
  });
  const done = await service.run(record.id, { batchSize: 100 });
  expect(done).toMatchObject({ imported: count, rejected: 0 });
  return emails;
}

/**
 * Imports `count` new paid orders (one line each, of different buyers) from a generic-format CSV
 * with the import service, as `trustloop import orders` does; their fan-out waits like the
 * customers'. Answers the external ids, in file order.
 */
export async function importPaidOrdersCsv(
  trustloop: Trustloop,
  tenant: Tenant,
  count: number,
): Promise<string[]> {
  const tag = seededToken(6).toLowerCase();
  const ids = Array.from({ length: count }, (_, n) => `O-${tag}-${n}`);
  const csv = [
    'external_id,number,email,first_name,last_name,currency,total,placed_at,paid_at,sku,title,quantity,unit_price',
    ...ids.map(
      (id, n) =>
        `${id},${n + 1},b${n}-${tag}@example.com,Ala,Nowak,PLN,20.00,2026-05-01T10:00:00Z,2026-05-01T10:05:00Z,SKU-1,Mydło,1,20.00`,
    ),
  ].join('\n');
  const path = join(trustloop.config.env.dataDir, `orders-${tag}.csv`);
  await writeFile(path, csv);
  const { record } = await trustloop.commerce.imports.prepare({
    accountId: tenant.accountId,
    channelId: tenant.channelId,
    type: 'orders',
    path,
    read: { format: 'generic', encoding: 'auto', delimiter: 'auto', decimalComma: false },
  });
  const done = await trustloop.commerce.imports.run(record.id, { batchSize: 100 });
  expect(done).toMatchObject({ imported: count, rejected: 0 });
  return ids;
}
