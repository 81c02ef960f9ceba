import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

/**
 * SQLite and PostgreSQL each need their own Prisma schema (the provider is fixed per file). The
 * two must describe the same models: only the provider, the datasource url and the generator's
 * output folder may differ, and both must have the same migrations.
 */
const root = path.join(process.cwd(), "prisma");
const read = (provider: string) => readFileSync(path.join(root, provider, "schema.prisma"), "utf8");

function normalize(schema: string): string {
  return schema
    .split("\n")
    .filter((line) => !line.startsWith("//")) // the header comment names the other file
    .map((line) => line.replace(/^(\s*)(output|provider|url)(\s*)=.*$/, "$1$2$3= <provider-specific>"))
    .join("\n")
    .trim();
}

describe("prisma schemas", () => {
  test("are identical except provider, url and output", () => {
    expect(normalize(read("postgres"))).toBe(normalize(read("sqlite")));
  });

  test.each([
    ["sqlite", 'provider = "sqlite"', 'output     = "../../lib/server/generated/sqlite"'],
    ["postgres", 'provider = "postgresql"', 'output     = "../../lib/server/generated/postgres"'],
  ])("%s has its own provider and output", (provider, providerLine, outputLine) => {
    const schema = read(provider);
    expect(schema).toContain(providerLine);
    expect(schema).toContain(outputLine);
  });

  test("declare the models the app relies on", () => {
    const models = [...read("sqlite").matchAll(/^model (\w+) \{/gm)].map((match) => match[1]);
    expect(models).toEqual(["Project", "Revision", "RunbookStep", "ShareLink", "ProjectMember", "AuditEntry"]);
  });

  test("have the same migrations, each with a migration.sql", () => {
    const folders = (provider: string) => readdirSync(path.join(root, provider, "migrations")).sort();
    expect(folders("postgres")).toEqual(folders("sqlite"));
    for (const folder of folders("sqlite")) {
      expect(folder).toMatch(/^\d{4}_[a-z0-9_]+$/);
      for (const provider of ["sqlite", "postgres"]) expect(readFileSync(path.join(root, provider, "migrations", folder, "migration.sql"), "utf8")).toContain("CREATE TABLE");
    }
  });
});
