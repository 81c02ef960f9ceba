import { z } from "zod";
import { AppError } from "@/lib/server/api/app-error";
import { apiRoute } from "@/lib/server/api/handler";
import { beginSignIn } from "@/lib/server/auth/oidc";
import { getServerEnv } from "@/lib/server/env";

export const runtime = "nodejs";

const LoginQuerySchema = z.object({ returnTo: z.string().max(2000).optional() });

// GET /api/auth/login?returnTo=/path — AUTH_MODE=oidc: redirect to the provider to sign in (404 in other modes)
export const GET = apiRoute({ query: LoginQuerySchema, access: "public" }, async ({ query }) => {
  const auth = getServerEnv().auth;
  if (auth.mode !== "oidc") throw new AppError("not_found", 404, "Sign-in is handled elsewhere in this AUTH_MODE.");
  return beginSignIn(auth, query.returnTo ?? "/");
});
