/**
 * A shop connection's PUT body, read through its platform's descriptor: every field the
 * descriptor names is checked and normalised by its type, anything else is refused naming the
 * field. The body schema (orders.schemas.ts) is built from the same descriptors.
 */
import { Type } from 'typebox';
import { AppError } from '../../platform/errors.js';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import {
  ORDER_MILESTONES,
  type OrderMilestoneName,
  type ShopConnectorDescriptor,
  type ShopSettingField,
  type ShopSettingSection,
  type ShopSettingValue,
} from './shop-connector.js';

const STATUS_SLUG = /^[a-z0-9_-]{1,50}$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_STATUSES = 50;

/** The body of `PUT …/shop-connections/{platform}`: connection fields at the top, credentials in `discounts`. */
export type ShopConnectionBody = Record<string, unknown> & {
  discounts?: Record<string, unknown> | null;
};

/** What a PUT changes; absent keys keep the stored value, null clears an optional one. */
export interface ShopSettingsChange {
  connection: Record<string, ShopSettingValue | null>;
  /** undefined: keep; null: remove; an object: replace all of them. */
  discounts: Record<string, string> | null | undefined;
}

const pathOf = (field: Pick<ShopSettingField, 'key' | 'section'>) =>
  field.section === 'connection' ? `/body/${field.key}` : `/body/discounts/${field.key}`;

function text(field: ShopSettingField, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw AppError.invalid(pathOf(field), 'is required');
  return value.trim();
}

function normalise(field: ShopSettingField, value: unknown): ShopSettingValue {
  const path = pathOf(field);
  switch (field.type) {
    case 'string':
      return text(field, value);
    case 'secret':
      // Secrets are taken as typed: a space may be part of one.
      if (typeof value !== 'string' || value === '') throw AppError.invalid(path, 'is required');
      return value;
    case 'host': {
      const host = text(field, value)
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
      const rule = field.pattern ?? { regex: HOST, message: 'must be a host name' };
      if (!rule.regex.test(host)) throw AppError.invalid(path, rule.message);
      return host;
    }
    case 'url': {
      let url: URL;
      try {
        url = new URL(text(field, value));
      } catch {
        throw AppError.invalid(path, 'must be a full address such as https://shop.example.com');
      }
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
        throw AppError.invalid(path, 'must start with https:// (credentials travel to it)');
      return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    }
    case 'choice': {
      const choice = text(field, value);
      if (!field.values?.includes(choice))
        throw AppError.invalid(path, `must be one of ${field.values?.join(', ')}`);
      return choice;
    }
    case 'status_slug': {
      const slug = text(field, value);
      if (!STATUS_SLUG.test(slug))
        throw AppError.invalid(path, 'must be an order status slug such as "completed", or "never"');
      return slug;
    }
    case 'status_map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw AppError.invalid(
          path,
          'must map shop order statuses to placed, paid, fulfilled, delivered, cancelled or refunded',
        );
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > MAX_STATUSES)
        throw AppError.invalid(path, `may name at most ${MAX_STATUSES} statuses`);
      const map: Record<string, OrderMilestoneName> = {};
      for (const [status, milestone] of entries) {
        if (!STATUS_SLUG.test(status))
          throw AppError.invalid(`${path}/${status}`, 'is not an order status slug');
        if (!ORDER_MILESTONES.includes(milestone as OrderMilestoneName))
          throw AppError.invalid(`${path}/${status}`, `must be one of ${ORDER_MILESTONES.join(', ')}`);
        map[status] = milestone as OrderMilestoneName;
      }
      return map;
    }
  }
}

function fieldsOf(descriptor: ShopConnectorDescriptor, section: ShopSettingSection) {
  return new Map(descriptor.settings.filter((f) => f.section === section).map((f) => [f.key, f]));
}

/**
 * Reads a PUT body for `descriptor`'s platform. `creating`: every required connection field
 * must be there. Throws a 400 naming the first field that is wrong or foreign to the platform.
 */
export function readSettings(
  descriptor: ShopConnectorDescriptor,
  body: ShopConnectionBody,
  creating: boolean,
): ShopSettingsChange {
  const connectionFields = fieldsOf(descriptor, 'connection');
  const connection: Record<string, ShopSettingValue | null> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'discounts' || value === undefined) continue;
    const field = connectionFields.get(key);
    if (!field) throw AppError.invalid(`/body/${key}`, `is not a ${descriptor.displayName} setting`);
    if (value === null) {
      if (field.required) throw AppError.invalid(`/body/${key}`, 'is required');
      connection[key] = null;
    } else connection[key] = normalise(field, value);
  }
  if (creating)
    for (const field of connectionFields.values())
      if (field.required && connection[field.key] === undefined)
        throw AppError.invalid(pathOf(field), 'is required when connecting a shop');

  let discounts: ShopSettingsChange['discounts'];
  if (body.discounts === null) discounts = null;
  else if (body.discounts !== undefined) {
    if (!descriptor.capabilities.discounts)
      throw AppError.invalid(
        '/body/discounts',
        `${descriptor.displayName} codes are not created by Trustloop`,
      );
    const discountFields = fieldsOf(descriptor, 'discounts');
    discounts = {};
    for (const [key, value] of Object.entries(body.discounts)) {
      if (value === undefined) continue;
      const field = discountFields.get(key);
      if (!field)
        throw AppError.invalid(`/body/discounts/${key}`, `is not a ${descriptor.displayName} setting`);
      discounts[key] = normalise(field, value) as string;
    }
    for (const field of discountFields.values())
      if (field.required && discounts[field.key] === undefined)
        throw AppError.invalid(pathOf(field), 'is required');
  }
  return { connection, discounts };
}

const Milestone = StringEnum(ORDER_MILESTONES);

function schemaOf(field: ShopSettingField) {
  const description = field.secret ? `${field.label}: write-only` : field.label;
  if (field.type === 'status_map')
    return Type.Record(Type.String({ maxLength: 50 }), Milestone, {
      description,
      maxProperties: MAX_STATUSES,
    });
  return Type.String({ minLength: field.minLength ?? 1, maxLength: field.maxLength ?? 500, description });
}

/**
 * The PUT body schema: every platform's fields, each optional (which are required, and of which
 * platform, is checked by `readSettings`; null clears an optional field and is refused for a
 * required one). A key two platforms share has one shape.
 */
export function connectionBodySchema(descriptors: readonly ShopConnectorDescriptor[]) {
  const connection: Record<string, ReturnType<typeof schemaOf> | ReturnType<typeof Type.Union>> = {};
  const discounts: Record<string, ReturnType<typeof schemaOf>> = {};
  for (const descriptor of descriptors)
    for (const field of descriptor.settings) {
      if (field.section === 'discounts') discounts[field.key] ??= schemaOf(field);
      else connection[field.key] ??= Type.Union([schemaOf(field), Type.Null()]);
    }
  const optional = <T extends Record<string, import('typebox').TSchema>>(props: T) =>
    Object.fromEntries(Object.entries(props).map(([key, schema]) => [key, Type.Optional(schema)]));
  return StrictObject({
    ...optional(connection),
    discounts: Type.Optional(
      Type.Union([
        StrictObject(optional(discounts), {
          description:
            'Admin API credentials with which redeemed rewards become codes in the shop (see each platform in GET /api/v1/shop-connectors). Checked live; null removes them.',
        }),
        Type.Null(),
      ]),
    ),
  });
}
