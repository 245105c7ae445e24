/**
 * Kysely row shapes of the email-embeds tables: `connector_email_embeds` (migration
 * 0007_connectors, named for where it first lived) and `trust_mark_audit` (0017_trust_marks).
 */
export interface EmailEmbedsTable {
  channel_id: string;
  account_id: string;
  feed_token: string;
  /** 1 only after the instance operator granted the trust mark (see trust-marks.ts). */
  certified: number;
  selected_review_ids: string;
  updated_at: string;
}

export interface TrustMarkAuditTable {
  id: string;
  account_id: string;
  channel_id: string;
  /** `granted` or `revoked`. */
  action: string;
  /** Who did it, as the operator named themselves (`--operator`), e.g. `ops:jan`. */
  actor: string;
  /** The certificate or decision it rests on (certificate number, audit report). */
  reference: string | null;
  note: string | null;
  created_at: string;
}

export interface EmbedsTables {
  connector_email_embeds: EmailEmbedsTable;
  trust_mark_audit: TrustMarkAuditTable;
}
