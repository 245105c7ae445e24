/**
 * What the shop-connector contract suite (test/contract/shop-connector.contract.test.ts) needs
 * from each platform: its fake, a connection body, and the shop's side of an order's life.
 * One file per platform next to this one; add it to `SHOP_HARNESSES` in index.ts.
 */
export interface ShopHarness {
  platform: string;
  /** How the order's changes reach Trustloop: the pull job, or signed webhooks. */
  delivery: 'pull' | 'webhooks';
  /**
   * Webhook shops: whether the platform sends a delivery again after a non-2xx answer, as its
   * documentation says. Where it does not, the suite requires every delivery to be taken.
   */
  retriesFailedDeliveries?: boolean;
  /**
   * Webhook shops Trustloop also pulls: a delivery the shop never sends again (no documented
   * retry) is brought in by the connection's pull.
   */
  backfillsMissedDeliveries?: boolean;
  /**
   * Why the platform cannot express the suite's partial refund (20.00 of 59.90), when it cannot:
   * that scenario is skipped for it and a whole refund by status runs instead.
   */
  partialRefundInapplicable?: string;
  start(): Promise<ShopFake>;
}

export interface HeldCode {
  /** "10.00" for an amount, "5%" for a percentage. */
  value: string;
  type: 'amount' | 'percent' | 'free_shipping';
  usageLimit: number;
}

/** One webhook delivery as the shop posts it: signed headers and the raw body. */
export interface WebhookDelivery {
  /** The platform's delivery id: the same on a duplicate or a retry of this delivery. */
  id: string;
  /** What it is about, for failure messages (`orders/paid`, `order.updated`). */
  topic: string;
  headers: Record<string, string>;
  body: string;
}

export interface ShopFake {
  /** A connection body with working credentials (discounts on). */
  connection(): Record<string, unknown>;
  /** The same with a credential the shop refuses, and the field the 422 must name. */
  wrongCredential(): { body: Record<string, unknown>; field: string };
  /** The shop's side of one order; returns the shop's order id. */
  placeOrder(input: { email: string; total: number; couponCode?: string }): string;
  pay(orderId: string): void;
  ship(orderId: string): void;
  /** A refund of `amount`; a platform with `partialRefundInapplicable` takes only the whole order. */
  refund(orderId: string, amount: number): void;
  /** What the shop holds for a code, in one shape for every platform. */
  held(code: string): HeldCode | undefined;
  /** How many times the shop counts the code used. */
  timesUsed(code: string): number;
  /** The next `count` calls fail as a shop that is down does (503). */
  down(count: number): void;
  /**
   * Webhook shops: the deliveries the shop's changes queued since the last call, signed as the
   * platform signs them (with the connection's webhook secret). Built when the platform builds
   * them: at the change (Shopify) or when the delivery runs (WooCommerce).
   */
  takeDeliveries?(): WebhookDelivery[];
  /** Pull shops: the first call for `resource` after its first page fails (to break a pull off mid-way). */
  failSecondPageOnce?(resource: string): void;
  /** Pull shops: reads of a resource from the very start, without a cursor (a resumed pull must not make one). */
  readsFromStart?(resource: string): number;
  close(): Promise<void>;
}
