import "@/tests/helpers/fast-check-seed";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { body, isJsonObject } from "@/tests/fuzz/arbitraries";
import { StepUpdateBodySchema } from "@/lib/core/runbook/api-schema";
import { AnalyzeBodySchema, CreateProjectBodySchema, RenameProjectBodySchema, SaveRevisionBodySchema } from "@/lib/schemas/api";
import { RestoreBodySchema } from "@/lib/server/api/history-schemas";
import { CreateShareBodySchema } from "@/lib/server/api/share-schemas";
import { SetMemberBodySchema } from "@/lib/server/api/team-schemas";

/**
 * The fuzz's oracle says "a write that succeeded is a bug", so no body it draws may be valid for
 * any route that writes. This checks the generator itself against every write body schema.
 */
const WRITE_BODY_SCHEMAS = {
  CreateProjectBodySchema,
  RenameProjectBodySchema,
  SaveRevisionBodySchema,
  AnalyzeBodySchema,
  CreateShareBodySchema,
  RestoreBodySchema,
  StepUpdateBodySchema,
  SetMemberBodySchema,
};

function decoded(text: string | Uint8Array | null): string | null {
  if (text === null) return null;
  if (typeof text === "string") return text;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(text);
  } catch {
    return null;
  }
}

describe("fuzz bodies", () => {
  test("the raw-text filter knows a JSON object when it sees one", () => {
    expect(["{}", " {} ", '{"a":1}'].map(isJsonObject)).toEqual([true, true, true]);
    expect(["[]", "null", "{", "", "1", '"{}"'].map(isJsonObject)).toEqual([false, false, false, false, false, false]);
  });

  test("no drawn body is valid for any route that writes", () => {
    fc.assert(
      fc.property(body, (drawn) => {
        const text = decoded(drawn.text);
        if (text === null || !isJsonObject(text)) return;
        const value: unknown = JSON.parse(text);
        for (const [name, schema] of Object.entries(WRITE_BODY_SCHEMAS)) expect(schema.safeParse(value).success, `${name} accepted ${text.slice(0, 200)}`).toBe(false);
      }),
      { numRuns: 1_000 },
    );
    // Whole plans (the lone-surrogate bodies) are parsed by seven schemas: slower than the rest.
  }, 120_000);
});
