import { describe, expect, it } from 'vitest';
import { createEcomailConnector } from '../../src/connectors/ecomail/ecomail.connector.js';
import { createKlaviyoConnector } from '../../src/connectors/klaviyo/klaviyo.connector.js';
import { createSalesmanagoConnector } from '../../src/connectors/salesmanago/salesmanago.connector.js';
import { createWebhooksConnector } from '../../src/connectors/webhooks/webhooks.connector.js';
import { systemClock } from '../../src/platform/clock.js';
import { connectors } from '../../web/admin/src/i18n/messages/connectors.js';

const descriptors = [
  createKlaviyoConnector,
  createEcomailConnector,
  createSalesmanagoConnector,
  createWebhooksConnector,
].map((create) => create({ clock: systemClock }).descriptor);

describe('the connectors’ setting texts in the admin catalogues', () => {
  // The other languages have exactly the English keys (the compiler and catalogues.test.ts check).
  const english: Record<string, string> = connectors.en;

  it.each(descriptors.flatMap((d) => d.settings.map((s) => [`${d.id}.${s.key}`])))(
    '%s has a label and a hint in every language',
    (key) => {
      expect(english[`connector.${key}`]).toBeTruthy();
      expect(english[`connector.${key}.description`]).toBeTruthy();
    },
  );

  it('names no setting that no connector has', () => {
    const known = new Set(descriptors.flatMap((d) => d.settings.map((s) => `connector.${d.id}.${s.key}`)));
    const stray = Object.keys(english).filter((key) => !known.has(key.replace(/\.description$/, '')));
    expect(stray).toEqual([]);
  });
});
