/** A failure a test asks a fake to answer with, instead of doing the work. */
export interface InjectedFailure {
  status: number;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
  /** The body to answer with, when the test needs the platform's own words (e.g. a 422's field errors). */
  body?: unknown;
}

/**
 * The queue behind `fake.failNext(n, failure)`: the next `n` requests (optionally only those
 * whose path matches, and after the first `skip` of them went through) get the failure,
 * whatever they are.
 */
export class FailureQueue {
  /** A `failure` of undefined lets one matching request through (the skipped ones). */
  #queue: Array<{ failure: InjectedFailure | undefined; path?: RegExp }> = [];

  push(count: number, failure: InjectedFailure, path?: RegExp, skip = 0): void {
    for (let i = 0; i < skip + count; i++) {
      const entry = { failure: i < skip ? undefined : failure };
      this.#queue.push(path ? { ...entry, path } : entry);
    }
  }

  /** The failure for this request, if one is queued for it (and removes it). */
  take(path: string): InjectedFailure | undefined {
    const index = this.#queue.findIndex((entry) => !entry.path || entry.path.test(path));
    if (index < 0) return undefined;
    const [entry] = this.#queue.splice(index, 1);
    return entry?.failure;
  }

  get pending(): number {
    return this.#queue.length;
  }
}

/** A request as a fake saw it, for assertions about what was sent. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number;
}
