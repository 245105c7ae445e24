import type { Server } from 'node:http';
import { type Config, ConfigError, loadConfig, type Role } from '../platform/config.js';
import { openPortEarly } from '../platform/http/early-listen.js';
import { listenOrExplain, StartError } from '../platform/listen.js';
import { parseRoles, ROLES } from './roles.js';

let early: Server | undefined;

/**
 * `trustloop serve` with the api role opens its port before the rest of Trustloop is loaded:
 * loading every module, opening the database and running migrations take seconds on a busy
 * machine, and a liveness probe must get its answer meanwhile (`/healthz` 200, `/readyz` 503
 * until the app is ready). Only this file and what it imports (configuration, node:http) load
 * first. Anything unusual — another command, `--help`, a role list or setting that is wrong —
 * is left to the command itself, which explains it.
 */
export async function openServePortEarly(args: readonly string[]): Promise<void> {
  if (args[0] !== 'serve') return;
  const roles = rolesOf(args.slice(1));
  if (!roles?.includes('api')) return;
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return;
    throw error;
  }
  const { host, port } = config.http;
  try {
    early = await listenOrExplain(() => openPortEarly({ host, port }), 'PORT', port);
  } catch (error) {
    if (!(error instanceof StartError)) throw error;
    console.error(`trustloop could not start: ${error.message}`);
    process.exit(1);
  }
}

/** The port opened early, handed over once (to the app `serve` builds). */
export function takeEarlyServer(): Server | undefined {
  const server = early;
  early = undefined;
  return server;
}

/** The roles `serve` was asked for (all by default); undefined for help or a list commander will refuse. */
function rolesOf(args: readonly string[]): Role[] | undefined {
  let value: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg === '--help' || arg === '-h') return undefined;
    if (arg === '--role') value = args[i + 1];
    else if (arg.startsWith('--role=')) value = arg.slice('--role='.length);
  }
  if (value === undefined) return [...ROLES];
  try {
    return parseRoles(value);
  } catch {
    return undefined;
  }
}
