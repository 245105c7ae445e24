import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from './databases.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A TCP port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The DATABASE_URL a `trustloop` child process uses to open the test's database: the SQLite
 * file itself, or the PostgreSQL URL with the suite's schema as its search path.
 */
export function childDatabaseUrl(test: TestDatabase): string {
  if (!test.schema) return test.url;
  const separator = test.url.includes('?') ? '&' : '?';
  return `${test.url}${separator}options=${encodeURIComponent(`-c search_path=${test.schema}`)}`;
}

export interface ServeProcess {
  child: ChildProcess;
  startedAt: number;
  output(): string;
  exited: Promise<number | NodeJS.Signals | null>;
  stop(): Promise<void>;
}

/** `trustloop serve` as an operator runs it, in its own process; `env` adds to a quiet default. */
export function spawnServe(env: Record<string, string>, args: string[] = []): ServeProcess {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
      PASSWORD_HASH_COST: '1024',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
  });
  return {
    child,
    startedAt,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
