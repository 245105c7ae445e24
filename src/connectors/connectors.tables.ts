/** The connectors domain's tables, as Kysely sees them (JSON columns are text). */
export interface ConnectorConnectionsTable {
  id: string;
  account_id: string;
  channel_id: string;
  connector_id: string;
  settings: string;
  inbound_secret: string;
  event_types: string;
  status: string;
  last_sync_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  sent_count: number;
  failed_count: number;
  created_at: string;
  updated_at: string;
}

export interface ConnectorProfilesTable {
  account_id: string;
  channel_id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  locale: string | null;
  external_id: string | null;
  properties: string;
  consent: string | null;
  /**
   * When `consent` was set at its source: consent changes compete on this time, not on
   * `updated_at` (the rest of the profile), so a newer profile event never hides an older consent.
   */
  consent_changed_at: string | null;
  /** When the contact was first known (the export's date range); null only before 0012 filled it. */
  created_at: string | null;
  updated_at: string;
}

/** A paid order as platforms may be sent it (the order event's snapshot), kept from order events. */
export interface ConnectorOrdersTable {
  channel_id: string;
  order_id: string;
  account_id: string;
  email: string | null;
  paid_at: string;
  cancelled_at: string | null;
  snapshot: string;
  updated_at: string;
}

/** One row per (connection, order) whose PURCHASE was sent (`sent`) or is being sent (`sending`). */
export interface ConnectorPurchasesTable {
  /** The platform account the purchase went to (see `Connector.destinationOf`). */
  destination: string;
  order_id: string;
  state: string;
  claimed_by: string;
  claimed_at: string;
  sent_at: string | null;
}

export interface ConnectorDeliveriesTable {
  connection_id: string;
  event_id: string;
  step: string;
  delivered_at: string;
}

export interface ConnectorExportsTable {
  id: string;
  connection_id: string;
  account_id: string;
  status: string;
  cursor: string | null;
  total: number;
  submitted: number;
  completed: number;
  failed: number;
  last_error: string | null;
  started_at: string;
  finished_at: string | null;
  /** The run's choices as JSON (see ExportChoices). */
  choices: string;
  phase: string;
  order_cursor: string | null;
  purchases_sent: number;
  purchases_skipped: number;
  /** The job attempt allowed to write this run's progress (migration 0020). */
  claimed_by: string | null;
  claim_until: string | null;
  /** The last customer id the catching-up phase copied (newest first). */
  catch_up_cursor: string | null;
  /** Customers the catching-up phase has read. */
  caught_up: number;
}

export interface ConnectorsTables {
  connector_connections: ConnectorConnectionsTable;
  connector_profiles: ConnectorProfilesTable;
  connector_deliveries: ConnectorDeliveriesTable;
  connector_exports: ConnectorExportsTable;
  connector_orders: ConnectorOrdersTable;
  connector_purchases: ConnectorPurchasesTable;
}
