/**
 * What the shop-connector contract suite (test/contract/shop-connector.contract.test.ts) needs
 * from each platform: its fake, a connection body, and the shop's side of an order's life.
 * One file per platform next to this one; add it to `SHOP_HARNESSES` in index.ts.
 */
export interface ShopHarness {
  platform: string;
  /** How the order's changes reach Trustloop: the pull job, or signed webhooks. */
  delivery: 'pull' | 'webhooks';
  start(): Promise<ShopFake>;
}

export interface HeldCode {
  /** "10.00" for an amount, "5%" for a percentage. */
  value: string;
  type: 'amount' | 'percent' | 'free_shipping';
  usageLimit: number;
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
  refund(orderId: string, amount: number): void;
  /** What the shop holds for a code, in one shape for every platform. */
  held(code: string): HeldCode | undefined;
  /** How many times the shop counts the code used. */
  timesUsed(code: string): number;
  /** The next `count` calls fail as a shop that is down does (503). */
  down(count: number): void;
  /** The first call for `resource` after its first page fails (to break a pull off mid-way). */
  failSecondPageOnce(resource: string): void;
  /** Reads of a resource from the very start, without a cursor (a resumed pull must not make one). */
  readsFromStart(resource: string): number;
  close(): Promise<void>;
}
