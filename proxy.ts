import { parseAuthEnv, type AuthConfig } from "@/lib/server/auth/config";
import { guardRequest } from "@/lib/server/auth/request-guard";

// Next 16's request layer (node_modules/next/dist/docs/01-app/03-api-reference/03-file-conventions/proxy.md):
// refuse requests from other hosts and cross-origin writes before any page or route runs.
// It reads only the sign-in settings (lib/server/auth/config.ts, no server-only imports here).
let auth: AuthConfig | undefined;

export function proxy(request: Request): Response | undefined {
  auth ??= parseAuthEnv(process.env);
  return guardRequest(request, auth) ?? undefined;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
