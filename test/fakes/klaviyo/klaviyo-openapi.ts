import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Klaviyo's published OpenAPI document (revision 2026-07-15), parsed once per process, and
 * request-body validators compiled lazily per operation. The spec is OpenAPI 3.0, whose
 * `nullable` is not JSON Schema: it is rewritten once into `type: [t, 'null']` / `anyOf`.
 */
// Vendored (MIT, see vendor/LICENSE and vendor/SOURCE) so a clean clone runs the suite on its own.
const SPEC_PATH = fileURLToPath(new URL('./vendor/openapi-stable.json', import.meta.url));
const BASE = 'https://klaviyo.fake/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface KlaviyoOperation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/api/profiles/{id}`. */
  path: string;
  scopes: string[];
  rateLimit: { burst: number; steady: number };
  hasBody: boolean;
  bodySchema: unknown;
  bodyContentTypes: string[];
}

interface SpecOperation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  'x-klaviyo-scopes'?: string[];
  'x-klaviyo-ratelimit'?: { burst?: string; steady?: string };
}

interface LoadedSpec {
  revision: string;
  routes: Array<{ pattern: RegExp; params: string[]; operations: Map<string, KlaviyoOperation> }>;
  ajv: Ajv.default;
  validators: Map<string, ValidateFunction>;
}

let loaded: LoadedSpec | undefined;

function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = toJsonSchema(value);
  if (out['nullable'] === true) {
    delete out['nullable'];
    if (typeof out['type'] === 'string') {
      out['type'] = [out['type'], 'null'];
      if (Array.isArray(out['enum'])) out['enum'] = [...out['enum'], null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  if (out['nullable'] === false) delete out['nullable'];
  return out;
}

function perSecond(rate: string | undefined, fallback: number): number {
  const match = /^(\d+)\//.exec(rate ?? '');
  return match ? Number(match[1]) : fallback;
}

function load(): LoadedSpec {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
    info: { version: string };
    paths: Record<string, Record<string, SpecOperation>>;
    components: unknown;
  };
  const ajv = new Ajv.default({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats.default(ajv);
  ajv.addSchema({ $id: BASE, components: toJsonSchema(spec.components) });
  const routes: LoadedSpec['routes'] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const params: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/\{(\w+)\}/g, (_, name: string) => {
        params.push(name);
        return '([^/]+)';
      })}/?$`,
    );
    const operations = new Map<string, KlaviyoOperation>();
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const first = Object.values(content)[0];
      const limits = op['x-klaviyo-ratelimit'] ?? {};
      operations.set(method.toUpperCase(), {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        scopes: op['x-klaviyo-scopes'] ?? [],
        rateLimit: { burst: perSecond(limits.burst, 10), steady: perSecond(limits.steady, 150) },
        hasBody: first?.schema !== undefined,
        bodySchema: first?.schema,
        bodyContentTypes: Object.keys(content),
      });
    }
    routes.push({ pattern, params, operations });
  }
  loaded = { revision: spec.info.version, routes, ajv, validators: new Map() };
  return loaded;
}

/** The revision the spec documents (its `info.version`). */
export function specRevision(): string {
  return load().revision;
}

export type Resolution =
  | { found: true; operation: KlaviyoOperation; params: Record<string, string> }
  | { found: false; reason: 'no_path' | 'no_method' };

/** Finds the documented operation for a method and path (a trailing slash is accepted, as Klaviyo does). */
export function resolveOperation(method: string, path: string): Resolution {
  let pathMatched = false;
  for (const route of load().routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    const operation = route.operations.get(method.toUpperCase());
    if (!operation) continue;
    const params: Record<string, string> = {};
    route.params.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { found: true, operation, params };
  }
  return { found: false, reason: pathMatched ? 'no_method' : 'no_path' };
}

/** Validates a body against the operation's request schema; returns Ajv's errors, or [] when valid. */
export function validateBody(operation: KlaviyoOperation, body: unknown): ErrorObject[] {
  const spec = load();
  let validate = spec.validators.get(operation.operationId);
  if (!validate) {
    const schema = JSON.parse(
      JSON.stringify(toJsonSchema(operation.bodySchema)).replaceAll('"#/components', `"${BASE}#/components`),
    ) as object;
    validate = spec.ajv.compile(schema);
    spec.validators.set(operation.operationId, validate);
  }
  return validate(body) ? [] : [...(validate.errors ?? [])];
}
