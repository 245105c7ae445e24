/**
 * Reward codes as Shoper promotion codes (REST resource `promotion-codes`), with the fields of
 * Shoper's OpenAPI-generated SDK (`shoper/sdk` `Rest/PromotionCodes/Requests/PromotionCodeInsert`):
 * `code`, `name`, `discount` (documented as an integer), `discount_type`, `usage_limit` 1 (single
 * use), `additional_free_shipping` for free shipping, `time_from` / `time_to` in the shop's time
 * and `active` 1. Not documented in what we hold: what `discount_type`'s values mean —
 * Trustloop sends 1 for an amount and 2 for a percentage; check them on a trial shop. An amount
 * with a fraction of the currency's unit is refused (the integer `discount` cannot carry it), as
 * is a free product (no documented field for it). A retried create whose code the shop already
 * holds looks it up, so the shop never holds it twice.
 */

import { instantToLocal } from '../local-time.js';
import {
  decimalAmount,
  type ShopDiscountClient,
  ShopDiscountError,
  type ShopDiscountRequest,
} from '../shop-discount.types.js';
import type { ShoperRestClient } from './shoper-rest.js';

function wholeUnits(request: ShopDiscountRequest): number {
  const amount = Number(decimalAmount(request.value, request.currency));
  if (!Number.isInteger(amount))
    throw new ShopDiscountError(
      'refused',
      `Shoper takes a promotion code's discount as a whole number; ${amount} ${request.currency} has a fraction`,
    );
  return amount;
}

function discount(request: ShopDiscountRequest): Record<string, unknown> {
  switch (request.kind) {
    case 'amount_off':
      return { discount: wholeUnits(request), discount_type: 1 };
    case 'percent_off':
      if (!Number.isInteger(request.value))
        throw new ShopDiscountError('refused', 'Shoper takes a whole percentage for a promotion code');
      return { discount: request.value, discount_type: 2 };
    case 'free_shipping':
      return { discount: 0, discount_type: 1, additional_free_shipping: 1 };
    case 'free_product':
      throw new ShopDiscountError(
        'refused',
        'Shoper promotion codes cannot give a free product; choose another reward kind',
      );
  }
}

export function shoperPromotionCodes(
  rest: ShoperRestClient,
  timeZone: string,
): ShopDiscountClient & {
  checkAccess(): Promise<void>;
} {
  async function existing(code: string): Promise<string | null> {
    const { list } = await rest.list('promotion-codes', { filters: { code }, limit: 1, page: 1 });
    return list[0] ? String(list[0]['code_id']) : null;
  }
  return {
    async create(request) {
      const known = await existing(request.code);
      if (known) return { shopDiscountId: known };
      const id = await rest.create('promotion-codes', {
        code: request.code,
        name: request.title,
        ...discount(request),
        usage_limit: 1,
        active: 1,
        time_from: instantToLocal(request.startsAt, timeZone),
        ...(request.expiresAt ? { time_to: instantToLocal(request.expiresAt, timeZone) } : {}),
      });
      return { shopDiscountId: id };
    },
    remove: (shopDiscountId) => rest.remove('promotion-codes', shopDiscountId),
    async checkAccess() {
      await rest.list('promotion-codes', { limit: 1, page: 1 });
    },
  };
}
