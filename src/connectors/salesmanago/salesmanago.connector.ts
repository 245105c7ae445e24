import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type {
  Connector,
  ConnectorSettings,
  InboundMessage,
  OutboundEvent,
  ProfileUpdate,
  VerifyResult,
} from '../connector.js';
import { ConnectorFailure, failureOfStatus } from '../connector-failure.js';
import { sendJson } from '../connector-http.js';
import { PROFILE_EVENT_TYPES } from '../domain-events.js';
import { parseWebPushFormCode } from './salesmanago.monitoring.js';

/**
 * The settings checked before calling SALESmanago: a form code that is not the call SALESmanago
 * generates would put something else into the shop's pages; a language is two letters.
 */
function checkModuleSettings(settings: ConnectorSettings): VerifyResult | null {
  const formCode = settings['webPushFormCode'];
  if (typeof formCode === 'string' && formCode.trim() !== '' && !parseWebPushFormCode(formCode))
    return {
      ok: false,
      field: 'webPushFormCode',
      code: 'salesmanago.webPushFormCode',
      message: "paste the code SALESmanago shows for the consent form, like sm('webPush', ['…', '…']);",
    };
  const language = settings['language'];
  if (typeof language === 'string' && !/^[a-z]{2}$/i.test(language.trim()))
    return {
      ok: false,
      field: 'language',
      code: 'salesmanago.language',
      message: 'the language is two letters, like pl or en',
    };
  return null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const NOT_AUTHENTICATED = /not authenticated/i;
/** INFERENCE: no batch ceiling is documented; stay small. */
export const SALESMANAGO_BATCH = 100;

/**
 * SALESmanago (M3): contacts with tags and opt-in state, loyalty and purchase events as external
 * events, and the opt-in/opt-out callbacks. SALESmanago never de-duplicates external events, so
 * the purchase ledger (`sendPurchaseOnce`, checked by the live delivery and by the export's past
 * transactions alike) is what sends each paid order once per connection.
 */
export function createSalesmanagoConnector(deps: { clock: Clock }): Connector {
  async function call(settings: ConnectorSettings, path: string, body: Record<string, unknown>) {
    const clientId = text(settings['clientId']);
    const apiKey = randomUUID();
    const sha = createHash('sha1')
      .update(`${apiKey}${clientId}${text(settings['apiSecret'])}`)
      .digest('hex');
    const answer = await sendJson('SALESmanago', {
      method: 'POST',
      url: `${text(settings['endpoint']).replace(/\/+$/, '')}${path}`,
      body: {
        clientId,
        apiKey,
        requestTime: deps.clock.now().getTime(),
        sha,
        owner: text(settings['owner']),
        ...body,
      },
    });
    if (answer.status < 200 || answer.status >= 300) {
      throw failureOfStatus(answer.status, JSON.stringify(answer.body ?? ''), {
        platform: 'SALESmanago',
        retryAfter: answer.headers.get('retry-after'),
        now: deps.clock.now(),
        authMessage: 'SALESmanago refused the client ID and API secret',
      });
    }
    const reply = (answer.body ?? {}) as { success?: boolean; message?: string[] };
    // Failures come back as HTTP 200 with success: false.
    if (reply.success !== true) {
      const message = (reply.message ?? []).join('; ') || 'no details';
      if (NOT_AUTHENTICATED.test(message)) {
        throw new ConnectorFailure(
          'auth_invalid',
          'SALESmanago did not authenticate the client ID and API secret; the secret may have been regenerated',
        );
      }
      throw new ConnectorFailure('permanent', `SALESmanago refused the request: ${message}`);
    }
    return reply as Record<string, unknown>;
  }

  const tags = (settings: ConnectorSettings) =>
    Array.isArray(settings['defaultTags']) ? (settings['defaultTags'] as string[]) : [];

  /** The contact's own language, else the connection's (`lang` of contact/upsert, e.g. "CS"). */
  const contactLanguage = (settings: ConnectorSettings, profile: ProfileUpdate) =>
    (text(profile.locale).slice(0, 2) || text(settings['language'])).toUpperCase() || undefined;

  function upsertBody(
    settings: ConnectorSettings,
    profile: ProfileUpdate,
    extraTags: readonly string[] = [],
  ) {
    const name = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
    const properties: Record<string, string> = {};
    for (const [key, value] of Object.entries(profile.properties)) {
      if (value !== null && key !== 'pin')
        properties[`trustloop_${key}`] = Array.isArray(value) ? value.join(',') : String(value);
    }
    return {
      contact: {
        email: profile.email,
        ...(name ? { name } : {}),
        ...(profile.phone ? { phone: profile.phone } : {}),
        ...(profile.externalId ? { externalId: profile.externalId } : {}),
      },
      tags: [...new Set([...tags(settings), ...extraTags])],
      properties,
      ...(contactLanguage(settings, profile) ? { lang: contactLanguage(settings, profile) } : {}),
      forceOptIn: profile.consent === 'subscribed',
      forceOptOut: profile.consent === 'unsubscribed',
      forcePhoneOptIn: false,
      forcePhoneOptOut: false,
    };
  }

  function contactEvent(event: OutboundEvent) {
    const purchase = event.type === 'order.paid';
    const products = event.properties['products'];
    return {
      date: new Date(event.occurredAt).getTime(),
      contactExtEventType: purchase ? 'PURCHASE' : 'OTHER',
      description: purchase
        ? `Order ${String(event.properties['order_number'] ?? '')}`
        : (event.name ?? event.type),
      externalId: purchase ? String(event.properties['order_id']) : event.id,
      location: 'trustloop',
      ...(event.value ? { value: event.value.amount, detail3: event.value.currency } : {}),
      ...(Array.isArray(products) ? { products: products.join(',') } : {}),
      ...(Array.isArray(event.properties['quantities'])
        ? { detail1: (event.properties['quantities'] as string[]).join(',') }
        : {}),
      ...(!purchase
        ? { detail1: event.name ?? event.type, detail2: JSON.stringify(event.properties).slice(0, 1000) }
        : {}),
    };
  }

  return {
    descriptor: {
      id: 'salesmanago',
      displayName: 'SALESmanago',
      // Seed 001's panel: sign-in, then the tabs Integracje, Ustawienia użytkownika, Eksport
      // danych, Ustawienia, Ustawienia konta.
      sections: ['login', 'integration', 'modules', 'export', 'settings', 'account'],
      settings: [
        {
          key: 'clientId',
          label: 'Client ID',
          type: 'string',
          required: true,
          secret: false,
          section: 'login',
          description: 'Settings → Integrations → API access.',
        },
        {
          key: 'apiSecret',
          label: 'API secret',
          type: 'secret',
          required: true,
          secret: true,
          section: 'login',
        },
        {
          key: 'endpoint',
          label: 'Endpoint',
          type: 'url',
          required: true,
          secret: false,
          section: 'login',
          description: 'The account’s instance, e.g. https://app3.salesmanago.pl',
        },
        {
          key: 'owner',
          label: 'Contact owner email',
          type: 'string',
          required: true,
          secret: false,
          section: 'login',
        },
        {
          key: 'defaultTags',
          label: 'Default tags',
          type: 'tag_list',
          required: false,
          secret: false,
          default: ['TRUSTLOOP'],
          section: 'settings',
        },
        // Seed 001 §6 [6] "Pobieranie statusu zgody": on by default, as in the shop modules.
        {
          key: 'fetchConsent',
          label: 'Fetch consent status from SALESmanago when a contact registers',
          type: 'boolean',
          required: false,
          secret: false,
          default: true,
          section: 'account',
          description:
            'A contact who already holds opt-in in SALESmanago stays opted in when they register without ticking the newsletter box; a shop opt-out in the first 15 minutes after registration is not sent, a later one is.',
        },
        // Seed 001 §2 "Wybierz język". Logo and colours of the plugin's panel are left out: they
        // style SALESmanago's own modules, set in SALESmanago; no documented API takes them.
        {
          key: 'language',
          label: 'Contact language',
          type: 'string',
          required: false,
          secret: false,
          section: 'integration',
          description:
            'Two letters (pl, en, cs…): sent as the SALESmanago contact’s language when Trustloop does not know the contact’s own.',
        },
        // Seed 001 §3 modules: they live in the monitoring code the page gives to paste
        // (salesmanago.monitoring.ts), so each switch changes that code.
        {
          key: 'popUps',
          label: 'Pop-ups',
          type: 'boolean',
          required: false,
          secret: false,
          default: false,
          section: 'modules',
        },
        {
          key: 'webPushFormCode',
          label: 'Web push consent form code',
          type: 'string',
          required: false,
          secret: false,
          section: 'modules',
          description: "The code SALESmanago shows for the web push consent form: sm('webPush', [...]);",
        },
      ],
      capabilities: {
        profiles: true,
        trackedEvents: true,
        rawEvents: false,
        consent: true,
        bulkExport: { batchSize: SALESMANAGO_BATCH },
        inbound: true,
        // Seed 001: the export's own tags, and past transactions (sent once, however often it runs).
        exportChoices: { tags: true, transactions: true },
      },
      defaultEventTypes: [...PROFILE_EVENT_TYPES, 'order.paid'],
      // No limit is documented (INFERENCE): be gentle.
      rateLimit: { perSecond: 10, burst: 20 },
    },

    async verifyCredentials(settings): Promise<VerifyResult> {
      const offline = checkModuleSettings(settings);
      if (offline) return offline;
      if (!text(settings['owner']).includes('@'))
        return {
          ok: false,
          field: 'owner',
          code: 'salesmanago.ownerEmail',
          message: 'the contact owner must be the email of a SALESmanago user',
        };
      try {
        await call(settings, '/api/contact/list', { email: ['connection-check@trustloop.invalid'] });
        return { ok: true };
      } catch (error) {
        if (!(error instanceof ConnectorFailure)) throw error;
        if (error.kind === 'auth_invalid')
          return {
            ok: false,
            field: 'apiSecret',
            code: 'salesmanago.auth',
            message: 'SALESmanago did not authenticate the client ID and API secret',
          };
        if (/owner/i.test(error.message))
          return {
            ok: false,
            field: 'owner',
            code: 'salesmanago.ownerUnknown',
            message: 'the contact owner is not a user of this SALESmanago account',
          };
        return {
          ok: false,
          field: 'endpoint',
          code: 'salesmanago.unreachable',
          params: { reason: error.message },
          message: `SALESmanago could not be reached at this endpoint: ${error.message}`,
        };
      }
    },

    async pushProfile(target, profile) {
      await call(target.settings, '/api/contact/upsert', upsertBody(target.settings, profile));
    },

    async pushEvent(target, event) {
      if (!event.email || !event.name) return;
      await call(target.settings, '/api/v2/contact/addContactExtEvent', {
        email: event.email,
        contactEvent: contactEvent(event),
      });
    },

    async pushConsent(target, consent) {
      await call(target.settings, '/api/contact/upsert', {
        contact: { email: consent.email },
        forceOptIn: consent.subscribed,
        forceOptOut: !consent.subscribed,
        forcePhoneOptIn: false,
        forcePhoneOptOut: false,
      });
    },

    /**
     * `/api/contact/basic` with `email: [address]`, as SALESmanago's own shop modules ask at
     * registration (SSO util `ContactService::getContactBasic`, `SynchronizationService::
     * isNeedSyncContactEmailStatus`): no contact → empty `contacts`; a contact that is neither
     * `optedOut` nor deleted nor invalid holds the email opt-in.
     */
    async fetchConsent(target, email) {
      if (target.settings['fetchConsent'] === false) return null;
      const reply = await call(target.settings, '/api/contact/basic', { email: [email] });
      const contacts = Array.isArray(reply['contacts'])
        ? (reply['contacts'] as Array<Record<string, unknown>>)
        : [];
      const contact = contacts.find((c) => text(c['email']).toLowerCase() === email.toLowerCase());
      if (!contact || contact['deleted'] === true || contact['invalid'] === true) return null;
      if (contact['optedOut'] === false) return 'subscribed';
      if (contact['optedOut'] === true) return 'unsubscribed';
      return null;
    },

    async bulkExport(target, batch, extras) {
      const reply = await call(target.settings, '/api/contact/batchupsertv2', {
        upsertDetails: batch.map((profile) => upsertBody(target.settings, profile, extras?.tags)),
      });
      const ids = Object.keys((reply['contactIds'] as Record<string, string> | undefined) ?? {}).length;
      return { submitted: batch.length, completed: ids, failed: batch.length - ids };
    },

    destinationOf(settings) {
      const host = text(settings['endpoint'])
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
      return `salesmanago:${host}:${text(settings['clientId'])}`;
    },

    parseInbound(_target, request): InboundMessage {
      const email = text(request.query['email']).toLowerCase();
      const status = request.query['status'];
      if (!email.includes('@') || (status !== 'optin' && status !== 'optout'))
        return { kind: 'ignored', reason: 'not an opt-in/opt-out callback' };
      return {
        kind: 'consent',
        email,
        subscribed: status === 'optin',
        occurredAt: deps.clock.now().toISOString(),
      };
    },
  };
}
