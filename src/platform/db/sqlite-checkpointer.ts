/**
 * Copies SQLite's write-ahead log into the database file from a worker thread. Left to SQLite,
 * the commit that crosses the log's size threshold does the copy and its fsync on the main
 * thread, and every request waiting behind that commit waits for the disk (measured: about a
 * third of the Shopify webhook throughput). The main connection keeps a high automatic
 * threshold as a safety net, should this thread ever stop.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Log pages after which the main connection checkpoints by itself (4 KiB pages: 40 MiB). */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;
const INTERVAL_MS = 250;

// Plain CommonJS run with `eval`, so it loads the same way under tsx, vitest and compiled code.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
let stopped = false;
function tick() {
  if (stopped) return;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: the next tick retries */ }
  setTimeout(tick, workerData.intervalMs);
}
parentPort.on('message', () => {
  stopped = true;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  db.close();
  parentPort.postMessage('closed');
});
tick();
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs: INTERVAL_MS },
  });
  worker.unref();
  // A thread that fails leaves checkpoints to the main connection's fallback threshold.
  worker.on('error', () => {});
  let stopped: Promise<void> | undefined;
  return {
    /** Checkpoints once more and ends the thread; later calls wait for the first. */
    stop() {
      stopped ??= (async () => {
        const closed = new Promise<void>((resolve) => {
          worker.once('message', () => resolve());
          worker.once('exit', () => resolve());
          worker.once('error', () => resolve());
        });
        worker.postMessage('stop');
        await closed;
        await worker.terminate();
      })();
      return stopped;
    },
  };
}
