import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCustomField, type EcomailFake, setListWebhook, startEcomailFake } from './ecomail.fake.js';

let fake: EcomailFake;
beforeEach(async () => {
  fake = await startEcomailFake();
});
afterEach(() => fake.close());

const call = (method: string, path: string, body?: unknown, key = fake.apiKey) =>
  fetch(`${fake.url}${path}`, {
    method,
    headers: { key, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('the Ecomail fake', () => {
  it('refuses a wrong key with 401', async () => {
    expect((await call('GET', '/lists', undefined, 'nope')).status).toBe(401);
  });

  it('refuses a list update without a name with Laravel’s 422 naming the field, and one defining custom fields', async () => {
    const noName = await call('PUT', '/lists/1', { from_name: 'Shop' });
    expect(noName.status).toBe(422);
    expect(await noName.json()).toEqual({
      message: 'The given data was invalid.',
      errors: { name: ['The name field is required.'] },
    });
    const fields = await call('PUT', '/lists/1', {
      name: 'Customers',
      custom_fields: { trustloop_points: { type: 'int', name: 'Points' } },
    });
    expect(fields.status).toBe(422);
    expect(((await fields.json()) as { errors: Record<string, unknown> }).errors).toHaveProperty(
      'custom_fields',
    );
    expect(fake.lists.get(1)!.custom_fields).toEqual({});
  });

  it('updates a list’s documented settings and answers them', async () => {
    const response = await call('PUT', '/lists/1', { name: 'Zákazníci', from_name: 'Obchod' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 1, name: 'Zákazníci', from_name: 'Obchod' });
  });

  it('shows a list with its custom field definitions and counts, and all lists', async () => {
    defineCustomField(fake, 1, 'Trustloop_Points', { type: 'int', name: 'Points' });
    await call('POST', '/lists/1/subscribe', {
      subscriber_data: { email: 'a@x.cz' },
      skip_confirmation: true,
    });
    const detail = (await (await call('GET', '/lists/1')).json()) as {
      list: { id: string; name: string; custom_fields: unknown; active_subscribers: number };
      subscribers: { subscribed: number };
    };
    expect(detail.list).toMatchObject({
      id: '1',
      name: 'Customers',
      custom_fields: { trustloop_points: { type: 'int', name: 'Points' } },
      active_subscribers: 1,
    });
    expect(detail.subscribers.subscribed).toBe(1);
    expect(await (await call('GET', '/lists')).json()).toMatchObject([{ id: 1, name: 'Customers' }]);
    expect((await call('GET', '/lists/9')).status).toBe(404);
  });

  it('answers 404 for a call the docs do not describe', async () => {
    expect((await call('POST', '/lists/1/custom-fields', { name: 'x' })).status).toBe(404);
  });

  it('stores only custom fields the list defines, lower-cased, and answers already_subscribed for a repeat', async () => {
    defineCustomField(fake, 1, 'trustloop_points', { type: 'int', name: 'Points' });
    const first = await call('POST', '/lists/1/subscribe', {
      subscriber_data: { email: 'a@x.cz', custom_fields: { TRUSTLOOP_POINTS: '5', other: 'x' } },
      skip_confirmation: true,
    });
    expect(first.status).toBe(200);
    expect(fake.subscriber(1, 'a@x.cz')?.custom_fields).toEqual({ trustloop_points: '5' });
    const again = (await (
      await call('POST', '/lists/1/subscribe', { subscriber_data: { email: 'a@x.cz' } })
    ).json()) as { already_subscribed?: boolean };
    expect(again.already_subscribed).toBe(true);
  });

  it('answers 422 email_required when update-subscriber lacks a top-level email', async () => {
    const response = await call('PUT', '/lists/1/update-subscriber', {
      subscriber_data: { email: 'a@x.cz' },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ message: 'email_required' });
  });

  it('keeps every tracker event (no de-duplication) and echoes value as a JSON string', async () => {
    await call('POST', '/lists/1/subscribe', { subscriber_data: { email: 'a@x.cz' } });
    const event = {
      event: {
        email: 'a@x.cz',
        category: 'trustloop',
        action: 'change',
        label: 'credit',
        value: { points: 5 },
      },
    };
    const stored = (await (await call('POST', '/tracker/events', event)).json()) as { value: string };
    await call('POST', '/tracker/events', event);
    expect(stored.value).toBe('{"points":5}');
    expect(fake.events).toHaveLength(2);
    expect((await call('POST', '/tracker/events', { event: { email: 'unknown@x.cz' } })).status).toBe(404);
  });

  it('unsubscribes through the API without calling the list webhook, but calls it for a form change', async () => {
    const received: unknown[] = [];
    const { default: Fastify } = await import('fastify');
    const hook = Fastify();
    hook.post('/hook', async (request) => {
      received.push(request.body);
      return {};
    });
    const hookUrl = await hook.listen({ host: '127.0.0.1', port: 0 });
    try {
      setListWebhook(fake, 1, `${hookUrl}/hook`);
      await call('POST', '/lists/1/subscribe', {
        subscriber_data: { email: 'a@x.cz' },
        skip_confirmation: true,
      });
      await call('DELETE', '/lists/1/unsubscribe', { email: 'a@x.cz' });
      expect(fake.subscriber(1, 'a@x.cz')?.status).toBe(2);
      expect(received).toEqual([
        { payload: { email: 'a@x.cz', status: 'SUBSCRIBED', listId: 1, campaignId: null } },
      ]);
      await fake.simulateStatusChange(1, 'a@x.cz', 'UNSUBSCRIBED');
      expect(received).toHaveLength(2);
    } finally {
      await hook.close();
    }
  });

  it('pages subscribers Laravel-style', async () => {
    await call('POST', '/lists/1/subscribe-bulk', {
      subscriber_data: Array.from({ length: 25 }, (_, i) => ({ email: `s${i}@x.cz` })),
    });
    const page = (await (await call('GET', '/lists/1/subscribers?page=2')).json()) as {
      total: number;
      last_page: number;
      data: unknown[];
      next_page_url: string | null;
    };
    expect(page).toMatchObject({ total: 25, last_page: 2, next_page_url: null });
    expect(page.data).toHaveLength(5);
  });
});
