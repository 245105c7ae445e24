import Fastify from 'fastify';

// The yardstick: a bare Fastify route returning a similar JSON body, no database, no plugins.
const app = Fastify({ logger: false });
const body = {
  publicId: 'pub_bench',
  name: 'Bench shop',
  domain: 'bench.example.com',
  defaultLocale: 'pl',
  currency: 'PLN',
};
app.get('/public/v1/channels/:publicId', async () => body);
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`READY ${url}/public/v1/channels/pub_bench\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
