import type { Kysely } from 'kysely';
import type { ModuleContext } from '../accounts/index.js';
import type { ContactsService } from '../contacts/index.js';
import { randomToken, safeEqual } from '../platform/crypto/index.js';
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { type JobRecord, payloadText } from '../platform/jobs/index.js';
import type { Invitation } from '../reviews/index.js';
import { CONNECTION_JOB_KINDS, connectionJobs } from './connection-jobs.js';
import { setupInstructions } from './connection-setup.js';
import type { Connection, ConnectionsStore } from './connections.store.js';
import type {
  ActivationReport,
  Connector,
  ConnectorDescriptor,
  FlowProduct,
  InboundRequest,
  ListChoice,
  TestEventResult,
} from './connector.js';
import { ConnectorFailure, failureCode, refusal } from './connector-failure.js';
import type { ConnectorRegistry } from './connector-registry.js';
import { validateCredentials, validateSettings } from './connector-settings.js';
import { AUTH_WAIT_PREFIX, DELIVER_JOB } from './connectors.dispatch.js';
import type { ConnectorsTables } from './connectors.tables.js';
import { checkExportChoices, type ExportChoicesInput } from './export-choices.js';
import { type ExportRun, exportRun, exportRuns, startExportRun } from './export-runs.js';

export interface ConnectInput {
  channelId: string;
  connectorId: string;
  settings: Record<string, unknown>;
  eventTypes?: string[] | '*';
}

/**
 * An ESP flow's invitation request: the reviews domain's invitation fields, with the locale
 * and type left to the channel (null) and the products as the flow named them.
 */
export type InvitationRequest = Pick<
  Invitation,
  'accountId' | 'channelId' | 'email' | 'name' | 'orderId' | 'orderNumber'
> & {
  locale: Invitation['locale'] | null;
  /** null: the channel's review type. */
  type: Invitation['type'] | null;
  products: FlowProduct[];
  method: Extract<Invitation['method'], 'klaviyo_flow'>;
};

export interface InvitationRequester {
  /**
   * Creates (or finds, by the invitation dedupe rules) the invitation an ESP flow sends, hands
   * it to the ESP (Trustloop then sends no mail of its own for that order), and returns its
   * questionnaire link; undefined when the address or order may not be invited.
   */
  requestInvitation(input: InvitationRequest): Promise<{ link: string; linkExpiresAt: string } | undefined>;
  /** The channel's review type, which the flow body setup shows follows. */
  reviewTypeOf(accountId: string, channelId: string): Promise<'service' | 'product' | 'both'>;
}

/** Everything the admin API and the inbound receiver do with connections. */
export function createConnectorsService(deps: {
  ctx: ModuleContext;
  db: Kysely<ConnectorsTables>;
  registry: ConnectorRegistry;
  store: ConnectionsStore;
  contacts: ContactsService;
  invitations: InvitationRequester;
}) {
  const { ctx, db, registry, store } = deps;

  async function verify(descriptor: ConnectorDescriptor, settings: Record<string, unknown>) {
    let result: Awaited<ReturnType<ReturnType<ConnectorRegistry['get']>['verifyCredentials']>>;
    try {
      result = await registry.get(descriptor.id).verifyCredentials(settings);
    } catch (error) {
      if (!(error instanceof ConnectorFailure)) throw error;
      throw refusal(descriptor, error);
    }
    if (!result.ok) {
      throw new AppError('unprocessable', `${descriptor.displayName}: ${result.message}`, {
        details: [
          {
            field: `/body/settings/${result.field}`,
            message: result.message,
            ...(result.code ? { code: result.code } : {}),
            ...(result.params ? { params: result.params } : {}),
          },
        ],
      });
    }
    return { ...settings, ...(result.learned ?? {}) };
  }

  function checkEventTypes(eventTypes: unknown): string[] | '*' | undefined {
    if (eventTypes === undefined || eventTypes === '*') return eventTypes;
    if (
      !Array.isArray(eventTypes) ||
      eventTypes.some((t) => typeof t !== 'string' || !/^[a-z_]+\.[a-z_]+$/.test(t))
    ) {
      throw AppError.invalid(
        '/body/eventTypes',
        'must be "*" or a list of event types such as "points.credited"',
      );
    }
    return eventTypes as string[];
  }

  async function lists(
    connector: Connector,
    settings: Record<string, unknown>,
    field: string,
  ): Promise<ListChoice[]> {
    const { descriptor } = connector;
    if (!connector.listChoices)
      throw AppError.invalid(field, `${descriptor.displayName} offers no lists to choose from`);
    try {
      return await connector.listChoices(settings);
    } catch (error) {
      if (!(error instanceof ConnectorFailure)) throw error;
      throw refusal(descriptor, error);
    }
  }

  const jobsOf = (accountId: string, connectionId: string, state: 'dead' | 'pending', limit: number) =>
    connectionJobs(ctx.jobs, accountId, connectionId, state, limit);

  return {
    descriptors: (): ConnectorDescriptor[] => registry.descriptors(),

    /** Checks the credentials live; on failure nothing is stored and the 422 says what is wrong. */
    async connect(
      accountId: string,
      input: ConnectInput,
    ): Promise<Connection & { activation?: ActivationReport }> {
      await ctx.accounts.channels.get(accountId, input.channelId);
      const connector = registry.get(input.connectorId);
      const eventTypes = checkEventTypes(input.eventTypes) ?? [
        ...(connector.descriptor.defaultEventTypes === '*' ? [] : connector.descriptor.defaultEventTypes),
      ];
      const settings = await verify(
        connector.descriptor,
        validateSettings(connector.descriptor, input.settings),
      );
      const id = newId('conn');
      const connection = await store.insert({
        id,
        accountId,
        channelId: input.channelId,
        connectorId: input.connectorId,
        settings,
        eventTypes:
          connector.descriptor.defaultEventTypes === '*' && input.eventTypes === undefined ? '*' : eventTypes,
        inboundSecret: randomToken(24),
      });
      let activation: ActivationReport | undefined;
      if (connector.activate) {
        try {
          activation = await connector.activate((await store.target(id))!.target);
        } catch (error) {
          await store.remove(accountId, id);
          if (error instanceof ConnectorFailure) throw refusal(connector.descriptor, error);
          throw error;
        }
      }
      return activation ? { ...connection, activation } : connection;
    },

    /** The platform account's lists for credentials not saved yet (the connect form, once the key is in). */
    async listChoicesFor(connectorId: string, settings: Record<string, unknown>): Promise<ListChoice[]> {
      const connector = registry.get(connectorId, '/params/connectorId');
      return lists(connector, validateCredentials(connector.descriptor, settings), '/params/connectorId');
    },

    /** The lists of a saved connection's account (to switch lists). */
    async listChoicesOf(accountId: string, id: string): Promise<ListChoice[]> {
      const connection = await store.get(accountId, id);
      return lists(
        registry.get(connection.connectorId),
        (await store.target(id))!.target.settings,
        '/params/id',
      );
    },

    /** The account's connections; filtered by a channel it does not own: not found, not empty. */
    async list(accountId: string, channelId?: string) {
      if (channelId !== undefined) await ctx.accounts.channels.get(accountId, channelId);
      return store.list(accountId, channelId);
    },
    get: (accountId: string, id: string) => store.get(accountId, id),

    /** One signed test event, sent now (not queued); the answer is what the endpoint said. */
    async sendTestEvent(accountId: string, id: string): Promise<TestEventResult> {
      const connection = await store.get(accountId, id);
      const connector = registry.get(connection.connectorId);
      if (!connector.sendTestEvent)
        throw AppError.invalid(
          '/params/id',
          `${connector.descriptor.displayName} connections have no test event`,
        );
      return connector.sendTestEvent((await store.target(id))!.target);
    },

    /** New settings are verified live like a connect; a fixed connection becomes active again. */
    async update(
      accountId: string,
      id: string,
      patch: { settings?: Record<string, unknown>; eventTypes?: unknown },
    ): Promise<Connection> {
      const current = await store.get(accountId, id);
      const descriptor = registry.get(current.connectorId).descriptor;
      const eventTypes = checkEventTypes(patch.eventTypes);
      if (!patch.settings) return store.update(accountId, id, { ...(eventTypes ? { eventTypes } : {}) });
      const previous = await store.openSettingsOf(accountId, id);
      const settings = await verify(descriptor, validateSettings(descriptor, patch.settings, previous));
      const updated = await store.update(accountId, id, {
        settings,
        status: 'active',
        ...(eventTypes ? { eventTypes } : {}),
      });
      // The key works again: deliveries that failed on it, or waited for it, go out now.
      if (current.status === 'auth_invalid') {
        for (const job of await jobsOf(accountId, id, 'dead', 100_000)) {
          if (job.kind === DELIVER_JOB && job.lastError?.includes(AUTH_WAIT_PREFIX))
            await ctx.jobs.replayJob(job.id, accountId);
        }
      }
      return updated;
    },

    disconnect: (accountId: string, id: string) => store.remove(accountId, id),

    async health(accountId: string, id: string) {
      const connection = await store.get(accountId, id);
      const [pending, dead] = await Promise.all([
        jobsOf(accountId, id, 'pending', 1000),
        jobsOf(accountId, id, 'dead', 1000),
      ]);
      return {
        status: connection.status,
        lastSyncAt: connection.lastSyncAt,
        lastError: connection.lastError,
        lastErrorAt: connection.lastErrorAt,
        counts: { ...connection.counts, pending: pending.length, dead: dead.length },
      };
    },

    async deadLetters(accountId: string, id: string, limit = 100): Promise<JobRecord[]> {
      await store.get(accountId, id);
      return jobsOf(accountId, id, 'dead', limit);
    },

    async replay(accountId: string, id: string, jobId: string): Promise<void> {
      await store.get(accountId, id);
      const job = await ctx.jobs.getJob(jobId, accountId);
      if (!job || payloadText(job, 'connectionId') !== id) throw AppError.notFound('the dead letter');
      if (!(await ctx.jobs.replayJob(jobId, accountId)))
        throw new AppError('conflict', 'only a dead job can be replayed');
    },

    /**
     * Sends again every dead letter of one kind of this connection only (another connection's
     * dead letters of the same kind stay dead); answers how many went back to the queue.
     */
    async replayKind(accountId: string, id: string, kind: string): Promise<number> {
      await store.get(accountId, id);
      if (!(CONNECTION_JOB_KINDS as readonly string[]).includes(kind))
        throw AppError.invalid('/body/kind', `must be one of ${CONNECTION_JOB_KINDS.join(', ')}`);
      let replayed = 0;
      for (const job of await connectionJobs(ctx.jobs, accountId, id, 'dead', 100_000, [kind]))
        if (await ctx.jobs.replayJob(job.id, accountId)) replayed += 1;
      return replayed;
    },

    /**
     * Starts an export with the given choices (all optional), or resumes the connection's
     * unfinished one (`resumed: true`); choices a platform cannot honour are 400s.
     */
    async startExport(
      accountId: string,
      id: string,
      input?: ExportChoicesInput,
    ): Promise<ExportRun & { resumed: boolean }> {
      const connection = await store.get(accountId, id);
      const descriptor = registry.get(connection.connectorId).descriptor;
      if (!descriptor.capabilities.bulkExport)
        throw new AppError('unprocessable', `${descriptor.displayName} has no bulk export`);
      const choices = checkExportChoices(descriptor, input);
      const { run, resumed } = await startExportRun(
        { db, jobs: ctx.jobs, clock: ctx.clock },
        connection,
        choices,
      );
      return { ...run, resumed };
    },

    /** The connection's latest export runs (at most 20), newest first. */
    async listExports(accountId: string, id: string): Promise<ExportRun[]> {
      await store.get(accountId, id);
      return exportRuns(db, id, 20);
    },

    async getExport(accountId: string, id: string, exportId: string): Promise<ExportRun> {
      await store.get(accountId, id);
      const run = await exportRun(db, exportId);
      if (!run || run.connectionId !== id) throw AppError.notFound('the export');
      return run;
    },

    /** What to paste into the platform, and (checked live) what the merchant must still create there. */
    async setup(accountId: string, id: string) {
      const connection = await store.get(accountId, id);
      const found = (await store.target(id))!;
      const instructions = setupInstructions(
        ctx.config.http.publicUrl,
        connection,
        found.target.inboundSecret,
        found.target.settings,
        { reviewType: await deps.invitations.reviewTypeOf(accountId, connection.channelId) },
      );
      const connector = registry.get(connection.connectorId);
      if (!connector.activationStatus) return instructions;
      try {
        return { ...instructions, activation: await connector.activationStatus(found.target) };
      } catch (error) {
        if (!(error instanceof ConnectorFailure)) throw error;
        // The paste-back values do not depend on the platform answering now.
        // The admin words a refused key or a platform not answering (activationErrorCode).
        const code = failureCode(error);
        return {
          ...instructions,
          activation: null,
          activationError: error.message,
          ...(code ? { activationErrorCode: code } : {}),
        };
      }
    },

    /**
     * A platform calling back (flow webhook, subscription webhook or callback). The secret is
     * checked first; a missing, wrong or unknown one is a 401 that reveals nothing.
     */
    async receiveInbound(connectionId: string, secret: string | undefined, request: InboundRequest) {
      const found = secret ? await store.target(connectionId) : undefined;
      if (!found || !secret || !safeEqual(secret, found.target.inboundSecret)) {
        throw new AppError('invalid_signature', 'the connection secret is missing or wrong');
      }
      const { target } = found;
      const message = registry.get(found.connection.connectorId).parseInbound(target, request);
      if (message.kind === 'ignored') return { accepted: false, reason: message.reason };
      if (message.kind === 'consent') {
        const result = await deps.contacts.changeConsent(ctx.database.db, {
          accountId: target.accountId,
          channelId: target.channelId,
          email: message.email,
          status: message.subscribed ? 'subscribed' : 'unsubscribed',
          source: 'esp',
          changedAt: message.occurredAt,
        });
        return { accepted: result.applied, ...(result.reason ? { reason: String(result.reason) } : {}) };
      }
      const created = await deps.invitations.requestInvitation({
        accountId: target.accountId,
        channelId: target.channelId,
        email: message.email,
        name: message.name,
        orderId: message.orderId,
        orderNumber: message.orderNumber,
        locale: message.locale,
        type: message.reviewType,
        products: message.products,
        method: message.method,
      });
      if (!created) return { accepted: false, reason: 'no invitation was created for this request' };
      // Written at once so the flow's email can use it; the invitation.created event writes it again.
      await registry
        .get(found.connection.connectorId)
        .pushProfile(target, {
          email: message.email,
          properties: {
            questionnaire_link: created.link,
            questionnaire_link_expires_at: created.linkExpiresAt,
          },
        })
        .catch((error: unknown) =>
          ctx.logger.warn({ err: error, connectionId }, 'could not write the questionnaire link now'),
        );
      return { accepted: true, link: created.link };
    },
  };
}

export type ConnectorsAdmin = ReturnType<typeof createConnectorsService>;
