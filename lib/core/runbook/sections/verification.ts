import type { FailureScenario } from "@/lib/core/analysis/types";
import { cockroachReleases } from "@/lib/core/manifests/cockroach-zones";
import { sqlIdent } from "@/lib/core/text/quote";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { cockroachLocal, cockroachSql, throughTunnel } from "../cockroach-sql";
import {
  AUDIT_DB,
  BACKEND_DB,
  PROBE_IMAGE,
  PROXY_PEERING_PORT,
  TELEPORT_RELEASE,
  cockroachNodes,
  cockroachRegionName,
  cockroachRegions,
  kubeContext,
  listText,
  plural,
  regionCode,
  regionLabel,
} from "../names";
import { capture, envRef, envSuffix, kubectl, sh, type ShellArg } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";
import { proxyPeerAddressesStep } from "./proxy-peer-addresses";
import { tctlStatus } from "./teleport";

const PROXY_SELECTOR = `--selector=app.kubernetes.io/instance=${TELEPORT_RELEASE},app.kubernetes.io/component=proxy`;

/** Checks after deployment: one cluster, database regions, proxy peering, and a failover drill. */
export function verificationSteps(ctx: RunbookContext): StepDraft[] {
  const { plan } = ctx;
  const teleport = plan.regions.filter((r) => r.runsTeleport);
  const databases = cockroachRegions(plan);
  const primary = databases.find((r) => r.id === plan.cockroachdb.primaryRegion) ?? databases[0];
  const steps: StepDraft[] = [
    draft({
      key: "verification.cluster-status",
      title: "Check that every region serves the same cluster",
      what: `Run tctl status in the Auth Service of ${listText(teleport.map((r) => r.id))}. All regions share one backend, so they must report one cluster with the same CA pins.`,
      commands: teleport.map(tctlStatus),
      expect: `Every region prints cluster ${plan.teleport.clusterName}, version ${plan.teleport.version}, and identical CA pins.`,
      sources: [SRC.architecture],
      inputs: { regions: teleport.map((r) => [r.id, kubeContext(r), r.kubernetes.teleportNamespace]), clusterName: plan.teleport.clusterName, version: plan.teleport.version },
    }),
  ];
  if (primary)
    steps.push(
      draft({
        key: "verification.database-regions",
        title: "Check the database regions",
        what: "List the regions of both Teleport databases and the nodes behind them.",
        commands: throughTunnel(primary, [
          ...(plan.cockroachdb.licence === "core" ? [] : [BACKEND_DB, AUDIT_DB].map((db) => cockroachSql(`SHOW REGIONS FROM DATABASE ${sqlIdent(db)}`))),
          sh(cockroachLocal(["node", "status"])),
        ]),
        expect:
          (plan.cockroachdb.licence === "core"
            ? "CockroachDB core has no database regions; "
            : `Both databases list ${listText(databases.map((r) => cockroachRegionName(r.id)))} with ${cockroachRegionName(plan.cockroachdb.primaryRegion)} primary` +
              (plan.cockroachdb.secondaryRegion ? ` and ${cockroachRegionName(plan.cockroachdb.secondaryRegion)} secondary` : "") +
              "; ") + `node status shows ${plural(databases.reduce((n, r) => n + cockroachNodes(plan, r), 0), "live node")}.`,
        sources: [SRC.backend, SRC.cockroachAlterDatabase],
        inputs: { primary: primary.id, cockroach: plan.cockroachdb, regions: databases.map((r) => [r.id, cockroachNodes(plan, r)]) },
      }),
    );
  if (teleport.length > 1) steps.push(proxyPeeringStep(plan, teleport));
  if (plan.teleport.proxyPeering.enabled) steps.push(proxyPeerAddressesStep(teleport));
  steps.push(...failoverSteps(ctx));
  return steps;
}

function proxyPeeringStep(plan: Plan, regions: PlanRegion[]): StepDraft {
  const ipVar = (r: PlanRegion) => `PROXY_IP_${envSuffix(regionCode(r.id))}`;
  const podVar = (r: PlanRegion) => `PROXY_POD_${envSuffix(regionCode(r.id))}`;
  const at = (r: PlanRegion, ...args: ShellArg[]) => kubectl(kubeContext(r), r.kubernetes.teleportNamespace, ...args);
  return draft({
    key: "verification.proxy-peering",
    title: "Check proxy peering between regions",
    what:
      `From one proxy pod in each region, connect to a proxy pod of every other region on port ${PROXY_PEERING_PORT} (an ephemeral busybox container shares the proxy pod's network), then list the proxies the cluster knows. ` +
      (plan.teleport.proxyPeering.enabled ? "" : "Proxy peering is off in the plan, so nothing listens on 3021 yet: turn it on first. ") +
      "Proxies dial each other by pod IP; a load balancer in between leads to unpredictable results (Teleport docs, proxy peering).",
    commands: [
      ...regions.flatMap((r) => [
        capture(podVar(r), at(r, "get", "pods", PROXY_SELECTOR, "--output=jsonpath={.items[0].metadata.name}")),
        capture(ipVar(r), at(r, "get", "pods", PROXY_SELECTOR, "--output=jsonpath={.items[0].status.podIP}")),
      ]),
      ...regions.flatMap((from) =>
        regions
          .filter((to) => to.id !== from.id)
          .map((to) => sh(at(from, "debug", "--stdin", envRef(podVar(from)), `--image=${PROBE_IMAGE}`, "--target=teleport", "--", "nc", "-vz", "-w", "5", envRef(ipVar(to)), String(PROXY_PEERING_PORT)))),
      ),
    ],
    verify: [sh(at(regions[0]!, "exec", `deployment/${TELEPORT_RELEASE}-auth`, "--", "tctl", "get", "proxies"))],
    expect: `Every nc line ends in "open"; tctl lists ${plural(regions.reduce((n, r) => n + r.proxyReplicas, 0), "proxy", "proxies")}.`,
    sources: [SRC.proxyPeering, SRC.dependencies],
    inputs: { peering: plan.teleport.proxyPeering, regions: regions.map((r) => [r.id, kubeContext(r), r.kubernetes.teleportNamespace, r.proxyReplicas]) },
  });
}

/**
 * The drill region: a Teleport region whose loss keeps CockroachDB quorum, preferring one that
 * is not the primary database region, whose users the others can carry, and that holds the
 * fewest voting replicas (so the drill leaves the most margin).
 */
export function drillScenario(plan: Plan, failures: readonly FailureScenario[]): FailureScenario | undefined {
  const teleport = new Set(plan.regions.filter((r) => r.runsTeleport).map((r) => r.id));
  const candidates = failures.filter((f) => f.cockroach.isQuorumKept && teleport.has(f.region) && f.teleport.usersGoTo.length > 0);
  // Least disruptive first: not the primary database region, survivors with capacity, fewest voters lost.
  const rank = (f: FailureScenario) => [f.region === plan.cockroachdb.primaryRegion ? 1 : 0, f.teleport.hasCapacity ? 0 : 1, f.cockroach.votersLost];
  return [...candidates].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  })[0];
}

function failoverSteps({ plan, analysis }: RunbookContext): StepDraft[] {
  const scenario = drillScenario(plan, analysis.failures);
  const region = scenario && plan.regions.find((r) => r.id === scenario.region);
  if (!scenario || !region)
    return [
      draft({
        key: "verification.failover-drill",
        title: "Failover drill: not safe with this plan",
        what: "No single region of this plan can be lost while CockroachDB keeps quorum and another Teleport region takes its users, so a drill would take the whole cluster down. Fix the plan's regions (three database regions, surviving a region failure) before drilling.",
        sources: [SRC.architecture, SRC.cockroachSurvival],
        inputs: { failures: analysis.failures },
      }),
    ];
  const context = kubeContext(region);
  const tns = region.kubernetes.teleportNamespace;
  const cns = region.kubernetes.cockroachNamespace;
  const survivor = plan.regions.find((r) => r.id === scenario.teleport.usersGoTo[0]) ?? region;
  const deployments = [`deployment/${TELEPORT_RELEASE}-auth`, `deployment/${TELEPORT_RELEASE}-proxy`];
  const inputs = { scenario, region: { id: region.id, context, tns, cns, authReplicas: region.authReplicas, proxyReplicas: region.proxyReplicas, nodes: cockroachNodes(plan, region), runsCockroach: region.runsCockroach } };
  const { clusterName } = plan.teleport;
  const databaseSurvivor = cockroachRegions(plan).find((r) => r.id !== region.id);
  // One StatefulSet per zone release (lib/core/manifests/cockroach-zones.ts).
  const releases = cockroachReleases(plan, region);
  return [
    draft({
      key: "verification.failover-drill",
      title: `Failover drill: take ${region.id} down`,
      what:
        `Stop Teleport${region.runsCockroach ? " and CockroachDB" : ""} in ${regionLabel(region.id)} to rehearse losing the region. ${scenario.cockroach.explanation} ` +
        `Its users go to ${listText(scenario.teleport.usersGoTo)}: ${scenario.teleport.explanation} ` +
        `Expect DNS to drop the region within the health-check interval plus the ${plan.geoDns.ttlSeconds} s TTL. Schedule the drill; sessions in the region are cut.`,
      commands: [
        sh(kubectl(context, tns, "scale", ...deployments, "--replicas=0")),
        ...(region.runsCockroach ? [sh(kubectl(context, cns, "scale", ...releases.map((r) => `statefulset/${r.release}`), "--replicas=0"))] : []),
      ],
      verify: [
        sh(["curl", "--fail", "--silent", "--show-error", `https://${clusterName}${plan.geoDns.healthCheck.path}`]),
        tctlStatus(survivor),
        ...(databaseSurvivor ? throughTunnel(databaseSurvivor, [sh(cockroachLocal(["node", "status"]))]) : []),
      ],
      expect:
        `The ping answers from ${survivor.id}; tctl status in ${survivor.id} still works` +
        (databaseSurvivor ? `; node status shows ${region.id}'s ${plural(cockroachNodes(plan, region), "node")} not live while the rest answer` : "") +
        `. Log in with tsh from a machine near ${region.id} to see where users land.`,
      sources: [SRC.geoDns, SRC.cockroachSurvival, SRC.architecture],
      inputs,
    }),
    draft({
      key: "verification.failover-restore",
      title: `Failover drill: bring ${region.id} back`,
      what: `Restore ${region.id} to its planned size and check that DNS sends its users back.`,
      commands: [
        ...(region.runsCockroach ? releases.map((r) => sh(kubectl(context, cns, "scale", `statefulset/${r.release}`, `--replicas=${r.replicas}`))) : []),
        sh(kubectl(context, tns, "scale", deployments[0]!, `--replicas=${region.authReplicas}`)),
        sh(kubectl(context, tns, "scale", deployments[1]!, `--replicas=${region.proxyReplicas}`)),
      ],
      verify: [tctlStatus(region), ...(region.runsCockroach ? throughTunnel(region, [sh(cockroachLocal(["node", "status"]))]) : [])],
      expect: `${region.id} answers tctl status again${region.runsCockroach ? " and every CockroachDB node is live" : ""}; its health check turns healthy.`,
      sources: [SRC.geoDns],
      inputs,
    }),
  ];
}
