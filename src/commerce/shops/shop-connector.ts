/**
 * The one interface every shop platform implements, and the descriptor that says what it needs
 * and can do — shaped like the marketing connectors (src/connectors/connector.ts). The PUT of a
 * shop connection is validated from `settings`, the admin app renders its form from them, and
 * the webhook routes, the pull runner and reward codes decide what to do from `capabilities`:
 * data, not optional methods one has to discover.
 *
 * @example
 * export const magento: ShopConnector = {
 *   descriptor: { id: 'magento', displayName: 'Magento 2', settings: [...], capabilities: {...}, rateLimit },
 *   verifyCredentials: (settings) => ..., discountClient: (settings) => ..., puller: (settings) => ...,
 * };
 */
import type { Clock } from '../../platform/clock.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { ShopPlatform } from '../commerce.types.js';
import type { ContactsPort } from '../contacts-port.js';
import type { CommerceDb, Orders } from '../orders.service.js';
import type { Refunds } from '../refunds.service.js';
import type { WebhookDeps } from '../webhooks/webhook-context.js';
import type { ShopDiscountClient, ShopDiscountRequest } from './shop-discount.types.js';

/**
 * `secret`: write-only text, sealed at rest, never returned. `host`: a host name (a pasted URL is
 * cut down to it). `url`: an https address (http only on a loopback host). `choice`: one of
 * `values`. `status_slug`: a shop's order status slug. `status_map`: shop status → milestone.
 */
export type ShopSettingType = 'string' | 'secret' | 'url' | 'host' | 'choice' | 'status_slug' | 'status_map';

/** Where a field sits in the PUT body: at its top level, or inside `discounts` (the Admin API credentials). */
export type ShopSettingSection = 'connection' | 'discounts';

/** One field of a shop connection's form. */
export interface ShopSettingField {
  key: string;
  section: ShopSettingSection;
  label: string;
  type: ShopSettingType;
  /** Needed to connect (connection fields) or to turn discounts on (discount fields). */
  required: boolean;
  /** Sealed at rest and never returned. */
  secret: boolean;
  description?: string;
  default?: string | Readonly<Record<string, OrderMilestoneName>>;
  /** `choice`: the allowed values. */
  values?: readonly string[];
  /** `host`: the form the host must have (e.g. Shopify's `name.myshopify.com`), and what to say if not. */
  pattern?: { regex: RegExp; message: string };
  minLength?: number;
  maxLength?: number;
}

/** The shop's address (where its API answers), as the platforms that are called at it ask for it. */
export const shopAddressField = (description: string): ShopSettingField => ({
  key: 'shopUrl',
  section: 'connection',
  label: 'Shop address',
  type: 'url',
  required: true,
  secret: false,
  description,
});

/** The secret a platform signs its webhooks with. */
export const webhookSecretField = (label: string, description: string): ShopSettingField => ({
  key: 'webhookSecret',
  section: 'connection',
  label,
  type: 'secret',
  required: true,
  secret: true,
  minLength: 8,
  description,
});

/** What a shop order status can mean to Trustloop. */
export const ORDER_MILESTONES = [
  'placed',
  'paid',
  'fulfilled',
  'delivered',
  'cancelled',
  'refunded',
] as const;
export type OrderMilestoneName = (typeof ORDER_MILESTONES)[number];

export interface ShopConnectorCapabilities {
  /** The shop pushes to `/webhooks/<id>/<channel public id>`; the topics the merchant subscribes. */
  webhooks: { topics: readonly string[] } | false;
  /** Trustloop pulls these resources by their update time, every `everyMinutes` per connection. */
  pull: { resources: readonly string[]; everyMinutes: number } | false;
  /** Redeemed rewards become single-use codes in the shop, of these kinds. */
  discounts: { kinds: readonly ShopDiscountRequest['kind'][] } | false;
  /**
   * Which shop order statuses mean which milestone. `setting`: the connection field that holds
   * the merchant's own map (absent: the map is fixed, as the platform documents it).
   */
  orderStatusMap: { defaults: Readonly<Record<string, OrderMilestoneName>>; setting?: string } | false;
}

export interface ShopConnectorDescriptor {
  id: ShopPlatform;
  displayName: string;
  settings: readonly ShopSettingField[];
  capabilities: ShopConnectorCapabilities;
  /** Calls Trustloop makes to one shop: a token bucket refilled at `perSecond`. */
  rateLimit: { perSecond: number; burst: number };
}

export type ShopSettingValue = string | Readonly<Record<string, OrderMilestoneName>>;

/** A connection's settings with secrets in the clear: only ever in memory, while a call is made. */
export interface ShopSettings {
  shopDomain: string | null;
  fulfilledOn: string;
  deliveredOn: string;
  /** The platform's other connection fields (secrets opened). */
  values: Readonly<Record<string, ShopSettingValue>>;
  /** The `discounts` section; null when codes are not created in the shop. */
  discounts: Readonly<Record<string, string>> | null;
}

/** A live check's verdict; `field` is the body path the merchant must fix (`discounts/accessToken`). */
/**
 * A live check's verdict. `code` names the problem for the admin to word in the merchant's
 * language (`verify.<code>`, with `params`); `message` is the server's English, with what the
 * shop itself answered.
 */
export type VerifyResult =
  | { ok: true }
  | { ok: false; field: string; message: string; code?: ShopVerifyCode; params?: Record<string, string> };

/** Why a shop's live check refused: the credentials, the shop not answering now, or another refusal. */
export type ShopVerifyCode =
  | 'shop.credentialsRefused'
  | 'shop.unavailable'
  | 'shop.refused'
  | 'shop.idList'
  | 'shop.timeZone';

/** Where the records of one pull are written: the same writers webhooks use. */
export interface ShopWriters {
  clock: Clock;
  orders: Orders;
  refunds: Refunds;
  contacts: ContactsPort;
}

/** The channel a connection belongs to, as mapping needs it. */
export interface ShopTarget {
  accountId: string;
  channelId: string;
  currency: string;
  fulfilledOn: string;
  deliveredOn: string;
}

/** Where a resource's pull has got to: the last record applied, by update time then id. */
export interface PullCursor {
  updatedAt: string;
  id: string;
}

/** One record of a page: either what it writes, or why it cannot be read (kept as a dead letter). */
export type PulledRecord =
  | { id: string; updatedAt: string; apply: (trx: CommerceDb, writers: ShopWriters) => Promise<void> }
  | { id: string; updatedAt: string; invalid: string; payload: unknown };

export interface PulledPage {
  /** Oldest first: by update time, then by id. */
  records: PulledRecord[];
  /** Nothing changed after the last record. */
  done: boolean;
}

/** Reads one resource of one shop, page by page, from a cursor. */
export interface ShopPuller {
  page(resource: string, after: PullCursor | null, pageSize: number): Promise<PulledPage>;
}

export interface ShopConnector {
  descriptor: ShopConnectorDescriptor;
  /**
   * Checks the credentials live (nothing is written to the shop). A failure names the field to
   * fix in words a merchant understands.
   */
  verifyCredentials(settings: ShopSettings): Promise<VerifyResult>;
  /** The client that creates reward codes; only called when `capabilities.discounts` is set. */
  discountClient?(settings: ShopSettings): ShopDiscountClient;
  /** Only called when `capabilities.pull` is set. */
  puller?(settings: ShopSettings, target: ShopTarget): ShopPuller;
  /** The webhook routes; only registered when `capabilities.webhooks` is set. */
  webhookRoutes?(deps: WebhookDeps): (app: HttpServer) => Promise<void>;
}
