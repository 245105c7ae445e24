import { AppError } from '../errors.js';

/**
 * `details[].field` over HTTP is a JSON Pointer (RFC 6901) rooted at the part of the request it
 * names: `/body/lineItems/0/quantity`, `/querystring/cursor`, `/headers/idempotency-key`. Domain
 * code that more than the HTTP API calls (an order is also recorded from webhooks and imports)
 * names its input's fields relative to that input, without the leading slash
 * (`lineItems/0/quantity`, `consent/status`); a route that passed the body as that input roots
 * those names here, so the answer points into what the client sent.
 */
export async function inBody<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.details?.some((d) => d.field && !d.field.startsWith('/'))) {
      const details = error.details.map((d) =>
        d.field && !d.field.startsWith('/') ? { ...d, field: `/body/${d.field}` } : d,
      );
      const first = details[0]!;
      throw new AppError(error.code, first.field ? `${first.field}: ${first.message}` : error.message, {
        details,
        ...(error.headers ? { headers: error.headers } : {}),
        cause: error,
      });
    }
    throw error;
  }
}
