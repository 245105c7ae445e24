import { AppError } from '../platform/errors.js';
import type { Connector, ConnectorDescriptor } from './connector.js';

/** The connectors this build knows; adding a platform adds one line where the registry is built. */
export class ConnectorRegistry {
  readonly #connectors = new Map<string, Connector>();

  constructor(connectors: readonly Connector[]) {
    for (const connector of connectors) this.#connectors.set(connector.descriptor.id, connector);
  }

  descriptors(): ConnectorDescriptor[] {
    return [...this.#connectors.values()].map((c) => c.descriptor);
  }

  has(id: string): boolean {
    return this.#connectors.has(id);
  }

  /** The connector by id; an unknown id is a 400 naming `field` (where the request gave the id). */
  get(id: string, field = '/body/connectorId'): Connector {
    const connector = this.#connectors.get(id);
    if (!connector) throw AppError.invalid(field, `there is no connector "${id}"`);
    return connector;
  }
}
