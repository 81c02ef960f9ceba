import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // API and storage suites open real databases; keep them from fighting over one file.
    pool: "forks",
    testTimeout: 30_000,
    server: { deps: { inline: ["server-only"] } },
  },
});
