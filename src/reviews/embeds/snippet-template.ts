/**
 * A strict subset of the template language Klaviyo renders emails with (Django's, "most
 * built-in Django filters": https://developers.klaviyo.com/en/v2024-02-15/docs/glossary_of_variable_filters),
 * enough to render our email snippets against a web feed as Klaviyo does when it sends:
 * `{{ a.b.c|filter:arg }}`, `{% for x in a.b %}`, `{% if %}/{% elif %}/{% else %}/{% endif %}`
 * with `==`, `!=`, `>=`, `>`, `<=`, `<`. Variable output is HTML-escaped (Django autoescape).
 * Anything else — an unknown tag or filter — throws, so a snippet cannot rely on what we did
 * not check against the documentation. The admin's snippet preview renders with it, and so do the
 * tests (test/support/klaviyo-template.ts).
 */

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'var'; expr: string }
  | { kind: 'for'; name: string; path: string; body: Node[] }
  | { kind: 'if'; branches: Array<{ cond: string | null; body: Node[] }> };

type Scope = Record<string, unknown>;

const TOKEN = /({{[\s\S]*?}}|{%[\s\S]*?%})/;

function parse(source: string): Node[] {
  const tokens = source.split(TOKEN).filter((token) => token !== '');
  let position = 0;
  function block(ends: string[]): { nodes: Node[]; end: string | null } {
    const nodes: Node[] = [];
    while (position < tokens.length) {
      const token = tokens[position++]!;
      if (token.startsWith('{{')) nodes.push({ kind: 'var', expr: token.slice(2, -2).trim() });
      else if (token.startsWith('{%')) {
        const tag = token.slice(2, -2).trim();
        const word = tag.split(/\s+/)[0]!;
        if (ends.includes(word)) return { nodes, end: tag };
        if (word === 'for') {
          const match = /^for\s+(\w+)\s+in\s+([\w.]+)$/.exec(tag);
          if (!match) throw new Error(`unsupported for tag: ${tag}`);
          const inner = block(['endfor']);
          nodes.push({ kind: 'for', name: match[1]!, path: match[2]!, body: inner.nodes });
        } else if (word === 'if') {
          const branches: Array<{ cond: string | null; body: Node[] }> = [];
          let cond: string | null = tag.slice(2).trim();
          for (;;) {
            const inner = block(['elif', 'else', 'endif']);
            branches.push({ cond, body: inner.nodes });
            if (inner.end === null) throw new Error('unclosed if');
            if (inner.end === 'endif') break;
            cond = inner.end === 'else' ? null : inner.end.slice(4).trim();
          }
          nodes.push({ kind: 'if', branches });
        } else throw new Error(`unsupported tag: ${tag}`);
      } else nodes.push({ kind: 'text', text: token });
    }
    if (ends.length > 0) throw new Error(`missing {% ${ends.join(' / ')} %}`);
    return { nodes, end: null };
  }
  return block([]).nodes;
}

function lookup(scope: Scope, path: string): unknown {
  if (/^'.*'$/.test(path)) return path.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(path)) return Number(path);
  let value: unknown = scope;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function filter(value: unknown, name: string, arg: unknown): unknown {
  switch (name) {
    case 'default':
      return value === undefined || value === null || value === '' || value === false ? arg : value;
    case 'truncatechars': {
      const text = String(value ?? '');
      const max = Number(arg);
      return [...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`;
    }
    default:
      throw new Error(`unsupported filter: ${name}`);
  }
}

function evaluate(expr: string, scope: Scope): unknown {
  const [head, ...filters] = expr.split('|');
  let value = lookup(scope, head!.trim());
  for (const part of filters) {
    const [name, arg] = part.split(':');
    value = filter(value, name!.trim(), arg === undefined ? undefined : lookup(scope, arg.trim()));
  }
  return value;
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function condition(cond: string, scope: Scope): boolean {
  const match = /^(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+)$/.exec(cond);
  if (!match) return truthy(evaluate(cond, scope));
  const left = evaluate(match[1]!, scope);
  const right = evaluate(match[3]!, scope);
  switch (match[2]) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '>=':
      return Number(left) >= Number(right);
    case '<=':
      return Number(left) <= Number(right);
    case '>':
      return Number(left) > Number(right);
    default:
      return Number(left) < Number(right);
  }
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

function render(nodes: Node[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'var') {
      const value = evaluate(node.expr, scope);
      out += value === undefined || value === null ? '' : escapeHtml(String(value));
    } else if (node.kind === 'for') {
      const list = lookup(scope, node.path);
      if (!Array.isArray(list)) continue;
      for (const item of list) out += render(node.body, { ...scope, [node.name]: item });
    } else {
      const branch = node.branches.find((b) => b.cond === null || condition(b.cond, scope));
      if (branch) out += render(branch.body, scope);
    }
  }
  return out;
}

/** Renders `template` with `context`, as Klaviyo would at send time. */
export function renderKlaviyoTemplate(template: string, context: Scope): string {
  return render(parse(template), context);
}
