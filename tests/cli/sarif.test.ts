import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { RULES } from "@/lib/core/rules";
import { blueprint, runCli, useTempDir, writePlan } from "./helpers";

// The official SARIF 2.1.0 schema (JSON Schema draft-04); source in tests/cli/fixtures/README.md.
const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "sarif-schema-2.1.0.json"), "utf8")) as object;
const ajv = new AjvDraft04({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

type SarifResult = {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[];
  suppressions?: { kind: string; justification: string }[];
  properties?: { fix: string; source: { title: string } };
};
type SarifLog = { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: SarifResult[] }[] };

const dir = useTempDir();

async function sarif(file: string, status: number): Promise<SarifLog> {
  const run = await runCli(["check", file, "--format", "sarif"], dir);
  expect(run.code).toBe(status);
  const log = JSON.parse(run.stdout) as SarifLog;
  expect(validate(log) ? "valid" : JSON.stringify(validate.errors?.slice(0, 5))).toBe("valid");
  return log;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(file: string, needle: string): number {
  return readFileSync(path.join(dir, file), "utf8").split("\n").findIndex((line) => line.includes(needle)) + 1;
}

describe("planner check --format sarif", () => {
  const critical = writePlan(dir, "critical.yaml", blueprint((p) => {
    p.objectStorage.versioning = false;
    p.geoDns.ttlSeconds = 3600;
    p.waivers.push({ findingId: "geodns-ttl", reason: "The DNS provider's minimum is one hour.", waivedAt: "2026-01-05T10:00:00.000Z" });
  }));

  test("is valid SARIF 2.1.0 with one result per finding: rule id and index, level, message with fix, source", async () => {
    const log = await sarif(critical, 1);
    expect(log.version).toBe("2.1.0");
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe("planner");
    const rules = run?.tool.driver.rules.map((r) => r.id) ?? [];
    expect(rules.slice(0, RULES.length)).toEqual(RULES.map((r) => r.id));
    const results = run?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ["object-storage-versioning", "error"],
      ["geodns-ttl", "warning"],
      ["cockroach-below-production", "note"],
    ]);
    for (const result of results) {
      expect(rules[result.ruleIndex ?? -1]).toBe(result.ruleId);
      expect(result.message.text).toContain(` Fix: ${result.properties?.fix}`);
      expect(result.properties?.source.title).not.toBe("");
    }
  });

  test("locates each finding on its plan field's line, with the field path as logical location", async () => {
    const log = await sarif(critical, 1);
    const versioning = log.runs[0]?.results.find((r) => r.ruleId === "object-storage-versioning");
    expect(versioning?.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "critical.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: lineOf(critical, "versioning:"), startColumn: 3 } },
        logicalLocations: [{ fullyQualifiedName: "objectStorage.versioning", kind: "member" }],
      },
    ]);
  });

  test("a waived finding is an in-source suppression with the waiver's reason", async () => {
    const log = await sarif(critical, 1);
    const ttl = log.runs[0]?.results.find((r) => r.ruleId === "geodns-ttl");
    expect(ttl?.suppressions).toEqual([{ kind: "inSource", justification: "The DNS provider's minimum is one hour." }]);
  });

  test("a plan with no findings at all still gives a valid log", async () => {
    // cockroach-below-production is info: waive it so the plan has no unwaived finding.
    const file = writePlan(dir, "clean.json", blueprint((p) => void p.waivers.push({ findingId: "cockroach-below-production", reason: "Load-tested.", waivedAt: "2026-01-05T10:00:00.000Z" })));
    const log = await sarif(file, 0);
    expect(log.runs[0]?.results.map((r) => r.suppressions?.[0]?.justification)).toEqual(["Load-tested."]);
  });

  test("an invalid plan gives one plan-schema error per field, on its line, and exits 2", async () => {
    const file = writePlan(dir, "invalid.json", blueprint((p) => void (p.geoDns.ttlSeconds = 0)));
    const log = await sarif(file, 2);
    expect(log.runs[0]?.results).toEqual([
      expect.objectContaining({
        ruleId: "plan-schema",
        level: "error",
        message: { text: "geoDns.ttlSeconds: Must be at least 1." },
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ region: { startLine: lineOf(file, '"ttlSeconds"'), startColumn: 5 } }) })],
      }),
    ]);
  });

  test("a file that is not YAML at all is one error at the syntax error's position", async () => {
    writeFileSync(path.join(dir, "broken.yaml"), "schemaVersion: 1\nschemaVersion: 2\n");
    const log = await sarif("broken.yaml", 2);
    expect(log.runs[0]?.results.map((r) => r.message.text)).toEqual(["Not valid YAML: Map keys must be unique"]);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.region.startLine).toBe(2);
  });
});
