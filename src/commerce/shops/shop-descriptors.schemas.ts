import { Type } from 'typebox';
import { StringEnum } from '../../platform/http/schemas.js';
import { SHOP_PLATFORMS } from '../commerce.types.js';
import { ORDER_MILESTONES, type ShopConnectorDescriptor } from './shop-connector.js';

/** A shop connector's descriptor as the admin app reads it (a field's pattern as its source text). */
export const ShopDescriptorSchema = Type.Object({
  id: StringEnum(SHOP_PLATFORMS),
  displayName: Type.String(),
  settings: Type.Array(
    Type.Object({
      key: Type.String(),
      section: StringEnum(['connection', 'discounts'] as const),
      label: Type.String(),
      type: StringEnum(['string', 'secret', 'url', 'host', 'choice', 'status_slug', 'status_map'] as const),
      required: Type.Boolean(),
      secret: Type.Boolean(),
      description: Type.Optional(Type.String()),
      default: Type.Optional(
        Type.Union([Type.String(), Type.Record(Type.String(), StringEnum(ORDER_MILESTONES))]),
      ),
      values: Type.Optional(Type.Array(Type.String())),
      pattern: Type.Optional(Type.Object({ regex: Type.String(), message: Type.String() })),
      minLength: Type.Optional(Type.Integer()),
      maxLength: Type.Optional(Type.Integer()),
    }),
  ),
  capabilities: Type.Object({
    webhooks: Type.Union([Type.Object({ topics: Type.Array(Type.String()) }), Type.Literal(false)]),
    pull: Type.Union([
      Type.Object({ resources: Type.Array(Type.String()), everyMinutes: Type.Integer() }),
      Type.Literal(false),
    ]),
    discounts: Type.Union([Type.Object({ kinds: Type.Array(Type.String()) }), Type.Literal(false)]),
    orderStatusMap: Type.Union([
      Type.Object({
        defaults: Type.Record(Type.String(), StringEnum(ORDER_MILESTONES)),
        setting: Type.Optional(Type.String()),
      }),
      Type.Literal(false),
    ]),
  }),
  rateLimit: Type.Object({ perSecond: Type.Number(), burst: Type.Integer() }),
});

export function descriptorView(descriptor: ShopConnectorDescriptor) {
  return {
    ...descriptor,
    settings: descriptor.settings.map(({ pattern, ...field }) => ({
      ...field,
      ...(pattern ? { pattern: { regex: pattern.regex.source, message: pattern.message } } : {}),
    })),
  };
}
