/**
 * Ecomail's list and subscriber rules, as the fake applies them. Each rule cites Ecomail's API
 * reference (https://docs.ecomail.cz/api-reference/…) or ../shared/reference/esp-apis.md §2;
 * where the docs are silent the fake is strict and says so.
 */

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

/** A list as `GET /lists/{id}` shows it (docs: lists/show), minus the fake's own bookkeeping. */
export interface EcomailList {
  id: number;
  name: string;
  from_name: string | null;
  from_email: string | null;
  reply_to: string | null;
  sub_success_page: string | null;
  sub_confirmed_page: string | null;
  unsub_page: string | null;
  double_optin: boolean;
  conf_subject: string | null;
  conf_message: string | null;
  /**
   * Field definitions (key → {type, name}), as lists/show shows them. No documented call creates
   * them (esp-apis.md §2.3 "NOT FOUND: an API to create custom-field definitions"): the merchant
   * adds them in the list settings, which tests do with `defineCustomField`.
   */
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

/**
 * Custom field values of one subscriber. Docs (lists/subscribe, lists/update-subscriber): keys
 * are trimmed and lower-cased, two keys equal after that are rejected, 5,000 characters in all,
 * a value is a string or `{value, type}`. Whether a key the list does not define is stored is
 * not documented (esp-apis.md §2.3 "NOT FOUND"): the fake is strict and drops it, so a
 * connector that relies on fields nobody created sees nothing stored.
 */
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

/** Docs (lists/subscribe-bulk, esp-apis.md §2.4): tags of at most 50 characters, 2,000 in all. */
export function tagsOf(input: unknown): string[] | string | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input) || input.some((t) => typeof t !== 'string' || t.length > 50))
    return 'tags must be strings of at most 50 characters';
  if (input.join('').length > 2000) return 'tags exceed 2000 characters';
  return input as string[];
}

/**
 * Applies one `subscriber_data` to a list; returns the subscriber, whether it existed, or an
 * error. Docs (lists/subscribe): `email` required, gender male|female, `update_existing` decides
 * whether an existing contact changes, `skip_confirmation: false` on a double opt-in list makes
 * a new contact status 6, `resubscribe` turns status 2 into 1, an explicit `status` wins.
 */
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
