import { Readable, Transform } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { Accounts } from '../../accounts/index.js';
import { type Auth, principalOf } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import type { Executor, Jobs } from '../../platform/jobs/index.js';
import {
  DELIMITER_NAMES,
  ImportIdParams,
  ImportParams,
  ImportSchema,
  RejectedPage,
  RejectedQuery,
  UploadAnswer,
  UploadQuery,
} from './import.schemas.js';
import type { ImportService } from './import.service.js';

export const IMPORT_JOB = 'commerce.import.run';

/** Uploads may be far larger than JSON bodies; only this route accepts that much. */
export const UPLOAD_LIMIT_BYTES = 200 * 1024 * 1024;

export interface ImportRoutesDeps {
  auth: Auth;
  channels: Accounts['channels'];
  imports: ImportService;
  jobs: Jobs;
  db: Executor;
  uploadLimitBytes?: number;
}

const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/** Counts bytes on the way through and fails the upload once there are too many. */
function limited(body: Readable, limit: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) {
        callback(
          new AppError('payload_too_large', `the file is larger than ${Math.round(limit / 1048576)} MB`),
        );
      } else callback(null, chunk);
    },
  });
  body.on('error', (error) => counter.destroy(error));
  return body.pipe(counter);
}

/**
 * CSV backfill over HTTP: upload a file (streamed to disk, imported by a background job),
 * follow its progress, read its rejected rows.
 */
export function importRoutes(deps: ImportRoutesDeps) {
  const { auth, channels, imports, jobs } = deps;
  const limit = deps.uploadLimitBytes ?? UPLOAD_LIMIT_BYTES;

  /**
   * The channel must be the caller's: checked before the query and the body are looked at, so
   * another account's channel is a 404 whatever else the request holds.
   */
  const ownChannel = async (request: FastifyRequest) => {
    const { channelId } = request.params as { channelId: string };
    await channels.get(principalOf(request).accountId, channelId);
  };

  return async function register(app: HttpServer) {
    // Scoped to this plugin: the raw stream is handed over unparsed, never buffered whole.
    app.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));

    app.post(
      '/api/v1/channels/:channelId/imports',
      {
        onRequest: auth.require('commerce:write'),
        preValidation: ownChannel,
        bodyLimit: limit,
        schema: {
          tags: ['imports'],
          summary: 'Upload a CSV of orders or customers (body: the raw file, Content-Type: text/csv)',
          description: `Up to ${Math.round(limit / 1048576)} MB. The file is stored and imported by a background job; the same file uploaded again resumes or re-checks its import.`,
          security,
          params: ImportParams,
          querystring: UploadQuery,
          response: { 202: UploadAnswer, ...errorResponses, 413: { $ref: 'ErrorResponse' } },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { channelId } = request.params;
        if (!(request.body instanceof Readable)) {
          throw new AppError(
            'unsupported_media_type',
            'send the CSV file itself as the body, with Content-Type: text/csv',
          );
        }
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > limit) {
          throw new AppError(
            'payload_too_large',
            `the file is larger than ${Math.round(limit / 1048576)} MB`,
          );
        }
        const path = await imports.storeUpload(channelId, limited(request.body, limit));
        const query = request.query;
        const { record, outcome } = await imports.prepareUpload({
          accountId: principal.accountId,
          channelId,
          type: query.type,
          path,
          fileName: `upload ${new Date().toISOString()}`,
          read: {
            format: query.format ?? 'auto',
            encoding: query.encoding ?? 'auto',
            delimiter: DELIMITER_NAMES[query.delimiter ?? 'auto'],
            decimalComma: query.decimalComma ?? false,
          },
        });
        const job = await jobs.enqueue(deps.db, {
          kind: IMPORT_JOB,
          payload: { importId: record.id },
          accountId: principal.accountId,
          // One job per run of an import: uploading it again while it runs adds none…
          dedupeKey: `${IMPORT_JOB}:${record.id}:${record.runs}`,
        });
        // …but an upload of a file whose job gave up (dead letter) gets it going again.
        if (!job.created) await jobs.replayJob(job.id, principal.accountId);
        return reply.status(202).send({ id: record.id, status: record.status, outcome });
      },
    );

    app.get(
      '/api/v1/channels/:channelId/imports/:importId',
      {
        onRequest: auth.require('commerce:read'),
        preValidation: ownChannel,
        schema: {
          tags: ['imports'],
          summary: 'An import: status, progress counts and rejected rows by reason',
          security,
          params: ImportIdParams,
          response: { 200: ImportSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { channelId, importId } = request.params;
        return imports.get(principalOf(request).accountId, channelId, importId);
      },
    );

    app.get(
      '/api/v1/channels/:channelId/imports/:importId/rejected',
      {
        onRequest: auth.require('commerce:read'),
        preValidation: ownChannel,
        schema: {
          tags: ['imports'],
          summary: 'The rejected rows of an import, in line order, with the reason for each',
          security,
          params: ImportIdParams,
          querystring: RejectedQuery,
          response: { 200: RejectedPage, ...errorResponses },
        },
      },
      async (request) => {
        const { channelId, importId } = request.params;
        const { afterLine, limit = 100 } = request.query;
        const data = await imports.rejections(principalOf(request).accountId, channelId, importId, {
          ...(afterLine === undefined ? {} : { afterLine }),
          limit,
        });
        return data.length === limit ? { data, nextAfterLine: data.at(-1)!.line } : { data };
      },
    );
  };
}
