import { formatRate, type LoadResult, load, type ServerProcess, startServer } from './support/load.js';

/** The customer hub of a signed-in member (uncached: it is per shopper) against bare Fastify. */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  // CPU per request (the server process's user + system time over the requests it answered)
  // holds still when other work on the machine makes the request rates swing.
  const perRequest = (server: ServerProcess, cpuBefore: number, result: LoadResult) =>
    `${Math.round(((server.cpuMs() - cpuBefore) * 1000) / (result.requestsPerSecond * seconds))} µs CPU/request`;
  const bare = await startServer('./bare-fastify.server.ts');
  const bareCpu = bare.cpuMs();
  const bareResult = await load(bare.url, { seconds, connections: 50 });
  const bareCost = perRequest(bare, bareCpu, bareResult);
  await bare.stop();

  const hub = await startServer('./loyalty-hub.server.ts');
  await load(hub.url, { seconds: 1, connections: 10 }); // warm the JIT
  const hubCpu = hub.cpuMs();
  const hubResult = await load(hub.url, { seconds, connections: 50 });
  const hubCost = perRequest(hub, hubCpu, hubResult);
  await hub.stop();

  console.log(`bare Fastify:            ${formatRate(bareResult)}, ${bareCost}`);
  console.log(`Trustloop loyalty hub:   ${formatRate(hubResult)}, ${hubCost}`);
  console.log(
    `ratio hub/bare:          ${(hubResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)}`,
  );
}
