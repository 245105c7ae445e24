import v8 from 'node:v8';

/**
 * For batch commands, which read, send and drop one batch after another: left to its defaults,
 * V8 lets that garbage grow the heap to several times what is live before collecting it (a
 * first export of 1M profiles peaked at 398 MB RSS; 258 MB with this, and 25% slower). Set
 * while running, the flag only steers how the heap grows; given on the command line it would
 * also shrink the heap's hard limit, which a large batch must not hit.
 */
export function favourMemoryOverSpeed(): void {
  v8.setFlagsFromString('--optimize-for-size');
}
