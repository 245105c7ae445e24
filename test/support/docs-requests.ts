import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TestApp } from './app.js';

/**
 * Runs the `curl` commands of a document's ```sh blocks as a reader would type them, so the docs
 * cannot drift from the API. The values a reader carries forward are taken from the answers the
 * way the docs describe them:
 * - `$CSRF` from a sign-in's `csrfToken`, `$KEY` from a new API key's `tlk_…` secret;
 * - `$CH` and `$PUBLIC_ID` from a created channel, `$CONN` from a created connection;
 * - `VAR=$(curl … | jq -r .field)` sets `$VAR`;
 * - an id the docs abbreviate as `imp_…` (any `prefix_…`) is the last id with that prefix answered.
 * A variable the docs never set, a placeholder (`<…>`) with no value here, an unknown curl option or
 * an answer outside 2xx fails the run.
 */
export interface DocReader {
  /** `$NAME` values: the reader's own (`$TL`, a platform key) and those carried forward. */
  vars: Record<string, string>;
  /** `<placeholder>` → the value a reader would type. */
  placeholders: Record<string, string>;
  /** Example values written in the docs (a list id, an endpoint) → the value at this test's fake. */
  examples: Record<string, string>;
  /** Files the docs send with `--data-binary @name`. */
  files: Record<string, string>;
  /** Adjusts a request's JSON body before it is sent (only to point a platform at its fake). */
  adjustBody?: (url: string, body: Record<string, unknown>) => void;
  cookies?: string;
  lastIds: Record<string, string>;
}

export function docReader(init: Partial<DocReader> & Pick<DocReader, 'vars'>): DocReader {
  return { placeholders: {}, examples: {}, files: {}, lastIds: {}, ...init };
}

/** A file of test/fixtures/csv, as a reader's own file the docs send. */
export function readFixture(name: string): string {
  return readFileSync(`test/fixtures/csv/${name}`, 'utf8');
}

export function readDoc(path: string, from?: string, to?: string): string {
  const markdown = readFileSync(path, 'utf8');
  const start = from === undefined ? 0 : markdown.indexOf(from);
  const end = to === undefined ? markdown.length : markdown.indexOf(to);
  if (start < 0 || end < 0) throw new Error(`${path} has no section ${start < 0 ? from : to}`);
  return markdown.slice(start, end);
}

/** The curl commands of a Markdown text's ```sh blocks, with continuation lines joined. */
export function curlCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const block of markdown.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)) {
    const joined = block[1]!.replace(/\\\n/g, ' ');
    let open = '';
    for (const line of joined.split('\n')) {
      // A quoted body may run over several lines: keep joining until the quotes balance.
      const command = open ? `${open} ${line.trim()}` : line;
      if ((command.match(/'/g) ?? []).length % 2 === 1) open = command;
      else {
        open = '';
        if (/^\s*([A-Z_]+=\$\()?curl\s/.test(command)) commands.push(command.trim());
      }
    }
  }
  return commands;
}

/** Shell words: quotes, $VAR expansion (not inside single quotes), and an unquoted # comment. */
function words(command: string, vars: Record<string, string>): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let i = 0;
  const expand = () => {
    const name = /^\$([A-Z_][A-Z0-9_]*)/.exec(command.slice(i))![1]!;
    const value = vars[name];
    if (value === undefined) throw new Error(`the docs use $${name} before telling the reader its value`);
    i += name.length + 1;
    return value;
  };
  while (i < command.length) {
    const c = command[i]!;
    if (/\s/.test(c)) {
      if (word !== undefined) out.push(word);
      word = undefined;
      i++;
    } else if (c === '#' && word === undefined) {
      break;
    } else if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed ' in: ${command}`);
      word = (word ?? '') + command.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      word ??= '';
      i++;
      while (command[i] !== '"') {
        if (i >= command.length) throw new Error(`unclosed " in: ${command}`);
        if (command[i] === '$' && /[A-Z_]/.test(command[i + 1] ?? '')) word += expand();
        else word += command[i++];
      }
      i++;
    } else if (c === '$' && /[A-Z_]/.test(command[i + 1] ?? '')) {
      word = (word ?? '') + expand();
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  if (word !== undefined) out.push(word);
  return out;
}

interface Curl {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  sendCookies: boolean;
  keepCookies: boolean;
  /** `VAR=$(curl … | jq -r .field)`: the variable and the field. */
  capture?: { name: string; field: string };
}

function replaceAll(text: string, values: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(values)) out = out.split(from).join(to);
  return out;
}

function parseCurl(source: string, reader: DocReader): Curl {
  // The answer a comment shows (`# → {…}`) is for the reader, not part of the command.
  const command = source.replace(/\s#\s.*$/, '');
  let text = replaceAll(replaceAll(command, reader.placeholders), reader.examples);
  const unknown = /<[a-z][^<>]*>/i.exec(text);
  if (unknown) throw new Error(`no value for the placeholder ${unknown[0]} in: ${source}`);
  text = text.replace(/\b([a-z]+)_…/g, (abbreviated, prefix: string) => {
    const id = reader.lastIds[prefix];
    if (!id) throw new Error(`the docs use ${abbreviated} before any answer gave one`);
    return id;
  });
  let capture: Curl['capture'];
  const captured = /^([A-Z_]+)=\$\((curl .*) \| jq -r \.(\w+)\)$/.exec(text);
  if (captured) {
    capture = { name: captured[1]!, field: captured[3]! };
    text = captured[2]!;
  }
  const argv = words(text, reader.vars);
  const curl: Curl = { method: '', url: '', headers: {}, sendCookies: false, keepCookies: false, capture };
  for (let a = 1; a < argv.length; a++) {
    const arg = argv[a]!;
    if (arg === '-X') curl.method = argv[++a]!;
    else if (arg === '-H') {
      const header = argv[++a]!;
      const colon = header.indexOf(':');
      curl.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw') curl.body = argv[++a]!;
    else if (arg === '--data-binary') {
      const name = argv[++a]!.replace(/^@/, '');
      const file = reader.files[name];
      if (file === undefined) throw new Error(`the docs send a file ${name} the test does not have`);
      curl.body = file;
    } else if (arg === '-b') {
      curl.sendCookies = true;
      a++;
    } else if (arg === '-c') {
      curl.keepCookies = true;
      a++;
    } else if (arg === '-s' || arg === '-sS') continue;
    else if (/^https?:\/\//.test(arg)) curl.url = arg;
    else throw new Error(`the docs test does not know the curl option ${arg} in: ${source}`);
  }
  curl.method ||= curl.body === undefined ? 'GET' : 'POST';
  return curl;
}

/** Sends each command through the app (the URL's origin is the reader's `$TL`), answers checked 2xx. */
export async function runDocRequests(app: TestApp, commands: string[], reader: DocReader): Promise<void> {
  for (const source of commands) {
    const curl = parseCurl(source, reader);
    let payload = curl.body;
    if (payload !== undefined && reader.adjustBody && curl.headers['content-type'] === 'application/json') {
      const body = JSON.parse(payload) as Record<string, unknown>;
      reader.adjustBody(curl.url, body);
      payload = JSON.stringify(body);
    }
    const url = new URL(curl.url);
    const response = await app.inject({
      method: curl.method as 'GET',
      url: url.pathname + url.search,
      headers: { ...curl.headers, ...(curl.sendCookies && reader.cookies ? { cookie: reader.cookies } : {}) },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(response.statusCode, `${source}\n→ ${response.statusCode} ${response.body}`).toBeLessThan(300);
    expect(response.statusCode).toBeGreaterThanOrEqual(200);
    if (curl.keepCookies) {
      const session = response.cookies.find((cookie) => cookie.name === 'tl_session');
      if (session) reader.cookies = `tl_session=${session.value}`;
    }
    const body = response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {};
    carryForward(reader, curl, body);
  }
}

function carryForward(reader: DocReader, curl: Curl, body: Record<string, unknown>): void {
  const { vars } = reader;
  if (curl.capture) vars[curl.capture.name] = String(body[curl.capture.field]);
  if (typeof body['csrfToken'] === 'string') vars['CSRF'] = body['csrfToken'];
  if (typeof body['secret'] === 'string' && body['secret'].startsWith('tlk_')) vars['KEY'] = body['secret'];
  const path = new URL(curl.url).pathname;
  if (curl.method === 'POST' && path === '/api/v1/channels') {
    vars['CH'] = String(body['id']);
    vars['PUBLIC_ID'] = String(body['publicId']);
  }
  if (curl.method === 'POST' && path === '/api/v1/connections') vars['CONN'] = String(body['id']);
  const nested = Object.values(body).map((value) =>
    typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined,
  );
  for (const candidate of [body['id'], ...nested]) {
    const prefix = typeof candidate === 'string' ? /^([a-z]+)_/.exec(candidate)?.[1] : undefined;
    if (prefix) reader.lastIds[prefix] = candidate as string;
  }
}
