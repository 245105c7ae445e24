import { startEcomailFake } from '../fakes/ecomail/ecomail.fake.js';
import { type KlaviyoFake, startKlaviyoFake } from '../fakes/klaviyo/klaviyo.fake.js';
import { startSalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import { startWebhookReceiver } from '../fakes/webhooks/webhook-receiver.js';

/**
 * One connector and its fake, seen the same way by every contract scenario: how to connect,
 * how to break it, and how to read the platform's final state.
 */
export interface ConnectorHarness {
  connectorId: string;
  settings: Record<string, unknown>;
  /** Settings with one wrong credential, the field the 422 must name and words its message must contain. */
  badCredentials: { settings: Record<string, unknown>; field: string; message: RegExp };
  failNext(count: number, failure: { status: number; retryAfter?: number }): void;
  /** The platform stops accepting the credentials (revoked key, regenerated secret). */
  revoke(): void;
  /** The profile property holding the points, as the platform stores it; undefined when no profile. */
  pointsOf(email: string): unknown;
  /** How many "points credited" events the platform holds for the email. */
  creditEventsOf(email: string): number;
  /** How many profiles the platform holds. */
  profileCount(): number;
  /** Whether the platform itself drops a repeated event (Klaviyo's unique_id); else only Trustloop's ledger protects. */
  platformDedupesEvents: boolean;
  close(): Promise<void>;
}

export const harnessFactories: Record<string, () => Promise<ConnectorHarness>> = {
  async klaviyo() {
    const fake: KlaviyoFake = await startKlaviyoFake({ rateLimits: false, pollsToComplete: 2 });
    const settings = { publicKey: fake.publicKey, privateKey: fake.privateKey, baseUrl: fake.url };
    return {
      connectorId: 'klaviyo',
      settings,
      badCredentials: {
        settings: { ...settings, privateKey: 'pk_not_a_real_key' },
        field: '/body/settings/privateKey',
        message: /private key was refused/,
      },
      failNext: (count, failure) => fake.failNext(count, failure),
      revoke: () => fake.revokeKey(fake.privateKey),
      pointsOf: (email) => fake.state.profileByEmail(email)?.properties['trustloop_points'],
      creditEventsOf: (email) => fake.state.eventsOf(email, 'Points Credited').length,
      profileCount: () => fake.state.profiles.size,
      platformDedupesEvents: true,
      close: () => fake.close(),
    };
  },

  async ecomail() {
    // The merchant created the points field in the list settings (no API call can).
    const fake = await startEcomailFake({
      lists: [
        { id: 1, name: 'Customers', customFields: { trustloop_points: { type: 'int', name: 'Points' } } },
      ],
    });
    const settings = { apiKey: fake.apiKey, listId: '1', baseUrl: fake.url };
    const subscriber = (email: string) => fake.subscriber(1, email);
    return {
      connectorId: 'ecomail',
      settings,
      badCredentials: {
        settings: { ...settings, apiKey: 'wrong-key' },
        field: '/body/settings/apiKey',
        message: /API key was refused/,
      },
      failNext: (count, failure) => fake.failNext(count, failure),
      revoke: () => fake.revokeKey(),
      pointsOf: (email) => {
        const value = subscriber(email)?.custom_fields['trustloop_points'];
        return value === undefined ? undefined : Number(value);
      },
      creditEventsOf: (email) => fake.events.filter((e) => e.email === email && e.label === 'credit').length,
      profileCount: () => fake.lists.get(1)!.subscribers.size,
      platformDedupesEvents: false,
      close: () => fake.close(),
    };
  },

  async salesmanago() {
    const fake = await startSalesmanagoFake();
    const settings = {
      clientId: fake.clientId,
      apiSecret: fake.apiSecret,
      endpoint: fake.url,
      owner: fake.owner,
    };
    return {
      connectorId: 'salesmanago',
      settings,
      badCredentials: {
        settings: { ...settings, apiSecret: 'not-the-secret' },
        field: '/body/settings/apiSecret',
        message: /did not authenticate/,
      },
      failNext: (count, failure) => fake.failNext(count, failure),
      revoke: () => fake.rotateSecret(),
      pointsOf: (email) => {
        const value = fake.contacts.get(email)?.properties['trustloop_points'];
        return value === undefined ? undefined : Number(value);
      },
      creditEventsOf: (email) =>
        fake.events.filter((e) => e.email === email && e.description === 'Points Credited').length,
      profileCount: () => fake.contacts.size,
      platformDedupesEvents: false,
      close: () => fake.close(),
    };
  },

  async webhooks() {
    const receiver = await startWebhookReceiver();
    type Credited = { member?: { email: string; balance: number } };
    const credits = (email: string) =>
      receiver.received.filter(
        (r) => r.type === 'points.credited' && (r.data.payload as Credited).member?.email === email,
      );
    return {
      connectorId: 'webhooks',
      settings: { url: receiver.url, secret: receiver.secret },
      badCredentials: {
        settings: {
          url: receiver.url,
          secret: `whsec_${Buffer.from('the-wrong-signing-secret-000').toString('base64')}`,
        },
        field: '/body/settings/url',
        message: /refused/,
      },
      failNext: (count, failure) => receiver.failNext(count, failure),
      revoke: () => receiver.rotateSecret(),
      pointsOf: (email) => (credits(email).at(-1)?.data.payload as Credited | undefined)?.member?.balance,
      creditEventsOf: (email) => credits(email).length,
      profileCount: () =>
        new Set(
          receiver.received
            .filter((r) => r.type === 'points.credited')
            .map((r) => (r.data.payload as Credited).member?.email),
        ).size,
      platformDedupesEvents: false,
      close: () => receiver.close(),
    };
  },
};
