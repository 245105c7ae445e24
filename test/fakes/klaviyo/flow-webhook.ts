/**
 * Klaviyo's side of a flow's Webhook action: renders the JSON body template the merchant
 * pasted and POSTs it, as "How to add a webhook action to a flow" describes
 * (https://developers.klaviyo.com/en/docs/how_to_add_a_webhook_action_to_a_flow; help
 * article 4534329515931; ../shared/reference/esp-apis.md §1.12):
 *
 * - always POST, JSON only, the headers the merchant added plus `X-Klaviyo-Flow-ID`;
 * - the body is a template with Django-style tags: `{{ person.email }}`, `{{ event.OrderId }}`,
 *   `{{ event|lookup:'Name' }}`, the `default` filter, and `{% for %}` / `{% if %}` logic;
 *   metric-triggered flows see the profile and the triggering event;
 * - a missing variable renders as an empty string (reference §1.12: INFERENCE, tags render as
 *   strings);
 * - 429, 500, 502 and 503 are retried with backoff; other non-2xx answers are "skipped".
 *
 * Only the template subset our setup bodies use is implemented. Where the docs are silent the
 * driver refuses rather than guesses: how Klaviyo escapes a `"` or `\` inside a value is not
 * documented, so such a value throws, and so does any tag this renderer does not know.
 */

type Scope = Record<string, unknown>;

function resolve(path: string, scope: Scope): unknown {
  let value: unknown = scope;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function evaluate(expression: string, scope: Scope): unknown {
  const [base, ...filters] = expression.split('|').map((part) => part.trim());
  let value = resolve(base!, scope);
  for (const filter of filters) {
    const match = /^(lookup|default):'([^']*)'$/.exec(filter);
    if (!match) throw new Error(`the flow webhook driver does not know the filter "${filter}"`);
    if (match[1] === 'lookup') {
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[match[2]!] : undefined;
    } else if (value === undefined || value === null || value === '') {
      value = match[2];
    }
  }
  return value;
}

function output(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/["\\]/.test(text)) {
    throw new Error(
      `Klaviyo's escaping of "${text}" in a webhook body is not documented; the driver refuses it`,
    );
  }
  return text;
}

function renderIfs(template: string, scope: Scope): string {
  return template.replace(
    /\{%\s*if\s+(not\s+)?([\w.]+)\s*%\}([\s\S]*?)\{%\s*endif\s*%\}/g,
    (_m, not, path, body) => {
      const truthy = Boolean(resolve(path, scope));
      return (not ? !truthy : truthy) ? body : '';
    },
  );
}

function renderVariables(template: string, scope: Scope): string {
  const rendered = template.replace(/\{\{\s*(.+?)\s*\}\}/g, (_m, expression: string) =>
    output(evaluate(expression, scope)),
  );
  if (/\{%|\{\{/.test(rendered)) throw new Error(`unknown template tag in: ${rendered}`);
  return rendered;
}

/** The body Klaviyo would send for this template, profile (`person`) and triggering event. */
export function renderFlowBody(template: string, context: { person: Scope; event: Scope }): string {
  const scope: Scope = { ...context };
  const looped = template.replace(
    /\{%\s*for\s+(\w+)\s+in\s+([\w.]+)\s*%\}([\s\S]*?)\{%\s*endfor\s*%\}/g,
    (_m, name: string, path: string, body: string) => {
      const items = resolve(path, scope);
      if (!Array.isArray(items)) return '';
      return items
        .map((item, index) => {
          const inner = {
            ...scope,
            [name]: item,
            forloop: { first: index === 0, last: index === items.length - 1, counter: index + 1 },
          };
          return renderVariables(renderIfs(body, inner), inner);
        })
        .join('');
    },
  );
  return renderVariables(renderIfs(looped, scope), scope);
}

export interface FlowWebhookAction {
  destinationUrl: string;
  headers: Record<string, string>;
  jsonBody: string;
  flowId?: string;
}

const RETRIED = new Set([429, 500, 502, 503]);

/** Runs the action once for a profile and event; answers Klaviyo's verdict and the last response. */
export async function runFlowWebhook(
  action: FlowWebhookAction,
  context: { person: Scope; event: Scope },
  options: { attempts?: number } = {},
): Promise<{ outcome: 'delivered' | 'skipped' | 'failed'; status: number; body: unknown }> {
  const body = renderFlowBody(action.jsonBody, context);
  JSON.parse(body); // Klaviyo only sends JSON: a body that does not parse is the template's fault.
  const attempts = options.attempts ?? 3;
  let last = { status: 0, body: undefined as unknown };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const response = await fetch(action.destinationUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-klaviyo-flow-id': action.flowId ?? 'XyZ123',
        ...action.headers,
      },
      body,
    });
    const text = await response.text();
    last = { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
    if (response.ok) return { outcome: 'delivered', ...last };
    if (!RETRIED.has(response.status)) return { outcome: 'skipped', ...last };
    await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
  }
  return { outcome: 'failed', ...last };
}
