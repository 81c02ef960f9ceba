import { NextResponse, type NextRequest } from "next/server";
import { parseAuthEnv, type AuthConfig } from "@/lib/server/auth/config";
import { guardRequest } from "@/lib/server/auth/request-guard";
import { malformedPathAnswer } from "@/lib/server/http/path-encoding";

// Next 16's request layer (formerly middleware; node_modules/next/dist/docs/01-app/03-api-reference/
// 03-file-conventions/proxy.md), before any page or route runs:
// - requests for other hosts and cross-origin writes are refused (issue 11, DNS rebinding);
// - a path Next's router cannot decode gets a 400 (API) or the not-found page instead of a
//   plain-text 500 (issue 12).
// It reads only the sign-in settings (lib/server/auth/config.ts, no server-only imports here).
let auth: AuthConfig | undefined;

export function proxy(request: NextRequest): Response {
  auth ??= parseAuthEnv(process.env);
  return guardRequest(request, auth) ?? malformedPathAnswer(request) ?? NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
