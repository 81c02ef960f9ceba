import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from "./tests/auth/oidc-fixture";

/**
 * The planner with AUTH_MODE=oidc, signing in through a real OpenID provider (oidc-provider on
 * loopback): `npx playwright test -c playwright.oidc.config.ts`. Specs are e2e/oidc/*.oidc.ts,
 * which the default config does not pick up. Ports: the app on E2E_OIDC_PORT (3101), the
 * provider on OIDC_PORT (3110); the production build in NEXT_DIST_DIR as for the default config.
 */
const port = Number(process.env.E2E_OIDC_PORT ?? 3101);
const oidcPort = Number(process.env.OIDC_PORT ?? 3110);
const appUrl = `http://127.0.0.1:${port}`;
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const dbFile = `data/e2e-oidc-${port}.db`;
const build = process.env.E2E_SKIP_BUILD ? "" : `bash scripts/build-into.sh ${distDir} && `;

export default defineConfig({
  ...base,
  testDir: "e2e/oidc",
  testMatch: "**/*.oidc.ts",
  outputDir: "test-results/e2e-oidc",
  use: { ...base.use, baseURL: appUrl },
  webServer: [
    {
      command: "npx tsx e2e/oidc/provider-server.ts",
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { OIDC_PORT: String(oidcPort), APP_URL: appUrl },
      stdout: "pipe",
    },
    {
      command: `rm -f ${dbFile} ${dbFile}-wal ${dbFile}-shm && ${build}npx next start -H 127.0.0.1 -p ${port}`,
      url: `${appUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 300_000,
      env: {
        NEXT_DIST_DIR: distDir,
        DATABASE_URL: `file:./${dbFile}`,
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_MODE: "oidc",
        APP_URL: appUrl,
        OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_SCOPES: "openid profile groups",
        SESSION_SECRET: "e2e-only-session-secret-0123456789abcdef",
        ADMIN_ROLES: "planner-admin",
      },
      stdout: "pipe",
    },
  ],
});
