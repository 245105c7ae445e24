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
  updated_at: string;
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
}

export interface ConnectorEmailEmbedsTable {
  channel_id: string;
  account_id: string;
  feed_token: string;
  certified: number;
  selected_review_ids: string;
  updated_at: string;
}

export interface ConnectorsTables {
  connector_email_embeds: ConnectorEmailEmbedsTable;
  connector_connections: ConnectorConnectionsTable;
  connector_profiles: ConnectorProfilesTable;
  connector_deliveries: ConnectorDeliveriesTable;
  connector_exports: ConnectorExportsTable;
}
