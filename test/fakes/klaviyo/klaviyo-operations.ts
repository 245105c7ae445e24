import { type FakeImportJob, type KlaviyoState, klaviyoId, type ProfileWrite } from './klaviyo.state.js';
import { importJobResource, klaviyoError, listResource, page, profileResource } from './klaviyo-responses.js';

// Bodies have passed the OpenAPI validation by now; these are the parts the fake reads.
// biome-ignore lint/suspicious/noExplicitAny: validated JSON:API bodies
type Json = Record<string, any>;

export interface OperationContext {
  base: string;
  state: KlaviyoState;
  publicKey: string;
  pollsToComplete: number;
  /** A job is complete only once this long after it was created (and polled enough). */
  completeAfterMs: number;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json;
}

export interface OperationResult {
  status: number;
  body?: unknown;
}

const invalid = (detail: string, pointer: string): OperationResult => ({
  status: 400,
  body: klaviyoError(400, 'invalid', 'Invalid input.', detail, { pointer }),
});
const notFound = (detail: string): OperationResult => ({
  status: 404,
  body: klaviyoError(404, 'not_found', 'Not found.', detail),
});

function toWrite(resource: Json): ProfileWrite {
  const patch = resource['meta']?.['patch_properties'];
  return {
    id: resource['id'] ?? null,
    attributes: resource['attributes'] ?? {},
    ...(patch ? { patch } : {}),
  };
}

const hasIdentifier = (attributes: Json) =>
  ['email', 'phone_number', 'external_id', 'id'].some((key) => typeof attributes[key] === 'string');

const handlers: Record<string, (c: OperationContext) => OperationResult> = {
  get_accounts: (c) => ({
    status: 200,
    body: {
      data: [
        {
          type: 'account',
          id: c.publicKey,
          attributes: {
            test_account: false,
            public_api_key: c.publicKey,
            timezone: 'Europe/Prague',
            preferred_currency: 'CZK',
            locale: 'cs-CZ',
            industry: null,
            contact_information: {
              default_sender_name: 'Shop',
              default_sender_email: 'info@shop.test',
              organization_name: 'Shop s.r.o.',
              website_url: null,
              street_address: {
                address1: null,
                address2: null,
                city: null,
                region: null,
                country: 'CZ',
                zip: null,
              },
            },
          },
          links: { self: `${c.base}/api/accounts/${c.publicKey}/` },
        },
      ],
      links: { self: `${c.base}/api/accounts/` },
    },
  }),

  create_or_update_profile: (c) => {
    const write = toWrite(c.body['data']);
    if (!hasIdentifier({ ...write.attributes, id: write.id }))
      return invalid('One of email, phone_number or external_id is required.', '/data/attributes');
    const { profile, created } = c.state.upsertProfile(write);
    return { status: created ? 201 : 200, body: { data: profileResource(c.base, profile) } };
  },

  create_profile: (c) => {
    const attributes = c.body['data']['attributes'] as Json;
    const existing = c.state.findProfile(attributes);
    if (existing) {
      const error = klaviyoError(
        409,
        'duplicate_profile',
        'Conflict.',
        'A profile already exists with one of these identifiers.',
        { pointer: '/data/attributes' },
      );
      (error.errors[0]!.meta as Json)['duplicate_profile_id'] = existing.id;
      return { status: 409, body: error };
    }
    const { profile } = c.state.upsertProfile({ attributes });
    return { status: 201, body: { data: profileResource(c.base, profile) } };
  },

  update_profile: (c) => {
    const id = c.params['id']!;
    if (!c.state.profiles.has(id)) return notFound(`Profile ${id} does not exist.`);
    const { profile } = c.state.upsertProfile({ ...toWrite(c.body['data']), id });
    return { status: 200, body: { data: profileResource(c.base, profile) } };
  },

  get_profile: (c) => {
    const profile = c.state.profiles.get(c.params['id']!);
    return profile
      ? { status: 200, body: { data: profileResource(c.base, profile) } }
      : notFound('Profile not found.');
  },

  get_profiles: (c) => {
    let profiles = [...c.state.profiles.values()];
    const filter = c.query['filter'];
    if (filter) {
      const match = /^equals\((email|external_id|phone_number),'([^']*)'\)$/.exec(filter);
      if (!match)
        return {
          status: 400,
          body: klaviyoError(400, 'invalid', 'Invalid input.', `Unsupported filter: ${filter}`, {
            parameter: 'filter',
          }),
        };
      profiles = profiles.filter((p) => p[match[1] as 'email'] === match[2]);
    }
    const result = page(
      c.base,
      '/api/profiles',
      profiles.map((p) => profileResource(c.base, p)),
      c.query,
      { defaultSize: 20, maxSize: 100 },
    );
    if (!result.ok)
      return {
        status: 400,
        body: klaviyoError(400, 'invalid', 'Invalid input.', result.detail, { parameter: 'page[size]' }),
      };
    return { status: 200, body: { data: result.data, links: result.links } };
  },

  create_event: (c) => {
    const attributes = c.body['data']['attributes'] as Json;
    const profileAttributes = (attributes['profile']?.['data']?.['attributes'] ?? {}) as Json;
    const profileId = attributes['profile']?.['data']?.['id'];
    if (!hasIdentifier({ ...profileAttributes, id: profileId }))
      return invalid(
        'A profile identifier (id, email, phone_number or external_id) is required.',
        '/data/attributes/profile/data/attributes',
      );
    const metric = attributes['metric']?.['data']?.['attributes']?.['name'];
    if (typeof metric !== 'string' || metric.length === 0 || metric.length >= 128)
      return invalid(
        'The metric name is required and must be under 128 characters.',
        '/data/attributes/metric/data/attributes/name',
      );
    const { profile } = c.state.upsertProfile({ id: profileId ?? null, attributes: profileAttributes });
    const time = new Date(attributes['time'] ?? Date.now());
    time.setMilliseconds(0);
    c.state.recordEvent({
      profileId: profile.id,
      metric,
      properties: attributes['properties'] ?? {},
      time: time.toISOString(),
      uniqueId: attributes['unique_id'] ?? time.toISOString(),
      value: typeof attributes['value'] === 'number' ? attributes['value'] : null,
    });
    return { status: 202 };
  },

  bulk_import_profiles: (c) => {
    const data = c.body['data'] as Json;
    const profiles = (data['attributes']['profiles']['data'] ?? []) as Json[];
    if (profiles.length === 0 || profiles.length > 10_000)
      return invalid(
        'Between 1 and 10,000 profiles may be imported per job.',
        '/data/attributes/profiles/data',
      );
    const listIds = ((data['relationships']?.['lists']?.['data'] ?? []) as Json[]).map((l) =>
      String(l['id']),
    );
    for (const id of listIds) if (!c.state.lists.has(id)) return notFound(`List ${id} does not exist.`);
    const job: FakeImportJob = {
      id: klaviyoId(),
      status: 'queued',
      profiles: profiles.map(toWrite),
      listIds,
      polls: 0,
      completed: 0,
      failed: 0,
      errors: [],
      created_at: new Date().toISOString(),
      started_at: null,
      completed_at: null,
    };
    c.state.importJobs.set(job.id, job);
    return { status: 202, body: { data: importJobResource(c.base, job) } };
  },

  get_bulk_import_profiles_job: (c) => {
    const job = c.state.importJobs.get(c.params['job_id']!);
    if (!job) return notFound('Import job not found.');
    advance(c, job);
    return { status: 200, body: { data: importJobResource(c.base, job) } };
  },

  get_errors_for_bulk_import_profiles_job: (c) => {
    const job = c.state.importJobs.get(c.params['id']!);
    if (!job) return notFound('Import job not found.');
    const items = job.errors.map((e) => ({
      type: 'import-error',
      id: e.id,
      attributes: {
        code: e.code,
        title: e.title,
        detail: e.detail,
        source: { pointer: '/data/attributes' },
        original_payload: e.original_payload,
      },
    }));
    const result = page(c.base, `/api/profile-bulk-import-jobs/${job.id}/import-errors`, items, c.query, {
      defaultSize: 20,
      maxSize: 100,
    });
    if (!result.ok)
      return {
        status: 400,
        body: klaviyoError(400, 'invalid', 'Invalid input.', result.detail, { parameter: 'page[size]' }),
      };
    return { status: 200, body: { data: result.data, links: result.links } };
  },

  get_lists: (c) => {
    const result = page(
      c.base,
      '/api/lists',
      [...c.state.lists.values()].map((l) => listResource(c.base, l)),
      c.query,
      { defaultSize: 10, maxSize: 10 },
    );
    if (!result.ok)
      return {
        status: 400,
        body: klaviyoError(400, 'invalid', 'Invalid input.', result.detail, { parameter: 'page[size]' }),
      };
    return { status: 200, body: { data: result.data, links: result.links } };
  },

  get_list: (c) => {
    const list = c.state.lists.get(c.params['id']!);
    return list
      ? { status: 200, body: { data: listResource(c.base, list) } }
      : notFound(`List ${c.params['id']} does not exist.`);
  },

  create_list: (c) => {
    const list = c.state.createList(String(c.body['data']['attributes']['name']));
    return { status: 201, body: { data: listResource(c.base, list) } };
  },

  add_profiles_to_list: (c) => {
    const list = c.state.lists.get(c.params['id']!);
    if (!list) return notFound(`List ${c.params['id']} does not exist.`);
    const refs = c.body['data'] as Json[];
    if (refs.length > 1000) return invalid('At most 1,000 profiles per request.', '/data');
    for (const ref of refs) {
      if (!c.state.profiles.has(ref['id'])) return notFound(`Profile ${ref['id']} does not exist.`);
      list.members.add(ref['id']);
    }
    return { status: 204 };
  },

  bulk_subscribe_profiles: (c) => subscription(c, 'SUBSCRIBED', 1000),
  bulk_unsubscribe_profiles: (c) => subscription(c, 'UNSUBSCRIBED', 100),
};

function subscription(
  c: OperationContext,
  consent: 'SUBSCRIBED' | 'UNSUBSCRIBED',
  max: number,
): OperationResult {
  const data = c.body['data'] as Json;
  const profiles = (data['attributes']['profiles']['data'] ?? []) as Json[];
  if (profiles.length > max)
    return invalid(`At most ${max} profiles per request.`, '/data/attributes/profiles/data');
  const listId = data['relationships']?.['list']?.['data']?.['id'] as string | undefined;
  const list = listId === undefined ? undefined : c.state.lists.get(listId);
  if (listId !== undefined && !list) return notFound(`List ${listId} does not exist.`);
  for (const item of profiles) {
    const { email, phone_number } = item['attributes'] as Json;
    if (typeof email !== 'string' && typeof phone_number !== 'string')
      return invalid('Each profile needs an email or a phone number.', '/data/attributes/profiles/data');
    const existing = c.state.findProfile({ email, phone_number });
    if (consent === 'UNSUBSCRIBED' && !existing) continue;
    const { profile } = existing
      ? { profile: existing }
      : c.state.upsertProfile({ attributes: { email, phone_number } });
    profile.consent = consent;
    if (consent === 'SUBSCRIBED') list?.members.add(profile.id);
    else list?.members.delete(profile.id);
  }
  return { status: 202 };
}

/** Each poll moves a job one step: queued → processing → … → complete (profiles applied). */
function advance(c: OperationContext, job: FakeImportJob): void {
  if (job.status === 'complete' || job.status === 'cancelled') return;
  job.polls += 1;
  if (job.status === 'queued') {
    job.status = 'processing';
    job.started_at = new Date().toISOString();
  }
  if (job.polls < c.pollsToComplete) return;
  if (Date.now() - Date.parse(job.created_at) < c.completeAfterMs) return;
  for (const write of job.profiles) {
    if (!hasIdentifier({ ...write.attributes, id: write.id })) {
      job.failed += 1;
      job.errors.push({
        id: klaviyoId(),
        code: 'invalid',
        title: 'Invalid input.',
        detail: 'A profile identifier is required.',
        original_payload: write.attributes,
      });
      continue;
    }
    const { profile } = c.state.upsertProfile(write);
    for (const id of job.listIds) c.state.lists.get(id)?.members.add(profile.id);
    job.completed += 1;
  }
  job.status = 'complete';
  job.completed_at = new Date().toISOString();
}

export function handleKlaviyoOperation(operationId: string, context: OperationContext): OperationResult {
  const handler = handlers[operationId];
  if (!handler) {
    return {
      status: 501,
      body: klaviyoError(
        501,
        'not_implemented',
        'Not implemented.',
        `The Klaviyo fake does not implement ${operationId}.`,
      ),
    };
  }
  return handler(context);
}
