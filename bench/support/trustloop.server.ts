import { benchTrustloop } from './bench-trustloop.js';

// Trustloop as `npm start` runs it (SQLite unless DATABASE_URL is set), with one channel.
const { trustloop, channel } = await benchTrustloop({ PUBLIC_RATE_LIMIT_PER_MINUTE: '100000000' });
const { url } = await trustloop.start(['api']);
process.stdout.write(`READY ${url}/public/v1/channels/${channel.publicId}\n`);
process.on('SIGTERM', () => void trustloop.stop().then(() => process.exit(0)));
