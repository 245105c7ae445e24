import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Cache } from '../../platform/cache.js';

/** A public response ready to send: the serialised body and its entity tag. */
export interface PublicResponse {
  /** A strong entity tag (`"…"`) derived from the body. */
  etag: string;
  /** UTF-8 bytes, so that neither Fastify nor Node encode or inspect it again per request. */
  body: Buffer;
}

// Cached as `<etag>\n<body>`: serialised JSON never holds a raw newline, and an entity tag
// always starts with a double quote, so a value written in another format reads as a miss.
const QUOTE = 34;

function decode(raw: string): PublicResponse | undefined {
  const end = raw.indexOf('\n');
  if (raw.charCodeAt(0) !== QUOTE || end < 2) return undefined;
  return { etag: raw.slice(0, end), body: Buffer.from(raw.slice(end + 1)) };
}

export function entityTag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an `If-None-Match` header names this entity tag (weak comparison, RFC 9110 §13.1.2). */
export function matchesEntityTag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch === etag || ifNoneMatch.trim() === '*') return true;
  for (const candidate of ifNoneMatch.split(',')) {
    const tag = candidate.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * The read cache of the public reviews API: bodies are serialised and tagged once, when they
 * are produced, so a hit costs a cache read and a write to the socket, nothing more.
 */
export function publicResponses(cache: Cache, ttlMs: number, memoSize = 1000) {
  // The cache (shared when it is Redis) stays the one source of truth: a decoded response is
  // reused only while the cache still returns the very value it was decoded from.
  const decoded = new Map<string, { raw: string; response: PublicResponse }>();

  function remember(key: string, raw: string, response: PublicResponse): void {
    decoded.delete(key);
    if (decoded.size >= memoSize) decoded.delete(decoded.keys().next().value as string);
    decoded.set(key, { raw, response });
  }

  function hit(key: string, raw: string | undefined): PublicResponse | undefined {
    if (raw === undefined) return undefined;
    const known = decoded.get(key);
    if (known?.raw === raw) return known.response;
    const response = decode(raw);
    if (response) remember(key, raw, response);
    return response;
  }

  async function produceAndStore(key: string, produce: () => Promise<unknown>): Promise<PublicResponse> {
    const json = JSON.stringify(await produce());
    const etag = entityTag(json);
    const stored = `${etag}\n${json}`;
    const response = { etag, body: Buffer.from(json) };
    await cache.set(key, stored, ttlMs);
    remember(key, stored, response);
    return response;
  }

  /** The response under `key`, produced and cached on a miss; no promise when memory holds it. */
  function get(key: string, produce: () => Promise<unknown>): MaybePromise<PublicResponse> {
    const held = hit(key, cache.peek(key));
    if (held) return held;
    return cache.get(key).then((value) => hit(key, value) ?? produceAndStore(key, produce));
  }

  return {
    get,
    /**
     * A route handler's whole answer: the response under `key`, or 304. A hit in the in-memory
     * cache is sent before the handler returns, with no promise for Fastify to wait on: on a
     * cached route the promise chain of an async handler cost a tenth of the time per request.
     */
    send(
      request: FastifyRequest,
      reply: FastifyReply,
      key: string,
      produce: () => Promise<unknown>,
      type?: string,
    ): MaybePromise<void> {
      const response = get(key, produce);
      if (response instanceof Promise)
        return response.then((ready) => sendPublic(request, reply, ready, type));
      sendPublic(request, reply, response, type);
    },
  };
}

/** Sends a cached public response, or 304 when the client already holds this version. */
export function sendPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  response: PublicResponse,
  type = 'application/json; charset=utf-8',
): void {
  reply.header('cache-control', 'public, max-age=60');
  reply.header('etag', response.etag);
  // The routes sending these skip the server's header hook (`ownSecurityHeaders`) and are
  // open to every origin (`openCors`).
  reply.header('x-content-type-options', 'nosniff');
  reply.header('access-control-allow-origin', '*');
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined && matchesEntityTag(ifNoneMatch, response.etag)) {
    reply.code(304).send();
    return;
  }
  reply.type(type).send(response.body);
}
