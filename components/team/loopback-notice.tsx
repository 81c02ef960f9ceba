"use client";

import { useMeQuery } from "@/lib/client/team/use-team-query";

/** On the home page in AUTH_MODE=none: nobody signs in, so the server listens on this machine only. */
export function LoopbackNotice() {
  const me = useMeQuery();
  if (!me.data?.listensOnLoopbackOnly) return null;
  return (
    <p className="banner small" role="note" data-testid="loopback-notice">
      No sign-in is configured (AUTH_MODE=none): you are the one local user with every right, and the planner listens on this
      machine only (127.0.0.1). To share it with your team, start it with AUTH_MODE=teleport or AUTH_MODE=oidc (see the README).
    </p>
  );
}
