import { randomUUID } from 'node:crypto';
import type { FakeImportJob, FakeList, FakeProfile } from './klaviyo.state.js';

/** Klaviyo's JSON:API error document. */
export function klaviyoError(
  status: number,
  code: string,
  title: string,
  detail: string,
  source: { pointer?: string; parameter?: string } = {},
) {
  return { errors: [{ id: randomUUID(), status, code, title, detail, source, links: {}, meta: {} }] };
}

export function profileResource(base: string, profile: FakeProfile) {
  return {
    type: 'profile',
    id: profile.id,
    attributes: {
      email: profile.email,
      phone_number: profile.phone_number,
      external_id: profile.external_id,
      first_name: profile.first_name,
      last_name: profile.last_name,
      locale: profile.locale,
      properties: profile.properties,
      created: profile.created,
      updated: profile.updated,
      subscriptions: {
        email: {
          marketing: {
            can_receive_email_marketing: profile.consent === 'SUBSCRIBED',
            consent: profile.consent,
          },
        },
      },
    },
    links: { self: `${base}/api/profiles/${profile.id}/` },
  };
}

export function listResource(base: string, list: FakeList) {
  return {
    type: 'list',
    id: list.id,
    attributes: {
      name: list.name,
      created: list.created,
      updated: list.created,
      opt_in_process: 'single_opt_in',
    },
    links: { self: `${base}/api/lists/${list.id}/` },
  };
}

export function importJobResource(base: string, job: FakeImportJob) {
  return {
    type: 'profile-bulk-import-job',
    id: job.id,
    attributes: {
      status: job.status,
      created_at: job.created_at,
      total_count: job.profiles.length,
      completed_count: job.completed,
      failed_count: job.failed,
      completed_at: job.completed_at,
      expires_at: null,
      started_at: job.started_at,
    },
    relationships: {
      lists: { data: job.listIds.map((id) => ({ type: 'list', id })) },
      profiles: { data: [] },
      'import-errors': { data: [] },
    },
    links: { self: `${base}/api/profile-bulk-import-jobs/${job.id}/` },
  };
}

/** One cursor page of `items`: Klaviyo's `links.next` is an absolute URL carrying `page[cursor]`. */
export function page<T>(
  base: string,
  path: string,
  items: readonly T[],
  query: Record<string, string>,
  limits: { defaultSize: number; maxSize: number },
): { ok: true; data: T[]; links: Record<string, string | null> } | { ok: false; detail: string } {
  const size = query['page[size]'] === undefined ? limits.defaultSize : Number(query['page[size]']);
  if (!Number.isInteger(size) || size < 1 || size > limits.maxSize) {
    return { ok: false, detail: `page[size] must be an integer between 1 and ${limits.maxSize}` };
  }
  const cursor = query['page[cursor]'];
  const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(offset) || offset < 0)
    return { ok: false, detail: 'page[cursor] is not a valid cursor' };
  const data = items.slice(offset, offset + size);
  const nextOffset = offset + size;
  const link = (at: number) => {
    const params = new URLSearchParams({
      ...query,
      'page[cursor]': Buffer.from(String(at)).toString('base64url'),
    });
    return `${base}${path}?${params.toString()}`;
  };
  return {
    ok: true,
    data,
    links: {
      self: `${base}${path}`,
      next: nextOffset < items.length ? link(nextOffset) : null,
      prev: offset > 0 ? link(Math.max(0, offset - size)) : null,
    },
  };
}
