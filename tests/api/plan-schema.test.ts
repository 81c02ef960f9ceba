import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { GET as getPlanSchema } from "@/app/api/plan.schema.json/route";
import { writePlanFile } from "@/lib/core/plan-file";
import { BLUEPRINT_TEMPLATE, TEMPLATES } from "@/lib/core/templates/blueprint";
import { planJsonSchema } from "@/lib/schemas/plan-json-schema";

describe("GET /api/plan.schema.json", () => {
  test("serves the plan's JSON Schema as application/schema+json", async () => {
    const response = await getPlanSchema(new Request("http://planner.test/api/plan.schema.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/schema+json");
    expect(await response.json()).toEqual(planJsonSchema());
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(planJsonSchema());

  test.each(TEMPLATES.map((t) => [t.id, t.plan] as const))("the %s template, exported with $schema, is valid against it", (_id, plan) => {
    const exported = JSON.parse(writePlanFile(plan, "json", "http://planner.test/api/plan.schema.json")) as unknown;
    expect(validate(exported) ? "valid" : JSON.stringify(validate.errors)).toBe("valid");
  });

  test.each([
    ["an unknown field", { ...BLUEPRINT_TEMPLATE, colour: "blue" }, "/"],
    ["a count below its minimum", { ...BLUEPRINT_TEMPLATE, geoDns: { ...BLUEPRINT_TEMPLATE.geoDns, ttlSeconds: 0 } }, "/geoDns/ttlSeconds"],
    ["a malformed region id", { ...BLUEPRINT_TEMPLATE, cockroachdb: { ...BLUEPRINT_TEMPLATE.cockroachdb, primaryRegion: "us-east-1" } }, "/cockroachdb/primaryRegion"],
  ])("refuses %s, at its path", (_what, plan, instancePath) => {
    expect(validate(plan)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(instancePath === "/" ? "" : instancePath);
  });
});
