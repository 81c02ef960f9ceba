// Prisma CLI settings for the PostgreSQL schema (generate and migrate diff only: the app applies
// migrations itself at start, see lib/server/db/migrate.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/planner" }),
});
