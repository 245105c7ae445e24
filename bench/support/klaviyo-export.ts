import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { ConnectorsTables } from '../../src/connectors/connectors.tables.js';

export interface FakeProcess {
  url: string;
  publicKey: string;
  privateKey: string;
  profileCount(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the Klaviyo fake in a child process (its memory is not Trustloop's). */
export async function startFakeProcess(): Promise<FakeProcess> {
  const path = fileURLToPath(new URL('./klaviyo-fake.server.ts', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', path],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let buffer = '';
  const waiters: Array<(line: string) => void> = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      waiters.shift()?.(line);
      newline = buffer.indexOf('\n');
    }
  });
  const nextLine = () => new Promise<string>((resolve) => waiters.push(resolve));
  const ready = (await nextLine()).split(' ');
  return {
    url: ready[1]!,
    publicKey: ready[2]!,
    privateKey: ready[3]!,
    async profileCount() {
      const line = nextLine();
      child.stdin?.write('STATS\n');
      return Number((await line).split(' ')[1]);
    },
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** Writes `count` mirrored profiles straight into the connectors' table, in big transactions. */
export async function seedProfiles(
  db: Kysely<ConnectorsTables>,
  accountId: string,
  channelId: string,
  count: number,
): Promise<void> {
  const batch = 500;
  const now = new Date().toISOString();
  for (let start = 0; start < count; start += 50_000) {
    await db.transaction().execute(async (trx) => {
      for (let offset = start; offset < Math.min(count, start + 50_000); offset += batch) {
        const rows = [];
        for (let i = offset; i < Math.min(count, offset + batch); i++) {
          rows.push({
            account_id: accountId,
            channel_id: channelId,
            email: `customer${String(i).padStart(7, '0')}@example.com`,
            first_name: 'Jana',
            last_name: `Customer ${i}`,
            phone: null,
            locale: 'cs',
            external_id: `c${i}`,
            properties: JSON.stringify({
              points: i % 1000,
              tier: i % 3 === 0 ? 'Gold' : 'Silver',
              referral_link: `https://shop.example.com/?ref=R${i}`,
              next_expiry_points: 40,
              next_expiry_date: '2027-01-31',
            }),
            consent: null,
            updated_at: now,
          });
        }
        await trx.insertInto('connector_profiles').values(rows).execute();
      }
    });
  }
}
