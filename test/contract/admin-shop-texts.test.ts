import { describe, expect, it } from 'vitest';
import { shopDescriptors } from '../../src/commerce/shops/shop-registry.js';
import { shopFields } from '../../web/admin/src/i18n/messages/shop-fields.js';
import { shopFieldsPulled } from '../../web/admin/src/i18n/messages/shop-fields-pulled.js';

const keyOf = (platform: string, field: { key: string; section: string }) =>
  `shop.field.${platform}.${field.section === 'discounts' ? 'discounts.' : ''}${field.key}`;

describe('the shop settings’ texts in the admin catalogues', () => {
  // The other languages have exactly the English keys (the compiler and catalogues.test.ts check).
  const english: Record<string, string> = { ...shopFields.en, ...shopFieldsPulled.en };
  const settings = shopDescriptors().flatMap((d) => d.settings.map((field) => keyOf(d.id, field)));

  it.each(settings.map((key) => [key]))('%s has a label and a hint in every language', (key) => {
    expect(english[key]).toBeTruthy();
    expect(english[`${key}.description`]).toBeTruthy();
  });

  it('names no setting that no shop platform has', () => {
    const known = new Set(settings);
    const stray = Object.keys(english).filter(
      (key) => !known.has(key.replace(/\.(description|invalid)$/, '')),
    );
    expect(stray).toEqual([]);
  });
});
