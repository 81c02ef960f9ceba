import { describe, expect, test } from "vitest";
import { analyzePlan } from "../analyze";
import { bundleDocuments } from "../bundle/documents";
import { BUNDLE_PATHS } from "../bundle/paths";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { curveSshNodes } from "./curve-range";
import { sizingCurve } from "./sizing-curve";
import { extraRegion, withRegions, withWorkload } from "./test-fixtures";

const euWest1 = extraRegion("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
/** The case: 4 regions × 3 zones, 1 node per zone, 200,000 SSH nodes. */
const plan = withWorkload({ sshNodes: 200_000 }, withRegions([...BLUEPRINT_TEMPLATE.regions, euWest1]));

/** Every `resources` object anywhere in a document value. */
function resourcesIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(resourcesIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => (key === "resources" ? [v] : resourcesIn(v)));
}

describe("one sizing at 200,000 SSH nodes (issue 13)", () => {
  const analysis = analyzePlan(plan);
  const { cockroach } = analysis.sizing;

  test("as planned and recommended are both in the analysis, each what it says", () => {
    expect(cockroach).toMatchObject({
      nodesPerZonePlanned: 1,
      plannedVcpuPerNode: 30,
      plannedMemoryGiBPerNode: 120,
      nodesPerZoneRecommended: 2,
      vcpuPerNode: 16,
      memoryGiBPerNode: 64,
      totalNodes: 12,
    });
  });

  test("the table's CockroachDB pods are the planned pods", () => {
    for (const region of analysis.sizing.regions) {
      const group = region.groups.find((g) => g.component === "cockroachdb");
      expect(group).toMatchObject({ pods: 3, vcpuPerPod: 30, memoryGiBPerPod: 120 });
    }
  });

  test("the manifests carry the planned pod, and analysis.json says the same", () => {
    const docs = bundleDocuments(plan, analysis);
    const values = docs.find((d) => d.path === BUNDLE_PATHS.cockroachValues("aws:us-east-1", "cockroachdb-us-east-1a"));
    expect(resourcesIn(values?.value)).toContainEqual({ requests: { cpu: "30", memory: "120Gi" }, limits: { memory: "120Gi" } });
    const json = docs.find((d) => d.path === BUNDLE_PATHS.analysis);
    expect((json?.value as typeof analysis).sizing.cockroach).toMatchObject({ plannedVcpuPerNode: 30, vcpuPerNode: 16 });
  });

  test("the curve reaches past the plan and its point at the plan is the recommendation", () => {
    const points = sizingCurve(plan, curveSshNodes(200_000));
    expect(points.at(-1)?.sshNodes).toBe(250_000);
    expect(points.find((p) => p.sshNodes === 200_000)).toMatchObject({ vcpuPerNode: 16, nodesPerZone: 2 });
  });
});
