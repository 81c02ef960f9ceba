/**
 * URIs that carry plan values (bucket names, namespaces, IAM roles). The host is
 * percent-encoded and the query is written by URLSearchParams, so a value can never add a user,
 * a port, a path segment, a query parameter or a fragment of its own; a well-formed plan
 * (DNS-1123 names, S3 bucket names) comes out unchanged.
 */
export type UriParts = {
  scheme: string;
  /** Fixed user names only (e.g. the SQL user `teleport`). */
  user?: string;
  /** One host, or several (libpq/pgx multi-host form `h1:p,h2:p`, tried in order). */
  host: string | readonly string[];
  port?: number;
  /** Fixed path, starting with "/" (e.g. "/records"). */
  path?: string;
  query?: readonly (readonly [string, string])[];
};

export function buildUri({ scheme, user, host, port, path = "", query = [] }: UriParts): string {
  const hosts = typeof host === "string" ? [host] : host;
  const hostPorts = hosts.map((h) => `${encodeURIComponent(wellFormed(h))}${port !== undefined ? `:${port}` : ""}`).join(",");
  const authority = `${user ? `${user}@` : ""}${hostPorts}`;
  const search = query.length > 0 ? `?${new URLSearchParams(query.map(([k, v]) => [k, wellFormed(v)])).toString()}` : "";
  return `${scheme}://${authority}${path}${search}`;
}

/** Replaces lone UTF-16 surrogates (which encodeURIComponent refuses) with U+FFFD. */
export const wellFormed = (value: string): string =>
  value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
