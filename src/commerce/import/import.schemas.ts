import { Type } from 'typebox';
import { StrictObject, StringEnum } from '../../platform/http/schemas.js';
import { IMPORT_FORMATS, IMPORT_STATUSES, IMPORT_TYPES } from './import.types.js';

const Timestamp = Type.String({ format: 'date-time' });
const Nullable = <T extends import('typebox').TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ImportParams = StrictObject({ channelId: Type.String({ minLength: 1, maxLength: 64 }) });
export const ImportIdParams = StrictObject({
  channelId: Type.String({ minLength: 1, maxLength: 64 }),
  importId: Type.String({ minLength: 1, maxLength: 64 }),
});

export const DELIMITER_NAMES = { auto: 'auto', comma: ',', semicolon: ';', tab: '\t' } as const;

export const UploadQuery = StrictObject({
  type: StringEnum(IMPORT_TYPES, { description: 'What the file holds' }),
  format: Type.Optional(
    StringEnum(['auto', ...IMPORT_FORMATS] as const, {
      description: 'shopify (Shopify export), generic (docs/csv-import.md), or auto from the header',
    }),
  ),
  encoding: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'auto (UTF-8, else windows-1250), utf-8, windows-1250, iso-8859-2, …',
    }),
  ),
  delimiter: Type.Optional(StringEnum(['auto', 'comma', 'semicolon', 'tab'] as const)),
  decimalComma: Type.Optional(Type.Boolean({ description: 'Money is written 12,50 instead of 12.50' })),
});

export const ImportSchema = Type.Object(
  {
    id: Type.String(),
    channelId: Type.String(),
    type: StringEnum(IMPORT_TYPES),
    format: StringEnum(IMPORT_FORMATS),
    encoding: Type.String(),
    delimiter: Type.String(),
    decimalComma: Type.Boolean(),
    fileName: Type.String(),
    sha256: Type.String(),
    status: StringEnum(IMPORT_STATUSES),
    runs: Type.Integer(),
    checkpointLine: Type.Integer({ description: 'The last line whose effects are committed' }),
    bytesTotal: Type.Integer(),
    bytesRead: Type.Integer(),
    imported: Type.Integer({ description: 'Orders or customers created or changed' }),
    unchanged: Type.Integer({ description: 'Orders or customers already stored as the file says' }),
    rejected: Type.Integer({ description: 'Rows rejected; see /rejected' }),
    error: Nullable(Type.String()),
    createdAt: Timestamp,
    startedAt: Nullable(Timestamp),
    finishedAt: Nullable(Timestamp),
    errors: Type.Array(Type.Object({ code: Type.String(), count: Type.Integer() }), {
      description: 'Rejected rows by reason code, most frequent first',
    }),
  },
  { $id: 'Import' },
);

export const UploadAnswer = Type.Object({
  id: Type.String(),
  status: StringEnum(IMPORT_STATUSES),
  outcome: StringEnum(['new', 'resumed', 'rerun'] as const, {
    description: 'new file; the unfinished import of the same file resumed; or a finished one run again',
  }),
});

export const RejectedQuery = StrictObject({
  afterLine: Type.Optional(Type.Integer({ minimum: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});

export const RejectedPage = Type.Object({
  data: Type.Array(
    Type.Object({ line: Type.Integer(), code: Type.String(), reason: Type.String(), raw: Type.String() }),
  ),
  nextAfterLine: Type.Optional(Type.Integer({ description: 'Pass as afterLine for the next page' })),
});
