import { formatRate, load, startServer } from './support/load.js';

/** A cached public JSON route of Trustloop against a bare Fastify route, in the same run. */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const bare = await startServer('./bare-fastify.server.ts');
  await load(bare.url, { seconds: 1, connections: 10 }); // warm the JIT, as for Trustloop below
  const bareResult = await load(bare.url, { seconds, connections: 50 });
  await bare.stop();

  const trustloop = await startServer('./trustloop.server.ts');
  await load(trustloop.url, { seconds: 1, connections: 10 }); // warm the cache and the JIT
  const trustloopResult = await load(trustloop.url, { seconds, connections: 50 });
  await trustloop.stop();

  console.log(`bare Fastify:          ${formatRate(bareResult)}`);
  console.log(`Trustloop public card: ${formatRate(trustloopResult)}`);
  console.log(
    `ratio Trustloop/bare:  ${(trustloopResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)}`,
  );
}
