/** Ecomail's list and subscriber rules, as the fake applies them. */

export interface EcomailSubscriber {
  id: number;
  email: string;
  name: string | null;
  surname: string | null;
  /** 1 subscribed, 2 unsubscribed, 6 unconfirmed (double opt-in pending). */
  status: number;
  tags: string[];
  custom_fields: Record<string, unknown>;
  source: string | null;
  subscribed_at: string;
  unsubscribed_at: string | null;
}

export interface EcomailList {
  id: number;
  name: string;
  double_optin: boolean;
  /** Field definitions (key → {type, name}); values for undefined keys are not stored. */
  custom_fields: Record<string, { type: string; name: string }>;
  subscribers: Map<string, EcomailSubscriber>;
  webhookUrl: string | null;
}

export interface EcomailEvent {
  id: number;
  email: string;
  category: string | null;
  action: string | null;
  label: string | null;
  property: string | null;
  /** Stored JSON-encoded, as Ecomail echoes it. */
  value: string | null;
}

type Body = Record<string, unknown>;

export function customFields(list: EcomailList, input: unknown): Record<string, unknown> | string {
  const out: Record<string, unknown> = {};
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object') return 'custom_fields must be an object';
  if (JSON.stringify(input).length > 5000) return 'custom_fields exceed 5000 characters';
  for (const [rawKey, value] of Object.entries(input)) {
    const key = rawKey.trim().toLowerCase();
    if (key in out) return `custom field ${key} is given twice`;
    const stored =
      value !== null && typeof value === 'object' && 'value' in value
        ? (value as { value: unknown }).value
        : value;
    if (key in list.custom_fields) out[key] = stored;
  }
  return out;
}

export function tagsOf(input: unknown): string[] | string | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input) || input.some((t) => typeof t !== 'string' || t.length > 50))
    return 'tags must be strings of at most 50 characters';
  if (input.join('').length > 2000) return 'tags exceed 2000 characters';
  return input as string[];
}

/** Applies one `subscriber_data` to a list; returns the subscriber, whether it existed, or an error. */
export function subscribe(
  ids: { next: number },
  list: EcomailList,
  data: Body,
  flags: { updateExisting: boolean; skipConfirmation: boolean; resubscribe: boolean },
) {
  if (typeof data['email'] !== 'string' || !data['email'].includes('@')) return 'email is required';
  if (
    data['gender'] !== undefined &&
    data['gender'] !== null &&
    !['male', 'female'].includes(String(data['gender']))
  )
    return 'gender must be male or female';
  const fields = customFields(list, data['custom_fields']);
  if (typeof fields === 'string') return fields;
  const tags = tagsOf(data['tags']);
  if (typeof tags === 'string') return tags;
  const email = data['email'].toLowerCase();
  const existing = list.subscribers.get(email);
  if (existing && !flags.updateExisting) return { subscriber: existing, existed: true };
  const now = new Date().toISOString();
  const subscriber: EcomailSubscriber = existing ?? {
    id: ids.next++,
    email,
    name: null,
    surname: null,
    status: 1,
    tags: [],
    custom_fields: {},
    source: null,
    subscribed_at: now,
    unsubscribed_at: null,
  };
  if (data['name'] !== undefined) subscriber.name = (data['name'] as string | null) ?? null;
  if (data['surname'] !== undefined) subscriber.surname = (data['surname'] as string | null) ?? null;
  if (data['source'] !== undefined) subscriber.source = (data['source'] as string | null) ?? null;
  Object.assign(subscriber.custom_fields, fields);
  if (tags) subscriber.tags = tags;
  if (typeof data['status'] === 'number') subscriber.status = data['status'];
  else if (!existing) subscriber.status = list.double_optin && !flags.skipConfirmation ? 6 : 1;
  else if (existing.status === 2 && flags.resubscribe) subscriber.status = 1;
  list.subscribers.set(email, subscriber);
  return { subscriber, existed: existing !== undefined };
}
