import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS, type ErrorBody, type ErrorCode, type ErrorDetail } from '../errors.js';

interface AjvIssue {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}

function validationDetails(part: string, issues: AjvIssue[]): ErrorDetail[] {
  return issues.map((issue) => {
    let field = `/${part}${issue.instancePath}`;
    let message = issue.message ?? 'is invalid';
    if (issue.keyword === 'additionalProperties') {
      field += `/${String(issue.params['additionalProperty'])}`;
      message = 'is not a known field';
    } else if (issue.keyword === 'required') {
      field += `/${String(issue.params['missingProperty'])}`;
      message = 'is required';
    }
    return { field, message };
  });
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'send the body as application/json',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'the request body is too large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'the body is empty but the content type is JSON',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'the body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad_request',
    message: 'the Content-Length does not match the body',
  },
  FST_ERR_BAD_URL: {
    code: 'bad_request',
    message: 'the URL has a malformed percent-encoding (e.g. %zz or a cut-off UTF-8 sequence)',
  },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri_too_long', message: 'a path segment of the URL is too long' },
  FST_ERR_ASYNC_CONSTRAINT: { code: 'internal', message: 'something went wrong on our side' },
};

/**
 * Errors Fastify's router answers itself, before any route or hook (a URL it cannot decode, a
 * path parameter over `maxParamLength`): the same shape as every other error.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const known = (error.code && FASTIFY_CODES[error.code]) || {
    code: 'bad_request' as const,
    message: error.message,
  };
  return send(reply, ERROR_STATUS[known.code], { error: { code: known.code, message: known.message } });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers too large, a request
 * that is not HTTP, a timeout): answered on the socket in the same JSON shape, then closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers_too_large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : 'bad_request';
  const message =
    code === 'headers_too_large'
      ? 'the request headers are too large'
      : code === 'request_timeout'
        ? 'the request took too long to arrive'
        : 'the request is not well-formed HTTP';
  const body = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  const status = ERROR_STATUS[code];
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${code.replace(/_/g, ' ')}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

function send(reply: FastifyReply, status: number, body: ErrorBody, headers?: Record<string, string>) {
  if (headers) reply.headers(headers);
  // Error bodies skip the routes' own header hooks on some paths (no route, early failures).
  reply.header('x-content-type-options', 'nosniff');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** The one place where errors become HTTP responses: `{ error: { code, message, details? } }`. */
export function installErrorHandling(app: FastifyInstance, logger: FastifyBaseLogger): void {
  // The request's line, so an error can be found next to its access-log entry.
  const failed = (request: FastifyRequest, error: unknown, message: string) =>
    logger.error({ err: error, reqId: request.id, method: request.method, url: request.url }, message);
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // Widgets on other origins must be able to read why a public request failed.
    if (request.routeOptions.config?.openCors) reply.header('access-control-allow-origin', '*');
    if (error instanceof AppError) {
      if (error.status >= 500) failed(request, error, error.message);
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      if (error.details) body.error.details = error.details;
      return send(reply, error.status, body, error.headers);
    }
    if (error.validation) {
      const part = error.validationContext ?? 'body';
      const details = validationDetails(part, error.validation as unknown as AjvIssue[]);
      const first = details[0];
      const message = first ? `${first.field} ${first.message}` : 'the request is invalid';
      return send(reply, 400, { error: { code: 'validation_failed', message, details } });
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known)
      return send(reply, error.statusCode ?? 400, { error: { code: known.code, message: known.message } });
    if (error instanceof SyntaxError) {
      return send(reply, 400, { error: { code: 'invalid_json', message: 'the body is not valid JSON' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, { error: { code: 'bad_request', message: error.message } });
    }
    failed(request, error, 'unhandled error');
    return send(reply, 500, { error: { code: 'internal', message: 'something went wrong on our side' } });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, {
      error: { code: 'not_found', message: `no route for ${request.method} ${request.url.split('?')[0]}` },
    }),
  );
}
