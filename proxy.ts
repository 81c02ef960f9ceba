import { guardRequest } from "@/lib/server/auth/request-guard";
import { getServerEnv } from "@/lib/server/env";

// Next 16's request layer (node_modules/next/dist/docs/01-app/03-api-reference/03-file-conventions/proxy.md):
// refuse requests from other hosts and cross-origin writes before any page or route runs.
export function proxy(request: Request): Response | undefined {
  const { auth, allowedHosts } = getServerEnv();
  return guardRequest(request, { mode: auth.mode, appUrl: auth.appUrl, allowedHosts }) ?? undefined;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
