import type { Generated } from 'kysely';

/**
 * Kysely row types of the contacts domain's tables (migration 0003_contacts).
 * Timestamps are ISO-8601 UTC strings on both engines; JSON columns are text; flags are 0/1.
 */
export interface CustomersTable {
  id: string;
  account_id: string;
  channel_id: string;
  /** Lower-cased; unique per channel. */
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  locale: string | null;
  birthday: string | null;
  /** JSON array of strings. */
  tags: string;
  consent_status: string;
  consent_source: string | null;
  consent_changed_at: string | null;
  consent_double_opt_in: number;
  registered_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CustomerExternalIdsTable {
  account_id: string;
  channel_id: string;
  customer_id: string;
  platform: string;
  external_id: string;
  created_at: string;
}

/** Append-only: one row per applied consent change. */
export interface ConsentHistoryTable {
  /** Assigned by the database: the order of application. */
  seq: Generated<number>;
  id: string;
  account_id: string;
  channel_id: string;
  customer_id: string;
  status: string;
  previous: string;
  source: string;
  changed_at: string;
  recorded_at: string;
  double_opt_in: number;
}

export interface ContactsSettingsTable {
  channel_id: string;
  account_id: string;
  /** JSON array of strings. */
  default_tags: string;
  updated_at: string;
}

/** Proof that an erasure happened, without the personal data it erased. */
export interface CustomerErasuresTable {
  id: string;
  account_id: string;
  channel_id: string;
  customer_id: string | null;
  /** sha256 hex of the lower-cased email. */
  email_hash: string;
  reason: string;
  erased_at: string;
}

export interface ContactsTables {
  customers: CustomersTable;
  customer_external_ids: CustomerExternalIdsTable;
  consent_history: ConsentHistoryTable;
  contacts_settings: ContactsSettingsTable;
  customer_erasures: CustomerErasuresTable;
}
