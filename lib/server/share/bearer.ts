import { AppError } from "@/lib/server/api/app-error";

/**
 * The share token a request presents as `Authorization: Bearer <token>`, or null when it sends
 * no Authorization header. The app issues no other credential in that header, so anything else
 * in it is refused (401 authorization_invalid), never ignored: another scheme, a bearer value
 * with spaces, or the header sent twice (which fetch's Headers joins with ", "). Ignoring it
 * would let a client believe it acts with the link's read-only rights while it has others.
 * A bearer value that is not a well-formed token is answered like an unknown token (404).
 */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const match = /^\s*bearer(?:\s+([^\s,]*))?\s*$/i.exec(header);
  if (!match) throw AppError.authorizationInvalid();
  return match[1] ?? "";
}

/** Methods that only read. Everything else (POST, PUT, PATCH, DELETE, …) is refused to a share token. */
export function isReadMethod(method: string): boolean {
  return method === "GET" || method === "HEAD";
}
