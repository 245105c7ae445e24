import { Readable, Transform } from 'node:stream';
import { Type } from 'typebox';
import { type ModuleContext, principalOf } from '../../accounts/index.js';
import { AppError } from '../../platform/errors.js';
import { errorResponses, IdParam, StringEnum } from '../../platform/http/schemas.js';
import type { HttpServer } from '../../platform/http/server.js';
import { IMPORT_COLUMNS, importReviews, MAX_IMPORT_ROWS, REJECTED_ROW_CODES } from './review-import.js';
import type { ReviewsCommands } from './reviews.service.js';

/** A review CSV of 10,000 rows with long texts stays well under this. */
export const REVIEW_IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
const security: Array<Record<string, string[]>> = [{ apiKey: [] }, { session: [] }];

const ImportReportSchema = Type.Object({
  rows: Type.Integer(),
  imported: Type.Integer(),
  duplicates: Type.Integer({ description: 'Rows an earlier upload already imported: left as they are' }),
  rejected: Type.Array(
    Type.Object({
      line: Type.Integer({ description: 'Line of the file; the header is line 1' }),
      column: Type.Union([Type.String(), Type.Null()]),
      message: Type.String({ description: 'The problem in English' }),
      code: Type.Optional(
        StringEnum(REJECTED_ROW_CODES, {
          description: 'The problem as a code to word in any language; absent for a problem without one',
        }),
      ),
    }),
  ),
});

/** Counts bytes on the way through and fails the upload once there are too many. */
function limited(body: Readable, limit: number): Readable {
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) callback(tooLarge(limit));
      else callback(null, chunk);
    },
  });
  body.on('error', (error) => counter.destroy(error));
  return body.pipe(counter);
}

const tooLarge = (limit: number) =>
  new AppError('payload_too_large', `the file is larger than ${limit / 1048576} MB; split it`);

/** POST /api/v1/channels/:id/reviews/import: reviews collected elsewhere, from a CSV streamed in. */
export function reviewImportRoutes(deps: { ctx: ModuleContext; commands: ReviewsCommands }) {
  const { ctx, commands } = deps;
  const { auth, channels } = ctx.accounts;
  return async function register(app: HttpServer) {
    // Scoped to this plugin: the raw stream is handed over unparsed, never buffered whole.
    app.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));
    app.post(
      '/api/v1/channels/:id/reviews/import',
      {
        onRequest: auth.require('reviews:write'),
        schema: {
          tags: ['reviews'],
          security,
          summary: 'Import reviews from a CSV (body: the file, Content-Type: text/csv)',
          description: `Header row with the columns ${IMPORT_COLUMNS.join(', ')} (rating and date required). Up to ${MAX_IMPORT_ROWS} rows and ${REVIEW_IMPORT_LIMIT_BYTES / 1048576} MB. Reviews keep their date, are marked source "import" and are never verified; the channel's moderation rules apply. Uploading the same file again imports nothing twice.`,
          params: IdParam(),
          response: { 200: ImportReportSchema, ...errorResponses, 413: Type.Ref('ErrorResponse') },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const channel = await channels.get(principal.accountId, request.params.id);
        if (!(request.body instanceof Readable)) {
          throw new AppError(
            'unsupported_media_type',
            'send the CSV file itself as the body, with Content-Type: text/csv',
          );
        }
        if (Number(request.headers['content-length'] ?? 0) > REVIEW_IMPORT_LIMIT_BYTES)
          throw tooLarge(REVIEW_IMPORT_LIMIT_BYTES);
        const actor =
          principal.kind === 'user'
            ? { kind: 'user' as const, id: principal.userId }
            : { kind: 'api_key' as const, id: principal.apiKeyId };
        return importReviews(
          limited(request.body, REVIEW_IMPORT_LIMIT_BYTES),
          { accountId: principal.accountId, channelId: channel.id, now: ctx.clock.now() },
          async (batch) =>
            ctx.database.db.transaction().execute(async (trx) => {
              const stored = await commands.submit(trx, batch, { actor, skipDuplicates: true });
              return stored.length;
            }),
        );
      },
    );
  };
}
