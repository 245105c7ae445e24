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
  // Labelling by name hashes the label set on every call; a child per (method, route, status)
  // does it once. Children are found by route, then status, then method: strings Fastify holds
  // once per route and method (their hashes are kept) and a number, where one key joined per
  // call would be a new string to hash every time.
  type Child = Histogram.Internal<'method' | 'route' | 'status'>;
  const byRoute = new Map<string, Map<number, Map<string, Child>>>();
  function observeHttp(method: string, route: string, status: number, seconds: number): void {
    let byStatus = byRoute.get(route);
    if (!byStatus) {
      byStatus = new Map();
      byRoute.set(route, byStatus);
    }
    let byMethod = byStatus.get(status);
    if (!byMethod) {
      byMethod = new Map();
      byStatus.set(status, byMethod);
    }
    let child = byMethod.get(method);
    if (!child) {
      child = httpDuration.labels({ method, route, status: String(status) });
      byMethod.set(method, child);
    }
    child.observe(seconds);
  }
  return { registry, httpDuration, observeHttp };
}
