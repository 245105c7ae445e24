import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type {
  Connector,
  ConnectorSettings,
  OutboundEvent,
  TestEventResult,
  VerifyResult,
} from '../connector.js';
import { ConnectorFailure, failureOfStatus } from '../connector-failure.js';
import { USER_AGENT } from '../connector-http.js';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/**
 * Standard Webhooks signature (https://www.standardwebhooks.com/): HMAC-SHA256 over
 * `<id>.<timestamp>.<body>` keyed with the base64 part of the `whsec_` secret.
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/** Outbound webhooks (M4): every subscribed domain event, signed; retries and dead letters come from the job system. */
export function createWebhooksConnector(deps: { clock: Clock }): Connector {
  /** One signed POST; the endpoint's answer, or a retryable failure when it cannot be reached. */
  async function send(settings: ConnectorSettings, id: string, payload: unknown): Promise<Response> {
    const body = JSON.stringify(payload);
    const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
    let response: Response;
    try {
      response = await fetch(text(settings['url']), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': USER_AGENT,
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(text(settings['secret']), id, timestamp, body),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new ConnectorFailure(
        'retryable',
        `the endpoint could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    await response.body?.cancel();
    return response;
  }

  async function post(settings: ConnectorSettings, id: string, payload: unknown) {
    const response = await send(settings, id, payload);
    if (response.ok) return;
    throw failureOfStatus(response.status, response.statusText, {
      platform: 'The webhook endpoint',
      retryAfter: response.headers.get('retry-after'),
      now: deps.clock.now(),
      authMessage:
        'the endpoint refused the request; check that it verifies signatures with the current secret',
    });
  }

  const envelope = (event: OutboundEvent) => ({
    type: event.type,
    timestamp: event.occurredAt,
    data: { id: event.id, accountId: event.accountId, channelId: event.channelId, payload: event.payload },
  });

  const notSupported = () => {
    throw new ConnectorFailure('permanent', 'outbound webhooks carry events only');
  };

  return {
    descriptor: {
      id: 'webhooks',
      displayName: 'Outbound webhooks',
      settings: [
        { key: 'url', label: 'Endpoint URL', type: 'url', required: true, secret: false },
        {
          key: 'secret',
          label: 'Signing secret (whsec_…)',
          type: 'secret',
          required: false,
          secret: true,
          description: 'Leave empty to have one generated; it is shown on the setup page.',
        },
      ],
      capabilities: {
        profiles: false,
        trackedEvents: false,
        rawEvents: true,
        consent: false,
        bulkExport: false,
        inbound: false,
      },
      defaultEventTypes: '*',
      rateLimit: { perSecond: 20, burst: 40 },
    },

    /** Sends a signed `webhook.test` ping; the endpoint must answer 2xx. */
    async verifyCredentials(settings): Promise<VerifyResult> {
      const secret = text(settings['secret']) || newWebhookSecret();
      if (!/^whsec_[A-Za-z0-9+/=]{16,}$/.test(secret))
        return {
          ok: false,
          field: 'secret',
          code: 'webhooks.secretFormat',
          message: 'the signing secret must look like whsec_ followed by base64',
        };
      try {
        await post({ ...settings, secret }, `msg_test_${randomBytes(8).toString('hex')}`, {
          type: 'webhook.test',
          timestamp: deps.clock.now().toISOString(),
          data: {},
        });
      } catch (error) {
        if (!(error instanceof ConnectorFailure)) throw error;
        // The endpoint's own answer (or the network's) is its words; the admin frames them.
        return {
          ok: false,
          field: 'url',
          code: 'webhooks.refused',
          params: { reason: error.message },
          message: error.message,
        };
      }
      return { ok: true, learned: { secret } };
    },

    /**
     * A `webhook.test` event signed with the connection's secret, like every delivery; not
     * queued and not retried, so the merchant sees at once what the endpoint answered.
     */
    async sendTestEvent(target): Promise<TestEventResult> {
      const messageId = `msg_test_${randomBytes(8).toString('hex')}`;
      const type = 'webhook.test';
      const payload = {
        type,
        timestamp: deps.clock.now().toISOString(),
        data: { connectionId: target.connectionId, channelId: target.channelId, test: true },
      };
      try {
        const response = await send(target.settings, messageId, payload);
        return {
          delivered: response.ok,
          status: response.status,
          error: response.ok
            ? null
            : `the endpoint answered ${response.status} ${response.statusText}`.trim(),
          messageId,
          type,
        };
      } catch (error) {
        if (!(error instanceof ConnectorFailure)) throw error;
        return { delivered: false, status: null, error: error.message, messageId, type };
      }
    },

    pushProfile: async () => notSupported(),
    pushConsent: async () => notSupported(),
    bulkExport: async () => notSupported(),
    async pushEvent(target, event) {
      await post(target.settings, event.id, envelope(event));
    },
    parseInbound: () => ({ kind: 'ignored', reason: 'outbound webhooks receive nothing' }),
  };
}
