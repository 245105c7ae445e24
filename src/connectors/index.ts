/**
 * The connectors domain's public door: marketing platforms (Klaviyo, Ecomail, SALESmanago)
 * and outbound webhooks, kept in sync with Trustloop's domain events.
 */

export type { Connection, ConnectionStatus } from './connections.store.js';
export type {
  Connector,
  ConnectorCapabilities,
  ConnectorDescriptor,
  ConnectorId,
  SettingField,
} from './connector.js';
export { type ConnectorsService, createConnectorsModule } from './connectors.module.js';
export type { ExportPhase, ExportRun } from './export-runs.js';
