/** Which pages count as the shop's own: the hub's CORS and the newsletter form check origins with it. */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The shop's own origin: its domain (or www. of it) over https; any port on a loopback host. */
export function isShopOrigin(domain: string, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = url.hostname;
  const sameHost = host === domain || host === `www.${domain}` || domain === `www.${host}`;
  if (!sameHost) return false;
  if (LOOPBACK.has(host)) return url.protocol === 'http:' || url.protocol === 'https:';
  return url.protocol === 'https:' && url.port === '';
}
