import { type OutboundAnswer, sendRequest, Unreachable, USER_AGENT } from '../../platform/http/outbound.js';
import { currencyDigits } from '../../platform/i18n/index.js';

/** A loyalty reward's code, as the shop must hold it: single use, exactly the reward's value. */
export interface ShopDiscountRequest {
  code: string;
  /** The reward's name, shown to the merchant in the shop's discount list. */
  title: string;
  kind: 'amount_off' | 'percent_off' | 'free_shipping' | 'free_product';
  /** Minor units for amount_off, percent for percent_off, 0 otherwise. */
  value: number;
  currency: string;
  /** The shop's own product id for free_product (a number or a Shopify gid). */
  product: string | null;
  startsAt: string;
  expiresAt: string | null;
}

/** Why the shop did not take a call: `retry` (down, throttled, timed out) or `refused` (it never will as asked). */
export class ShopDiscountError extends Error {
  /** The shop refused the credentials themselves (wrong, revoked, or without the access needed). */
  credentialsRefused = false;
  constructor(
    readonly outcome: 'retry' | 'refused',
    message: string,
    /** Milliseconds the shop asked to wait, when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** A refusal of the credentials themselves: the merchant must fix or replace them. */
  static credentials(message: string): ShopDiscountError {
    const error = new ShopDiscountError('refused', message);
    error.credentialsRefused = true;
    return error;
  }
}

/** One shop's discount API: create a code, remove it, and check the credentials before storing them. */
export interface ShopDiscountClient {
  /** Creates the code; a code the shop already holds (a retried call) answers its existing id. */
  create(request: ShopDiscountRequest): Promise<{ shopDiscountId: string }>;
  /** Removes it; one the shop no longer has counts as removed. */
  remove(shopDiscountId: string): Promise<void>;
}

/** Minor units → the decimal string shops take ("12.50"), by the currency's digits. */
export function decimalAmount(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

/** One call to a shop's API (src/platform/http/outbound.ts); no answer at all is worth retrying. */
export async function shopFetch(
  platform: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; timeoutMs?: number },
): Promise<OutboundAnswer> {
  try {
    return await sendRequest({
      method: init.method,
      url,
      headers: { 'user-agent': USER_AGENT, ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
      timeoutMs: init.timeoutMs ?? 15_000,
    });
  } catch (error) {
    if (!(error instanceof Unreachable)) throw error;
    throw new ShopDiscountError('retry', `${platform} could not be reached: ${error.message}`);
  }
}

/** 429 and 5xx are worth retrying; 4xx are refusals (a bad token, a bad request). */
export function statusOutcome(status: number): 'retry' | 'refused' {
  return status === 429 || status >= 500 ? 'retry' : 'refused';
}
