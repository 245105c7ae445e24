/** Kysely row types of the accounts domain's tables (see migration 0001_tenancy). */
export interface AccountsTables {
  accounts: { id: string; name: string; created_at: string };
  channels: {
    id: string;
    account_id: string;
    name: string;
    domain: string;
    default_locale: string;
    currency: string;
    time_zone: string;
    public_id: string;
    signing_secret: string;
    created_at: string;
    updated_at: string;
  };
  users: {
    id: string;
    account_id: string;
    email: string;
    name: string;
    role: string;
    password_hash: string;
    must_change_password: number;
    created_at: string;
    updated_at: string;
    /** Sealed with the secret box (associated data: the user id); set from enrolment start. */
    totp_secret: string | null;
    /** 1 once enrolment was confirmed with a code. */
    totp_enabled: number;
    /** The last accepted TOTP time step: a code is accepted once. */
    totp_last_step: number | null;
  };
  user_recovery_codes: { user_id: string; code_hash: string; used_at: string | null };
  sign_in_throttle: { key: string; failures: number; window_ends_at: string };
  sessions: {
    token_hash: string;
    user_id: string;
    account_id: string;
    expires_at: string;
    created_at: string;
  };
  api_keys: {
    id: string;
    account_id: string;
    name: string;
    prefix: string;
    key_hash: string;
    scopes: string;
    created_by: string | null;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
}
