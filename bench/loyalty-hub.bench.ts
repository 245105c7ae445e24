import { formatRate, load, startServer } from './support/load.js';

/** The customer hub of a signed-in member (uncached: it is per shopper) against bare Fastify. */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const bare = await startServer('./bare-fastify.server.ts');
  const bareResult = await load(bare.url, { seconds, connections: 50 });
  await bare.stop();

  const hub = await startServer('./loyalty-hub.server.ts');
  await load(hub.url, { seconds: 1, connections: 10 }); // warm the JIT
  const hubResult = await load(hub.url, { seconds, connections: 50 });
  await hub.stop();

  console.log(`bare Fastify:            ${formatRate(bareResult)}`);
  console.log(`Trustloop loyalty hub:   ${formatRate(hubResult)}`);
  console.log(
    `ratio hub/bare:          ${(hubResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)}`,
  );
}
