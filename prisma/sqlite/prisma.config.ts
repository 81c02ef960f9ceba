// Prisma CLI settings for the SQLite schema. The JS engine keeps every CLI command offline
// (see shared STACK notes: Prisma 6.19 with engine "js" needs no native binaries).
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "schema.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaLibSQL({ url: process.env.DATABASE_URL ?? "file:./data/planner.db" }),
});
