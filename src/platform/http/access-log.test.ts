import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createHttpServer, type HttpServer } from './server.js';

type Line = Record<string, unknown> & { msg: string };

let app: HttpServer | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A server logging at `info` into `lines`, with two routes and the observed latencies. */
async function serverWithLog() {
  const lines: Line[] = [];
  const observed: Array<[string, string, number]> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Line) });
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'trustloop-log-')),
    TRUSTLOOP_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'info',
  });
  app = await createHttpServer({
    config,
    logger,
    version: 'test',
    observe: (method, route, status) => observed.push([method, route, status]),
  });
  app.get('/things/:id', async () => ({ ok: true }));
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/broken', async () => {
    throw new AppError('internal', 'the disk is on fire');
  });
  await app.ready();
  return { app, lines, observed };
}

describe('access log and latency metrics', () => {
  it('writes one line per answered request with its route pattern, status and time', async () => {
    const { app, lines, observed } = await serverWithLog();
    await app.inject({ method: 'GET', url: '/things/42' });
    await app.inject({ method: 'GET', url: '/no/such/thing' });

    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toEqual([
      expect.objectContaining({ method: 'GET', route: '/things/:id', status: 200, ms: expect.any(Number) }),
      expect.objectContaining({ method: 'GET', route: 'unmatched', status: 404 }),
    ]);
    expect(observed).toEqual([
      ['GET', '/things/:id', 200],
      ['GET', 'unmatched', 404],
    ]);
  });

  it('logs a server error with the request id of its access-log line', async () => {
    const { app, lines } = await serverWithLog();
    const response = await app.inject({ method: 'GET', url: '/broken' });

    expect(response.statusCode).toBe(500);
    const error = lines.find((line) => line.msg === 'the disk is on fire');
    const access = lines.find((line) => line.msg === 'request completed');
    expect(error).toMatchObject({ level: 50, method: 'GET', url: '/broken' });
    expect(access).toMatchObject({ status: 500, reqId: error?.['reqId'] });
  });

  it('leaves probes out of the log but not out of the metrics', async () => {
    const { app, lines, observed } = await serverWithLog();
    await app.inject({ method: 'GET', url: '/healthz' });

    expect(lines.filter((line) => line.msg === 'request completed')).toEqual([]);
    expect(observed).toEqual([['GET', '/healthz', 200]]);
  });
});
