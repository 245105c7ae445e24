import pino from 'pino';
import { afterEach, beforeEach } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import type { DialectKind } from '../../src/platform/db/index.js';
import { createJobs, type Jobs, type JobsDeps } from '../../src/platform/jobs/index.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/** The platform's own tests exercise the machinery with made-up events: any type, any payload. */
export type TestEvents = Record<string, unknown>;

export const jobsTestConfig = { leaseMs: 60_000, pollIntervalMs: 20, concurrency: 4, maxAttempts: 3 };

export interface JobsTestbed {
  /** A fresh migrated database per test. */
  readonly test: TestDatabase;
  /** Starts each test at 2026-04-01T10:00:00Z. */
  readonly clock: ManualClock;
  /** A job system over `test` and `clock`; several builds share the database like several processes. */
  build(overrides?: Partial<JobsDeps>): Jobs<TestEvents>;
}

/** Registers per-test setup and teardown in the calling `describe`, and hands back the fixtures. */
export function useJobsTestbed(kind: DialectKind): JobsTestbed {
  let test: TestDatabase | undefined;
  let clock: ManualClock | undefined;
  beforeEach(async () => {
    test = await createTestDatabase(kind);
    clock = new ManualClock('2026-04-01T10:00:00.000Z');
  });
  afterEach(async () => {
    await test?.drop();
    test = undefined;
  });
  return {
    get test() {
      if (!test) throw new Error('the testbed is only available inside a test');
      return test;
    },
    get clock() {
      if (!clock) throw new Error('the testbed is only available inside a test');
      return clock;
    },
    build(overrides = {}) {
      // random 0.5: each retry waits exactly half its backoff window.
      return createJobs<TestEvents>({
        database: this.test.database,
        clock: this.clock,
        config: jobsTestConfig,
        logger: pino({ level: 'silent' }),
        random: () => 0.5,
        ...overrides,
      });
    },
  };
}
