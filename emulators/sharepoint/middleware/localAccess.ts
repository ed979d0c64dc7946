// Who may reach the emulator from a browser. The emulator runs on a developer's laptop next to whatever web pages
// are open, so it answers only under the host names it listens on (a DNS-rebinding page has its own name in the
// Host header) and treats an Origin as trusted only when it is its own or one it was started with.
// https://developer.mozilla.org/docs/Web/HTTP/CORS, https://fetch.spec.whatwg.org/#http-origin

/** Where the emulator listens and which other origins may call it. */
export interface LocalAccessPolicy {
  /** The TCP port it listens on. */
  port: number;
  /** The address it listens on; a wildcard (`0.0.0.0`, `::`) also lets any IP literal be the host name. */
  listenHost: string;
  /** Normalised origins (`http://127.0.0.1:3000`) of pages that may call it across origins. */
  allowedOrigins: readonly string[];
}

/**
 * How a request's `Origin` relates to the emulator: `none` (no Origin: a Node client, or a browser navigation),
 * `same` (a page the emulator served itself), `allowed` (a listed origin), `refused` (anything else, `null` too).
 */
export type OriginStanding = 'none' | 'same' | 'allowed' | 'refused';

const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS: readonly string[] = ['0.0.0.0', '::', '[::]'];
// A host name or an IP literal and an optional port; anything else (user info, paths, spaces) is not a Host.
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Whether a `Host` header names the emulator: `localhost`, `127.0.0.1`, `[::1]` or the address it listens on,
 * with its port. A name that DNS resolves (the trick of DNS rebinding) is refused; when it listens on every
 * address, any IP literal is accepted too, since an IP literal cannot be rebound.
 */
export function isAllowedHost(hostHeader: string | undefined, policy: LocalAccessPolicy): boolean {
  const match = HOST_HEADER.exec((hostHeader ?? '').trim().toLowerCase());
  if (!match) return false;
  const name = match[1]!;
  const port = match[2] === undefined ? 80 : Number(match[2]);
  if (port !== policy.port) return false;
  const listen = bracketed(policy.listenHost.toLowerCase());
  if (LOOPBACK_NAMES.includes(name) || name === listen) return true;
  return WILDCARDS.includes(listen) && (IPV4.test(name) || name.startsWith('['));
}

/** How the request's `Origin` header stands; `hostHeader` must already have passed {@link isAllowedHost}. */
export function originStanding(
  origin: string | undefined,
  { hostHeader, policy }: { hostHeader: string; policy: LocalAccessPolicy },
): OriginStanding {
  if (origin === undefined) return 'none';
  const normalised = normaliseOrigin(origin);
  if (normalised === undefined) return 'refused';
  if (normalised === normaliseOrigin(`http://${hostHeader}`)) return 'same';
  return policy.allowedOrigins.includes(normalised) ? 'allowed' : 'refused';
}

/**
 * An origin as browsers send it (`http://127.0.0.1:3000`, lower case, no default port), or `undefined` when the
 * text is not a plain http(s) origin (`null`, a path, user info).
 */
export function normaliseOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const plain =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '';
  return plain ? url.origin : undefined;
}

function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}
