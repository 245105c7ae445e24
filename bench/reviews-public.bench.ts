import { formatRate, type LoadResult, load, startServer } from './support/load.js';

const ROUTES = ['summary', 'reviews'] as const;
const ROUNDS = 3;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Rounds of one server folded into one figure: mean throughput, median latencies, all errors. */
export function combine(rounds: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: rounds.reduce((sum, round) => sum + round.requestsPerSecond, 0) / rounds.length,
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
  };
}

/**
 * The public reviews summary and review-list routes of Trustloop (SQLite, a few thousand seeded
 * reviews, served from the read cache) against bare Fastify routes with bodies of the same shape,
 * in the same run. The two servers are measured in alternating rounds so that a change in the
 * machine's load hits both alike. Targets: ≥ 0.7× bare Fastify and p99 ≤ 10 ms at 50 connections.
 */
export async function run(): Promise<void> {
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const roundSeconds = Math.max(1, Math.round(seconds / ROUNDS));
  const bare = await startServer('./reviews-bare-fastify.server.ts');
  const trustloop = await startServer('./reviews-trustloop.server.ts');
  try {
    // Warm the caches and the JIT of both servers on every route before measuring any, so the
    // first route measured does not pay for the other's warm-up (or for the seeding's garbage).
    for (const route of ROUTES) {
      await load(`${bare.url}/${route}`, { seconds: 2, connections: 50 });
      await load(`${trustloop.url}/${route}`, { seconds: 2, connections: 50 });
    }
    for (const route of ROUTES) {
      const urls = { bare: `${bare.url}/${route}`, trustloop: `${trustloop.url}/${route}` };
      const rounds: { bare: LoadResult[]; trustloop: LoadResult[] } = { bare: [], trustloop: [] };
      for (let round = 0; round < ROUNDS; round++) {
        rounds.bare.push(await load(urls.bare, { seconds: roundSeconds, connections: 50 }));
        rounds.trustloop.push(await load(urls.trustloop, { seconds: roundSeconds, connections: 50 }));
      }
      const yardstick = combine(rounds.bare);
      const measured = combine(rounds.trustloop);
      const ratio = measured.requestsPerSecond / yardstick.requestsPerSecond;
      console.log(`${route.padEnd(8)} bare Fastify: ${formatRate(yardstick)}`);
      console.log(`${route.padEnd(8)} Trustloop:    ${formatRate(measured)}`);
      console.log(
        `${route.padEnd(8)} ratio ${ratio.toFixed(2)} (target ≥ 0.70), p99 ${measured.p99Ms} ms (target ≤ 10 ms)`,
      );
    }
  } finally {
    await bare.stop();
    await trustloop.stop();
  }
}
