import { Type } from 'typebox';
import { StrictObject } from '../platform/http/schemas.js';

const EventTypes = Type.Union([
  Type.Literal('*'),
  Type.Array(Type.String({ maxLength: 64 }), { maxItems: 100 }),
]);
const Settings = Type.Record(Type.String(), Type.Unknown());

export const ConnectBody = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  connectorId: Type.String({ minLength: 1, maxLength: 32 }),
  settings: Settings,
  eventTypes: Type.Optional(EventTypes),
});

export const ConnectionPatch = StrictObject({
  settings: Type.Optional(Settings),
  eventTypes: Type.Optional(EventTypes),
});

export const ConnectionSchema = Type.Object({
  id: Type.String(),
  channelId: Type.String(),
  connectorId: Type.String(),
  settings: Settings,
  secretsSet: Type.Array(Type.String()),
  eventTypes: EventTypes,
  status: Type.String(),
  lastSyncAt: Type.Union([Type.String(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  lastErrorAt: Type.Union([Type.String(), Type.Null()]),
  counts: Type.Object({ sent: Type.Integer(), failed: Type.Integer() }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const DescriptorSchema = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  settings: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      type: Type.String(),
      required: Type.Boolean(),
      secret: Type.Boolean(),
      description: Type.Optional(Type.String()),
      default: Type.Optional(Type.Unknown()),
    }),
  ),
  capabilities: Type.Object({
    profiles: Type.Boolean(),
    trackedEvents: Type.Boolean(),
    rawEvents: Type.Boolean(),
    consent: Type.Boolean(),
    bulkExport: Type.Union([Type.Literal(false), Type.Object({ batchSize: Type.Integer() })]),
    inbound: Type.Boolean(),
  }),
  defaultEventTypes: EventTypes,
});

export const HealthSchema = Type.Object({
  status: Type.String(),
  lastSyncAt: Type.Union([Type.String(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  lastErrorAt: Type.Union([Type.String(), Type.Null()]),
  counts: Type.Object({
    sent: Type.Integer(),
    failed: Type.Integer(),
    pending: Type.Integer(),
    dead: Type.Integer(),
  }),
});

export const DeadLetterSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  payload: Type.Unknown(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
});

export const ExportSchema = Type.Object({
  id: Type.String(),
  connectionId: Type.String(),
  status: Type.String(),
  total: Type.Integer(),
  submitted: Type.Integer(),
  completed: Type.Integer(),
  failed: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
});
