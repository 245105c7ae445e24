import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A worker OS process started by a test, with its stderr kept for failure messages. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly workerId: string;
  stderr(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<number | NodeJS.Signals | null>;
}

export interface WorkerProcessOptions {
  url: string;
  schema: string;
  workerId: string;
  leaseMs: number;
  hang?: boolean;
}

/**
 * Spawns test/support/job-worker-process.ts and resolves once it is polling. Loading tsx and the
 * jobs module took over 15 s in a CI run at load 15-18 on 2 cores (2026-12-04): 40 s by default.
 */
export async function spawnWorker(options: WorkerProcessOptions, timeoutMs = 40_000): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/job-worker-process.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      JOB_DB_URL: options.url,
      JOB_DB_SCHEMA: options.schema,
      JOB_WORKER_ID: options.workerId,
      JOB_LEASE_MS: String(options.leaseMs),
      JOB_HANG: options.hang ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
  });
  const worker: WorkerProcess = { child, workerId: options.workerId, stderr: () => stderr, exited };
  await new Promise<void>((resolve, reject) => {
    // A worker that never got ready is killed here: the test never holds it to stop it.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.workerId} not ready in time:\n${stderr}`));
    }, timeoutMs);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready\n')) {
        clearTimeout(timer);
        resolve();
      }
    });
    exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${options.workerId} exited (${String(how)}) before it was ready:\n${stderr}`));
    });
  });
  return worker;
}

/** Stops a worker process (SIGTERM lets in-flight jobs finish); kills it if it lingers. */
export async function stopWorker(worker: WorkerProcess, graceMs = 10_000): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill('SIGTERM');
  const timer = setTimeout(() => worker.child.kill('SIGKILL'), graceMs);
  await worker.exited;
  clearTimeout(timer);
}
