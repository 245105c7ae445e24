import { setTimeout } from 'node:timers/promises';
import type { Clock } from '../../platform/clock.js';
import type {
  ConnectionTarget,
  Connector,
  ConnectorSettings,
  ExportExtras,
  ExportProgress,
  InboundMessage,
  InboundRequest,
  ProfileUpdate,
  VerifyResult,
} from '../connector.js';
import { ConnectorFailure } from '../connector-failure.js';
import { PROFILE_EVENT_TYPES } from '../domain-events.js';
import {
  KLAVIYO_BASE_URL,
  KLAVIYO_KEY_ACCESS,
  type KlaviyoClient,
  klaviyoClient,
  klaviyoDetail,
  missingAccessMessage,
  missingAccessScopes,
  SerialisedJson,
} from './klaviyo.client.js';
import { parseFlowRequest } from './klaviyo.flow.js';
import { eventBody, importJobBodies, profileImportBody, subscriptionBody } from './klaviyo.mapping.js';

/** Klaviyo's documented ceiling for one bulk profile import job. */
export const KLAVIYO_IMPORT_BATCH = 10_000;
/** Its payload ceiling, "5 MB", read as the stricter 5,000,000 bytes. */
const KLAVIYO_IMPORT_MAX_BYTES = 5_000_000;
/**
 * Import jobs an export keeps in Klaviyo's hands at once: Klaviyo processes each on its own time
 * (no limit on jobs in progress is documented), so while one is processed the next pages are read
 * and sent. Three keep the pipe full on a first export while each job's memory stays small.
 */
const KLAVIYO_IMPORTS_IN_FLIGHT = 3;
/**
 * The first poll of an import job. Polls share 150/m with other jobs in flight: a poll before a
 * job can have finished only spends that budget (10,000 profiles are not applied in a moment).
 */
const FIRST_POLL_MS = 500;
/** A 429's wait that is still worth sitting out inside one export attempt (steady windows are a minute). */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
const DEFAULT_QUESTIONNAIRE_PROPERTY = 'trustloop_questionnaire_link';
/** The writes deliveries make (profiles, events, consent), probed at connect time. */
const WRITE_PROBES: ReadonlyArray<readonly [string, string]> = [
  ['/api/profile-import/', 'profile'],
  ['/api/events/', 'event'],
  ['/api/profile-subscription-bulk-create-jobs/', 'profile-subscription-bulk-create-job'],
];

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Klaviyo (M1): profiles with loyalty and review properties, tracked events, list consent, bulk import, flow webhook. */
/** A 403 on a call the check made: the access it needs, named in Klaviyo's scope names. */
function missingAccess(
  method: string,
  path: string,
  message = missingAccessMessage(method, path),
): VerifyResult {
  return {
    ok: false,
    field: 'privateKey',
    code: 'klaviyo.missingAccess',
    params: { scopes: missingAccessScopes(method, path) },
    message,
  };
}

export function createKlaviyoConnector(deps: { clock: Clock }): Connector {
  /** Waits, or rejects at once when the export is stopped (so no poll outlives its attempt). */
  const sleep = (ms: number, signal: AbortSignal | undefined) =>
    setTimeout(ms, undefined, signal ? { signal } : {});

  /** Runs a call again after Klaviyo's `Retry-After` when it answers 429 (a few times, then fails). */
  async function patiently<T>(call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const wait =
          error instanceof ConnectorFailure && error.kind === 'rate_limited' ? error.retryAfterMs : undefined;
        if (wait === undefined || wait > MAX_RATE_LIMIT_WAIT_MS || attempt >= 5) throw error;
        await sleep(wait, signal);
      }
    }
  }
  const clientOf = (settings: ConnectorSettings) =>
    klaviyoClient({
      baseUrl: text(settings['baseUrl']) || KLAVIYO_BASE_URL,
      privateKey: text(settings['privateKey']),
      clock: deps.clock,
    });
  const questionnaireProperty = (settings: ConnectorSettings) =>
    text(settings['questionnaireLinkProperty']) || DEFAULT_QUESTIONNAIRE_PROPERTY;

  /** Creates one import job and polls it until Klaviyo has processed it. */
  async function importJob(
    client: KlaviyoClient,
    body: { json: string; profiles: number },
    signal: AbortSignal | undefined,
  ): Promise<ExportProgress> {
    const created = await patiently(
      () => client.send('POST', '/api/profile-bulk-import-jobs/', new SerialisedJson(body.json)),
      signal,
    );
    const jobId = (created.body as { data?: { id?: string } }).data?.id;
    if (!jobId) throw new ConnectorFailure('retryable', 'Klaviyo accepted the import but returned no job id');
    for (let attempt = 0, delay = FIRST_POLL_MS; ; attempt++, delay = Math.min(delay * 2, 5_000)) {
      await sleep(delay, signal);
      const polled = await patiently(
        () => client.send('GET', `/api/profile-bulk-import-jobs/${jobId}/`),
        signal,
      );
      const attributes =
        (polled.body as { data?: { attributes?: Record<string, unknown> } }).data?.attributes ?? {};
      const status = attributes['status'];
      if (status === 'complete' || status === 'cancelled') {
        const completed = Number(attributes['completed_count'] ?? 0);
        return {
          submitted: body.profiles,
          completed,
          failed:
            status === 'cancelled' ? body.profiles - completed : Number(attributes['failed_count'] ?? 0),
        };
      }
      if (attempt > 200)
        throw new ConnectorFailure('retryable', `Klaviyo import job ${jobId} did not finish in time`);
    }
  }

  return {
    descriptor: {
      id: 'klaviyo',
      displayName: 'Klaviyo',
      settings: [
        {
          key: 'publicKey',
          label: 'Public API key (site ID)',
          type: 'string',
          required: true,
          secret: false,
          description: 'Settings → Account → API keys: the 6-character public key.',
        },
        {
          key: 'privateKey',
          label: 'Private API key',
          type: 'secret',
          required: true,
          secret: true,
          description: `Create a private key with ${KLAVIYO_KEY_ACCESS}.`,
        },
        {
          key: 'listId',
          label: 'Newsletter list ID',
          type: 'string',
          required: false,
          secret: false,
          description: 'Newsletter consent is mirrored to this list.',
        },
        {
          key: 'questionnaireLinkProperty',
          label: 'Profile property for the questionnaire link',
          type: 'string',
          required: false,
          secret: false,
          default: DEFAULT_QUESTIONNAIRE_PROPERTY,
        },
        {
          key: 'baseUrl',
          label: 'API base URL',
          type: 'url',
          required: false,
          secret: false,
          default: KLAVIYO_BASE_URL,
        },
      ],
      capabilities: {
        profiles: true,
        trackedEvents: true,
        rawEvents: false,
        consent: true,
        bulkExport: { batchSize: KLAVIYO_IMPORT_BATCH, inFlight: KLAVIYO_IMPORTS_IN_FLIGHT },
        inbound: true,
      },
      defaultEventTypes: PROFILE_EVENT_TYPES,
      // Events allow 350/s, profile import 75/s: stay well inside the account-wide quota.
      rateLimit: { perSecond: 50, burst: 75 },
    },

    async verifyCredentials(settings): Promise<VerifyResult> {
      const client = clientOf(settings);
      const accounts = await client.call('GET', '/api/accounts/');
      if (accounts.status === 401 || accounts.status === 400) {
        return {
          ok: false,
          field: 'privateKey',
          code: 'klaviyo.keyRefused',
          message:
            'the private key was refused by Klaviyo; check that it was copied whole and has not been revoked',
        };
      }
      if (accounts.status === 403)
        return missingAccess('GET', '/api/accounts/', 'the private key lacks Accounts read access');
      if (accounts.status !== 200) {
        return {
          ok: false,
          field: 'privateKey',
          code: 'klaviyo.unavailable',
          params: { status: accounts.status },
          message: `Klaviyo could not check the key right now (${accounts.status}: ${klaviyoDetail(accounts.body)}); try again`,
        };
      }
      const account = (accounts.body as { data?: Array<{ attributes?: { public_api_key?: string } }> })
        .data?.[0];
      if (account?.attributes?.public_api_key !== text(settings['publicKey'])) {
        return {
          ok: false,
          field: 'publicKey',
          code: 'klaviyo.publicKeyMismatch',
          message: 'the public key does not belong to the Klaviyo account of the private key',
        };
      }
      const listId = text(settings['listId']);
      if (listId) {
        const list = await client.call('GET', `/api/lists/${encodeURIComponent(listId)}/`);
        if (list.status === 404)
          return {
            ok: false,
            field: 'listId',
            code: 'klaviyo.listGone',
            message: 'the list no longer exists in Klaviyo',
          };
        if (list.status === 403)
          return missingAccess('GET', '/api/lists/', 'the private key lacks Lists read access');
        if (list.status !== 200)
          return {
            ok: false,
            field: 'listId',
            code: 'klaviyo.listUnavailable',
            params: { status: list.status },
            message: `Klaviyo could not check the list (${list.status})`,
          };
      }
      // Write access, without writing: each probe's body is deliberately invalid, so Klaviyo
      // stores nothing whatever it answers. Klaviyo checks the key's scope before the body (its
      // 403 came for writes whatever their body), so a 403 here proves the access is missing;
      // any other answer proves nothing more, and the first refused write still catches it.
      for (const [path, type] of WRITE_PROBES) {
        const probe = await client.call('POST', path, { data: { type, attributes: {} } });
        if (probe.status === 403) return missingAccess('POST', path);
      }
      return { ok: true };
    },

    async pushProfile(target, profile) {
      await clientOf(target.settings).send(
        'POST',
        '/api/profile-import/',
        profileImportBody(profile, questionnaireProperty(target.settings)),
      );
    },

    async pushEvent(target, event) {
      if (!event.name || !event.email) return;
      await clientOf(target.settings).send('POST', '/api/events/', eventBody(event));
    },

    async pushConsent(target, consent) {
      const listId = text(target.settings['listId']) || undefined;
      const path = consent.subscribed
        ? '/api/profile-subscription-bulk-create-jobs/'
        : '/api/profile-subscription-bulk-delete-jobs/';
      await clientOf(target.settings).send('POST', path, subscriptionBody(consent, listId));
    },

    /**
     * One import job per batch (two or more when its body would pass Klaviyo's 5 MB), each
     * created, then polled with backoff until Klaviyo has processed it. The export keeps a few
     * batches in flight (`inFlight`) and they share each endpoint's 150/m steady limit: a 429
     * waits its `Retry-After` and asks again (both calls are safe to repeat: a refused create
     * made no job). An aborted export stops polling.
     */
    async bulkExport(
      target: ConnectionTarget,
      batch: readonly ProfileUpdate[],
      extras?: ExportExtras,
    ): Promise<ExportProgress> {
      const client = clientOf(target.settings);
      const bodies = importJobBodies(batch, questionnaireProperty(target.settings), KLAVIYO_IMPORT_MAX_BYTES);
      const progress: ExportProgress = { submitted: 0, completed: 0, failed: 0 };
      for (const body of bodies) {
        const job = await importJob(client, body, extras?.signal);
        progress.submitted += job.submitted;
        progress.completed += job.completed;
        progress.failed += job.failed;
      }
      return progress;
    },

    parseInbound(_target, request: InboundRequest): InboundMessage {
      return parseFlowRequest(request);
    },
  };
}
