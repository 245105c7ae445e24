import { Counter, Gauge, type Registry } from 'prom-client';
import type { Outcome } from './job-runner.js';

export interface JobMetricsSource {
  pending(): Promise<number>;
  dead(): Promise<number>;
  lagSeconds(): Promise<number>;
  unrelayed(): Promise<number>;
}

/**
 * Registers the job metrics on `registry`; the gauges read the database when scraped, so they
 * describe the whole queue, not one process. Returns the recorder for outcomes.
 */
export function registerJobMetrics(
  registry: Registry,
  source: JobMetricsSource,
): (kind: string, outcome: Outcome) => void {
  const processed = new Counter({
    name: 'trustloop_jobs_processed_total',
    help: 'Jobs run by this process, by kind and outcome (done, retried, dead, lost).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'trustloop_jobs_pending',
    help: 'Jobs waiting to run (due or not).',
    registers: [registry],
    async collect() {
      this.set(await source.pending());
    },
  });
  new Gauge({
    name: 'trustloop_jobs_dead',
    help: 'Jobs in the dead letters, waiting for an operator.',
    registers: [registry],
    async collect() {
      this.set(await source.dead());
    },
  });
  new Gauge({
    name: 'trustloop_outbox_unrelayed_events',
    help: 'Events appended but not yet given their delivery jobs; grows while no worker runs.',
    registers: [registry],
    async collect() {
      this.set(await source.unrelayed());
    },
  });
  new Gauge({
    name: 'trustloop_jobs_lag_seconds',
    help: 'Age of the oldest due pending job or event waiting for the relay: how far the workers are behind.',
    registers: [registry],
    async collect() {
      this.set(await source.lagSeconds());
    },
  });
  return (kind, outcome) => processed.inc({ kind, outcome });
}
