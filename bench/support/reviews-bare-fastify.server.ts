import Fastify from 'fastify';

// The yardstick: bare Fastify routes returning bodies shaped like the reviews summary and a
// 20-review page, with no database, cache, limiter or CORS.
const app = Fastify({ logger: false });
const summary = {
  average: 3,
  count: 5000,
  distribution: { '1': 1000, '2': 1000, '3': 1000, '4': 1000, '5': 1000 },
};
const page = {
  items: Array.from({ length: 20 }, (_, i) => ({
    id: `rev_01jd3x5k7m9q2r4t6v8w0y1z${i}`,
    type: 'service',
    product: null,
    rating: (i % 5) + 1,
    title: `Review number ${i}`,
    text: `Delivery took ${i % 7} days; the packaging was fine and the product matched the description.`,
    displayName: `Shopper ${i}`,
    locale: 'pl',
    verifiedBuyer: false,
    reply: null,
    createdAt: '2026-11-20T10:00:00.000Z',
  })),
  nextCursor: 'eyJzIjoibmV3ZXN0IiwiYyI6IjIwMjYtMTEtMjBUMTA6MDA6MDAuMDAwWiIsImkiOiJyZXZfMDEiLCJyIjozfQ',
};
app.get('/public/v1/channels/:publicId/summary', async () => summary);
app.get('/public/v1/channels/:publicId/reviews', async () => page);
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`READY ${url}/public/v1/channels/pub_bench\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
