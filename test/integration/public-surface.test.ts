import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../../src/platform/http/server.js';
import { createTestApp, type TestApp } from '../support/app.js';

/** Routes that answer without credentials but do no per-request work worth limiting. */
const OPERATIONAL = [/^\/healthz$/, /^\/readyz$/, /^\/metrics$/, /^\/docs(\/|$)/, /^\/openapi\.json$/];

describe('the public surface', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
  });
  afterAll(() => app.close());

  const publicRoutes = () =>
    listRoutes(app.trustloop.app).filter(
      (route) =>
        // HEAD mirrors GET; OPTIONS are CORS preflights the CORS plugin answers from constants.
        route.method !== 'HEAD' &&
        route.method !== 'OPTIONS' &&
        !route.url.startsWith('/api/v1/') &&
        !OPERATIONAL.some((pattern) => pattern.test(route.url)),
    );

  it('has public routes to check (the walk sees them)', () => {
    expect(publicRoutes().length).toBeGreaterThan(10);
  });

  it('rate-limits every route that answers without credentials', () => {
    const unlimited = publicRoutes()
      .filter((route) => !route.rateLimited)
      .map((route) => `${route.method} ${route.url}`);
    expect(unlimited).toEqual([]);
  });

  it('rate-limits sign-in, the one admin route open to anyone', () => {
    const login = listRoutes(app.trustloop.app).find((route) => route.url === '/api/v1/auth/login');
    expect(login?.rateLimited).toBe(true);
  });
});
