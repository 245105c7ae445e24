import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  /** Records one answered request; on the hot path of every route, so it reuses labelled children. */
  observeHttp(method: string, route: string, status: number, seconds: number): void;
}

/** A private Prometheus registry (no global state): process metrics plus HTTP latency. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'trustloop_' });
  const httpDuration = new Histogram({
    name: 'trustloop_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  // Labelling by name hashes the label set on every call; a child per (method, route, status) does it once.
  const children = new Map<string, Histogram.Internal<'method' | 'route' | 'status'>>();
  function observeHttp(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let child = children.get(key);
    if (!child) {
      child = httpDuration.labels({ method, route, status: String(status) });
      children.set(key, child);
    }
    child.observe(seconds);
  }
  return { registry, httpDuration, observeHttp };
}
