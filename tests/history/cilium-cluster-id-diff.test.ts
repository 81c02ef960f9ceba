import { describe, expect, test } from "vitest";
import { diffPlans } from "@/lib/core/history";
import { removeRegion } from "@/lib/core/plan-edit";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { blueprintWith, GCP_EUROPE_WEST1, regionOf } from "./fixtures";

const SOURCE = {
  title: "Cilium docs: Setting up Cluster Mesh",
  section: "Specify the Cluster Name and ID",
  url: "https://docs.cilium.io/en/stable/network/clustermesh/clustermesh/",
};
const warningText = (before: number, after: number) =>
  `Cilium cluster id changes from ${before} to ${after}. Cilium builds every security identity of the cluster from its id: ` +
  "changing it on a running cluster means disconnecting it from the mesh, restarting all its workloads and connecting it again. Keep the old id unless the cluster is rebuilt.";

/** The blueprint as saved before cluster ids were kept. */
function withoutIds(plan: Plan = BLUEPRINT_TEMPLATE): Plan {
  const copy = structuredClone(plan);
  for (const region of copy.regions) delete region.kubernetes.ciliumClusterId;
  return copy;
}

describe("revision diff of Cilium cluster ids", () => {
  test("a stored id changed on an existing region is flagged with Cilium's doc", () => {
    const after = blueprintWith((p) => {
      regionOf(p, "aws:us-east-2").kubernetes.ciliumClusterId = 9;
    });
    expect(diffPlans(BLUEPRINT_TEMPLATE, after)).toEqual([
      {
        path: "regions[aws:us-east-2].kubernetes.ciliumClusterId",
        label: "Cilium cluster id of aws:us-east-2",
        kind: "changed",
        before: 2,
        after: 9,
        warning: { text: warningText(2, 9), source: SOURCE },
      },
    ]);
  });

  test("removing the first region of a plan without stored ids renumbers the others: each is flagged", () => {
    const before = withoutIds();
    const after = withoutIds();
    after.regions = after.regions.filter((r) => r.id !== "aws:us-east-1");
    after.cockroachdb.primaryRegion = "aws:us-east-2";
    after.cockroachdb.secondaryRegion = "aws:us-west-2";
    const flagged = diffPlans(before, after).filter((c) => c.warning !== undefined);
    expect(flagged.map((c) => [c.path, c.before, c.after, c.warning?.source.url])).toEqual([
      ["regions[aws:us-east-2].kubernetes.ciliumClusterId", 2, 1, SOURCE.url],
      ["regions[aws:us-west-2].kubernetes.ciliumClusterId", 3, 2, SOURCE.url],
    ]);
  });

  test("the designer's removal keeps the ids: nothing is flagged", () => {
    const before = withoutIds();
    expect(diffPlans(before, removeRegion(before, "aws:us-east-1")).filter((c) => c.warning !== undefined)).toEqual([]);
  });

  test("writing down the id a region already had is no change", () => {
    expect(diffPlans(withoutIds(), BLUEPRINT_TEMPLATE)).toEqual([]);
    expect(diffPlans(BLUEPRINT_TEMPLATE, withoutIds())).toEqual([]);
  });

  test("reordering regions of a plan without stored ids changes their ids and is flagged", () => {
    const after = withoutIds();
    after.regions.reverse();
    expect(diffPlans(withoutIds(), after).map((c) => [c.path, c.before, c.after, c.warning !== undefined])).toEqual([
      ["regions[aws:us-west-2].kubernetes.ciliumClusterId", 3, 1, true],
      ["regions[aws:us-east-1].kubernetes.ciliumClusterId", 1, 3, true],
    ]);
  });

  test("an added or removed region carries no warning: its id is new or gone, not changed", () => {
    const after = blueprintWith((p) => p.regions.push({ ...structuredClone(GCP_EUROPE_WEST1), kubernetes: { ...GCP_EUROPE_WEST1.kubernetes, ciliumClusterId: 4 } }));
    const changes = diffPlans(BLUEPRINT_TEMPLATE, after);
    expect(changes.map((c) => [c.path, c.kind, c.warning])).toEqual([["regions[gcp:europe-west1]", "added", undefined]]);
    expect(diffPlans(after, BLUEPRINT_TEMPLATE).map((c) => [c.path, c.kind, c.warning])).toEqual([["regions[gcp:europe-west1]", "removed", undefined]]);
  });
});
