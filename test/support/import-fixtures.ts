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
