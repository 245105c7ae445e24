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

const PlatformField = Type.Object({
  key: Type.String({ description: 'The field key (merge tag) to create, prefix included' }),
  name: Type.String(),
  type: Type.String({ description: 'The platform’s field type, e.g. string, int, date' }),
});

/** What activation found in the platform and what the merchant must still create by hand. */
export const ActivationSchema = Type.Object({
  fieldsToCreate: Type.Array(PlatformField),
  fieldsPresent: Type.Array(PlatformField),
  fieldsWithOtherType: Type.Array(Type.Object({ ...PlatformField.properties, actualType: Type.String() })),
  instructions: Type.String(),
  copyText: Type.String({
    description: 'The fields to create, one per line: key, type, name (tab-separated)',
  }),
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
  activation: Type.Optional(ActivationSchema),
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
      choices: Type.Optional(
        Type.Literal('lists', {
          description:
            'The value is one of the account’s lists: POST /api/v1/connectors/{id}/lists (before connecting) or GET /api/v1/connections/{id}/lists offer them',
        }),
      ),
      section: Type.Optional(
        Type.String({ description: 'The part of the platform’s page (one of `sections`) the setting is on' }),
      ),
    }),
  ),
  sections: Type.Optional(
    Type.Array(Type.String(), {
      description:
        'The parts of the platform’s page in order (seed 001’s tabs); the first holds the credentials checked at connect',
    }),
  ),
  capabilities: Type.Object({
    profiles: Type.Boolean(),
    trackedEvents: Type.Boolean(),
    rawEvents: Type.Boolean(),
    consent: Type.Boolean(),
    bulkExport: Type.Union([Type.Literal(false), Type.Object({ batchSize: Type.Integer() })]),
    inbound: Type.Boolean(),
    exportChoices: Type.Optional(Type.Object({ tags: Type.Boolean(), transactions: Type.Boolean() })),
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

const IsoDate = (description: string) => Type.String({ maxLength: 40, description });

/**
 * The choices of one export run (seed 001's "Eksport danych"); every one is optional. Values
 * are checked in `checkExportChoices`, whose 400s say what is allowed.
 */
export const ExportBody = StrictObject({
  consent: Type.Optional(
    Type.String({
      maxLength: 20,
      description:
        'all (default), subscribed (opt-in) or unsubscribed (opt-out): only contacts in that newsletter consent state',
    }),
  ),
  from: Type.Optional(
    IsoDate(
      'Only contacts Trustloop first knew at or after this date (2026-11-01) or date-time (UTC unless an offset is given); with transactions, only orders paid at or after it',
    ),
  ),
  to: Type.Optional(
    IsoDate(
      'Only contacts Trustloop first knew up to this date (the whole day) or date-time, inclusive; with transactions, only orders paid up to it',
    ),
  ),
  tags: Type.Optional(
    Type.Unknown({
      description:
        'Extra tags for the exported contacts: comma-separated without spaces ("VIP,IMPORT_2026"), or a list',
    }),
  ),
  transactions: Type.Optional(
    Type.Boolean({
      description:
        'Also send the past paid orders (in the date range) as purchases, each once per connection',
    }),
  ),
});

export const ExportChoicesSchema = Type.Object({
  consent: Type.String(),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  transactions: Type.Boolean(),
});

export const ExportSchema = Type.Object({
  id: Type.String(),
  connectionId: Type.String(),
  status: Type.String({ description: 'running, complete or failed' }),
  total: Type.Integer({
    description: 'Contacts the run selects: counted at the start, and again once it has caught up',
  }),
  submitted: Type.Integer({ description: 'Contacts sent to the platform so far' }),
  completed: Type.Integer({ description: 'Contacts the platform has taken' }),
  failed: Type.Integer({ description: 'Contacts the platform refused' }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  choices: ExportChoicesSchema,
  phase: Type.Union([Type.Literal('catching_up'), Type.Literal('contacts'), Type.Literal('transactions')], {
    description:
      'catching_up: reading the customers already committed (an import whose background processing is still running) so none is left out; contacts: sending them; transactions: sending past paid orders',
  }),
  caughtUp: Type.Integer({ description: 'Customers read while catching up' }),
  resumed: Type.Optional(
    Type.Boolean({
      description:
        'In the answer to a start: true when the connection’s unfinished export (same choices) was resumed instead of starting a second one',
    }),
  ),
  purchases: Type.Object({
    sent: Type.Integer({ description: 'Paid orders this run sent as purchases' }),
    skipped: Type.Integer({ description: 'Paid orders already sent to this connection before' }),
  }),
});

/** A platform account's lists, to choose from when connecting. */
export const ListChoicesSchema = Type.Object({
  lists: Type.Array(
    Type.Object({
      id: Type.String({ description: 'The list id to put in the connection’s listId setting' }),
      name: Type.String(),
      subscriberCount: Type.Union([Type.Integer(), Type.Null()], {
        description: 'Active subscribers, when the platform says so',
      }),
    }),
  ),
});

export const TestEventSchema = Type.Object({
  delivered: Type.Boolean({ description: 'The endpoint answered 2xx' }),
  status: Type.Union([Type.Integer(), Type.Null()], {
    description: 'The endpoint’s HTTP status; null when it could not be reached',
  }),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why it was not delivered' }),
  messageId: Type.String({ description: 'The webhook-id header of the test message' }),
  type: Type.String({ description: 'webhook.test' }),
});
