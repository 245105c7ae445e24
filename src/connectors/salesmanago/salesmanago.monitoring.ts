/**
 * The SALESmanago monitoring code for the shop's pages: seed 001's "Ustawienia użytkownika"
 * modules live in it. Built as SALESmanago's own WordPress plugin builds it
 * (`MonitCodeModel::getMonitCode`): `_smid` is the client ID and `sm.js` comes from the
 * account's endpoint; pop-ups add `_smbanners = true` and the account's
 * `{endpoint}/dynamic/{clientId}/popups.js`. Web push adds the `sm('webPush', [form, n])` call
 * SALESmanago generates for a web push consent form (seed 001 §6 [5], "kod formularza Web
 * Push"), taken as SALESmanago shows it and written back normalised, so nothing else can ride
 * along into the shop's pages. SALESmanago's live chat has no switch here: it is set up in
 * SALESmanago and no documented option of the monitoring code turns it on or off.
 */

/** `sm('webPush', ['<form uuid>', '<number>']);` as SALESmanago shows it for a consent form. */
const WEB_PUSH_CALL =
  /^\s*sm\(\s*['"]webPush['"]\s*,\s*\[\s*['"]([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})['"]\s*(?:,\s*['"]?(\d{1,6})['"]?\s*)?\]\s*\)\s*;?\s*$/i;

export interface WebPushForm {
  formId: string;
  /** SALESmanago's second argument, passed through unchanged when present. */
  parameter: string | null;
}

/** The web push form code's parts, or null when it is not the call SALESmanago generates. */
export function parseWebPushFormCode(code: string): WebPushForm | null {
  const match = WEB_PUSH_CALL.exec(code);
  if (!match) return null;
  return { formId: match[1]!.toLowerCase(), parameter: match[2] ?? null };
}

/** A JavaScript string literal that cannot close the script element it sits in. */
const literal = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The account's instance (`https://app3.salesmanago.pl`): the scripts are served from its root. */
function originOf(endpoint: unknown): string | null {
  if (typeof endpoint !== 'string') return null;
  try {
    const url = new URL(endpoint.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The code to paste into every page of the shop, or null until the connection has its login. */
export function monitoringCode(settings: Record<string, unknown>): string | null {
  const clientId = typeof settings['clientId'] === 'string' ? settings['clientId'].trim() : '';
  const endpoint = originOf(settings['endpoint']);
  if (!clientId || !endpoint) return null;
  const popUps = settings['popUps'] === true;
  const webPush =
    typeof settings['webPushFormCode'] === 'string'
      ? parseWebPushFormCode(settings['webPushFormCode'])
      : null;
  const lines = [
    '<script>',
    `var _smid = ${literal(clientId)};`,
    ...(popUps ? ['var _smbanners = true;'] : []),
    '(function (w, r, a, sm, s) {',
    "  w['SalesmanagoObject'] = r;",
    '  w[r] = w[r] || function () { (w[r].q = w[r].q || []).push(arguments); };',
    "  sm = document.createElement('script'); sm.type = 'text/javascript'; sm.async = true; sm.src = a;",
    "  s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(sm, s);",
    `})(window, 'sm', ${literal(`${endpoint}/static/sm.js`)});`,
    ...(webPush
      ? [
          `sm('webPush', [${[webPush.formId, ...(webPush.parameter ? [webPush.parameter] : [])]
            .map(literal)
            .join(', ')}]);`,
        ]
      : []),
    '</script>',
    ...(popUps
      ? [`<script src=${literal(`${endpoint}/dynamic/${encodeURIComponent(clientId)}/popups.js`)}></script>`]
      : []),
  ];
  return lines.join('\n');
}
