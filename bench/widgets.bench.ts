import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildStaleWebBundles } from '../scripts/build-web.mjs';
import { WIDGETS_DIR } from '../src/widgets/assets.js';
import { combine } from './reviews-public.bench.js';
import { formatRate, type LoadResult, load, startServer } from './support/load.js';

const ROUNDS = 3;
const KB = 1024;

/** The built files' gzipped sizes, each chunk and against the budgets (the size test in `npm test` enforces them). */
function sizes(): void {
  const gz = (file: string) => gzipSync(readFileSync(join(WIDGETS_DIR, file)), { level: 9 }).length;
  const chunks = readdirSync(join(WIDGETS_DIR, 'c')).map((file) => `c/${file}`);
  for (const file of ['loader.js', ...chunks]) console.log(`  ${file.padEnd(34)} ${gz(file)} B gz`);
  const sum = (names: string[]) =>
    chunks
      .filter((file) => names.some((name) => file.startsWith(`c/${name}-`)))
      .reduce((n, f) => n + gz(f), 0);
  console.log(`loader.js                 ${gz('loader.js')} B gz (budget ${3 * KB})`);
  console.log(
    `stars+reviews+badge       ${sum(['stars', 'reviews', 'badge', 'shared', 'messages'])} B gz (budget ${12 * KB})`,
  );
  console.log(`loyalty                   ${sum(['loyalty', 'shared'])} B gz (budget ${15 * KB})`);
  console.log(`newsletter                ${sum(['newsletter', 'shared'])} B gz (budget ${5 * KB})`);
}

/**
 * `npm run bench -- widgets`: the widget sizes, then the routes a product page's widgets hit —
 * the server-rendered stars and review list, the product summary the stars element reads, and
 * the loader — on Trustloop (SQLite, seeded reviews) against bare Fastify routes in the same run,
 * alternating rounds. Target for the widget routes: ≥ 0.7× bare, as the summary.
 */
export async function run(): Promise<void> {
  await buildStaleWebBundles();
  sizes();
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
  const roundSeconds = Math.max(1, Math.round(seconds / ROUNDS));
  const bare = await startServer('./reviews-bare-fastify.server.ts');
  const trustloop = await startServer('./reviews-trustloop.server.ts');
  const origin = new URL(trustloop.url).origin;
  const routes = [
    {
      name: 'stars.html',
      trustloop: `${trustloop.url}/widgets/stars.html?sku=SKU-1`,
      bare: `${bare.url}/summary`,
    },
    {
      name: 'reviews.html',
      trustloop: `${trustloop.url}/widgets/reviews.html?sku=SKU-1`,
      bare: `${bare.url}/reviews`,
    },
    {
      name: 'product summary',
      trustloop: `${trustloop.url}/products/SKU-1/summary`,
      bare: `${bare.url}/summary`,
    },
    { name: 'loader.js', trustloop: `${origin}/widgets/v1/loader.js`, bare: `${bare.url}/summary` },
  ];
  try {
    for (const route of routes) {
      await load(route.bare, { seconds: 1, connections: 50 });
      await load(route.trustloop, { seconds: 1, connections: 50 });
    }
    for (const route of routes) {
      const rounds: { bare: LoadResult[]; trustloop: LoadResult[] } = { bare: [], trustloop: [] };
      for (let round = 0; round < ROUNDS; round++) {
        rounds.bare.push(await load(route.bare, { seconds: roundSeconds, connections: 50 }));
        rounds.trustloop.push(await load(route.trustloop, { seconds: roundSeconds, connections: 50 }));
      }
      const yardstick = combine(rounds.bare);
      const measured = combine(rounds.trustloop);
      console.log(`${route.name.padEnd(16)} bare Fastify: ${formatRate(yardstick)}`);
      console.log(`${route.name.padEnd(16)} Trustloop:    ${formatRate(measured)}`);
      console.log(
        `${route.name.padEnd(16)} ratio ${(measured.requestsPerSecond / yardstick.requestsPerSecond).toFixed(2)} (target ≥ 0.70)`,
      );
    }
  } finally {
    await bare.stop();
    await trustloop.stop();
  }
}
