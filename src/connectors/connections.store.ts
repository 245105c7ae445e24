import type { Kysely, Selectable } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { SecretBox } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import type { ConnectionTarget, ConnectorDescriptor, ConnectorSettings } from './connector.js';
import type { ConnectorRegistry } from './connector-registry.js';
import type { ConnectorConnectionsTable, ConnectorsTables } from './connectors.tables.js';

export type ConnectionStatus = 'active' | 'error' | 'auth_invalid';

/** A connection as the admin API shows it: secrets never included. */
export interface Connection {
  id: string;
  accountId: string;
  channelId: string;
  connectorId: string;
  settings: ConnectorSettings;
  secretsSet: string[];
  eventTypes: string[] | '*';
  status: ConnectionStatus;
  lastSyncAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  counts: { sent: number; failed: number };
  createdAt: string;
  updatedAt: string;
}

type Row = Selectable<ConnectorConnectionsTable>;

// Binds each sealed value to its connection and field: a ciphertext copied elsewhere will not open.
const secretScope = (connectionId: string, key: string) => `connector:${connectionId}:${key}`;

/** Reads and writes connections; secret settings are sealed with the connection id as associated data. */
export function createConnectionsStore(deps: {
  db: Kysely<ConnectorsTables>;
  clock: Clock;
  secrets: SecretBox;
  registry: ConnectorRegistry;
}) {
  const { db, clock, secrets, registry } = deps;

  function seal(descriptor: ConnectorDescriptor, id: string, settings: ConnectorSettings): string {
    const stored: ConnectorSettings = { ...settings };
    for (const field of descriptor.settings) {
      const value = stored[field.key];
      if (field.secret && typeof value === 'string')
        stored[field.key] = secrets.seal(value, secretScope(id, field.key));
    }
    return JSON.stringify(stored);
  }

  function openSettings(row: Row): ConnectorSettings {
    const descriptor = registry.get(row.connector_id).descriptor;
    const settings = JSON.parse(row.settings) as ConnectorSettings;
    for (const field of descriptor.settings) {
      const value = settings[field.key];
      if (field.secret && typeof value === 'string')
        settings[field.key] = secrets.open(value, secretScope(row.id, field.key));
    }
    return settings;
  }

  function toConnection(row: Row): Connection {
    const descriptor = registry.get(row.connector_id).descriptor;
    const settings = JSON.parse(row.settings) as ConnectorSettings;
    const secretsSet: string[] = [];
    const visible: ConnectorSettings = {};
    for (const field of descriptor.settings) {
      if (settings[field.key] === undefined) continue;
      if (field.secret) secretsSet.push(field.key);
      else visible[field.key] = settings[field.key];
    }
    return {
      id: row.id,
      accountId: row.account_id,
      channelId: row.channel_id,
      connectorId: row.connector_id,
      settings: visible,
      secretsSet,
      eventTypes: JSON.parse(row.event_types) as string[] | '*',
      status: row.status as ConnectionStatus,
      lastSyncAt: row.last_sync_at,
      lastError: row.last_error,
      lastErrorAt: row.last_error_at,
      counts: { sent: row.sent_count, failed: row.failed_count },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  async function row(accountId: string, id: string): Promise<Row> {
    const found = await db
      .selectFrom('connector_connections')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) throw AppError.notFound('the connection');
    return found;
  }

  return {
    toConnection,

    async insert(input: {
      id: string;
      accountId: string;
      channelId: string;
      connectorId: string;
      settings: ConnectorSettings;
      eventTypes: string[] | '*';
      inboundSecret: string;
    }): Promise<Connection> {
      const descriptor = registry.get(input.connectorId).descriptor;
      const now = clock.now().toISOString();
      const values = {
        id: input.id,
        account_id: input.accountId,
        channel_id: input.channelId,
        connector_id: input.connectorId,
        settings: seal(descriptor, input.id, input.settings),
        inbound_secret: secrets.seal(input.inboundSecret, secretScope(input.id, 'inbound')),
        event_types: JSON.stringify(input.eventTypes),
        status: 'active',
        last_sync_at: null,
        last_error: null,
        last_error_at: null,
        sent_count: 0,
        failed_count: 0,
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('connector_connections').values(values).execute();
      return toConnection(values);
    },

    async get(accountId: string, id: string): Promise<Connection> {
      return toConnection(await row(accountId, id));
    },

    async list(accountId: string, channelId?: string): Promise<Connection[]> {
      let query = db.selectFrom('connector_connections').selectAll().where('account_id', '=', accountId);
      if (channelId) query = query.where('channel_id', '=', channelId);
      return (await query.orderBy('id').execute()).map(toConnection);
    },

    /** The connection with its secrets open, for a call; undefined when it was disconnected. */
    async target(id: string): Promise<{ connection: Connection; target: ConnectionTarget } | undefined> {
      const found = await db
        .selectFrom('connector_connections')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!found) return undefined;
      return {
        connection: toConnection(found),
        target: {
          connectionId: found.id,
          accountId: found.account_id,
          channelId: found.channel_id,
          settings: openSettings(found),
          inboundSecret: secrets.open(found.inbound_secret, secretScope(found.id, 'inbound')),
        },
      };
    },

    /**
     * Connections of the account (in the event's channel, when it has one) subscribed to
     * `eventType` — an unhealthy one too: its deliveries wait for a working key (see the
     * delivery handler) instead of being lost.
     */
    async subscribedTo(accountId: string, channelId: string | null, eventType: string): Promise<string[]> {
      let query = db
        .selectFrom('connector_connections')
        .select(['id', 'event_types'])
        .where('account_id', '=', accountId);
      if (channelId) query = query.where('channel_id', '=', channelId);
      const rows = await query.execute();
      return rows
        .filter((r) => {
          const types = JSON.parse(r.event_types) as string[] | '*';
          return types === '*' || types.includes(eventType);
        })
        .map((r) => r.id);
    },

    async openSettingsOf(accountId: string, id: string): Promise<ConnectorSettings> {
      return openSettings(await row(accountId, id));
    },

    async update(
      accountId: string,
      id: string,
      patch: { settings?: ConnectorSettings; eventTypes?: string[] | '*'; status?: ConnectionStatus },
    ): Promise<Connection> {
      const current = await row(accountId, id);
      const descriptor = registry.get(current.connector_id).descriptor;
      await db
        .updateTable('connector_connections')
        .set({
          ...(patch.settings ? { settings: seal(descriptor, id, patch.settings) } : {}),
          ...(patch.eventTypes ? { event_types: JSON.stringify(patch.eventTypes) } : {}),
          ...(patch.status
            ? { status: patch.status, ...(patch.status === 'active' ? { last_error: null } : {}) }
            : {}),
          updated_at: clock.now().toISOString(),
        })
        .where('id', '=', id)
        .execute();
      return toConnection(await row(accountId, id));
    },

    async remove(accountId: string, id: string): Promise<void> {
      await row(accountId, id);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('connector_connections').where('id', '=', id).execute();
        await trx.deleteFrom('connector_deliveries').where('connection_id', '=', id).execute();
      });
    },

    async recordSuccess(id: string): Promise<void> {
      const now = clock.now().toISOString();
      await db
        .updateTable('connector_connections')
        .set((eb) => ({
          sent_count: eb('sent_count', '+', 1),
          last_sync_at: now,
          status: 'active',
          updated_at: now,
        }))
        .where('id', '=', id)
        .execute();
    },

    async recordFailure(id: string, message: string, status?: ConnectionStatus): Promise<void> {
      const now = clock.now().toISOString();
      await db
        .updateTable('connector_connections')
        .set((eb) => ({
          failed_count: eb('failed_count', '+', 1),
          last_error: message,
          last_error_at: now,
          ...(status ? { status } : {}),
          updated_at: now,
        }))
        .where('id', '=', id)
        .execute();
    },

    /** Re-seals every secret under the current master key; returns how many values changed. */
    async reseal(): Promise<number> {
      const rows = await db.selectFrom('connector_connections').selectAll().execute();
      let changed = 0;
      for (const found of rows) {
        const descriptor = registry.get(found.connector_id).descriptor;
        const settings = JSON.parse(found.settings) as ConnectorSettings;
        let dirty = false;
        for (const field of descriptor.settings) {
          const value = settings[field.key];
          if (field.secret && typeof value === 'string' && secrets.needsRotation(value)) {
            settings[field.key] = secrets.rotate(value, secretScope(found.id, field.key));
            dirty = true;
            changed += 1;
          }
        }
        let inbound = found.inbound_secret;
        if (secrets.needsRotation(inbound)) {
          inbound = secrets.rotate(inbound, secretScope(found.id, 'inbound'));
          dirty = true;
          changed += 1;
        }
        if (dirty) {
          await db
            .updateTable('connector_connections')
            .set({ settings: JSON.stringify(settings), inbound_secret: inbound })
            .where('id', '=', found.id)
            .execute();
        }
      }
      return changed;
    },
  };
}

export type ConnectionsStore = ReturnType<typeof createConnectionsStore>;
