import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { getRegionOrThrow } from "@/lib/core/catalog";
import { newPlanRegion } from "@/lib/core/plan-edit";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import { PlanSchema, type Plan } from "@/lib/schemas/plan";
import { buildRunbook } from "./build-runbook";
import { shellWords } from "./shell-words.test-helper";

/** Plans unlike the template: other clouds, other meshes and storage, regions with one role. */
function multiCloud(): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  const gcp = newPlanRegion(plan, getRegionOrThrow("gcp:us-central1"));
  const withGcp = { ...plan, regions: [...plan.regions.slice(0, 2), gcp] };
  const azure = { ...newPlanRegion(withGcp, getRegionOrThrow("azure:eastus")), runsCockroach: false };
  return {
    ...withGcp,
    regions: [...withGcp.regions, azure],
    connectivity: { kind: "cilium-cluster-mesh", proxyPeeringPortOpen: false, cockroachPortOpen: true },
    objectStorage: { ...plan.objectStorage, kind: "gcs" },
    geoDns: { ...plan.geoDns, provider: "other", healthCheck: { enabled: false, path: "/v1/webapi/ping" } },
  };
}

function twoRegions(): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  return {
    ...plan,
    regions: [plan.regions[0]!, { ...plan.regions[1]!, runsTeleport: false }],
    cockroachdb: { ...plan.cockroachdb, survivalGoal: "zone", licence: "core" },
    teleport: { ...plan.teleport, edition: "community", tls: { mode: "cert-manager", issuerName: "letsencrypt", issuerKind: "ClusterIssuer" } },
  };
}

describe.each([
  ["multi-cloud with Cilium, GCS and no DNS health checks", multiCloud],
  ["two regions, one of them database-only, core licence", twoRegions],
])("%s", (_, make) => {
  const plan = make();
  const runbook = buildRunbook(plan, analyzePlan(plan));
  const steps = runbook.sections.flatMap((s) => s.steps);

  test("the plan is valid and every step has a unique key, a source and commands that split cleanly", () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
    for (const step of steps) {
      expect(step.sources.length).toBeGreaterThan(0);
      for (const line of [...step.commands, ...step.verify]) expect(() => shellWords(line)).not.toThrow();
    }
  });

  test("only Teleport regions get Teleport steps, only database regions CockroachDB steps", () => {
    const teleportRegions = plan.regions.filter((r) => r.runsTeleport).map((r) => r.id);
    const databaseRegions = plan.regions.filter((r) => r.runsCockroach).map((r) => r.id);
    expect(steps.filter((s) => s.key.startsWith("teleport.deploy.")).map((s) => s.key.slice("teleport.deploy.".length))).toEqual(
      [...teleportRegions].sort((a, b) => (a === plan.cockroachdb.primaryRegion ? -1 : b === plan.cockroachdb.primaryRegion ? 1 : 0)),
    );
    expect(steps.filter((s) => s.key.startsWith("cockroachdb.deploy.")).map((s) => s.key.slice("cockroachdb.deploy.".length))).toEqual(databaseRegions);
  });
});

test("a Teleport region without CockroachDB talks to the nearest database region", () => {
  const plan = multiCloud();
  const deploy = buildRunbook(plan, analyzePlan(plan)).sections.flatMap((s) => s.steps).find((s) => s.key === "teleport.deploy.azure:eastus")!;
  expect(deploy.what).toMatch(/through cockroachdb-public\.[a-z0-9-]+\.svc\.cluster\.local:26257 \(the nearest database region, (aws|gcp):[a-z0-9-]+\)/);
});

test("Cilium is installed in every region before the mesh, and the mesh peers go through Helm values, not the CLI", () => {
  const plan = multiCloud();
  const runbook = buildRunbook(plan, analyzePlan(plan));
  const networks = runbook.sections.find((s) => s.id === "networks")!.steps;
  const keys = networks.map((s) => s.key);
  expect(keys.slice(0, 5)).toEqual([...plan.regions.map((r) => `networks.cilium.${r.id}`), "networks.connect"]);
  const connect = networks[4]!;
  expect(connect.title).toBe("Mesh the clusters with Cilium ClusterMesh");
  // The defect: `cilium clustermesh enable/connect` wrote settings a later `helm upgrade -f values.yaml` reset.
  expect(connect.commands.filter((c) => c.startsWith("cilium "))).toEqual([]);
  const upgrades = connect.commands.filter((c) => c.includes("helm upgrade --install cilium"));
  expect(upgrades).toHaveLength(4);
  for (const u of upgrades) expect(u).toMatch(/^envsubst '\$CLUSTERMESH_IP_[A-Z0-9_ $]+' < network\/[a-z0-9-]+\/clustermesh-values\.yaml \| helm upgrade --install cilium cilium\/cilium --version 1\.18\.0 .* --values network\/[a-z0-9-]+\/cilium-values\.yaml --values -$/);
  const azure = networks.find((s) => s.key === "networks.cilium.azure:eastus")!;
  expect(azure.files).toEqual(["network/azure-eastus/cilium-values.yaml"]);
  expect(azure.commands[0]).toContain("get secret cilium-ca");
});
