import type { BatchRef, JobContext, JobHandler, StoredEvent } from './jobs.types.js';

/** A subscriber as the registry keeps it, whatever event map it was typed with. */
export interface RegisteredSubscriber {
  name: string;
  eventTypes: readonly string[] | '*';
  handle(event: StoredEvent, ctx: JobContext): Promise<void>;
  handleMany?(events: readonly StoredEvent[], ctx: JobContext): Promise<void>;
  afterBatch?(batch: BatchRef, ctx: JobContext): Promise<void>;
}

/** Kind prefix of event deliveries: `deliver:<subscriber name>`. */
export const DELIVERY_PREFIX = 'deliver:';

const NAME = /^[a-z0-9][a-z0-9._:-]*$/i;

/** Handlers and subscribers known to this process, registered at composition time. */
export class Registry {
  readonly #handlers = new Map<string, JobHandler>();
  readonly #subscribers = new Map<string, RegisteredSubscriber>();

  addHandler(kind: string, handler: JobHandler): void {
    if (!NAME.test(kind)) throw new Error(`invalid job kind "${kind}"`);
    if (kind.startsWith(DELIVERY_PREFIX))
      throw new Error(`job kinds starting "${DELIVERY_PREFIX}" are reserved`);
    if (this.#handlers.has(kind)) throw new Error(`a handler for job kind "${kind}" is already registered`);
    this.#handlers.set(kind, handler);
  }

  addSubscriber(subscriber: RegisteredSubscriber): void {
    if (!NAME.test(subscriber.name)) throw new Error(`invalid subscriber name "${subscriber.name}"`);
    if (this.#subscribers.has(subscriber.name)) {
      throw new Error(`a subscriber named "${subscriber.name}" is already registered`);
    }
    this.#subscribers.set(subscriber.name, subscriber);
  }

  handler(kind: string): JobHandler | undefined {
    return this.#handlers.get(kind);
  }

  subscriber(name: string): RegisteredSubscriber | undefined {
    return this.#subscribers.get(name);
  }

  /** The subscribers an event of `type` is delivered to. */
  subscribersOf(type: string): RegisteredSubscriber[] {
    return [...this.#subscribers.values()].filter((s) => s.eventTypes === '*' || s.eventTypes.includes(type));
  }
}
