import type { Connection } from './connections.store.js';
import type { ConnectorSettings } from './connector.js';
import { flowWebhookSetup } from './klaviyo/klaviyo.flow.js';
import { monitoringCode } from './salesmanago/salesmanago.monitoring.js';

/**
 * What the merchant pastes into the other tool (A2): the callback URL with the connection's
 * secret, and for Klaviyo the flow webhook's JSON body in Klaviyo's template syntax (one per
 * review type; the channel's type first).
 */
export function setupInstructions(
  publicUrl: string,
  connection: Connection,
  secret: string,
  settings: ConnectorSettings,
  context: { reviewType: 'service' | 'product' | 'both' },
) {
  const inboundUrl = `${publicUrl}/public/v1/connectors/${connection.id}/inbound?key=${encodeURIComponent(secret)}`;
  switch (connection.connectorId) {
    case 'klaviyo':
      return {
        flowWebhook: flowWebhookSetup({
          inboundUrl,
          secret,
          channelReviewType: context.reviewType,
          questionnaireProperty: String(
            connection.settings['questionnaireLinkProperty'] ?? 'trustloop_questionnaire_link',
          ),
        }),
      };
    case 'ecomail':
      return { listWebhookUrl: inboundUrl };
    case 'salesmanago':
      return {
        optInCallbackUrl: `${inboundUrl}&status=optin&email=$email$`,
        optOutCallbackUrl: `${inboundUrl}&status=optout&email=$email$`,
        // Seed 001's modules (pop-ups, web push) as the connection's switches set them.
        monitoringCode: monitoringCode(settings),
      };
    case 'webhooks':
      return {
        endpoint: settings['url'],
        signingSecret: settings['secret'],
        signatureScheme: 'Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature v1)',
      };
    default:
      return {};
  }
}
