/**
 * On SQLite every query runs synchronously and resolves as a microtask, so work that chains
 * query after query (a worker claiming job after job, a delivery applying a batch of 2,000
 * imported events) never lets the event loop take a timer or a connection: the HTTP server in
 * the same process could not even accept `/healthz` (stalls of 1–3 s at 30,000 imported rows
 * on a loaded machine, 23 s once at 100,000). These let the event loop have its turn.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How long background work may keep the event loop before it lets requests in. */
export const SLICE_MS = 20;

let sliceStarted = performance.now();

/**
 * Yields to the event loop once background work has run SLICE_MS since the last time any of it
 * yielded here (one clock for the whole process: jobs running side by side share the loop).
 * Cheap to call after every item of a long loop; a no-op while the slice lasts.
 */
export async function yieldIfSliceUsed(): Promise<void> {
  if (performance.now() - sliceStarted < SLICE_MS) return;
  await yieldToEventLoop();
  sliceStarted = performance.now();
}
