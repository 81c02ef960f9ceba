import { describe, expect, test } from "vitest";
import { PlanSchema } from "@/lib/schemas/plan";
import { BUNDLE_MATRIX } from "./matrix";

describe.each(BUNDLE_MATRIX)("$name", ({ plan }) => {
  test("is a valid plan", () => {
    const parsed = PlanSchema.safeParse(plan);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
