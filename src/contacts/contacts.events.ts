/**
 * The events the contacts domain appends. Payloads are self-contained snapshots, so that
 * subscribers (loyalty, reviews, connectors) never need to read this domain's tables.
 */

export type ConsentStatus = 'subscribed' | 'unsubscribed' | 'pending' | 'unknown';

/** Where a consent change came from (C2). */
export type ConsentSource = 'shop' | 'esp' | 'questionnaire' | 'admin' | 'import' | 'api' | 'widget';

export interface CustomerSnapshot {
  customerId: string;
  channelId: string;
  /** Lower-cased; unique per channel. */
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  locale: string | null;
  /** `YYYY-MM-DD` or `--MM-DD` when the year is unknown. */
  birthday: string | null;
  tags: string[];
  /** Per platform: `{ shopify: '7012…', woocommerce: '42' }`. */
  externalIds: Record<string, string>;
  consent: ConsentStatus;
  /** When the customer registered in the shop (for the 15-minute consent rule). */
  registeredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `customer.upserted`: a customer was created or changed. */
export interface CustomerUpserted {
  customer: CustomerSnapshot;
  created: boolean;
}

/** `consent.changed`: the newsletter consent of a customer changed. */
export interface ConsentChanged {
  customerId: string;
  channelId: string;
  email: string;
  status: ConsentStatus;
  previous: ConsentStatus;
  source: ConsentSource;
  /** ISO-8601 UTC: when the change was made at its source. */
  changedAt: string;
  /** True when the change is a confirmed double opt-in. */
  doubleOptIn: boolean;
  /**
   * When the customer registered in the shop, if known: a shop opt-out in the 15 minutes after
   * it may yet give way to an opt-in the ESP holds (absent in events stored before 2026-12).
   */
  registeredAt?: string | null;
}

export const CONTACTS_EVENTS = {
  customerUpserted: 'customer.upserted',
  consentChanged: 'consent.changed',
  customerErased: 'customer.erased',
} as const;

/**
 * `customer.erased`: a customer's personal data must be erased (GDPR request or shop redact).
 * Every domain that keeps personal data about this email in this channel erases it.
 */
export interface CustomerErased {
  channelId: string;
  email: string;
  customerId: string | null;
  reason: 'gdpr_request' | 'shop_redact' | 'admin';
}

declare module '../platform/jobs/index.js' {
  interface DomainEventMap {
    'customer.upserted': CustomerUpserted;
    'consent.changed': ConsentChanged;
    'customer.erased': CustomerErased;
  }
}
