import type { EcomailList } from './ecomail.state.js';

type Body = Record<string, unknown>;
export type EcomailRoute = [
  string,
  RegExp,
  (
    m: RegExpExecArray,
    body: Body,
    query: Record<string, string>,
  ) => Promise<{ status: number; body: unknown }>,
];

export const notFound = (message: string) => ({ status: 404, body: { message } });

/**
 * A refused body. Ecomail documents no error body ("Error responses include an appropriate
 * HTTP status code", https://docs.ecomail.cz/api-reference/introduction); it runs on Laravel
 * (Laravel-style pagination, esp-apis.md §2.1) and its real 422 reads "The given data was
 * invalid", which is Laravel's validation answer: `{message, errors: {field: [messages]}}`.
 */
export const invalid = (errors: Record<string, string[]>) => ({
  status: 422,
  body: { message: 'The given data was invalid.', errors },
});

/**
 * The body fields `PUT /lists/{list_id}` documents (https://docs.ecomail.cz/api-reference/lists/update):
 * `name` (required), `from_name`, `from_email`, `reply_to`, the three pages, `double_optin`,
 * `conf_subject`, `conf_message`. Anything else — `custom_fields` above all — is not documented,
 * so the fake refuses it (strict) instead of pretending it did something.
 */
const UPDATABLE = [
  'name',
  'from_name',
  'from_email',
  'reply_to',
  'sub_success_page',
  'sub_confirmed_page',
  'unsub_page',
  'double_optin',
  'conf_subject',
  'conf_message',
] as const;

/** The list object as lists/show and lists/update show it (no subscribers, no webhook). */
function listObject(list: EcomailList) {
  const { subscribers: _s, webhookUrl: _w, id: _id, ...rest } = list;
  return rest;
}

function counts(list: EcomailList) {
  // lists/show: `subscribers` counts by status (1 subscribed, 2 unsubscribed, 3 soft bounce,
  // 4 hard bounce, 5 complaint, 6 unconfirmed; esp-apis.md §2.2).
  const by = {
    unknown: 0,
    subscribed: 0,
    unsubscribed: 0,
    soft_bounced: 0,
    hard_bounced: 0,
    complained: 0,
    unconfirmed: 0,
  };
  const names = [
    'unknown',
    'subscribed',
    'unsubscribed',
    'soft_bounced',
    'hard_bounced',
    'complained',
    'unconfirmed',
  ] as const;
  for (const s of list.subscribers.values()) by[names[s.status] ?? 'unknown'] += 1;
  return by;
}

export function listRoutes(lists: Map<number, EcomailList>): EcomailRoute[] {
  return [
    [
      'GET',
      /^\/lists$/,
      // `GET /lists` is the introduction's own example call and the PHP wrapper's `getListsCollection`
      // (esp-apis.md §2.2); its answer's shape is not documented. The fake answers a JSON array of
      // list objects shaped as lists/show's `list` (id, name, senders, custom_fields,
      // active_subscribers …): a connector should rely on no more than `id` and `name`.
      async () => ({
        status: 200,
        body: [...lists.values()].map((list) => ({
          id: list.id,
          ...listObject(list),
          active_subscribers: counts(list).subscribed,
        })),
      }),
    ],
    [
      'GET',
      /^\/lists\/(\d+)$/,
      // https://docs.ecomail.cz/api-reference/lists/show: `{list: {id (a string in the example),
      // name, from_name, …, custom_fields: {key: {type, name}}, groups, segments,
      // active_subscribers, created}, subscribers: {unknown, subscribed, …}}`.
      async (m) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        const by = counts(list);
        return {
          status: 200,
          body: {
            list: {
              id: String(list.id),
              ...listObject(list),
              groups: {},
              segments: {},
              active_subscribers: by.subscribed,
              created: '1.1.2026',
            },
            subscribers: by,
          },
        };
      },
    ],
    [
      'PUT',
      /^\/lists\/(\d+)$/,
      // https://docs.ecomail.cz/api-reference/lists/update: `name` is required; the answer is the
      // list's settings `{id, name, from_name, from_email, reply_to, sub_success_page, …}`.
      async (m, body) => {
        const list = lists.get(Number(m[1]));
        if (!list) return notFound('List not found');
        const errors: Record<string, string[]> = {};
        if (typeof body['name'] !== 'string' || body['name'].trim() === '')
          errors['name'] = ['The name field is required.'];
        for (const key of Object.keys(body)) {
          if (!(UPDATABLE as readonly string[]).includes(key))
            errors[key] = [`The ${key} field is not a list setting that can be updated.`];
        }
        if (Object.keys(errors).length > 0) return invalid(errors);
        for (const key of UPDATABLE) {
          if (body[key] === undefined) continue;
          (list as unknown as Record<string, unknown>)[key] = body[key];
        }
        const { custom_fields: _c, ...settings } = listObject(list);
        return { status: 200, body: { id: list.id, ...settings } };
      },
    ],
  ];
}
