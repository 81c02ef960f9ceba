import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

/**
 * The system suites: real `next start` processes against one production build (SYSTEM_DIST_DIR,
 * default .next-system; global-setup builds it when missing). Files run one after another: each
 * starts servers and drives load, and the machine has two cores.
 *
 *   SYSTEM_DIST_DIR=.next-ci npx vitest run -c tests/system/vitest.config.ts
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/system/**/*.test.ts"],
    exclude: [],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    globalSetup: ["tests/system/global-setup.ts"],
    env: { PLANNER_SYSTEM_TESTS: "1" },
  },
});
