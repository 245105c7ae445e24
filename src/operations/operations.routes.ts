import { Type } from 'typebox';
import { type Auth, principalOf } from '../accounts/index.js';
import { AppError } from '../platform/errors.js';
import { errorResponses, IdParam, StrictObject, StringEnum } from '../platform/http/schemas.js';
import type { HttpServer } from '../platform/http/server.js';
import { JOB_STATES, type Jobs } from '../platform/jobs/index.js';

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends import('typebox').TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const JobSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    payload: Type.Unknown(),
    eventId: Nullable(Type.String()),
    subscriber: Nullable(Type.String()),
    dedupeKey: Nullable(Type.String()),
    state: StringEnum(JOB_STATES),
    runAt: Timestamp,
    attempts: Type.Integer(),
    maxAttempts: Type.Integer(),
    lastError: Nullable(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    finishedAt: Nullable(Timestamp),
  },
  { $id: 'Job' },
);

const EventSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    channelId: Nullable(Type.String()),
    occurredAt: Timestamp,
    payload: Type.Unknown(),
  },
  { $id: 'DomainEvent' },
);

const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 64 })),
};

/** Background work of the caller's account: jobs, dead letters and their replay, and the event log. */
export function operationsRoutes({ auth, jobs }: { auth: Auth; jobs: Jobs }) {
  return async function register(app: HttpServer) {
    app.get(
      '/api/v1/jobs',
      {
        onRequest: auth.require('jobs:read'),
        schema: {
          tags: ['operations'],
          summary: 'Background jobs, newest first; `state=dead` lists dead letters',
          security,
          querystring: StrictObject({
            ...PageQuery,
            state: Type.Optional(StringEnum(JOB_STATES)),
            kind: Type.Optional(Type.String({ maxLength: 100 })),
          }),
          response: {
            200: Type.Object({ data: Type.Array(JobSchema), nextCursor: Type.Optional(Type.String()) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { limit = 50, cursor, state, kind } = request.query;
        const page = await jobs.listJobs({
          accountId: principalOf(request).accountId,
          limit,
          ...(cursor ? { cursor } : {}),
          ...(state ? { state } : {}),
          ...(kind ? { kind } : {}),
        });
        return { data: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      },
    );

    app.get(
      '/api/v1/jobs/counts',
      {
        onRequest: auth.require('jobs:read'),
        schema: {
          tags: ['operations'],
          summary: 'How many jobs are in each state',
          security,
          response: { 200: Type.Record(Type.String(), Type.Integer()), ...errorResponses },
        },
      },
      async (request) => jobs.counts({ accountId: principalOf(request).accountId }),
    );

    app.get(
      '/api/v1/jobs/:id',
      {
        onRequest: auth.require('jobs:read'),
        schema: {
          tags: ['operations'],
          summary: 'One job: kind, state, attempts, next run and last error',
          security,
          params: IdParam(),
          response: { 200: JobSchema, ...errorResponses },
        },
      },
      async (request) => {
        const job = await jobs.getJob(request.params.id, principalOf(request).accountId);
        if (!job) throw AppError.notFound('job');
        return job;
      },
    );

    app.post(
      '/api/v1/jobs/:id/replay',
      {
        onRequest: auth.require('jobs:write'),
        schema: {
          tags: ['operations'],
          summary: 'Run a dead-lettered job again',
          security,
          params: IdParam(),
          response: { 200: JobSchema, ...errorResponses, 409: Type.Ref('ErrorResponse') },
        },
      },
      async (request) => {
        const accountId = principalOf(request).accountId;
        const job = await jobs.getJob(request.params.id, accountId);
        if (!job) throw AppError.notFound('job');
        if (!(await jobs.replayJob(job.id, accountId))) {
          throw new AppError('conflict', `only dead jobs can be replayed; this one is ${job.state}`);
        }
        return (await jobs.getJob(job.id, accountId))!;
      },
    );

    app.post(
      '/api/v1/jobs/replay-dead',
      {
        onRequest: auth.require('jobs:write'),
        schema: {
          tags: ['operations'],
          summary: 'Run every dead-lettered job (of one kind) again',
          security,
          body: Type.Optional(StrictObject({ kind: Type.Optional(Type.String({ maxLength: 100 })) })),
          response: { 200: Type.Object({ replayed: Type.Integer() }), ...errorResponses },
        },
      },
      async (request) => {
        const kind = request.body?.kind;
        return {
          replayed: await jobs.replayDead({
            accountId: principalOf(request).accountId,
            ...(kind ? { kind } : {}),
          }),
        };
      },
    );

    app.get(
      '/api/v1/events',
      {
        onRequest: auth.require('jobs:read'),
        schema: {
          tags: ['operations'],
          summary: 'The domain events of this account, newest first',
          security,
          querystring: StrictObject({ ...PageQuery, type: Type.Optional(Type.String({ maxLength: 100 })) }),
          response: {
            200: Type.Object({ data: Type.Array(EventSchema), nextCursor: Type.Optional(Type.String()) }),
            ...errorResponses,
          },
        },
      },
      async (request) => {
        const { limit = 50, cursor, type } = request.query;
        const page = await jobs.listEvents({
          accountId: principalOf(request).accountId,
          limit,
          ...(cursor ? { cursor } : {}),
          ...(type ? { type } : {}),
        });
        return { data: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
      },
    );

    app.get(
      '/api/v1/events/:id',
      {
        onRequest: auth.require('jobs:read'),
        schema: {
          tags: ['operations'],
          summary: 'One domain event with its payload',
          security,
          params: IdParam(),
          response: { 200: EventSchema, ...errorResponses },
        },
      },
      async (request) => {
        const event = await jobs.getEvent(request.params.id, principalOf(request).accountId);
        if (!event) throw AppError.notFound('event');
        return event;
      },
    );
  };
}
