import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How often the heap is looked at: a page of 10,000 profiles allocates tens of MB. */
const CHECK_EVERY_MS = 100;

/**
 * For batch commands, which read, send and drop one batch after another: left to its defaults,
 * V8 lets that garbage (large request bodies above all) grow the heap to several times what is
 * live before collecting it. `--optimize-for-size` bounded it but made a first export 2.6×
 * as costly in CPU (45.9 against 17.5 µs per profile, 2026-12-04); a full collection each time
 * the heap has grown by `growthMb` costs a few per cent instead. Returns the function that stops
 * watching.
 */
export function keepHeapSmall(growthMb = 16): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const used = () => v8.getHeapStatistics().used_heap_size;
  let after = used();
  const timer = setInterval(() => {
    if (used() - after < growthMb * 1024 * 1024) return;
    gc();
    after = used();
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
