import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { errorResponses, IdParam, NoContent, StrictObject, StringEnum } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import type { JobRecord } from '../platform/jobs/index.js';
import { CONNECTION_JOB_KINDS } from './connection-jobs.js';
import { DeadLetterSchema } from './connectors.schemas.js';
import type { ConnectorsAdmin } from './connectors.service.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const tags = ['connectors'];
const Id = Type.String({ minLength: 1, maxLength: 64 });

/** A dead-lettered job as the admin API shows it. */
export const deadLetterView = (job: JobRecord) => ({
  id: job.id,
  kind: job.kind,
  payload: job.payload,
  attempts: job.attempts,
  lastError: job.lastError,
  updatedAt: job.updatedAt,
});

/** A connection's dead letters: list them, send one again, or all of one kind (this connection's only). */
export function deadLettersRoutes(deps: { auth: Auth; admin: ConnectorsAdmin }) {
  const { auth, admin } = deps;
  const read = auth.require('connectors:read');
  const write = auth.require('connectors:write');

  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/connections/:id/dead-letters',
      {
        onRequest: read,
        schema: {
          tags,
          summary: 'Deliveries to this platform that failed for good, with the last error',
          security,
          params: IdParam(),
          response: { 200: Type.Object({ deadLetters: Type.Array(DeadLetterSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        deadLetters: (await admin.deadLetters(principalOf(request).accountId, request.params.id)).map(
          deadLetterView,
        ),
      }),
    );

    app.post(
      '/api/v1/connections/:id/dead-letters/replay',
      {
        onRequest: write,
        schema: {
          tags,
          summary: 'Deliver again every dead letter of one kind of this connection',
          description:
            'Only this connection’s dead letters of the kind go back to the queue, due now; another ' +
            'connection’s (even on the same channel and platform) stay dead. Answers how many were sent again.',
          security,
          params: IdParam(),
          body: StrictObject({ kind: StringEnum(CONNECTION_JOB_KINDS) }),
          response: { 200: Type.Object({ replayed: Type.Integer() }), ...errorResponses },
        },
      },
      async (request) => ({
        replayed: await admin.replayKind(
          principalOf(request).accountId,
          request.params.id,
          request.body.kind,
        ),
      }),
    );

    app.post(
      '/api/v1/connections/:id/dead-letters/:jobId/replay',
      {
        onRequest: write,
        schema: {
          tags,
          summary: 'Deliver a dead-lettered event again',
          security,
          params: StrictObject({ id: Id, jobId: Id }),
          response: { 204: NoContent, ...errorResponses, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request, reply) => {
        await admin.replay(principalOf(request).accountId, request.params.id, request.params.jobId);
        return reply.status(204).send(null);
      },
    );
  };
}
