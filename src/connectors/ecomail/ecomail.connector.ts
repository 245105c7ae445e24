import type { Clock } from '../../platform/clock.js';
import type {
  ActivationReport,
  ConnectionTarget,
  Connector,
  ConnectorSettings,
  InboundMessage,
  ProfileUpdate,
  PropertyValue,
  VerifyResult,
} from '../connector.js';
import { ConnectorFailure, failureOfStatus } from '../connector-failure.js';
import { type HttpAnswer, sendJson } from '../connector-http.js';
import { PROFILE_EVENT_TYPES } from '../domain-events.js';
import { activationReport, type EcomailListDetail, FIELDS, listChoicesOf } from './ecomail.fields.js';

export const ECOMAIL_BASE_URL = 'https://api2.ecomailapp.cz';
/** subscribe-bulk silently drops everything past 3,000 contacts. */
export const ECOMAIL_BULK_LIMIT = 3_000;
const ECOMAIL_TAG_LIMIT = 50;

/** Ecomail automations react to category `trustloop`, action `change`, and these labels (as Ellity's do). */
const EVENT_LABELS: Record<string, string> = {
  'points.credited': 'credit',
  'points.debited': 'credit',
  'points.expiring': 'expiry',
  'points.expired': 'expiry',
  'member.pin_changed': 'pin',
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const detailOf = (body: unknown) =>
  text((body as { message?: unknown } | undefined)?.message) || 'no details';

/** Ecomail (M2): list subscribers with prefixed custom fields, automation events, the list status webhook. */
export function createEcomailConnector(deps: { clock: Clock }): Connector {
  function client(settings: ConnectorSettings) {
    const base = (text(settings['baseUrl']) || ECOMAIL_BASE_URL).replace(/\/+$/, '');
    const call = (method: string, path: string, body?: unknown) =>
      sendJson('Ecomail', {
        method,
        url: `${base}${path}`,
        headers: { key: text(settings['apiKey']) },
        ...(body === undefined ? {} : { body }),
      });
    const fail = (answer: HttpAnswer) =>
      failureOfStatus(answer.status, detailOf(answer.body), {
        platform: 'Ecomail',
        body: answer.body,
        retryAfter: answer.headers.get('retry-after'),
        now: deps.clock.now(),
        authMessage:
          'the API key was refused by Ecomail; it may have been regenerated — reconnect with the current key',
      });
    return {
      call,
      fail,
      async send(method: string, path: string, body?: unknown) {
        const answer = await call(method, path, body);
        if (answer.status < 200 || answer.status >= 300) throw fail(answer);
        return answer;
      },
    };
  }
  const list = (settings: ConnectorSettings) => `/lists/${encodeURIComponent(String(settings['listId']))}`;
  const prefix = (settings: ConnectorSettings) => text(settings['fieldPrefix']) || 'trustloop_';
  const category = (settings: ConnectorSettings) => text(settings['eventCategory']) || 'trustloop';
  const defaultTags = (settings: ConnectorSettings): string[] =>
    Array.isArray(settings['defaultTags']) ? (settings['defaultTags'] as string[]) : [];
  /**
   * Default tags go only on contacts Trustloop adds: Ecomail replaces a contact's tags when a
   * write carries `tags` and updates existing contacts (esp-apis.md §2.4, §2.5), which would
   * wipe the merchant's own tags.
   */
  const tagged = <T extends object>(settings: ConnectorSettings, data: T) => {
    const tags = defaultTags(settings);
    return tags.length > 0 ? { ...data, tags } : data;
  };

  function subscriberData(settings: ConnectorSettings, profile: ProfileUpdate) {
    const fields: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(profile.properties)) {
      if (!(key in FIELDS) || value === null) continue;
      fields[`${prefix(settings)}${key}`] = Array.isArray(value) ? value.join(',') : String(value);
    }
    return {
      email: profile.email,
      ...(profile.firstName !== undefined ? { name: profile.firstName } : {}),
      ...(profile.lastName !== undefined ? { surname: profile.lastName } : {}),
      ...(profile.phone !== undefined ? { phone: profile.phone } : {}),
      custom_fields: fields,
    };
  }

  async function fieldsReport(target: ConnectionTarget): Promise<ActivationReport> {
    const answer = await client(target.settings).send('GET', list(target.settings));
    return activationReport(prefix(target.settings), (answer.body ?? {}) as EcomailListDetail);
  }

  return {
    descriptor: {
      id: 'ecomail',
      displayName: 'Ecomail',
      settings: [
        {
          key: 'apiKey',
          label: 'API key',
          type: 'secret',
          required: true,
          secret: true,
          description: 'Ecomail → Manage account → For developers.',
        },
        {
          key: 'listId',
          label: 'Contact list ID',
          type: 'string',
          required: true,
          secret: false,
          description: 'Customers are synced into this list.',
          choices: 'lists',
        },
        {
          key: 'eventCategory',
          label: 'Event category',
          type: 'string',
          required: false,
          secret: false,
          default: 'trustloop',
          description:
            'The Category of the events sent to Ecomail automations (action change; label credit, expiry, pin). A shop moving from Ellity keeps its automations with ellity.',
        },
        {
          key: 'defaultTags',
          label: 'Default tags',
          type: 'tag_list',
          required: false,
          secret: false,
          default: [],
          description:
            'Given to contacts Trustloop adds to the list: comma-separated without spaces (VIP,LOYALTY) or a list.',
        },
        {
          key: 'fieldPrefix',
          label: 'Custom field prefix',
          type: 'string',
          required: false,
          secret: false,
          default: 'trustloop_',
        },
        {
          key: 'baseUrl',
          label: 'API base URL',
          type: 'url',
          required: false,
          secret: false,
          default: ECOMAIL_BASE_URL,
        },
      ],
      capabilities: {
        profiles: true,
        trackedEvents: true,
        rawEvents: false,
        consent: true,
        bulkExport: { batchSize: ECOMAIL_BULK_LIMIT },
        inbound: true,
      },
      defaultEventTypes: PROFILE_EVENT_TYPES,
      // 1,000 requests per minute per key.
      rateLimit: { perSecond: 15, burst: 30 },
    },

    async verifyCredentials(settings): Promise<VerifyResult> {
      // Ecomail takes tags of at most 50 characters (lists/subscribe-bulk; esp-apis.md §2.4).
      const long = defaultTags(settings).find((tag) => tag.length > ECOMAIL_TAG_LIMIT);
      if (long)
        return {
          ok: false,
          field: 'defaultTags',
          code: 'ecomail.tagTooLong',
          params: { tag: long, length: long.length, limit: ECOMAIL_TAG_LIMIT },
          message: `tag "${long}" is ${long.length} characters long; Ecomail takes at most ${ECOMAIL_TAG_LIMIT}`,
        };
      const answer = await client(settings).call('GET', list(settings));
      if (answer.status === 401 || answer.status === 403)
        return {
          ok: false,
          field: 'apiKey',
          code: 'ecomail.keyRefused',
          message: 'the API key was refused by Ecomail',
        };
      if (answer.status === 404)
        return {
          ok: false,
          field: 'listId',
          code: 'ecomail.listGone',
          message: 'the list no longer exists in Ecomail',
        };
      // Any other refusal (a 422 naming fields) is Ecomail's own words, field errors included.
      if (answer.status >= 400 && answer.status < 500 && answer.status !== 429)
        throw client(settings).fail(answer);
      if (answer.status !== 200)
        return {
          ok: false,
          field: 'apiKey',
          code: 'ecomail.unavailable',
          params: { status: answer.status },
          message: `Ecomail could not check the key right now (${answer.status}); try again`,
        };
      return { ok: true };
    },

    /**
     * Reads the list and reports the prefixed fields the merchant must create in its settings:
     * no documented call creates custom fields, and the list update (`PUT /lists/{id}`) requires
     * the list's name, so activation never writes the list.
     */
    async activate(target: ConnectionTarget): Promise<ActivationReport> {
      return fieldsReport(target);
    },

    activationStatus: (target) => fieldsReport(target),

    /** The account's lists (`GET /lists`), so the merchant picks one instead of typing its id. */
    async listChoices(settings) {
      const answer = await client(settings).send('GET', '/lists');
      const lists = listChoicesOf(answer.body);
      if (!lists)
        throw new ConnectorFailure('permanent', 'Ecomail answered GET /lists with no list of lists');
      return lists;
    },

    async pushProfile(target, profile) {
      const api = client(target.settings);
      const data = subscriberData(target.settings, profile);
      const { email, ...rest } = data;
      const updated = await api.call('PUT', `${list(target.settings)}/update-subscriber`, {
        email,
        subscriber_data: rest,
      });
      if (updated.status >= 200 && updated.status < 300) return;
      if (updated.status !== 404) throw api.fail(updated);
      // Not in the list yet: add the contact without consent; consent changes come through pushConsent.
      await api.send('POST', `${list(target.settings)}/subscribe`, {
        subscriber_data: tagged(target.settings, { ...data, status: 2 }),
        update_existing: true,
        skip_confirmation: true,
        trigger_autoresponders: false,
      });
    },

    async pushEvent(target, event) {
      const label = EVENT_LABELS[event.type];
      if (!label || !event.email) return;
      await client(target.settings).send('POST', '/tracker/events', {
        event: {
          email: event.email,
          category: category(target.settings),
          action: 'change',
          label,
          property: event.id,
          value: event.properties,
        },
      });
    },

    async pushConsent(target, consent) {
      const api = client(target.settings);
      if (consent.subscribed) {
        if (defaultTags(target.settings).length > 0) {
          // Adds a new contact with the tags; one already there answers already_subscribed (docs:
          // lists/subscribe) and is resubscribed below without touching its tags.
          const added = await api.send('POST', `${list(target.settings)}/subscribe`, {
            subscriber_data: tagged(target.settings, { email: consent.email, status: 1 }),
            update_existing: false,
            skip_confirmation: true,
          });
          if ((added.body as { already_subscribed?: boolean } | undefined)?.already_subscribed !== true)
            return;
        }
        await api.send('POST', `${list(target.settings)}/subscribe`, {
          subscriber_data: { email: consent.email, status: 1 },
          update_existing: true,
          resubscribe: true,
          skip_confirmation: true,
        });
        return;
      }
      const answer = await api.call('DELETE', `${list(target.settings)}/unsubscribe`, {
        email: consent.email,
      });
      // 404: not in the list, so not subscribed either.
      if (answer.status !== 404 && (answer.status < 200 || answer.status >= 300)) throw api.fail(answer);
    },

    /**
     * A contact whose consent Trustloop knows gets that status; one it does not know is updated
     * if Ecomail has it and otherwise added unsubscribed — bulk subscribe would otherwise make a
     * new contact subscribed, and an explicit status would override an opt-in Ecomail holds.
     */
    async bulkExport(target, batch) {
      if (batch.length > ECOMAIL_BULK_LIMIT) {
        throw new ConnectorFailure(
          'permanent',
          `Ecomail takes at most ${ECOMAIL_BULK_LIMIT} contacts per bulk call`,
        );
      }
      const api = client(target.settings);
      const path = list(target.settings);
      const known = batch.filter((profile) => profile.consent);
      const unknown = batch.filter((profile) => !profile.consent);
      if (known.length > 0) {
        const data = known.map((profile) => ({
          ...subscriberData(target.settings, profile),
          status: profile.consent === 'subscribed' ? 1 : 2,
        }));
        // With default tags: add the new contacts tagged first, then update everyone untagged.
        if (defaultTags(target.settings).length > 0)
          await api.send('POST', `${path}/subscribe-bulk`, {
            subscriber_data: data.map((item) => tagged(target.settings, item)),
            update_existing: false,
          });
        await api.send('POST', `${path}/subscribe-bulk`, { subscriber_data: data, update_existing: true });
      }
      if (unknown.length > 0) {
        const data = unknown.map((profile) => subscriberData(target.settings, profile));
        await api.send('PUT', `${path}/update-subscriber-bulk`, {
          subscriber_data: data,
          allow_resubscribe: false,
        });
        await api.send('POST', `${path}/subscribe-bulk`, {
          subscriber_data: data.map((item) => tagged(target.settings, { ...item, status: 2 })),
          update_existing: false,
        });
      }
      return { submitted: batch.length, completed: batch.length, failed: 0 };
    },

    parseInbound(target, request): InboundMessage {
      const payload = (request.body as { payload?: Record<string, unknown> } | undefined)?.payload;
      const email = text(payload?.['email']).toLowerCase();
      const status = payload?.['status'];
      if (!email || (status !== 'SUBSCRIBED' && status !== 'UNSUBSCRIBED'))
        return { kind: 'ignored', reason: 'not a contact status webhook' };
      if (String(payload?.['listId']) !== String(target.settings['listId']))
        return { kind: 'ignored', reason: 'the webhook is for another list' };
      return {
        kind: 'consent',
        email,
        subscribed: status === 'SUBSCRIBED',
        occurredAt: deps.clock.now().toISOString(),
      };
    },
  };
}
