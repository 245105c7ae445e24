/**
 * The Trustloop side of the export benchmark, alone in its process so its RSS is what is
 * measured: opens the seeded database, starts the export and runs the job worker until it is
 * done, then prints `RESULT <json>`.
 */
import { loadConfig } from '../../src/platform/config.js';
import { createTrustloop } from '../../src/trustloop.js';
import { rssSampler } from './klaviyo-export.js';

const accountId = process.env['BENCH_ACCOUNT_ID']!;
const connectionId = process.env['BENCH_CONNECTION_ID']!;
const trustloop = await createTrustloop({ config: loadConfig(), migrate: false });
const baseline = Math.round(process.memoryUsage.rss() / 1024 / 1024);
const sampler = rssSampler();
const started = Date.now();
const run = await trustloop.connectors.startExport(accountId, connectionId);
const worker = trustloop.jobs.startWorker();
let progress = run;
while (progress.status === 'running') {
  await new Promise((resolve) => setTimeout(resolve, 250));
  progress = await trustloop.connectors.getExport(accountId, connectionId, run.id);
}
const seconds = (Date.now() - started) / 1000;
const peakMb = sampler.stop();
await worker.stop();
await trustloop.stop();
console.log(`RESULT ${JSON.stringify({ seconds, peakMb, baselineMb: baseline, progress })}`);
