import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { FailureQueue, type InjectedFailure, type RecordedRequest } from '../fake-failures.js';
import { type EcomailRoute, listRoutes, notFound } from './ecomail.lists.js';
import { type EcomailEvent, type EcomailList, type EcomailSubscriber, subscribe } from './ecomail.state.js';

export type { EcomailEvent, EcomailList, EcomailSubscriber };

/**
 * Ecomail API v2 (`https://api2.ecomailapp.cz`) on 127.0.0.1, following Ecomail's API reference
 * (https://docs.ecomail.cz/api-reference/…; digest in ../shared/reference/esp-apis.md §2): the
 * `key` header, lists (read, update — never custom-field definitions, which no call creates),
 * subscribe / bulk subscribe / update / unsubscribe, tracker events (never de-duplicated),
 * Laravel-style pagination, and the list status webhook it sends. A call the docs do not
 * describe is a 404 (strict).
 */
export interface EcomailFake {
  url: string;
  apiKey: string;
  lists: Map<number, EcomailList>;
  events: EcomailEvent[];
  requests: RecordedRequest[];
  subscriber(listId: number, email: string): EcomailSubscriber | undefined;
  failNext(count: number, failure: InjectedFailure, path?: RegExp): void;
  revokeKey(): void;
  /** A subscriber clicks subscribe or unsubscribe in an Ecomail form or email: the list webhook fires. */
  simulateStatusChange(listId: number, email: string, status: 'SUBSCRIBED' | 'UNSUBSCRIBED'): Promise<number>;
  close(): Promise<void>;
}

type Body = Record<string, unknown>;
const fail = (status: number, message: string) => ({ status, body: { message } });

export interface FakeListOptions {
  id: number;
  name: string;
  doubleOptIn?: boolean;
  fromName?: string;
  fromEmail?: string;
  replyTo?: string;
  /** Fields the merchant already created in the list settings. */
  customFields?: Record<string, { type: string; name: string }>;
}

export async function startEcomailFake(
  options: { apiKey?: string; lists?: FakeListOptions[] } = {},
): Promise<EcomailFake> {
  let apiKey: string | null = options.apiKey ?? 'ecomail-key-0123456789';
  const lists = new Map<number, EcomailList>();
  for (const l of options.lists ?? [{ id: 1, name: 'Customers' }]) {
    lists.set(l.id, {
      id: l.id,
      name: l.name,
      from_name: l.fromName ?? 'Shop',
      from_email: l.fromEmail ?? 'news@shop.test',
      reply_to: l.replyTo ?? 'info@shop.test',
      sub_success_page: null,
      sub_confirmed_page: null,
      unsub_page: null,
      double_optin: l.doubleOptIn ?? false,
      conf_subject: null,
      conf_message: null,
      custom_fields: { ...(l.customFields ?? {}) },
      subscribers: new Map(),
      webhookUrl: null,
    });
  }
  const events: EcomailEvent[] = [];
  const requests: RecordedRequest[] = [];
  const failures = new FailureQueue();
  const ids = { next: 1 };

  async function notify(
    list: EcomailList,
    email: string,
    status: 'SUBSCRIBED' | 'UNSUBSCRIBED',
  ): Promise<number> {
    if (!list.webhookUrl) return 0;
    const response = await fetch(list.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: { email, status, listId: list.id, campaignId: null } }),
    });
    return response.status;
  }

  const routes: EcomailRoute[] = [
    ...listRoutes(lists),
    // https://docs.ecomail.cz/api-reference/lists/subscribe: the subscriber, with
    // `already_subscribed: true` when it existed; the status webhook fires for an API subscribe
    // (support article 6348940, esp-apis.md §2.8).
    [
      'POST',
      /^\/lists\/(\d+)\/subscribe$/,
      async (m, body) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        const data = body['subscriber_data'];
        if (!data || typeof data !== 'object') return fail(422, 'subscriber_data is required');
        const result = subscribe(ids, list, data as Body, {
          updateExisting: body['update_existing'] === true,
          skipConfirmation: body['skip_confirmation'] === true,
          resubscribe: body['resubscribe'] === true,
        });
        if (typeof result === 'string') return fail(422, result);
        if (!result.existed && result.subscriber.status === 1)
          await notify(list, result.subscriber.email, 'SUBSCRIBED');
        return {
          status: 200,
          body: { ...result.subscriber, ...(result.existed ? { already_subscribed: true } : {}) },
        };
      },
    ],
    // https://docs.ecomail.cz/api-reference/lists/update-subscriber-bulk: existing contacts only,
    // at most 3,000 (the rest silently ignored), `{updates}`; `allow_resubscribe` lets status 1
    // resubscribe.
    [
      'PUT',
      /^\/lists\/(\d+)\/update-subscriber-bulk$/,
      async (m, body) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        const data = body['subscriber_data'];
        if (!Array.isArray(data)) return fail(422, 'subscriber_data must be an array');
        let updates = 0;
        for (const item of data.slice(0, 3000) as Body[]) {
          const email = typeof item['email'] === 'string' ? item['email'].toLowerCase() : '';
          const existing = list.subscribers.get(email);
          if (!existing) continue; // only existing contacts are updated
          const { status: _ignored, ...rest } = item;
          const allowResubscribe = body['allow_resubscribe'] === true && item['status'] === 1;
          const result = subscribe(ids, list, allowResubscribe ? item : rest, {
            updateExisting: true,
            skipConfirmation: true,
            resubscribe: false,
          });
          if (typeof result !== 'string') updates += 1;
        }
        return { status: 200, body: { updates } };
      },
    ],
    // lists/subscribe-bulk (esp-apis.md §2.4): at most 3,000, `update_existing` defaults to true,
    // double opt-in always skipped, `{inserts}`.
    [
      'POST',
      /^\/lists\/(\d+)\/subscribe-bulk$/,
      async (m, body) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        const data = body['subscriber_data'];
        if (!Array.isArray(data)) return fail(422, 'subscriber_data must be an array');
        let inserts = 0;
        for (const item of data.slice(0, 3000)) {
          const result = subscribe(ids, list, item as Body, {
            updateExisting: body['update_existing'] !== false,
            skipConfirmation: true,
            resubscribe: false,
          });
          if (typeof result !== 'string' && !result.existed) inserts += 1;
        }
        return { status: 200, body: { inserts } };
      },
    ],
    // https://docs.ecomail.cz/api-reference/lists/update-subscriber: `email` at the top level
    // (nested only, a client records 422 email_required; esp-apis.md §2.5), existing contacts only.
    [
      'PUT',
      /^\/lists\/(\d+)\/update-subscriber$/,
      async (m, body) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        if (typeof body['email'] !== 'string') return fail(422, 'email_required');
        const existing = list.subscribers.get(body['email'].toLowerCase());
        if (!existing) return notFound('Subscriber not found');
        const result = subscribe(
          ids,
          list,
          { ...(body['subscriber_data'] as Body), email: body['email'] },
          { updateExisting: true, skipConfirmation: true, resubscribe: false },
        );
        if (typeof result === 'string') return fail(422, result);
        return { status: 200, body: result.subscriber };
      },
    ],
    // lists/unsubscribe (esp-apis.md §2.2): body `{email}` → the subscriber with status 2 and
    // `unsubscribed_at`; no status webhook for an API unsubscribe (§2.8).
    [
      'DELETE',
      /^\/lists\/(\d+)\/unsubscribe$/,
      async (m, body) => {
        const list = lists.get(Number(m[1]));
        const subscriber =
          typeof body['email'] === 'string' ? list?.subscribers.get(body['email'].toLowerCase()) : undefined;
        if (!subscriber) return notFound('Subscriber not found');
        subscriber.status = 2;
        subscriber.unsubscribed_at = new Date().toISOString();
        return { status: 200, body: subscriber };
      },
    ],
    // https://docs.ecomail.cz/api-reference/lists/get-subscribers: Laravel-style pages
    // (`current_page`, `per_page`, `total`, `data`).
    [
      'GET',
      /^\/lists\/(\d+)\/subscribers$/,
      async (m, _body, query) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        const perPage = Math.min(Number(query['per_page'] ?? 20), 100);
        const current = Math.max(1, Number(query['page'] ?? 1));
        const all = [...list.subscribers.values()];
        const last = Math.max(1, Math.ceil(all.length / perPage));
        return {
          status: 200,
          body: {
            current_page: current,
            per_page: perPage,
            total: all.length,
            last_page: last,
            next_page_url: current < last ? `${url}/lists/${list.id}/subscribers?page=${current + 1}` : null,
            data: all.slice((current - 1) * perPage, current * perPage),
          },
        };
      },
    ],
    // https://docs.ecomail.cz/api-reference/lists/get-subscriber: `{subscriber: {…}}`.
    [
      'GET',
      /^\/lists\/(\d+)\/subscriber\/([^/]+)$/,
      async (m) => {
        const subscriber = lists.get(Number(m[1]))?.subscribers.get(decodeURIComponent(m[2]!).toLowerCase());
        return subscriber ? { status: 200, body: { subscriber } } : notFound('Subscriber not found');
      },
    ],
    // tracker/create-event (esp-apis.md §2.6): only `email` required and it must be a subscriber,
    // `value` JSON-encoded and at most 20,000 characters, echoed with an id; no de-duplication.
    [
      'POST',
      /^\/tracker\/events$/,
      async (_m, body) => {
        const event = body['event'] as Body | undefined;
        if (!event || typeof event['email'] !== 'string') return fail(422, 'event.email is required');
        const email = event['email'].toLowerCase();
        if (![...lists.values()].some((l) => l.subscribers.has(email)))
          return notFound('Subscriber not found');
        const value =
          event['value'] === undefined || event['value'] === null
            ? null
            : typeof event['value'] === 'string'
              ? event['value']
              : JSON.stringify(event['value']);
        if (value !== null && value.length > 20_000) return fail(422, 'value exceeds 20000 characters');
        const stored: EcomailEvent = {
          id: ids.next++,
          email,
          category: (event['category'] as string) ?? null,
          action: (event['action'] as string) ?? null,
          label: (event['label'] as string) ?? null,
          property: (event['property'] as string) ?? null,
          value,
        };
        events.push(stored);
        return { status: 200, body: stored };
      },
    ],
  ];

  const app = Fastify({ logger: false });
  const record = (request: FastifyRequest, status: number) =>
    requests.push({
      method: request.method,
      path: request.url.split('?')[0] ?? '',
      query: request.query as Record<string, string>,
      headers: request.headers,
      body: request.body,
      status,
    });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) =>
    reply.status(error.statusCode ?? 500).send({ message: error.message }),
  );
  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    url: '/*',
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const path = request.url.split('?')[0] ?? '';
      const reply_ = (status: number, body: unknown) => {
        record(request, status);
        return reply.status(status).send(body);
      };
      // Introduction: browser (CORS) calls are refused; 429 with Retry-After past the rate limit
      // (injected by tests); the `key` header authenticates — the status for a wrong key is not
      // documented, the fake answers 401 (esp-apis.md §2.10).
      if (request.method === 'OPTIONS') return reply_(405, { message: 'Browser calls are not allowed' });
      const injected = failures.take(path);
      if (injected) {
        if (injected.retryAfter !== undefined) reply.header('Retry-After', String(injected.retryAfter));
        return reply_(injected.status, injected.body ?? { message: 'Injected failure' });
      }
      if (apiKey === null || request.headers['key'] !== apiKey)
        return reply_(401, { message: 'Unauthorized: invalid API key' });
      for (const [method, pattern, handler] of routes) {
        const match = request.method === method ? pattern.exec(path) : null;
        if (!match) continue;
        const result = await handler(
          match,
          (request.body ?? {}) as Body,
          request.query as Record<string, string>,
        );
        return reply_(result.status, result.body);
      }
      // A call the docs do not describe: strict.
      return reply_(404, { message: `${request.method} ${path} not found` });
    },
  });
  const url = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url,
    get apiKey() {
      return apiKey ?? '';
    },
    lists,
    events,
    requests,
    subscriber: (listId, email) => lists.get(listId)?.subscribers.get(email.toLowerCase()),
    failNext: (count, failure, path) => failures.push(count, failure, path),
    revokeKey: () => {
      apiKey = null;
    },
    async simulateStatusChange(listId, email, status) {
      const list = lists.get(listId);
      if (!list) throw new Error(`no list ${listId}`);
      const subscriber = list.subscribers.get(email.toLowerCase());
      if (subscriber) subscriber.status = status === 'SUBSCRIBED' ? 1 : 2;
      else if (status === 'SUBSCRIBED')
        subscribe(ids, list, { email }, { updateExisting: true, skipConfirmation: true, resubscribe: true });
      return notify(list, email.toLowerCase(), status);
    },
    close: () => app.close(),
  };
}

/**
 * Creates a custom field in the list settings, as the merchant does in Ecomail's app (no API call
 * does; esp-apis.md §2.3).
 */
export function defineCustomField(
  fake: EcomailFake,
  listId: number,
  key: string,
  definition: { type: string; name: string },
): void {
  const list = fake.lists.get(listId);
  if (!list) throw new Error(`no list ${listId}`);
  list.custom_fields[key.trim().toLowerCase()] = definition;
}

/** Sets the list's status webhook URL, as the merchant does in the list settings. */
export function setListWebhook(fake: EcomailFake, listId: number, url: string): void {
  const list = fake.lists.get(listId);
  if (!list) throw new Error(`no list ${listId}`);
  list.webhookUrl = url;
}
