import { afterAll, beforeAll } from "vitest";
import { resetServerEnv } from "@/lib/server/env";
import { startTeleportIssuer, teleportEnv, type TeleportIssuer } from "./teleport-fixture";

/**
 * AUTH_MODE=teleport for the whole test file, against an issuer started for it; the environment
 * it changed is put back afterwards. `issuer` is there from the first test on.
 */
export function useTeleportMode(adminRole: string): { readonly issuer: TeleportIssuer } {
  let issuer: TeleportIssuer | undefined;
  const saved: Record<string, string | undefined> = {};
  beforeAll(async () => {
    issuer = await startTeleportIssuer();
    for (const [key, value] of Object.entries(teleportEnv(issuer, adminRole))) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    resetServerEnv();
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetServerEnv();
    await issuer?.close();
  });
  return {
    get issuer() {
      if (issuer === undefined) throw new Error("useTeleportMode: the issuer starts in beforeAll");
      return issuer;
    },
  };
}
