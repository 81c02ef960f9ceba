/** A host name or IP literal with an optional port: anything else in the header is not used. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the browser used to reach the app, for absolute links written into files it
 * downloads (a plan file's `$schema`). `next start` builds `request.url` from its own listen
 * address (http://localhost:PORT), not from the address the person typed, so the Host header
 * (and X-Forwarded-Host/-Proto behind a proxy, first value) is used when it is a well-formed
 * host; otherwise the request URL's origin. It only shapes what the same client downloads.
 */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim();
  const host = first("x-forwarded-host") ?? first("host");
  const proto = first("x-forwarded-proto");
  const protocol = proto === "https" || proto === "http" ? `${proto}:` : url.protocol;
  return host && HOST.test(host) ? `${protocol}//${host}` : url.origin;
}
