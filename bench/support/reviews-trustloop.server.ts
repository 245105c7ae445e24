import type { ReviewSubmission } from '../../src/reviews/index.js';
import { benchTrustloop } from './bench-trustloop.js';

// Trustloop as `npm start` runs it (SQLite unless DATABASE_URL is set), with one channel holding
// REVIEWS_SEED published reviews (service and product, varied ratings and languages).
const seedCount = Number(process.env['REVIEWS_SEED'] ?? 5000);
const { trustloop, account, channel } = await benchTrustloop({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000' });

const locales = ['pl', 'en', 'cs', 'sv', 'de'];
const submissions: ReviewSubmission[] = Array.from({ length: seedCount }, (_, i) => ({
  accountId: account.id,
  channelId: channel.id,
  type: i % 3 === 0 ? 'product' : 'service',
  ...(i % 3 === 0 ? { product: { sku: `SKU-${i % 40}`, title: `Product ${i % 40}` } } : {}),
  rating: (i % 5) + 1,
  title: `Review number ${i}`,
  text: `Delivery took ${i % 7} days; the packaging was fine and the product matched the description.`,
  displayName: `Shopper ${i}`,
  email: `shopper${i}@example.org`,
  locale: locales[i % locales.length]!,
  verifiedBuyer: false,
  source: 'import',
}));
for (let start = 0; start < submissions.length; start += 500) {
  const batch = submissions.slice(start, start + 500);
  await trustloop.database.db.transaction().execute((trx) => trustloop.reviews.submit(trx, batch));
}

const { url } = await trustloop.start(['api']);
process.stdout.write(`READY ${url}/public/v1/channels/${channel.publicId}\n`);
process.on('SIGTERM', () => void trustloop.stop().then(() => process.exit(0)));
