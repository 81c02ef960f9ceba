import { HAS_POSTGRES } from "@/tests/system/helpers/postgres-server";

/**
 * The system suites start real servers against a production build, so they run only through
 * their own config (tests/system/vitest.config.ts sets PLANNER_SYSTEM_TESTS=1 and builds when
 * needed); under the root config (`npx vitest run`) they are reported as skipped.
 */
export const IS_SYSTEM_RUN = process.env.PLANNER_SYSTEM_TESTS === "1";

/** True when PostgreSQL can be started here; in CI its absence is an error, not a skip. */
export function requirePostgres(): boolean {
  if (!HAS_POSTGRES && process.env.CI) throw new Error("PostgreSQL is required in CI (apt-get install -y postgresql).");
  return HAS_POSTGRES;
}
