import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/** The kernel's peak resident set (VmHWM) of a process, in MB; undefined once it exited. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 102.4) / 10;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system, every thread) a process has used so far; undefined once it exited. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A child process with its output kept and its peak RSS and CPU time sampled until it exits. */
export interface Watched {
  child: ChildProcess;
  output(): string;
  peakMb(): number;
  /** CPU seconds at the last sample (every 50 ms), so up to 50 ms short of the total. */
  cpuSeconds(): number;
  exited: Promise<number | null>;
}

export function watch(command: string, args: string[], env: Record<string, string>): Watched {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let peak = 0;
  let cpu = 0;
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const sampler = setInterval(() => {
    const mb = child.pid === undefined ? undefined : peakRssMb(child.pid);
    if (mb !== undefined) peak = Math.max(peak, mb);
    const seconds = child.pid === undefined ? undefined : cpuSeconds(child.pid);
    if (seconds !== undefined) cpu = seconds;
  }, 50);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      clearInterval(sampler);
      resolve(code);
    }),
  );
  return { child, output: () => output, peakMb: () => peak, cpuSeconds: () => cpu, exited };
}

const CUSTOMERS_HEADER = 'email,first_name,last_name,phone,locale,accepts_marketing,external_id';
const ORDERS_HEADER =
  'external_id,number,email,first_name,last_name,currency,total,placed_at,sku,title,quantity,unit_price';

const customerLine = (n: number) =>
  `shopper${n}@example.pl,Ala${n % 977},Kot${n % 613},,pl,${n % 3 === 0 ? 'yes' : 'no'},C-${n}`;
const orderLine = (n: number, customers: number) =>
  `O-${n},${n},shopper${n % customers}@example.pl,Ala${n % 977},Kot${n % 613},PLN,30.00,${new Date(
    Date.UTC(2022, 0, 1) + n * 60_000,
  ).toISOString()},A,Mydło,1,30.00`;

async function writeLines(path: string, header: string, count: number, line: (n: number) => string) {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (let n = 0; n < count; n++) {
    if (!out.write(`${line(n)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

/** The generic customers and orders files of docs/csv-import.md: `rows` of each, every order by a known customer. */
export async function writeFirstDayFiles(customersPath: string, ordersPath: string, rows: number) {
  await writeLines(customersPath, CUSTOMERS_HEADER, rows, customerLine);
  await writeLines(ordersPath, ORDERS_HEADER, rows, (n) => orderLine(n, rows));
}

/** Rows per second and CPU microseconds per row of an insert run (the measuring process's CPU). */
export interface InsertRate {
  rate: number;
  cpuUsPerRow: number;
}

/** A SQLite file with Trustloop's pragmas for writing (WAL, synchronous NORMAL). */
export function openBareDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/**
 * The floor the import is compared with: the same rows parsed from the same files and
 * inserted with one prepared statement per table into a fresh SQLite file (WAL, transactions
 * of 1,000 rows, the same unique keys), with nothing else: no validation, no events.
 * Answers rows per second and CPU microseconds per row (this process's, measured around it).
 */
export function bareInsert(dbPath: string, customersPath: string, ordersPath: string): InsertRate {
  const db = openBareDatabase(dbPath);
  db.exec(`create table customers (id integer primary key, email text not null unique, first_name text,
    last_name text, phone text, locale text, consent text, external_id text, created_at text not null);
    create table orders (id integer primary key, external_id text not null unique, number text,
    email text, customer_id integer, currency text, total integer, placed_at text, line_items text);`);
  const insertCustomer = db.prepare(
    'insert into customers (email, first_name, last_name, phone, locale, consent, external_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (email) do update set first_name = excluded.first_name',
  );
  const findCustomer = db.prepare('select id from customers where email = ?');
  const insertOrder = db.prepare(
    'insert into orders (external_id, number, email, customer_id, currency, total, placed_at, line_items) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (external_id) do nothing',
  );
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let rows = 0;
  const load = (path: string, each: (fields: string[]) => void) => {
    const lines = readFileSync(path, 'utf8').split('\n');
    const batch = db.transaction((slice: string[]) => {
      for (const line of slice) if (line) each(line.split(','));
    });
    for (let at = 1; at < lines.length; at += 1_000) batch(lines.slice(at, at + 1_000));
    rows += lines.length - 2;
  };
  const now = new Date().toISOString();
  load(customersPath, (f) => insertCustomer.run(f[0], f[1], f[2], f[3] || null, f[4], f[5], f[6], now));
  load(ordersPath, (f) => {
    const customer = findCustomer.get(f[2]) as { id: number } | undefined;
    const items = JSON.stringify([{ sku: f[8], title: f[9], quantity: Number(f[10]), unitPrice: 3000 }]);
    insertOrder.run(
      f[0],
      f[1],
      f[2],
      customer?.id ?? null,
      f[5],
      Math.round(Number(f[6]) * 100),
      f[7],
      items,
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  db.close();
  return { rate: rows / seconds, cpuUsPerRow: (cpu.user + cpu.system) / rows };
}

/** What the workers still have to do: events not fanned out, and jobs due now not finished. */
export function backlog(dbPath: string): { unrelayed: number; due: number; jobs: number } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const count = (query: string, ...args: unknown[]) => (db.prepare(query).get(...args) as { n: number }).n;
    return {
      unrelayed: count('select count(*) as n from events where relayed_at is null'),
      due: count(
        "select count(*) as n from jobs where state in ('pending', 'running') and run_at <= ?",
        new Date().toISOString(),
      ),
      jobs: count('select count(*) as n from jobs'),
    };
  } finally {
    db.close();
  }
}

/** Milliseconds until `url` answers 200 (polled every 50 ms), or throws after `limitMs`. */
export async function timeTo200(url: string, limitMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > limitMs) throw new Error(`${url} did not answer 200 in ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
