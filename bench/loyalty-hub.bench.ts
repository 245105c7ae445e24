import { combine } from './reviews-public.bench.js';
import { formatRate, type LoadResult, load, type ServerProcess, startServer } from './support/load.js';

const ROUNDS = 4;

/**
 * The customer hub of a signed-in member (uncached: it is per shopper) against bare Fastify,
 * both servers running, measured in alternating rounds so that a change in the machine's load
 * hits both alike (the machine is often shared). Target: ≥ 0.5× bare, p99 ≤ 20 ms at 50
 * connections.
 */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const roundSeconds = Math.max(1, Math.round(seconds / ROUNDS));
  const bare = await startServer('./bare-fastify.server.ts');
  const hub = await startServer('./loyalty-hub.server.ts');
  try {
    await load(bare.url, { seconds: 1, connections: 10 }); // warm the JIT
    await load(hub.url, { seconds: 1, connections: 10 });
    const servers = { bare, hub };
    const rounds: Record<keyof typeof servers, LoadResult[]> = { bare: [], hub: [] };
    // CPU per request (the server process's user + system time over the requests it answered)
    // holds still when other work on the machine makes the request rates swing.
    const cpu = { bare: 0, hub: 0 };
    const requests = { bare: 0, hub: 0 };
    const measure = async (name: keyof typeof servers, server: ServerProcess) => {
      const before = server.cpuMs();
      const result = await load(server.url, { seconds: roundSeconds, connections: 50 });
      cpu[name] += server.cpuMs() - before;
      requests[name] += result.requestsPerSecond * roundSeconds;
      rounds[name].push(result);
    };
    for (let round = 0; round < ROUNDS; round++) {
      await measure('bare', bare);
      await measure('hub', hub);
    }
    const perRequest = (name: keyof typeof servers) =>
      `${Math.round((cpu[name] * 1000) / requests[name])} µs CPU/request`;
    const bareResult = combine(rounds.bare);
    const hubResult = combine(rounds.hub);
    console.log(`bare Fastify:            ${formatRate(bareResult)}, ${perRequest('bare')}`);
    console.log(`Trustloop loyalty hub:   ${formatRate(hubResult)}, ${perRequest('hub')}`);
    console.log(
      `ratio hub/bare:          ${(hubResult.requestsPerSecond / bareResult.requestsPerSecond).toFixed(2)} (target ≥ 0.50, p99 ≤ 20 ms); per round: ${rounds.hub
        .map((result, i) => (result.requestsPerSecond / rounds.bare[i]!.requestsPerSecond).toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await bare.stop();
    await hub.stop();
  }
}
