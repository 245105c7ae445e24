import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { adminAppRoutes } from '../../src/platform/http/admin-app.js';
import { createHttpServer, type HttpServer } from '../../src/platform/http/server.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

describe.each(dialects)('the admin app is served by the API process on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app.close());

  it('/ redirects to /admin/', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/admin/');
  });

  it('/admin and any deep link under it answer the built page, which is never cached stale', async () => {
    for (const url of ['/admin', '/admin/', '/admin/channels/ch_123', '/admin/integrations?channel=x']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toMatch(
        /<script type="module" crossorigin src="\/admin\/assets\/index-[\w-]+\.js">/,
      );
      // Documents get the full security headers, CSP included.
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('hashed assets are cached for a year as immutable; an unknown asset is a 404, not the page', async () => {
    const page = await app.inject({ method: 'GET', url: '/admin/' });
    const script = /src="(\/admin\/assets\/index-[\w-]+\.js)"/.exec(page.body)![1]!;
    const asset = await app.inject({ method: 'GET', url: script });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await app.inject({ method: 'GET', url: '/admin/assets/index-nope.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('the API is not shadowed by the app', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
  });
});

describe('without a build', () => {
  let server: HttpServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'trustloop-admin-'));
    server = await createHttpServer({
      config: loadConfig({ DATA_DIR: root, LOG_LEVEL: 'silent' }),
      logger: (await import('pino')).pino({ level: 'silent' }),
      version: 'test',
    });
    await server.register(adminAppRoutes({ root: join(root, 'missing'), rateLimitPerMinute: 600 }));
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers 503 saying how to build it, instead of failing to start', async () => {
    const response = await server.inject({ method: 'GET', url: '/admin/channels' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build');
  });
});

describe('with a build in another folder', () => {
  it('serves that folder (the package root is found from the module, not the working directory)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'trustloop-admin-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'assets', 'a-1.js'), 'export {}');
    const server = await createHttpServer({
      config: loadConfig({ DATA_DIR: root, LOG_LEVEL: 'silent' }),
      logger: (await import('pino')).pino({ level: 'silent' }),
      version: 'test',
    });
    await server.register(adminAppRoutes({ root, rateLimitPerMinute: 600 }));
    try {
      expect((await server.inject({ method: 'GET', url: '/admin/x' })).body).toContain('<title>x</title>');
      expect((await server.inject({ method: 'GET', url: '/admin/assets/a-1.js' })).body).toBe('export {}');
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
