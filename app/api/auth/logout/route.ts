import { AppError } from "@/lib/server/api/app-error";
import { apiRoute } from "@/lib/server/api/handler";
import { clearCookie, SESSION_COOKIE } from "@/lib/server/auth/session";
import { getServerEnv } from "@/lib/server/env";

export const runtime = "nodejs";

// POST /api/auth/logout — AUTH_MODE=oidc: end the session here (the provider's own session is left alone; 404 in other modes)
export const POST = apiRoute({ access: "public" }, async () => {
  const auth = getServerEnv().auth;
  if (auth.mode !== "oidc") throw new AppError("not_found", 404, "Sign-out is handled elsewhere in this AUTH_MODE.");
  const headers = new Headers({ "cache-control": "no-store" });
  headers.append("set-cookie", clearCookie(auth, SESSION_COOKIE));
  return new Response(null, { status: 204, headers });
});
