import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { fieldPositions, planFileFormat, readPlanText, writePlanFile } from "@/lib/core/plan-file";
import { PlanSchema } from "@/lib/schemas/plan";
import { blueprint, runCli, useTempDir, writePlan } from "./helpers";

const dir = useTempDir();

describe("plan files: JSON and YAML", () => {
  const plan = blueprint((p) => {
    p.geoDns.ttlSeconds = 3600;
    p.regions[1]!.zones = ["us-east-2a", "us-east-2b"];
    p.waivers.push({ findingId: "geodns-ttl", reason: "no: the DNS provider's minimum", waivedAt: "2026-01-05T10:00:00.000Z" });
  });

  test("the same plan as YAML and as JSON gives the same analysis through the CLI", async () => {
    const json = await runCli(["check", writePlan(dir, "same.json", plan), "--format", "json"], dir);
    const yaml = await runCli(["check", writePlan(dir, "same.yaml", plan), "--format", "json"], dir);
    const { file: _a, ...fromJson } = JSON.parse(json.stdout) as Record<string, unknown>;
    const { file: _b, ...fromYaml } = JSON.parse(yaml.stdout) as Record<string, unknown>;
    expect(fromYaml).toEqual(fromJson);
    expect(fromJson.findings).toEqual(analyzePlan(plan).findings);
  });

  test("an exported file reads back as the same plan, with its $schema", () => {
    for (const format of ["json", "yaml"] as const) {
      const text = writePlanFile(plan, format, "https://planner.example/api/plan.schema.json");
      const read = readPlanText(text, format);
      expect(read.ok).toBe(true);
      const parsed = PlanSchema.parse(read.ok ? read.value : null);
      expect(parsed).toEqual({ $schema: "https://planner.example/api/plan.schema.json", ...plan });
    }
  });

  test("YAML starts with the yaml-language-server modeline and puts $schema first", () => {
    const text = writePlanFile(plan, "yaml", "./plan.schema.json");
    expect(text.split("\n").slice(0, 4)).toEqual(["# yaml-language-server: $schema=./plan.schema.json", "", "$schema: ./plan.schema.json", "schemaVersion: 1"]);
  });

  test("YAML 1.2: strings a YAML 1.1 reader would turn into booleans or dates stay strings", () => {
    const read = readPlanText("a: no\nb: on\nc: 2026-01-05\nd: 0755\n", "yaml");
    expect(read).toEqual({ ok: true, format: "yaml", value: { a: "no", b: "on", c: "2026-01-05", d: 755 } });
  });

  test("an alias bomb is refused, not expanded", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`)].join("\n");
    const read = readPlanText(bomb, "yaml");
    expect(read.ok).toBe(false);
  });

  test.each([
    ["plan.json", "schemaVersion: 1", "json"],
    ["plan.YML", "{}", "yaml"],
    ["plan", '  {"schemaVersion": 1}', "json"],
    ["plan", "schemaVersion: 1", "yaml"],
  ])("%s starting %j is read as %s", (name, text, format) => {
    expect(planFileFormat(name, text)).toBe(format);
  });

  test("any plan written as YAML reads back as the same object (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (clusterName, reason) => {
        const edited = blueprint((p) => {
          p.teleport.clusterName = clusterName;
          p.waivers.push({ findingId: "x", reason, waivedAt: "2026-01-05T10:00:00.000Z" });
        });
        const read = readPlanText(writePlanFile(edited, "yaml", "s.json"), "yaml");
        expect(read).toEqual({ ok: true, format: "yaml", value: { $schema: "s.json", ...edited } });
      }),
      { numRuns: 60 },
    );
  });
});

describe("fieldPositions", () => {
  const text = writePlanFile(blueprint(), "json", "s.json");
  const lines = text.split("\n");
  const at = fieldPositions(text);

  test.each([
    ["geoDns.ttlSeconds", '"ttlSeconds"'],
    ["regions.1.kubernetes.podCidr", `"podCidr": "${blueprint().regions[1]!.kubernetes.podCidr}"`],
    ["cockroachdb.primaryRegion", '"primaryRegion"'],
  ])("%s is on the line of %s", (field, needle) => {
    const { line, column } = at(field);
    expect(lines[line - 1]?.slice(column - 1).startsWith(needle.split(":")[0]!)).toBe(true);
    expect(lines[line - 1]).toContain(needle);
  });

  test("a field the file does not have points at its nearest enclosing field", () => {
    expect(at("regions.0.resources.cockroach")).toEqual(at("regions.0"));
    expect(at("nowhere")).toEqual({ line: 1, column: 1 });
  });
});

describe("planner schema", () => {
  test("prints the JSON Schema that validates an exported plan, and writes it with -o", async () => {
    const run = await runCli(["schema"], dir);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties)).toEqual(["$schema", ...Object.keys(PlanSchema.shape).filter((k) => k !== "$schema")]);
    expect(schema.additionalProperties).toBe(false);
    expect((await runCli(["schema", "-o", "plan.schema.json"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "plan.schema.json"), "utf8")).toBe(run.stdout);
  });
});

describe("planner latency and regions", () => {
  test("latency gives both directions of each pair, as the API", async () => {
    const run = await runCli(["latency", "aws:us-east-1", "gcp:europe-west1", "--format", "json"], dir);
    const { pairs } = JSON.parse(run.stdout) as { pairs: { from: string; to: string; rttMs: number }[] };
    expect(pairs.map((p) => `${p.from}>${p.to}`)).toEqual(["aws:us-east-1>gcp:europe-west1", "gcp:europe-west1>aws:us-east-1"]);
    expect(pairs[0]?.rttMs).toBe(pairs[1]?.rttMs);
  });

  test("regions --provider lists only that provider's regions", async () => {
    const run = await runCli(["regions", "--provider", "azure", "--format", "json"], dir);
    const { regions } = JSON.parse(run.stdout) as { regions: { id: string }[] };
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((r) => r.id.startsWith("azure:"))).toBe(true);
    const text = await runCli(["regions", "--provider", "azure"], dir);
    expect(text.stdout.trimEnd().split("\n")).toHaveLength(regions.length);
  });
});
