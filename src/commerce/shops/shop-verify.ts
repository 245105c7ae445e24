/**
 * The live checks every shop connector's `verifyCredentials` is made of: a call the shop may
 * refuse, whose refusal becomes a verdict naming the field the merchant must fix.
 */
import type { ShopSettings, ShopVerifyCode, VerifyResult } from './shop-connector.js';
import { ShopDiscountError } from './shop-discount.types.js';

/** Runs `check`; a refusal by the shop (`ShopDiscountError`) names `field` (or the field it picks). */
export async function verdictOf(
  field: string | ((error: ShopDiscountError) => string),
  check: () => Promise<unknown>,
): Promise<VerifyResult> {
  try {
    await check();
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ShopDiscountError)) throw error;
    return {
      ok: false,
      field: typeof field === 'string' ? field : field(error),
      message: error.message,
      code: refusalCode(error),
    };
  }
}

/**
 * The `discounts` section's check: its client may create codes. Nothing to check when codes
 * are not created in the shop. `field` is the section's credential to name on a refusal.
 */
export function verifyDiscounts(
  settings: ShopSettings,
  clientOf: (settings: ShopSettings) => { checkAccess(): Promise<void> },
  field: string,
): Promise<VerifyResult> {
  if (!settings.discounts) return Promise.resolve({ ok: true });
  return verdictOf(`discounts/${field}`, () => clientOf(settings).checkAccess());
}

/** What a shop's refusal means for the merchant, for the admin to word in their language. */
export function refusalCode(error: ShopDiscountError): ShopVerifyCode {
  if (error.credentialsRefused) return 'shop.credentialsRefused';
  return error.outcome === 'retry' ? 'shop.unavailable' : 'shop.refused';
}
