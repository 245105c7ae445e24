import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function createAjv(coerceTypes: boolean | 'array') {
  const ajv = new Ajv.default({
    allErrors: true,
    // Unknown fields are errors, not silently dropped: a typo must not look like success.
    removeAdditional: false,
    useDefaults: true,
    coerceTypes,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

// Bodies are JSON and must carry the right types; query strings, params and headers are
// text on the wire and are coerced ("?limit=10" is the number 10).
const bodyAjv = createAjv(false);
const textAjv = createAjv('array');

type Validate = ReturnType<FastifySchemaCompiler<unknown>> & { errors?: unknown };

/**
 * Each schema is compiled on its route's first request, not while the server starts: compiling
 * every route's schemas up front held the start (and `/healthz`) for about a second on an idle
 * machine and several on a busy one. Fastify reads the errors from the function it was given.
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  let compiled: ReturnType<typeof ajv.compile> | undefined;
  const validate = ((data: unknown) => {
    compiled ??= ajv.compile(schema as object);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  }) as Validate;
  return validate;
};
