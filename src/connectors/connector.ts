/**
 * The one interface every marketing platform implements, and the descriptor that says what it
 * needs and can do. The admin app renders the settings form from `settings`; the dispatcher
 * decides what to call from `capabilities` — data, not optional methods.
 *
 * @example
 * export const klaviyo: Connector = {
 *   descriptor: { id: 'klaviyo', displayName: 'Klaviyo', settings: [...], capabilities: {...}, ... },
 *   verifyCredentials: (settings, io) => ...,
 *   pushProfile: (target, profile) => ..., pushEvent: ..., pushConsent: ..., bulkExport: ..., parseInbound: ...,
 * };
 */

export type ConnectorId = 'klaviyo' | 'ecomail' | 'salesmanago' | 'webhooks';

/**
 * `tag_list`: tags as Trustloop takes them everywhere (C3) — `"A,B"` (commas, no spaces) or a
 * list, each tag checked by the contacts' tag rules; stored as a list.
 */
export type SettingType = 'string' | 'secret' | 'url' | 'integer' | 'boolean' | 'string_list' | 'tag_list';

/** One field of a connector's settings form. Secret fields are sealed at rest and never returned. */
export interface SettingField {
  key: string;
  label: string;
  type: SettingType;
  required: boolean;
  secret: boolean;
  description?: string;
  default?: string | number | boolean | string[];
  /**
   * `lists`: the value is one of the platform account's lists, offered by the connector's
   * `listChoices` (the admin shows a picker, so no merchant has to find a list id by hand).
   */
  choices?: 'lists';
  /**
   * The part of the platform's page the setting belongs to (one of the descriptor's `sections`),
   * e.g. SALESmanago's panel tabs of seed 001; absent when the descriptor has no sections.
   */
  section?: string;
}

export interface ConnectorCapabilities {
  /** Profiles (contacts) are created and updated with Trustloop's properties. */
  profiles: boolean;
  /** Named, tracked events (e.g. "Points Credited"), de-duplicated by our event id where the platform can. */
  trackedEvents: boolean;
  /** Every subscribed domain event is sent as is (outbound webhooks). */
  rawEvents: boolean;
  /** Newsletter consent is pushed (subscribe / unsubscribe). */
  consent: boolean;
  /**
   * The first export of all profiles, in batches of this size; `false` when the platform has none.
   * `inFlight`: batches sent before the first is done (default 1), for platforms that process
   * each batch as a job of their own.
   */
  bulkExport: { batchSize: number; inFlight?: number } | false;
  /** The platform calls Trustloop back (flow webhook, subscription callbacks). */
  inbound: boolean;
  /**
   * Export choices the platform honours beyond Trustloop's own filters (consent, date range):
   * extra tags on the exported contacts, and past paid orders sent as purchases (each once per
   * connection, through the purchase ledger). Absent: neither.
   */
  exportChoices?: { tags: boolean; transactions: boolean };
}

export interface ConnectorDescriptor {
  id: ConnectorId;
  displayName: string;
  settings: readonly SettingField[];
  /**
   * The parts of the platform's page in order, when it has more than one form (seed 001's panel:
   * sign-in, then tabs). The first holds the credentials checked at connect; a section without
   * settings is one the page fills itself (e.g. `export`).
   */
  sections?: readonly string[];
  capabilities: ConnectorCapabilities;
  /** Domain event types a new connection subscribes to unless told otherwise; `'*'` for all. */
  defaultEventTypes: readonly string[] | '*';
  /** Outbound calls allowed per connection: a token bucket refilled at `perSecond`. */
  rateLimit: { perSecond: number; burst: number };
}

/** Settings with secrets in the clear: only ever in memory, while a call is made. */
export type ConnectorSettings = Record<string, unknown>;

/** The connection a call is made for. */
export interface ConnectionTarget {
  connectionId: string;
  accountId: string;
  channelId: string;
  settings: ConnectorSettings;
  /** The secret the platform must present when it calls us back. */
  inboundSecret: string;
}

export type VerifyResult =
  | { ok: true /** Settings learned while verifying, e.g. the list's name. */; learned?: ConnectorSettings }
  /**
   * `code`: a stable name of the problem, which the admin words in the merchant's language;
   * `params`: the values its wording names (a status, a tag), the same in every language.
   */
  | { ok: false; field: string; message: string; code?: string; params?: Record<string, string | number> };

export type PropertyValue = string | number | boolean | null | string[];

/** What the platform's profile should show; absent properties are left as they are. */
export interface ProfileUpdate {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  locale?: string | null;
  externalId?: string | null;
  properties: Record<string, PropertyValue>;
  /** Known newsletter consent, when exporting; pushes leave consent to `pushConsent`. */
  consent?: 'subscribed' | 'unsubscribed' | null;
}

/** A domain event as the platform should record it. `id` is the idempotency key. */
export interface OutboundEvent {
  id: string;
  type: string;
  /** The tracked event's name ("Points Credited"); null for events only sent raw. */
  name: string | null;
  occurredAt: string;
  email: string | null;
  properties: Record<string, PropertyValue>;
  value?: { amount: number; currency: string };
  /** The domain event's payload, for raw delivery. */
  payload: unknown;
  accountId: string;
  channelId: string | null;
}

export interface ConsentUpdate {
  email: string;
  subscribed: boolean;
  changedAt: string;
}

/** What one export run adds to every profile it sends (when `capabilities.exportChoices` allows). */
export interface ExportExtras {
  tags: readonly string[];
  /** Aborted when the export attempt ends early (another batch failed, the run was taken over). */
  signal?: AbortSignal;
}

export interface ExportProgress {
  /** Profiles the platform has accepted for processing. */
  submitted: number;
  /** Profiles the platform reports as applied. */
  completed: number;
  failed: number;
}

/** What the platform told us when it called back, normalised. */
export type InboundMessage =
  | { kind: 'consent'; email: string; subscribed: boolean; occurredAt: string }
  | {
      kind: 'invitation_request';
      email: string;
      name: string | null;
      orderId: string | null;
      orderNumber: string | null;
      locale: string | null;
      /** Chosen per flow; null: the channel's review type. */
      reviewType: 'service' | 'product' | 'both' | null;
      /** Products the request carried (used when Trustloop holds no such order). */
      products: FlowProduct[];
      /** Recorded on the invitation (R3), e.g. `klaviyo_flow`. */
      method: 'klaviyo_flow';
    }
  | { kind: 'ignored'; reason: string };

/** A product named in a flow webhook's body. */
export interface FlowProduct {
  sku: string | null;
  productId: string | null;
  title: string | null;
  productUrl: string | null;
  imageUrl: string | null;
}

export interface InboundRequest {
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string | undefined>;
  body: unknown;
}

/** A field the platform's contacts need for Trustloop's values, as the merchant creates it. */
export interface PlatformField {
  key: string;
  name: string;
  type: string;
}

/**
 * What activation found and what the merchant still has to do by hand: fields no API call can
 * create (Ecomail's list custom fields), those already there, and those there with another type.
 */
export interface ActivationReport {
  fieldsToCreate: PlatformField[];
  fieldsPresent: PlatformField[];
  fieldsWithOtherType: Array<PlatformField & { actualType: string }>;
  /** Where to create them, in the merchant's words. */
  instructions: string;
  /** The fields to create, one per line (`key<TAB>type<TAB>name`), to copy. */
  copyText: string;
}

/** One list (audience) of the platform account, to choose from when connecting. */
export interface ListChoice {
  id: string;
  name: string;
  /** Active subscribers when the platform says so; null when it does not. */
  subscriberCount: number | null;
}

/** What a test event met at the endpoint (the admin's "send test event"). */
export interface TestEventResult {
  /** The endpoint answered 2xx. */
  delivered: boolean;
  /** The endpoint's HTTP status; null when it could not be reached. */
  status: number | null;
  /** Why it was not delivered, in words; null when it was. */
  error: string | null;
  /** The `webhook-id` of the test message, to find it in the endpoint's logs. */
  messageId: string;
  type: string;
}

export interface Connector {
  descriptor: ConnectorDescriptor;
  /** Checks the credentials live. A failure names the wrong credential in words a merchant understands. */
  verifyCredentials(settings: ConnectorSettings): Promise<VerifyResult>;
  /**
   * Runs once after a successful connect; idempotent. Reports what the merchant must still set
   * up by hand (e.g. custom fields the platform's API cannot create).
   */
  activate?(target: ConnectionTarget): Promise<ActivationReport | undefined>;
  /** The same report, checked live again later (the merchant may have created the fields since). */
  activationStatus?(target: ConnectionTarget): Promise<ActivationReport>;
  /**
   * The account's lists, with settings that hold at least the credentials (no list chosen yet).
   * Throws a `ConnectorFailure` when the platform refuses.
   */
  listChoices?(settings: ConnectorSettings): Promise<ListChoice[]>;
  /**
   * Sends one test event exactly as real deliveries go (signed), and says what the endpoint
   * answered. Never throws for the endpoint's answer: a refusal is the result the merchant sees.
   */
  sendTestEvent?(target: ConnectionTarget): Promise<TestEventResult>;
  pushProfile(target: ConnectionTarget, profile: ProfileUpdate): Promise<void>;
  pushEvent(target: ConnectionTarget, event: OutboundEvent): Promise<void>;
  pushConsent(target: ConnectionTarget, consent: ConsentUpdate): Promise<void>;
  /**
   * The newsletter consent the platform holds for this email (null: no such contact, or no
   * consent it can tell), when the connection asks for it at registration (seed 001 §6 [6]).
   */
  fetchConsent?(target: ConnectionTarget, email: string): Promise<'subscribed' | 'unsubscribed' | null>;
  /**
   * Sends one batch of the first export and waits until the platform has processed it.
   * Only called when `capabilities.bulkExport` is set.
   */
  bulkExport(
    target: ConnectionTarget,
    batch: readonly ProfileUpdate[],
    extras?: ExportExtras,
  ): Promise<ExportProgress>;
  /**
   * The platform account these settings write to (e.g. SALESmanago's endpoint and client id),
   * for records that must outlive a connection: a purchase is sent to an account once, even
   * after the merchant disconnects and connects it again.
   */
  destinationOf?(settings: ConnectorSettings): string;
  /** Normalises a callback the platform made; the caller has already checked the secret. */
  parseInbound(target: ConnectionTarget, request: InboundRequest): InboundMessage;
}
