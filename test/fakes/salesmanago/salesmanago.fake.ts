import { createHash, randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { FailureQueue, type InjectedFailure, type RecordedRequest } from '../fake-failures.js';

export interface SalesmanagoContact {
  contactId: string;
  email: string;
  name: string | null;
  phone: string | null;
  externalId: string | null;
  owner: string;
  tags: Set<string>;
  emailOptIn: 'opt-in' | 'opt-out' | 'unknown';
  properties: Record<string, string>;
  /** The contact's language (`lang` of contact/upsert, esp-apis.md §3.3: e.g. "CS"). */
  lang: string | null;
}

export interface SalesmanagoEvent {
  eventId: string;
  email: string;
  contactExtEventType: string;
  date: number;
  externalId: string | null;
  value: number | null;
  products: string | null;
  description: string | null;
  details: Record<string, string>;
}

const EVENT_TYPES = new Set([
  'PURCHASE',
  'CART',
  'VISIT',
  'PHONE_CALL',
  'OTHER',
  'RESERVATION',
  'CANCELLED',
  'ACTIVATION',
  'MEETING',
  'OFFER',
  'DOWNLOAD',
  'LOGIN',
  'TRANSACTION',
  'CANCELLATION',
  'RETURN',
  'SURVEY',
]);

/**
 * SALESmanago's JSON-over-POST API on 127.0.0.1: auth in the body (`sha1(apiKey + clientId +
 * apiSecret)`, a known owner), `{success, message}` envelopes with HTTP 200 even for failures,
 * contact upsert with tags and opt-in flags, external events that are never de-duplicated
 * (so a double export shows), and the opt-in/opt-out callback it calls with `$email$` filled in.
 */
export interface SalesmanagoFake {
  url: string;
  clientId: string;
  apiSecret: string;
  owner: string;
  contacts: Map<string, SalesmanagoContact>;
  events: SalesmanagoEvent[];
  requests: RecordedRequest[];
  failNext(count: number, failure: InjectedFailure, path?: RegExp): void;
  /** The merchant regenerates the API secret: the old one stops authenticating. */
  rotateSecret(): void;
  setCallbacks(urls: { optIn?: string; optOut?: string }): void;
  /** A contact the account already holds (e.g. opted in through a SALESmanago form). */
  addContact(email: string, emailOptIn: 'opt-in' | 'opt-out'): SalesmanagoContact;
  /** A contact opts in or out in SALESmanago: the configured callback is called with GET. */
  simulateOptChange(email: string, to: 'opt-in' | 'opt-out'): Promise<number>;
  close(): Promise<void>;
}

type Body = Record<string, unknown>;
const ok = (extra: Body = {}) => ({ success: true, message: [], ...extra });
const failure = (message: string) => ({ success: false, message: [message] });

export async function startSalesmanagoFake(
  options: {
    clientId?: string;
    apiSecret?: string;
    owner?: string;
    /**
     * Milliseconds before each answer: the network and the platform's own time, so a test can
     * stop a process while a long export is still sending (not a documented behaviour; none changes).
     */
    latencyMs?: number;
  } = {},
): Promise<SalesmanagoFake> {
  const clientId = options.clientId ?? 'client-abc123';
  let apiSecret = options.apiSecret ?? 'secret-0123456789';
  const owner = options.owner ?? 'admin@shop.test';
  const contacts = new Map<string, SalesmanagoContact>();
  const events: SalesmanagoEvent[] = [];
  const requests: RecordedRequest[] = [];
  const failures = new FailureQueue();
  const callbacks: { optIn?: string; optOut?: string } = {};

  function authenticated(body: Body): boolean {
    if (
      body['clientId'] !== clientId ||
      typeof body['apiKey'] !== 'string' ||
      typeof body['requestTime'] !== 'number'
    )
      return false;
    const sha = createHash('sha1').update(`${body['apiKey']}${clientId}${apiSecret}`).digest('hex');
    return body['sha'] === sha;
  }

  function upsert(body: Body): Body {
    const contact = body['contact'] as Body | undefined;
    const email = typeof contact?.['email'] === 'string' ? contact['email'].toLowerCase() : undefined;
    if (!email) return failure('contact.email is required');
    const existing = contacts.get(email);
    const stored: SalesmanagoContact = existing ?? {
      contactId: randomUUID(),
      email,
      name: null,
      phone: null,
      externalId: null,
      owner: String(body['owner']),
      tags: new Set(),
      emailOptIn: 'unknown',
      properties: {},
      lang: null,
    };
    if (contact?.['name'] !== undefined) stored.name = (contact['name'] as string | null) ?? null;
    if (contact?.['phone'] !== undefined) stored.phone = (contact['phone'] as string | null) ?? null;
    if (contact?.['externalId'] !== undefined)
      stored.externalId = (contact['externalId'] as string | null) ?? null;
    // esp-apis.md §3.3: `lang` is a top-level upsert field ("lang": "CS").
    if (typeof body['lang'] === 'string') stored.lang = body['lang'];
    for (const tag of (body['tags'] as string[] | undefined) ?? []) stored.tags.add(tag);
    for (const tag of (body['removeTags'] as string[] | undefined) ?? []) stored.tags.delete(tag);
    // All four flags false leave the status as it is.
    if (body['forceOptIn'] === true) stored.emailOptIn = 'opt-in';
    else if (body['forceOptOut'] === true) stored.emailOptIn = 'opt-out';
    for (const [key, value] of Object.entries((body['properties'] as Body | undefined) ?? {}))
      stored.properties[key] = String(value);
    if (typeof body['newEmail'] === 'string') {
      contacts.delete(email);
      stored.email = body['newEmail'].toLowerCase();
    }
    contacts.set(stored.email, stored);
    return ok({ contactId: stored.contactId });
  }

  function addEvent(item: Body): Body {
    const email = typeof item['email'] === 'string' ? item['email'].toLowerCase() : undefined;
    const contact = email
      ? contacts.get(email)
      : [...contacts.values()].find((c) => c.contactId === item['contactId']);
    if (!contact) return failure('Contact not found: addContactExtEvent does not create contacts');
    const event = item['contactEvent'] as Body | undefined;
    const type = event?.['contactExtEventType'];
    if (typeof type !== 'string' || !EVENT_TYPES.has(type))
      return failure('contactEvent.contactExtEventType must be an upper-case event type');
    if (typeof event?.['date'] !== 'number')
      return failure('contactEvent.date must be a timestamp in milliseconds');
    const details: Record<string, string> = {};
    for (let i = 1; i <= 20; i++)
      if (typeof event[`detail${i}`] === 'string') details[`detail${i}`] = event[`detail${i}`] as string;
    const stored: SalesmanagoEvent = {
      eventId: randomUUID(),
      email: contact.email,
      contactExtEventType: type,
      date: event['date'],
      externalId: (event['externalId'] as string) ?? null,
      value: typeof event['value'] === 'number' ? event['value'] : null,
      products: (event['products'] as string) ?? null,
      description: (event['description'] as string) ?? null,
      details,
    };
    events.push(stored);
    return ok({ eventId: stored.eventId });
  }

  const methods: Record<string, (body: Body) => Body> = {
    '/api/contact/upsert': upsert,
    '/api/contact/batchupsertv2': (body) => {
      const details = (body['upsertDetails'] as Body[] | undefined) ?? [];
      const ids: Record<string, string> = {};
      const messages: string[] = [];
      for (const detail of details) {
        const result = upsert({ ...detail, owner: body['owner'] });
        if (result['success'])
          ids[String((detail['contact'] as Body)['email']).toLowerCase()] = String(result['contactId']);
        else messages.push(...(result['message'] as string[]));
      }
      return { success: messages.length === 0, message: messages, contactIds: ids };
    },
    '/api/contact/list': (body) => {
      const emails = (body['email'] as string[] | undefined) ?? [];
      return ok({
        contacts: emails
          .map((e) => contacts.get(e.toLowerCase()))
          .filter(Boolean)
          .map((c) => ({
            id: c!.contactId,
            email: c!.email,
            name: c!.name,
            optedOut: c!.emailOptIn === 'opt-out',
            tags: [...c!.tags],
          })),
      });
    },
    /**
     * Contact details by email, what SALESmanago's own shop modules read a contact's consent
     * from (GitHub sanis/salesmanago-api-sso-util, the official SSO util: `ContactService::
     * getContactBasic` posts `email: [address]` with the auth fields; `ContactModel::
     * getContactFromBasicResponse` reads `contacts[0]` with `optedOut`, `optedOutPhone`,
     * `deleted`, `invalid`, `contactId`, `name`, …; `ContactController::getContactBasic` takes an
     * empty `contacts` as "no such contact"). Strict where the util is silent: `email` must be a
     * list of addresses. A contact the fake never gave a status answers `optedOut: true`
     * (INFERENCE: the default is not documented; the fake never reports an opt-in nobody gave).
     */
    '/api/contact/basic': (body) => {
      const emails = body['email'];
      if (!Array.isArray(emails) || emails.length === 0 || !emails.every((e) => typeof e === 'string'))
        return failure('email must be a list of email addresses');
      return ok({
        contacts: emails
          .map((e) => contacts.get(e.toLowerCase()))
          .filter((c): c is SalesmanagoContact => c !== undefined)
          .map((c) => ({
            contactId: c.contactId,
            email: c.email,
            name: c.name,
            phone: c.phone,
            fax: null,
            company: null,
            externalId: c.externalId,
            state: null,
            score: 0,
            optedOut: c.emailOptIn !== 'opt-in',
            optedOutPhone: true,
            deleted: false,
            invalid: false,
            birthdayYear: null,
            birthdayMonth: null,
            birthdayDay: null,
            createdOn: null,
            modifiedOn: null,
            lastVisit: null,
          })),
      });
    },
    '/api/v2/contact/addContactExtEvent': addEvent,
    '/api/contact/addContactExtEvent': addEvent,
    '/api/contact/batchAddContactExtEvent': (body) => {
      let createdAmount = 0;
      const failedContacts: string[] = [];
      for (const item of (body['events'] as Body[] | undefined) ?? []) {
        if (addEvent(item)['success']) createdAmount += 1;
        else failedContacts.push(String(item['email']));
      }
      return ok({ createdAmount, failedAmount: failedContacts.length, failedContacts });
    },
  };

  const app = Fastify({ logger: false });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) =>
    reply.status(error.statusCode ?? 500).send({ success: false, message: [error.message] }),
  );
  app.post('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const body = (request.body ?? {}) as Body;
    const answer = (status: number, payload: unknown) => {
      requests.push({ method: 'POST', path, query: {}, headers: request.headers, body, status });
      return reply.status(status).send(payload);
    };
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const injected = failures.take(path);
    if (injected) {
      if (injected.retryAfter !== undefined) reply.header('Retry-After', String(injected.retryAfter));
      return answer(injected.status, failure('Injected failure'));
    }
    if (!authenticated(body)) return answer(200, failure('Not authenticated'));
    if (body['owner'] !== owner)
      return answer(200, failure(`Owner ${String(body['owner'])} is not a user of this account`));
    const method = methods[path];
    if (!method) return answer(404, failure(`Unknown method ${path}`));
    return answer(200, method(body));
  });
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    clientId,
    get apiSecret() {
      return apiSecret;
    },
    owner,
    contacts,
    events,
    requests,
    failNext: (count, f, path) => failures.push(count, f, path),
    rotateSecret: () => {
      apiSecret = `${apiSecret}-rotated`;
    },
    setCallbacks: (urls) => Object.assign(callbacks, urls),
    addContact(email, emailOptIn) {
      const contact: SalesmanagoContact = {
        contactId: randomUUID(),
        email: email.toLowerCase(),
        name: null,
        phone: null,
        externalId: null,
        owner,
        tags: new Set(),
        emailOptIn,
        properties: {},
        lang: null,
      };
      contacts.set(contact.email, contact);
      return contact;
    },
    async simulateOptChange(email, to) {
      const contact = contacts.get(email.toLowerCase());
      if (contact) contact.emailOptIn = to;
      const template = to === 'opt-in' ? callbacks.optIn : callbacks.optOut;
      if (!template) return 0;
      const response = await fetch(template.replaceAll('$email$', encodeURIComponent(email)));
      return response.status;
    },
    close: () => app.close(),
  };
}
