import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { regionSlug } from "@/lib/core/bundle/paths";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { getRegion } from "@/lib/core/catalog";
import { buildRunbook } from "@/lib/core/runbook";
import { PlanSchema } from "@/lib/schemas/plan";
import { region } from "./fixtures";
import { BUNDLE_MATRIX } from "./matrix";
import { at, parseShell } from "./parse";

/**
 * The zone layout of CockroachDB (lib/core/manifests/cockroach-zones.ts) read back from the
 * bundle of every matrix plan, against what the chart does with it: the pod labels, the
 * advertised host names and the one-locality-per-release rule come from the chart's templates
 * (fixtures/cockroachdb-pod-labels.json, with its source).
 */
type ChartFacts = { chartName: string; podLabels: Record<string, string>; initJobPodLabels: Record<string, string> };
const CHART = JSON.parse(readFileSync(new URL("./fixtures/cockroachdb-pod-labels.json", import.meta.url), "utf8")) as ChartFacts;

/** The labels the chart puts on a pod of `release`, from the fixture's templates. */
const labelsOf = (template: Record<string, string>, release: string) =>
  Object.fromEntries(Object.entries(template).map(([k, v]) => [k, v.replace("<chart name>", CHART.chartName).replace("<release>", release)]));
const selects = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);

/** "*.a.b" matches "x.a.b" (one label), as TLS wildcards do. */
const covers = (sans: string[], host: string) => sans.some((s) => s === host || (s.startsWith("*.") && host.slice(host.indexOf(".") + 1) === s.slice(2)));

describe.each(BUNDLE_MATRIX)("$name", ({ plan }) => {
  const analysis = analyzePlan(plan);
  const files = new Map(buildBundle(plan, analysis).map((f) => [f.path, String(f.content)]));
  const yaml = (path: string) => fromYaml(files.get(path) ?? "") as Record<string, unknown>;
  const databases = plan.regions.filter((r) => r.runsCockroach);
  const releasesOf = (slug: string) => [...files.keys()].filter((p) => p.startsWith(`cockroachdb/${slug}/`) && p.endsWith("/values.yaml")).map((p) => yaml(p));
  const steps = buildRunbook(plan, analysis).sections.flatMap((s) => s.steps);

  test.each(databases.map((r) => [r.id, r] as const))("%s: one release per zone, pinned to the zone, with the zone in its locality", (_, region) => {
    const releases = releasesOf(regionSlug(region.id));
    const zoneLabel = (z: string) => (region.id.startsWith("azure:") ? `${getRegion(region.id)?.code}-${z}` : z);
    expect(releases.map((v) => at(v, "statefulset", "nodeSelector", "topology.kubernetes.io/zone"))).toEqual(region.zones.map(zoneLabel));
    expect(releases.map((v) => v.fullnameOverride)).toEqual(region.zones.map((z) => `cockroachdb-${zoneLabel(z)}`));
    const top = `${plan.cockroachdb.licence === "core" ? "zone" : "region"}=${getRegion(region.id)?.code}`;
    const tier = plan.cockroachdb.licence === "core" ? "az" : "zone";
    expect(releases.map((v) => at(v, "conf", "locality"))).toEqual(region.zones.map((z) => `${top},${tier}=${zoneLabel(z)}`));
    expect(releases.map((v) => at(v, "statefulset", "replicas"))).toEqual(region.zones.map(() => plan.cockroachdb.nodesPerZone));
  });

  test("conf.join names pods that exist, several zones per region, at most three per region", () => {
    const all = databases.flatMap((r) => releasesOf(regionSlug(r.id)).map((v) => ({ ns: r.kubernetes.cockroachNamespace, id: r.id, release: String(v.fullnameOverride), replicas: Number(at(v, "statefulset", "replicas")) })));
    const join = at(releasesOf(regionSlug(databases[0]!.id))[0], "conf", "join") as string[];
    for (const address of join) {
      const [pod, release, ns] = address.split(".");
      const owner = all.find((r) => r.release === release && r.ns === ns);
      expect(owner, address).toBeDefined();
      expect(Number(pod!.slice(release!.length + 1)), address).toBeLessThan(owner!.replicas);
    }
    for (const region of databases) {
      const own = join.filter((a) => a.endsWith(`.${region.kubernetes.cockroachNamespace}`));
      expect(own.length).toBe(Math.min(3, plan.cockroachdb.nodesPerZone * region.zones.length));
      expect(new Set(own.map((a) => a.split(".")[1])).size).toBe(Math.min(3, region.zones.length));
    }
    // Every release carries the same list.
    for (const region of databases) for (const v of releasesOf(regionSlug(region.id))) expect(at(v, "conf", "join")).toEqual(join);
  });

  test.each(databases.map((r) => [r.id, r] as const))("%s: cockroachdb-public selects every release's pods and not the chart's init job", (_, region) => {
    const service = yaml(`cockroachdb/${regionSlug(region.id)}/public-service.yaml`);
    expect(at(service, "metadata", "name")).toBe("cockroachdb-public");
    expect(at(service, "metadata", "namespace")).toBe(region.kubernetes.cockroachNamespace);
    const selector = at(service, "spec", "selector") as Record<string, string>;
    for (const v of releasesOf(regionSlug(region.id))) {
      const release = String(v.fullnameOverride);
      expect(selects(selector, labelsOf(CHART.podLabels, release)), release).toBe(true);
      expect(selects(selector, labelsOf(CHART.initJobPodLabels, release)), release).toBe(false);
    }
    expect(at(service, "spec", "ports")).toEqual([
      { name: "grpc", port: 26257, targetPort: "grpc", protocol: "TCP" },
      { name: "http", port: 8080, targetPort: "http", protocol: "TCP" },
    ]);
  });

  test("each region's node certificate names every host its nodes advertise or are joined by, and cockroachdb-public", () => {
    const { commands } = parseShell(files.get("cockroachdb/certificates.sh") ?? "");
    const nodes = commands.filter((c) => c[0] === "cockroach" && c[2] === "create-node");
    expect(nodes).toHaveLength(databases.length);
    databases.forEach((region, i) => {
      const sans = nodes[i]!.filter((w) => !w.startsWith("--"));
      const ns = region.kubernetes.cockroachNamespace;
      expect(covers(sans, `cockroachdb-public.${ns}.svc.cluster.local`)).toBe(true);
      for (const v of releasesOf(regionSlug(region.id))) {
        const release = String(v.fullnameOverride);
        for (let pod = 0; pod < Number(at(v, "statefulset", "replicas")); pod += 1) {
          expect(covers(sans, `${release}-${pod}.${release}.${ns}.svc.cluster.local`), `${release}-${pod}`).toBe(true);
          expect(covers(sans, `${release}-${pod}.${release}.${ns}`), `${release}-${pod}`).toBe(true);
        }
      }
    });
  });

  test("the runbook installs every release at the pinned chart version and checks every node's locality", () => {
    for (const region of databases) {
      const deploy = steps.find((s) => s.key === `cockroachdb.deploy.${region.id}`)!;
      const installs = deploy.commands.filter((c) => c.startsWith("helm upgrade --install"));
      expect(installs).toEqual(
        releasesOf(regionSlug(region.id)).map((v) => expect.stringMatching(new RegExp(`^helm upgrade --install ${String(v.fullnameOverride)} cockroachdb/cockroachdb --version 21\\.0\\.1 `))),
      );
      expect(deploy.commands.at(-1)).toContain(`apply --filename cockroachdb/${regionSlug(region.id)}/public-service.yaml`);
      expect(deploy.verify).toContain(`kubectl --context ${region.kubernetes.clusterName} get nodes --label-columns=topology.kubernetes.io/zone`);
    }
    const init = steps.find((s) => s.key === "cockroachdb.init")!;
    expect(init.verify).toContain("cockroach sql --certs-dir=certs --host=localhost:26257 --execute 'SELECT node_id, locality FROM crdb_internal.gossip_nodes ORDER BY node_id'");
    for (const region of databases) for (const v of releasesOf(regionSlug(region.id))) expect(init.expect).toContain(String(at(v, "conf", "locality")));
  });
});

test("an Azure region without availability zones gets one release with the region tier only, and the Service in front of it", () => {
  const base = BUNDLE_MATRIX.find((m) => m.name === "blueprint")!.plan;
  const plan = PlanSchema.parse({
    ...base,
    cockroachdb: { ...base.cockroachdb, nodesPerZone: 2 },
    regions: base.regions.map((r, i) => (i === 2 ? { ...region("azure:westus", ["1"], 18), storageClass: { name: "managed-premium", type: "ssd" } } : r)),
  });
  const files = new Map(buildBundle(plan, analyzePlan(plan)).map((f) => [f.path, String(f.content)]));
  expect([...files.keys()].filter((p) => p.startsWith("cockroachdb/azure-westus/"))).toEqual(["cockroachdb/azure-westus/cockroachdb-westus/values.yaml", "cockroachdb/azure-westus/public-service.yaml"]);
  const values = fromYaml(files.get("cockroachdb/azure-westus/cockroachdb-westus/values.yaml")!) as Record<string, unknown>;
  expect(at(values, "conf", "locality")).toBe("region=westus");
  expect(at(values, "statefulset", "replicas")).toBe(2);
  expect(at(values, "statefulset", "nodeSelector")).toBeUndefined();
  expect((at(values, "conf", "join") as string[]).filter((a) => a.endsWith(".westus"))).toEqual(["cockroachdb-westus-0.cockroachdb-westus.westus", "cockroachdb-westus-1.cockroachdb-westus.westus"]);
});
