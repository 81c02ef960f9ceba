import "server-only";
import type { AuthConfig } from "@/lib/server/auth/config";
import { localIdentity, type Identity } from "@/lib/server/auth/identity";
import { sessionIdentity } from "@/lib/server/auth/session";
import { teleportIdentity } from "@/lib/server/auth/teleport-identity";

/** Who sent this request, by the configured mode; null when nobody verifiable did. */
export async function resolveIdentity(request: Request, config: AuthConfig): Promise<Identity | null> {
  switch (config.mode) {
    case "none":
      return localIdentity();
    case "teleport":
      return teleportIdentity(request, config);
    case "oidc":
      return sessionIdentity(request, config);
  }
}
