import { isAbsolute, resolve } from 'node:path';
import { SQLITE_DEFAULTS } from './db/sqlite-tuning.js';

/** Which processes' work this instance does. `npm start` runs all three. */
export type Role = 'api' | 'worker' | 'mail';

export interface Config {
  readonly env: { readonly dataDir: string };
  readonly db: {
    readonly url: string;
    readonly kind: 'sqlite' | 'postgres';
    /** SQLite only: page cache ceiling and memory-mapped reads, in MiB. */
    readonly sqlite: { readonly cacheSizeMb: number; readonly mmapSizeMb: number };
    /** PostgreSQL only: repeated queries run as named statements (off behind a pooler that loses them). */
    readonly namedStatements: boolean;
  };
  readonly http: {
    readonly host: string;
    readonly port: number;
    /** Where shoppers and merchants reach this instance; used in links and cookies. */
    readonly publicUrl: string;
    readonly bodyLimitBytes: number;
    readonly publicRateLimitPerMinute: number;
    /** Shop webhook deliveries accepted per channel and platform per minute (shops retry a 429). */
    readonly webhookRateLimitPerMinute: number;
    readonly trustProxy: boolean;
  };
  readonly auth: {
    readonly sessionTtlHours: number;
    /** scrypt cost parameter N (a power of two). */
    readonly passwordCost: number;
    /** Failed sign-ins allowed per window before the throttle holds back (docs/sign-in.md). */
    readonly signInLimits: {
      readonly perAddressAndAccount: number;
      readonly perAddress: number;
      readonly perAccount: number;
    };
  };
  readonly secrets: { readonly masterKey?: string; readonly previousMasterKeys: readonly string[] };
  readonly jobs: {
    readonly pollIntervalMs: number;
    readonly leaseMs: number;
    readonly concurrency: number;
    readonly maxAttempts: number;
  };
  /** How long finished work is kept before the hourly retention job deletes it. */
  readonly retention: {
    /** Done jobs and fully delivered events; dead letters are kept until replayed. */
    readonly jobsDays: number;
    /** `Idempotency-Key`s: a key may be used again once its record is gone. */
    readonly idempotencyKeyHours: number;
  };
  readonly mail: { readonly smtpUrl?: string; readonly bccPort: number; readonly from: string };
  readonly redisUrl?: string;
  readonly log: { readonly level: string };
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  readonly metricsToken?: string;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Reads and validates the whole configuration once; the result is frozen. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const dataDirRaw = env['DATA_DIR'] || './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const dbUrl = env['DATABASE_URL'] || `sqlite:${resolve(dataDir, 'trustloop.db')}`;
  let kind: 'sqlite' | 'postgres';
  if (/^postgres(ql)?:\/\//.test(dbUrl)) kind = 'postgres';
  else if (dbUrl.startsWith('sqlite:')) kind = 'sqlite';
  else throw new ConfigError(`DATABASE_URL must start with postgres:// or sqlite:, got "${dbUrl}"`);

  const port = int(env, 'PORT', 8080, 0);
  const host = env['HOST'] || '0.0.0.0';
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }
  const passwordCost = int(env, 'PASSWORD_HASH_COST', 2 ** 15, 2);
  if ((passwordCost & (passwordCost - 1)) !== 0) {
    throw new ConfigError(`PASSWORD_HASH_COST must be a power of two, got ${passwordCost}`);
  }

  return deepFreeze({
    env: { dataDir },
    db: {
      url: dbUrl,
      kind,
      sqlite: {
        cacheSizeMb: int(env, 'SQLITE_CACHE_SIZE_MB', SQLITE_DEFAULTS.cacheSizeMb, 1),
        mmapSizeMb: int(env, 'SQLITE_MMAP_SIZE_MB', SQLITE_DEFAULTS.mmapSizeMb, 0),
      },
      namedStatements: bool(env, 'DATABASE_NAMED_STATEMENTS', true),
    },
    http: {
      host,
      port,
      publicUrl,
      bodyLimitBytes: int(env, 'HTTP_BODY_LIMIT_BYTES', 1024 * 1024, 1024),
      publicRateLimitPerMinute: int(env, 'PUBLIC_RATE_LIMIT_PER_MINUTE', 600, 1),
      webhookRateLimitPerMinute: int(env, 'WEBHOOK_RATE_LIMIT_PER_MINUTE', 6000, 1),
      trustProxy: bool(env, 'TRUST_PROXY', false),
    },
    auth: {
      sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 24 * 7, 1),
      passwordCost,
      signInLimits: {
        perAddressAndAccount: int(env, 'SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS', 5, 1),
        perAddress: int(env, 'SIGN_IN_FAILURES_PER_ADDRESS', 100, 1),
        perAccount: int(env, 'SIGN_IN_FAILURES_PER_ACCOUNT', 20, 1),
      },
    },
    secrets: {
      ...(env['TRUSTLOOP_MASTER_KEY'] ? { masterKey: env['TRUSTLOOP_MASTER_KEY'] } : {}),
      previousMasterKeys: (env['TRUSTLOOP_PREVIOUS_MASTER_KEYS'] || '')
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    },
    jobs: {
      pollIntervalMs: int(env, 'JOBS_POLL_INTERVAL_MS', 500, 10),
      leaseMs: int(env, 'JOBS_LEASE_MS', 60_000, 100),
      concurrency: int(env, 'JOBS_CONCURRENCY', 4, 1),
      maxAttempts: int(env, 'JOBS_MAX_ATTEMPTS', 10, 1),
    },
    retention: {
      jobsDays: int(env, 'JOBS_RETENTION_DAYS', 7, 1),
      idempotencyKeyHours: int(env, 'IDEMPOTENCY_KEY_RETENTION_HOURS', 24, 1),
    },
    mail: {
      ...(env['SMTP_URL'] ? { smtpUrl: env['SMTP_URL'] } : {}),
      bccPort: int(env, 'BCC_SMTP_PORT', 2525, 0),
      from: env['MAIL_FROM'] || 'Trustloop <no-reply@localhost>',
    },
    ...(env['REDIS_URL'] ? { redisUrl: env['REDIS_URL'] } : {}),
    log: { level: env['LOG_LEVEL'] || 'info' },
    ...(env['METRICS_TOKEN'] ? { metricsToken: env['METRICS_TOKEN'] } : {}),
  });
}
