import { useTestDatabase } from "@/tests/helpers/test-database";
import { describe, expect, test } from "vitest";
import { POST as postAnalyze } from "@/app/api/analyze/route";
import { GET as getLatency } from "@/app/api/latency/route";
import { GET as getRegions } from "@/app/api/regions/route";
import { GET as getTemplates } from "@/app/api/templates/route";
import { analyzePlan } from "@/lib/core/analyze";
import { REGIONS } from "@/lib/core/catalog";
import { rttBetween } from "@/lib/core/latency";
import { TEMPLATES } from "@/lib/core/templates/blueprint";
import type { LatencyPair } from "@/lib/schemas/api";
import { blueprintPlan, call } from "@/tests/helpers/api-request";

useTestDatabase();

const latency = (regions: string) => call(getLatency, { path: `/api/latency?regions=${encodeURIComponent(regions)}` });

describe("GET /api/templates and /api/regions", () => {
  test("templates are the core's templates", async () => {
    const response = await call(getTemplates);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ templates: JSON.parse(JSON.stringify(TEMPLATES)) });
    expect((response.body as { templates: { id: string }[] }).templates.map((t) => t.id)).toEqual(["blueprint"]);
  });

  test("regions are the catalog", async () => {
    const response = await call(getRegions);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ regions: JSON.parse(JSON.stringify(REGIONS)) });
  });
});

describe("GET /api/latency", () => {
  test.each([
    [["aws:us-east-1", "gcp:europe-west1"]],
    [["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]],
    [REGIONS.slice(0, 30).map((r) => r.id)],
  ])("n regions give n(n-1) ordered pairs with kind (%#)", async (ids) => {
    const response = await latency(ids.join(","));
    expect(response.status).toBe(200);
    const { pairs } = response.body as { pairs: LatencyPair[] };
    expect(pairs).toHaveLength(ids.length * (ids.length - 1));
    expect(new Set(pairs.map((p) => `${p.from}>${p.to}`)).size).toBe(pairs.length);
    expect(pairs.every((p) => p.from !== p.to && (p.kind === "measured" || p.kind === "estimated"))).toBe(true);
    const first = pairs[0]!;
    expect(first).toEqual(rttBetween(first.from, first.to));
  });

  test("a repeated list (spaces or not) gets the same answer, byte for byte", async () => {
    const ids = ["aws:us-east-1", "gcp:europe-west1", "azure:westeurope"];
    const first = await call(getLatency, { path: `/api/latency?regions=${ids.join(",")}` });
    const again = await call(getLatency, { path: `/api/latency?regions=${encodeURIComponent(ids.join(" , "))}` });
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect((again.body as { pairs: LatencyPair[] }).pairs).toHaveLength(6);
  });

  test("tolerates spaces around ids", async () => {
    const response = await latency(" aws:us-east-1 , aws:us-west-2 ");
    expect(response.status).toBe(200);
    expect((response.body as { pairs: LatencyPair[] }).pairs.map((p) => [p.from, p.to])).toEqual([
      ["aws:us-east-1", "aws:us-west-2"],
      ["aws:us-west-2", "aws:us-east-1"],
    ]);
  });

  const UNKNOWN = "Unknown region: it is not in the catalog of AWS, Google Cloud and Azure regions.";
  test.each([
    ["aws:us-east-1", [{ path: "regions", message: "Give at least 2 regions." }]],
    ["aws:us-east-1,aws:mars-north-1", [{ path: "regions.1", message: UNKNOWN }]],
    ["aws:us-east-1,,aws:us-west-2", [{ path: "regions.1", message: UNKNOWN }]],
    ["aws:us-east-1,aws:us-east-1", [{ path: "regions.1", message: "Region aws:us-east-1 is listed twice." }]],
    [REGIONS.slice(0, 31).map((r) => r.id).join(","), [{ path: "regions", message: "Give at most 30 regions." }]],
  ])("400 for regions=%s", async (regions, issues) => {
    const response = await latency(regions);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: "invalid_query", message: "The query string is not valid.", issues } });
  });

  test("400 when regions is missing", async () => {
    const response = await call(getLatency, { path: "/api/latency" });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: { code: "invalid_query", message: "The query string is not valid.", issues: [{ path: "regions", message: "List the regions, e.g. ?regions=aws:us-east-1,gcp:europe-west1." }] },
    });
  });
});

describe("POST /api/analyze", () => {
  test("analyses the plan without storing it", async () => {
    const plan = blueprintPlan();
    plan.cockroachdb.survivalGoal = "zone";
    const response = await call(postAnalyze, { body: { plan } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ analysis: JSON.parse(JSON.stringify(analyzePlan(plan))) });
  });

  test("422 with field paths for an invalid plan", async () => {
    const plan = blueprintPlan();
    plan.regions[1]!.kubernetes.serviceCidr = "172.17.0.1/16";
    plan.cockroachdb.primaryRegion = "gcp:europe-west1";
    const response = await call(postAnalyze, { body: { plan } });
    expect(response.status).toBe(422);
    const { issues } = (response.body as { error: { issues: { path: string }[] } }).error;
    expect(issues.map((issue) => issue.path).sort()).toEqual(["plan.cockroachdb.primaryRegion", "plan.regions.1.kubernetes.serviceCidr"]);
  });
});
