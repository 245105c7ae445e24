import type { ConsentSource, ConsentStatus } from './contacts.events.js';

/** A customer's details besides the email and tags: absent is left as stored, null is stored. */
export interface CustomerDetails {
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  locale?: string | null;
  birthday?: string | null;
}

/** A customer as a source reports it; absent fields are left as stored. */
export interface CustomerInput extends CustomerDetails {
  accountId: string;
  channelId: string;
  email: string;
  /** Added to the customer's tags (never removes). */
  tags?: string[];
  externalId?: { platform: string; id: string } | null;
  registeredAt?: string | null;
  consent?: ConsentInput | null;
}

export interface ConsentInput {
  status: Exclude<ConsentStatus, 'unknown'>;
  source: ConsentSource;
  /** When the change was made at its source; later changes win by this time. */
  changedAt: string;
  doubleOptIn?: boolean;
}
