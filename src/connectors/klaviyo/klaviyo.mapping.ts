import type { ConsentUpdate, OutboundEvent, ProfileUpdate, PropertyValue } from '../connector.js';

/** Profile properties Trustloop writes, as the merchant's Klaviyo templates see them. */
export const KLAVIYO_PROPERTY_NAMES: Readonly<Record<string, string>> = {
  points: 'trustloop_points',
  tier: 'trustloop_tier',
  referral_link: 'trustloop_referral_link',
  next_expiry_points: 'trustloop_next_expiry_points',
  next_expiry_date: 'trustloop_next_expiry_date',
  last_coupon_code: 'trustloop_last_coupon_code',
  questionnaire_link: 'trustloop_questionnaire_link',
  questionnaire_link_expires_at: 'trustloop_questionnaire_link_expires_at',
};

/**
 * Klaviyo's profile attributes for an update: only the fields it carries, and only the
 * properties Trustloop names. Built field by field: a first export maps a million of these.
 */
export function profileAttributes(profile: ProfileUpdate, questionnaireProperty: string) {
  const attributes: Record<string, unknown> = { email: profile.email };
  if (profile.firstName !== undefined) attributes['first_name'] = profile.firstName;
  if (profile.lastName !== undefined) attributes['last_name'] = profile.lastName;
  if (profile.phone !== undefined) attributes['phone_number'] = profile.phone;
  if (profile.locale !== undefined) attributes['locale'] = profile.locale;
  if (profile.externalId !== undefined) attributes['external_id'] = profile.externalId;
  let properties: Record<string, PropertyValue> | undefined;
  for (const key in profile.properties) {
    const name = key === 'questionnaire_link' ? questionnaireProperty : KLAVIYO_PROPERTY_NAMES[key];
    if (!name) continue; // unknown keys (e.g. the PIN) are not sent to Klaviyo
    properties ??= {};
    properties[name] = profile.properties[key]!;
  }
  if (properties) attributes['properties'] = properties;
  return attributes;
}

/**
 * Bulk import job bodies for these profiles, as JSON text, each within `maxBytes`: Klaviyo takes
 * at most 5 MB per job, and 10,000 profiles with long properties (questionnaire links, coupon
 * codes) can be more. Each profile is serialised on its own, so no object tree of the whole
 * batch is built.
 */
export function importJobBodies(
  profiles: readonly ProfileUpdate[],
  questionnaireProperty: string,
  maxBytes: number,
): Array<{ json: string; profiles: number }> {
  const head = '{"data":{"type":"profile-bulk-import-job","attributes":{"profiles":{"data":[';
  const tail = ']}}}}';
  const room = maxBytes - head.length - tail.length;
  const bodies: Array<{ json: string; profiles: number }> = [];
  let items: string[] = [];
  let bytes = 0;
  const close = () => {
    if (items.length > 0) bodies.push({ json: `${head}${items.join(',')}${tail}`, profiles: items.length });
    items = [];
    bytes = 0;
  };
  for (const profile of profiles) {
    const item = JSON.stringify({
      type: 'profile',
      attributes: profileAttributes(profile, questionnaireProperty),
    });
    const size = Buffer.byteLength(item) + 1; // and its comma
    if (items.length > 0 && bytes + size > room) close();
    items.push(item);
    bytes += size;
  }
  close();
  return bodies;
}

export function profileImportBody(profile: ProfileUpdate, questionnaireProperty: string) {
  return { data: { type: 'profile', attributes: profileAttributes(profile, questionnaireProperty) } };
}

/** `unique_id` is our event id: Klaviyo keeps only the first event per profile, metric and unique_id. */
export function eventBody(event: OutboundEvent) {
  const time = new Date(event.occurredAt);
  return {
    data: {
      type: 'event',
      attributes: {
        properties: { ...event.properties, trustloop_event_id: event.id },
        time: time.toISOString(),
        unique_id: event.id,
        ...(event.value ? { value: event.value.amount, value_currency: event.value.currency } : {}),
        metric: { data: { type: 'metric', attributes: { name: event.name } } },
        profile: { data: { type: 'profile', attributes: { email: event.email } } },
      },
    },
  };
}

export function subscriptionBody(consent: ConsentUpdate, listId: string | undefined) {
  const list = listId ? { relationships: { list: { data: { type: 'list', id: listId } } } } : {};
  if (consent.subscribed) {
    return {
      data: {
        type: 'profile-subscription-bulk-create-job',
        attributes: {
          custom_source: 'Trustloop',
          profiles: {
            data: [
              {
                type: 'profile',
                attributes: {
                  email: consent.email,
                  subscriptions: { email: { marketing: { consent: 'SUBSCRIBED' } } },
                },
              },
            ],
          },
        },
        ...list,
      },
    };
  }
  return {
    data: {
      type: 'profile-subscription-bulk-delete-job',
      attributes: {
        profiles: {
          data: [
            {
              type: 'profile',
              attributes: {
                email: consent.email,
                subscriptions: { email: { marketing: { consent: 'UNSUBSCRIBED' } } },
              },
            },
          ],
        },
      },
      ...list,
    },
  };
}
