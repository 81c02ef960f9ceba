/**
 * The share token a request presents as `Authorization: Bearer <token>`, or null when it presents
 * none. The app issues no other bearer credentials, so any Bearer value counts as a share-token
 * attempt: junk is refused like an unknown token, never ignored (ignoring it would let a client
 * believe it acts with read-only rights while it has full ones). Other schemes are left alone: a
 * reverse proxy in front of the app may well use `Basic` for its own login.
 */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^\s*bearer(?:\s+(\S*))?\s*$/i.exec(header);
  return match ? (match[1] ?? "") : null;
}

/** Methods that only read. Everything else (POST, PUT, PATCH, DELETE, …) is refused to a share token. */
export function isReadMethod(method: string): boolean {
  return method === "GET" || method === "HEAD";
}
