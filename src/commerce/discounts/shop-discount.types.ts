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
  constructor(
    readonly outcome: 'retry' | 'refused',
    message: string,
    /** Milliseconds the shop asked to wait, when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
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

/** A fetch with a timeout whose network failures are retryable. */
export async function shopFetch(
  platform: string,
  url: string,
  init: RequestInit & { timeoutMs?: number },
): Promise<{ status: number; headers: Headers; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
      redirect: 'error',
    });
  } catch (error) {
    throw new ShopDiscountError('retry', `${platform} could not be reached: ${(error as Error).message}`);
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // not JSON: the text is the message
  }
  return { status: response.status, headers: response.headers, body };
}

/** 429 and 5xx are worth retrying; 4xx are refusals (a bad token, a bad request). */
export function statusOutcome(status: number): 'retry' | 'refused' {
  return status === 429 || status >= 500 ? 'retry' : 'refused';
}
