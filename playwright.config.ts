import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in Debian's Chromium (npx playwright install cannot download browsers here).
 * Each run builds the app into its own dist dir and serves it on its own port with a fresh
 * SQLite file, so parallel checkouts and developers do not collide.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const dbFile = `data/e2e-${port}.db`;
const build = process.env.E2E_SKIP_BUILD ? "" : `bash scripts/build-into.sh ${distDir} && `;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 900 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -f ${dbFile} ${dbFile}-wal ${dbFile}-shm && ${build}npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    // One browser plays every user from one address: the per-client rate limit would only get in the way.
    env: { NEXT_DIST_DIR: distDir, DATABASE_URL: `file:./${dbFile}`, NEXT_TELEMETRY_DISABLED: "1", RATE_LIMIT_EXPENSIVE_PER_MINUTE: "0" },
    stdout: "pipe",
  },
});
