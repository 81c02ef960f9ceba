"use client";

import { useEffect, useState } from "react";
import type { MeResponse } from "@/lib/server/api/team-schemas";

type State = { kind: "loading" } | { kind: "signed-in"; me: MeResponse } | { kind: "signed-out" };

/**
 * Who is signed in, in the app header (outside the query provider, so it fetches on its own).
 * In AUTH_MODE=oidc it offers sign-in and sign-out; Teleport signs users in before they arrive.
 */
export function UserBadge() {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => setState(response.ok ? { kind: "signed-in", me: (await response.json()) as MeResponse } : { kind: "signed-out" }))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  if (state.kind === "loading") return null;
  if (state.kind === "signed-out") {
    const returnTo = typeof window === "undefined" ? "/" : window.location.pathname;
    return (
      <a className="btn btn-small" href={`/api/auth/login?returnTo=${encodeURIComponent(returnTo)}`}>
        Sign in
      </a>
    );
  }
  const { me } = state;
  return (
    <span className="row small" data-testid="user-badge">
      <span>
        Signed in as <strong data-testid="user-name">{me.user}</strong>
        {me.isAdmin && me.mode !== "none" ? " (admin)" : ""}
      </span>
      {me.mode === "oidc" ? (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => void fetch("/api/auth/logout", { method: "POST" }).then(() => window.location.assign("/"))}
        >
          Sign out
        </button>
      ) : null}
    </span>
  );
}
