import Fastify from 'fastify';
import { Webhook } from 'standardwebhooks';
import { FailureQueue, type InjectedFailure } from '../fake-failures.js';

export interface ReceivedWebhook {
  id: string;
  type: string;
  data: { id: string; payload: unknown };
}

/**
 * A webhook consumer that verifies every delivery with the official `standardwebhooks`
 * package and keeps only the ones whose signature holds.
 */
export interface WebhookReceiver {
  url: string;
  secret: string;
  received: ReceivedWebhook[];
  /** Deliveries whose signature did not verify. */
  rejected: number;
  failNext(count: number, failure: InjectedFailure): void;
  /** The consumer rotates its secret: every delivery signed with the old one gets 401. */
  rotateSecret(): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(
  secret = `whsec_${Buffer.from('trustloop-test-signing-key-000').toString('base64')}`,
): Promise<WebhookReceiver> {
  let verifier = new Webhook(secret);
  const received: ReceivedWebhook[] = [];
  const failures = new FailureQueue();
  const state = { rejected: 0 };
  const app = Fastify({ logger: false });
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  app.post('/hooks', async (request, reply) => {
    const injected = failures.take('/hooks');
    if (injected) {
      if (injected.retryAfter !== undefined) reply.header('Retry-After', String(injected.retryAfter));
      return reply.status(injected.status).send({ error: 'injected' });
    }
    try {
      const verified = verifier.verify(
        request.body as string,
        request.headers as Record<string, string>,
      ) as Omit<ReceivedWebhook, 'id'>;
      received.push({ id: String(request.headers['webhook-id']), ...verified });
      return reply.status(204).send();
    } catch {
      state.rejected += 1;
      return reply.status(401).send({ error: 'bad signature' });
    }
  });
  const base = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1');
  return {
    url: `${base}/hooks`,
    secret,
    received,
    get rejected() {
      return state.rejected;
    },
    failNext: (count, failure) => failures.push(count, failure),
    rotateSecret: () => {
      verifier = new Webhook(`whsec_${Buffer.from('a-completely-different-key-0000').toString('base64')}`);
    },
    close: () => app.close(),
  };
}
