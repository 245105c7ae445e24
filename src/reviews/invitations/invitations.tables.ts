/** Kysely row shapes of the tables invitations own (migration 0008_invitations). */
export interface InvitationSettingsTable {
  channel_id: string;
  account_id: string;
  trigger_event: string;
  delay_days: number;
  review_type: string;
  reminder_days: number | null;
  link_validity_days: number;
  cooldown_days: number;
  cooldown_scope: string;
  esp_sends: number;
  explicit_consent: number;
  logo_url: string | null;
  sender_name: string | null;
  /** 0 until the merchant enables automatic invitations (new channels; migration 0018). */
  automatic_enabled: number;
  trigger_window_days: number;
  bcc_token: string;
  link_encrypt_key: string;
  link_auth_key: string;
  created_at: string;
  updated_at: string;
}

export interface InvitationsTable {
  id: string;
  account_id: string;
  channel_id: string;
  email: string;
  name: string | null;
  order_id: string | null;
  order_number: string | null;
  order_ref: string | null;
  /** JSON text: InvitationProduct[]. */
  products: string;
  locale: string;
  type: string;
  method: string;
  delivery: string;
  state: string;
  state_reason: string | null;
  dedupe_key: string | null;
  link_token: string;
  link_expires_at: string;
  scheduled_at: string;
  sent_at: string | null;
  reminded_at: string | null;
  used_at: string | null;
  /** When the questionnaire was first opened (migration 0021). */
  opened_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InvitationsTables {
  invitation_settings: InvitationSettingsTable;
  invitations: InvitationsTable;
  invitation_suppressions: {
    channel_id: string;
    email: string;
    account_id: string;
    source: string;
    created_at: string;
  };
  invitation_legacy_channels: { channel_id: string };
  /** A merchant-edited mail per channel, kind and language (migration 0021); none = catalogue defaults. */
  invitation_templates: {
    channel_id: string;
    account_id: string;
    kind: string;
    locale: string;
    subject: string;
    intro: string;
    button_text: string;
    logo_url: string | null;
    button_color: string;
    button_text_color: string;
    background_color: string;
    updated_at: string;
  };
  invitation_order_blocks: { channel_id: string; order_ref: string; reason: string; created_at: string };
  invitation_bcc_messages: {
    id: string;
    account_id: string;
    channel_id: string;
    status: string;
    reason: string | null;
    mail_from: string | null;
    subject: string | null;
    recipient: string | null;
    order_number: string | null;
    invitation_id: string | null;
    size_bytes: number;
    received_at: string;
  };
}
