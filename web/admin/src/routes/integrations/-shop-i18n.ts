import type { MessageParams } from '../../../../../src/platform/i18n/translator.js';
import type { Locale } from '../../i18n/i18n';
import { addMessages, type MessageKey, useI18n } from '../../i18n/i18n';
import { shopFields } from '../../i18n/messages/shop-fields';
import { shopFieldsPulled } from '../../i18n/messages/shop-fields-pulled';
import { shopGuides } from '../../i18n/messages/shop-guides';
import { shopPages } from '../../i18n/messages/shop-pages';
import { shopPull } from '../../i18n/messages/shop-pull';

/**
 * The shop pages' texts (about 15 KB gzipped in five languages) come with the shop page's chunk,
 * not the first one, which has a 200 KB budget (bench/admin.bench.ts).
 */
const locales = ['en', 'pl', 'cs', 'sv', 'de'] as const satisfies readonly Locale[];
export const shopMessages = Object.fromEntries(
  locales.map((locale) => [
    locale,
    {
      ...shopPages[locale],
      ...shopGuides[locale],
      ...shopPull[locale],
      ...shopFields[locale],
      ...shopFieldsPulled[locale],
    },
  ]),
) as Record<Locale, Readonly<Record<ShopMessageKey, string>>>;
addMessages(shopMessages);

export type ShopMessageKey =
  | keyof typeof shopPages.en
  | keyof typeof shopGuides.en
  | keyof typeof shopPull.en
  | keyof typeof shopFields.en
  | keyof typeof shopFieldsPulled.en;

/** useI18n, with the shop sections' keys known to `t`. */
export function useShopI18n() {
  const i18n = useI18n();
  return { ...i18n, t: i18n.t as (key: MessageKey | ShopMessageKey, params?: MessageParams) => string };
}
