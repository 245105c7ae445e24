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
