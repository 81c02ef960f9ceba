import { dnsForwardTargets, dnsForwardingRegions } from "@/lib/core/manifests/cross-cluster-dns-targets";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { cockroachRegions, teleportRegionsInOrder } from "./names";
import { upgradeOrder } from "./sections/cockroach-upgrade";
import { gcsFederatedRegions } from "./sections/object-storage-gcs-federation";

/**
 * What each runbook step needs before it can run and what it leaves behind, as capability
 * names ("cilium-installed:aws:us-east-1", "cross-cluster-dns:gcp:us-east4",
 * "cockroach-certs-secret:…"). The runbook is a dependency graph in this sense: a test proves
 * for every plan of the bundle matrix that each need is provided by an earlier step. Declared
 * here, by step key, so the section builders stay about what a step does and the order can be
 * checked in one place.
 */
export type StepDependencies = { needs: string[]; provides: string[] };

export const CAP = {
  tools: "tools-installed",
  licences: "licences-at-hand",
  cluster: (id: string) => `cluster-ready:${id}`,
  ciliumInstalled: (id: string) => `cilium-installed:${id}`,
  podNetwork: "pod-network-routed",
  podCidr: (id: string) => `pod-cidr-checked:${id}`,
  portsOpen: (id: string) => `ports-open:${id}`,
  dnsEndpoint: (id: string) => `dns-endpoint:${id}`,
  crossClusterDns: (id: string) => `cross-cluster-dns:${id}`,
  buckets: "recording-buckets",
  replication: "recording-replication",
  recordingsAccess: "recording-access",
  storageClass: (id: string) => `storage-class:${id}`,
  cockroachCerts: (id: string) => `cockroach-certs-secret:${id}`,
  teleportDbCerts: (id: string) => `teleport-db-certs-secret:${id}`,
  cockroachStarted: (id: string) => `cockroach-started:${id}`,
  cockroachInitialised: "cockroach-initialised",
  teleportDatabases: "teleport-databases",
  databasePlacement: "database-placement",
  teleportSecrets: (id: string) => `teleport-secrets:${id}`,
  teleportDeployed: (id: string) => `teleport-deployed:${id}`,
  proxyAddresses: "proxy-addresses-known",
  geoDnsRecords: "geodns-records",
  geoDnsHealth: "geodns-health-checks",
  clusterVerified: "cluster-verified",
  drillDone: "failover-drill-done",
  upgradePathChecked: "cockroach-upgrade-path-checked",
  upgradePrepared: "cockroach-upgrade-prepared",
  cockroachUpgraded: (id: string) => `cockroach-upgraded:${id}`,
} as const;

const ids = (regions: readonly PlanRegion[]) => regions.map((r) => r.id);
const deps = (needs: string[], provides: string[]): StepDependencies => ({ needs: [...new Set(needs)], provides });

/** The dependencies of the step `key` in `plan`'s runbook; undefined for a key this table does not know (a test fails on it). */
export function stepDependencies(plan: Plan, key: string): StepDependencies | undefined {
  const [head, region] = splitKey(key);
  const byId = (id: string) => plan.regions.find((r) => r.id === id);
  const all = ids(plan.regions);
  const databases = ids(cockroachRegions(plan));
  const teleports = ids(teleportRegionsInOrder(plan));
  const isCilium = plan.connectivity.kind === "cilium-cluster-mesh";
  const forwarding = new Set(ids(dnsForwardingRegions(plan)));
  const dnsNeed = (id: string) => (forwarding.has(id) ? [CAP.crossClusterDns(id)] : []);

  switch (head) {
    case "prerequisites.tools":
      return deps([], [CAP.tools]);
    case "prerequisites.licences":
      return deps([], [CAP.licences]);
    case "prerequisites.cluster":
      return deps([CAP.tools], [CAP.cluster(region)]);
    case "networks.cilium":
      return deps([CAP.tools, CAP.cluster(region)], [CAP.ciliumInstalled(region)]);
    case "networks.connect":
      return deps(isCilium ? all.map(CAP.ciliumInstalled) : all.map(CAP.cluster), [CAP.podNetwork]);
    case "networks.pod-cidr":
      return deps([CAP.cluster(region), ...(isCilium ? [CAP.ciliumInstalled(region)] : [])], [CAP.podCidr(region)]);
    case "connectivity.ports":
      return deps([CAP.cluster(region), CAP.podNetwork], [CAP.portsOpen(region)]);
    case "connectivity.dns-endpoint":
      return deps([CAP.cluster(region)], [CAP.dnsEndpoint(region)]);
    case "connectivity.dns-forward": {
      const r = byId(region);
      const targets = r ? ids(dnsForwardTargets(plan, r)) : [];
      return deps([CAP.cluster(region), CAP.podNetwork, ...targets.flatMap((t) => [CAP.dnsEndpoint(t), CAP.portsOpen(t)])], [CAP.crossClusterDns(region)]);
    }
    // GCS outside Google Cloud: the buckets step reads each cluster's OIDC issuer, the access step applies its ConfigMap.
    case "object-storage.buckets":
      return deps([CAP.tools, ...ids(gcsFederatedRegions(plan)).map(CAP.cluster)], [CAP.buckets]);
    case "object-storage.replication":
      return deps([CAP.buckets], [CAP.replication]);
    case "object-storage.access":
      return deps([CAP.buckets, ...ids(gcsFederatedRegions(plan)).map(CAP.cluster)], [CAP.recordingsAccess]);
    case "cockroachdb.storage-class":
      return deps([CAP.cluster(region)], [CAP.storageClass(region)]);
    case "cockroachdb.certificates":
      return deps([CAP.tools, ...all.map(CAP.cluster)], [...databases.map(CAP.cockroachCerts), ...teleports.map(CAP.teleportDbCerts)]);
    case "cockroachdb.deploy":
      return deps(
        [CAP.storageClass(region), CAP.cockroachCerts(region), CAP.podNetwork, ...(databases.length > 1 ? [CAP.portsOpen(region)] : []), ...dnsNeed(region)],
        [CAP.cockroachStarted(region)],
      );
    case "cockroachdb.init":
      return deps([...databases.map(CAP.cockroachStarted), ...(plan.cockroachdb.licence === "core" ? [] : [CAP.licences])], [CAP.cockroachInitialised]);
    case "cockroachdb.databases":
      return deps([CAP.cockroachInitialised], [CAP.teleportDatabases]);
    case "cockroachdb.regions":
      return deps([CAP.teleportDatabases], [CAP.databasePlacement]);
    case "teleport.secrets":
      return deps([CAP.cluster(region), ...(plan.teleport.edition === "enterprise" ? [CAP.licences] : [])], [CAP.teleportSecrets(region)]);
    case "teleport.deploy": {
      const first = teleports[0];
      return deps(
        [
          CAP.teleportSecrets(region),
          CAP.teleportDbCerts(region),
          CAP.teleportDatabases,
          CAP.databasePlacement,
          CAP.recordingsAccess,
          // In a database region Teleport uses the local cockroachdb-public; elsewhere it resolves another cluster's.
          ...(byId(region)?.runsCockroach ? [] : dnsNeed(region)),
          ...(plan.teleport.proxyPeering.enabled && teleports.length > 1 ? [CAP.portsOpen(region)] : []),
          ...(first !== undefined && first !== region ? [CAP.teleportDeployed(first)] : []),
        ],
        [CAP.teleportDeployed(region)],
      );
    }
    case "geodns.endpoints":
      return deps(teleports.map(CAP.teleportDeployed), [CAP.proxyAddresses]);
    case "geodns.records":
      return deps([CAP.proxyAddresses], [CAP.geoDnsRecords]);
    case "geodns.health-checks":
      return deps([CAP.geoDnsRecords], [CAP.geoDnsHealth]);
    case "verification.cluster-status":
      return deps([...teleports.map(CAP.teleportDeployed), CAP.geoDnsRecords], [CAP.clusterVerified]);
    case "verification.database-regions":
      return deps([CAP.databasePlacement], ["database-placement-verified"]);
    case "verification.proxy-peering":
      return deps(teleports.map(CAP.teleportDeployed), ["proxy-peering-verified"]);
    case "verification.failover-drill":
      return deps([CAP.clusterVerified, CAP.geoDnsHealth], [CAP.drillDone]);
    case "verification.failover-restore":
      return deps([CAP.drillDone], ["failover-restored"]);
    case "verification.proxy-peer-addresses":
      return deps(teleports.map(CAP.teleportDeployed), ["proxy-peer-addresses-verified"]);
    // The CockroachDB upgrade ("cockroach-upgrade.region.aws:us-east-1@26.4.0"): regions one at a
    // time in the section's order (primary last), each after the one before it.
    case "cockroach-upgrade.refused":
      return deps([], ["cockroach-upgrade-refused"]);
    case "cockroach-upgrade.path":
      return deps([CAP.cockroachInitialised, CAP.clusterVerified], [CAP.upgradePathChecked]);
    case "cockroach-upgrade.prepare":
      return deps([CAP.upgradePathChecked], [CAP.upgradePrepared]);
    case "cockroach-upgrade.region": {
      const order = ids(upgradeOrder(plan));
      const before = order[order.indexOf(region) - 1];
      return deps([CAP.upgradePrepared, ...teleports.map(CAP.teleportDeployed), ...(before ? [CAP.cockroachUpgraded(before)] : [])], [CAP.cockroachUpgraded(region)]);
    }
    case "cockroach-upgrade.finish":
      return deps(databases.map(CAP.cockroachUpgraded), ["cockroach-upgrade-finalized"]);
  }
  // The update section plans for a target version ("update.a.suspend@18.11.0"): each step follows a verified cluster.
  if (head.startsWith("update.")) return deps([CAP.clusterVerified], [head]);
  return undefined;
}

/** "cockroachdb.deploy.aws:us-east-1" → ["cockroachdb.deploy", "aws:us-east-1"]; keys without a region keep an empty one. */
function splitKey(key: string): [string, string] {
  const base = key.split("@")[0] ?? key;
  const match = /^([a-z-]+\.[a-z-]+)\.([a-z]+:[a-z0-9-]+)$/.exec(base);
  return match ? [match[1]!, match[2]!] : [base, ""];
}

