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
 * whose path matches) get the failure, whatever they are.
 */
export class FailureQueue {
  #queue: Array<{ failure: InjectedFailure; path?: RegExp }> = [];

  push(count: number, failure: InjectedFailure, path?: RegExp): void {
    for (let i = 0; i < count; i++) this.#queue.push(path ? { failure, path } : { failure });
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
