/**
 * The Klaviyo fake in its own process, so the benchmark measures only Trustloop's memory.
 * Prints `READY <url> <publicKey> <privateKey>` when listening; `STATS` on stdin prints the profile count.
 */
import { startKlaviyoFake } from '../../test/fakes/klaviyo/klaviyo.fake.js';

// Import jobs complete 300 ms after they were created, on the first poll after that: a realistic
// floor, where completing on the first poll made the export look faster than Klaviyo allows.
const fake = await startKlaviyoFake({ pollsToComplete: 1, completeAfterMs: 300 });
process.stdin.on('data', (chunk) => {
  if (chunk.toString().includes('STATS')) console.log(`PROFILES ${fake.state.profiles.size}`);
});
process.on('SIGTERM', () => {
  void fake.close().then(() => process.exit(0));
});
console.log(`READY ${fake.url} ${fake.publicKey} ${fake.privateKey}`);
