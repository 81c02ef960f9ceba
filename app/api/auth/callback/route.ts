import { AppError } from "@/lib/server/api/app-error";
import { apiRoute } from "@/lib/server/api/handler";
import { finishSignIn } from "@/lib/server/auth/oidc";
import { getServerEnv } from "@/lib/server/env";

export const runtime = "nodejs";

// GET /api/auth/callback?code=&state= — AUTH_MODE=oidc: the provider's redirect back; sets the session cookie
export const GET = apiRoute({ access: "public" }, async ({ request }) => {
  const auth = getServerEnv().auth;
  if (auth.mode !== "oidc") throw new AppError("not_found", 404, "Sign-in is handled elsewhere in this AUTH_MODE.");
  return finishSignIn(auth, request);
});
