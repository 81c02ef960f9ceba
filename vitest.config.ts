import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// vitest 5's reporter calls Map.groupBy, which Node 20 lacks (it arrived in Node 21): without
// this, a failing test crashes the reporter instead of being reported.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    value: <K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // "server-only" throws outside React Server Components; in tests the server code runs in plain Node.
      "server-only": fileURLToPath(new URL("./tests/helpers/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/**/*.test.ts"],
    // System suites start production servers; they run after the build with tests/system/vitest.config.ts.
    exclude: ["**/node_modules/**", "tests/system/**"],
    environment: "node",
    // API and storage suites open real databases; keep them from fighting over one file.
    pool: "forks",
    testTimeout: 30_000,
    // Several suites race real processes (concurrent saves, migrations, shells). In CI a failure
    // gets one more run, shown as a retry in the report, so a timing fluke on a loaded machine
    // does not block a landing while a real fault still fails twice. Property tests replay the
    // same inputs on a retry (one fast-check seed per file), so their findings fail twice too.
    retry: process.env.CI ? 1 : 0,
    setupFiles: ["tests/helpers/fast-check-seed.ts"],
  },
});
