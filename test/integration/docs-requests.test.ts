import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/databases.js';

/**
 * docs/connecting.md, run as written: every `curl` command of its ```sh blocks, in order, from
 * a fresh start (the first-start owner and one-time password), with the values the docs tell
 * the reader to carry forward ($CSRF, $KEY, $CH, $PUBLIC_ID) taken from the answers. A
 * command that is not 2xx, a variable the docs never set, or a placeholder with no meaning
 * here fails the test, so the docs cannot drift from the API again. Section 6 onwards talks to
 * the marketing platforms and is not run here (see the coverage assertion at the end).
 */
const DOC = 'docs/connecting.md';
const PLATFORM_SECTIONS = '## 6. Marketing platforms';

const PLACEHOLDERS: Record<string, (ctx: Ctx) => string> = {
  '<one-time password>': (ctx) => ctx.oneTimePassword,
  '<your passphrase>': () => 'a passphrase chosen by the reader',
  '<Shopify signing secret>': () => 'shpss_docs_test_secret',
};

interface Ctx {
  oneTimePassword: string;
  vars: Record<string, string>;
  cookies: string | undefined;
}

interface Curl {
  source: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  sendCookies: boolean;
  keepCookies: boolean;
}

/** The curl commands of a Markdown text's ```sh blocks, with continuation lines joined. */
function curlCommands(markdown: string): string[] {
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
        if (/^\s*curl\s/.test(command)) commands.push(command.trim());
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

function parseCurl(source: string, ctx: Ctx): Curl {
  let text = source;
  for (const [placeholder, value] of Object.entries(PLACEHOLDERS))
    text = text.split(placeholder).join(value(ctx));
  const unknown = /<[a-z][^<>]*>/i.exec(text);
  if (unknown) throw new Error(`no value for the placeholder ${unknown[0]} in: ${source}`);
  const argv = words(text, ctx.vars);
  const curl: Curl = { source, method: '', url: '', headers: {}, sendCookies: false, keepCookies: false };
  for (let a = 1; a < argv.length; a++) {
    const arg = argv[a]!;
    if (arg === '-X') curl.method = argv[++a]!;
    else if (arg === '-H') {
      const header = argv[++a]!;
      const colon = header.indexOf(':');
      curl.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (arg === '-d' || arg === '--data' || arg === '--data-raw') curl.body = argv[++a]!;
    else if (arg === '-b') {
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

describe.each(dialects)('docs/connecting.md, run as written, on %s', (kind) => {
  let app: TestApp;
  const base = 'http://localhost:8080';

  beforeAll(async () => {
    app = await createTestApp(kind, { env: { PUBLIC_URL: base } });
  });
  afterAll(() => app.close());

  it('answers every request of the sections that need no marketing platform with 2xx', async () => {
    const owner = await app.trustloop.bootstrapOwner('owner@trustloop.local');
    const ctx: Ctx = { oneTimePassword: owner!.oneTimePassword!, vars: { TL: base }, cookies: undefined };
    const markdown = readFileSync(DOC, 'utf8');
    const runnable = curlCommands(markdown.slice(0, markdown.indexOf(PLATFORM_SECTIONS)));
    expect(runnable.length).toBeGreaterThanOrEqual(8);
    for (const source of runnable) {
      const curl = parseCurl(source, ctx);
      const response = await app.inject({
        method: curl.method as 'GET',
        url: curl.url.slice(base.length),
        headers: { ...curl.headers, ...(curl.sendCookies && ctx.cookies ? { cookie: ctx.cookies } : {}) },
        ...(curl.body === undefined ? {} : { payload: curl.body }),
      });
      expect(response.statusCode, `${source}\n→ ${response.statusCode} ${response.body}`).toBeLessThan(300);
      expect(response.statusCode).toBeGreaterThanOrEqual(200);
      if (curl.keepCookies) {
        const session = response.cookies.find((cookie) => cookie.name === 'tl_session');
        if (session) ctx.cookies = `tl_session=${session.value}`;
      }
      const body = response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {};
      // The values the docs tell the reader to carry forward.
      if (typeof body['csrfToken'] === 'string') ctx.vars['CSRF'] = body['csrfToken'];
      if (typeof body['secret'] === 'string' && body['secret'].startsWith('tlk_'))
        ctx.vars['KEY'] = body['secret'];
      if (curl.method === 'POST' && curl.url.endsWith('/api/v1/channels')) {
        ctx.vars['CH'] = String(body['id']);
        ctx.vars['PUBLIC_ID'] = String(body['publicId']);
      }
    }
  });
});
