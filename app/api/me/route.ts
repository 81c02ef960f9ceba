import { apiRoute, json } from "@/lib/server/api/handler";
import type { MeResponse } from "@/lib/server/api/team-schemas";
import { getServerEnv } from "@/lib/server/env";

export const runtime = "nodejs";

// GET /api/me — who is signed in, how, and whether they are an admin (401 when nobody is)
export const GET = apiRoute({ access: "signed-in" }, async ({ identity }) => {
  const mode = getServerEnv().auth.mode;
  return json({
    user: identity?.user ?? "",
    mode,
    isAdmin: identity?.isAdmin ?? false,
    roles: [...(identity?.roles ?? [])],
    listensOnLoopbackOnly: mode === "none",
  } satisfies MeResponse);
});
