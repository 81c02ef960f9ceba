import { sqlIdent, sqlLiteral } from "@/lib/core/text/quote";
import type { PlanRegion } from "@/lib/schemas/plan";
import { cockroachSql, throughTunnel } from "../cockroach-sql";
import { AUDIT_DB, BACKEND_DB, TELEPORT_CHART, TELEPORT_RELEASE, cockroachRegions, kubeContext, listText, teleportRegionsInOrder } from "../names";
import { kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";
import { checkTargetVersion, type TargetCheck } from "../version";
import { teleportHelmCommand, teleportRolloutChecks, tctlStatus } from "./teleport";

const ONE_AUTH = ["--set", "auth.highAvailability.replicaCount=1"] as const;
const deployments = [`deployment/${TELEPORT_RELEASE}-auth`, `deployment/${TELEPORT_RELEASE}-proxy`];

/**
 * The blueprint's update strategy for the target version: option A scales Auth down to one pod
 * in one region (strictly within Teleport's compatibility guarantees), option B rolls Auth in
 * place with the trade-off the blueprint states. Targets that skip a major version or go
 * backwards are refused (Teleport docs, Upgrading: one major version at a time).
 */
export function updateSteps(ctx: RunbookContext): StepDraft[] {
  const { plan, targetVersion } = ctx;
  const current = plan.teleport.version;
  const check = checkTargetVersion(current, targetVersion);
  const at = `@${targetVersion}`;
  if (!check.isAllowed)
    return [
      draft({
        key: `update.refused${at}`,
        title: `No update plan for ${targetVersion}`,
        what: `${check.reason} Pick a version above ${current} and below ${Number(current.split(".")[0]) + 2}.0.0.`,
        sources: [SRC.upgradingOverview, SRC.updateStrategy],
        inputs: { current, targetVersion },
      }),
    ];
  const regions = teleportRegionsInOrder(plan);
  const authRegion = regions[0];
  if (!authRegion) return [];
  const inPlanOrder = plan.regions.filter((r) => r.runsTeleport);
  return [
    strategyStep(ctx, check, at),
    prepareStep(ctx, at),
    ...optionA(ctx, authRegion, regions.slice(1), at),
    optionB(ctx, check, inPlanOrder, at),
    agentsStep(ctx, at),
  ];
}

type Allowed = Extract<TargetCheck, { isAllowed: true }>;

function strategyStep({ plan, targetVersion }: RunbookContext, check: Allowed, at: string): StepDraft {
  const gap = check.kind === "major" ? "a major version" : check.kind === "minor" ? "a minor version" : "a patch";
  return draft({
    key: `update.strategy${at}`,
    title: `Choose how to update from ${plan.teleport.version} to ${targetVersion}`,
    what:
      `This update crosses ${gap}. Option A, "down to one auth", follows Teleport's compatibility guarantees strictly: only one Auth Service runs during the update, in one region, while the other regions are suspended (or their proxies reach that Auth Service across clusters). ` +
      "Option B updates the Auth Services with a rolling update: several Auth versions run at the same time, and resource fields new in the target version may not be set properly until every Auth Service runs it. The blueprint finds that acceptable when the rollout is short and the version difference is minimal. " +
      (check.kind === "major" ? "For a major version, use option A." : "For this small a step, option B is acceptable if every region is updated in one short window."),
    expect: "You have picked option A or option B and scheduled the window.",
    sources: [SRC.updateStrategy, SRC.upgradingOverview],
    inputs: { current: plan.teleport.version, targetVersion, kind: check.kind },
  });
}

function prepareStep({ plan, targetVersion }: RunbookContext, at: string): StepDraft {
  const primary = cockroachRegions(plan).find((r) => r.id === plan.cockroachdb.primaryRegion);
  const backup = `BACKUP DATABASE ${sqlIdent(BACKEND_DB)}, ${sqlIdent(AUDIT_DB)} INTO ${sqlLiteral(`userfile:///teleport-before-${targetVersion}`)} AS OF SYSTEM TIME '-10s'`;
  return draft({
    key: `update.prepare${at}`,
    title: `Back up the backend and fetch chart ${targetVersion}`,
    what:
      "Teleport's upgrade guide starts with a backup of the backend. Back up both Teleport databases (the command keeps the backup inside the cluster; use your external backup location for disaster recovery), and fetch the target chart version.",
    commands: [sh(["helm", "repo", "update"]), ...(primary ? throughTunnel(primary, [cockroachSql(backup)]) : [])],
    verify: [sh(["helm", "search", "repo", TELEPORT_CHART, "--version", targetVersion]), ...(primary ? throughTunnel(primary, [cockroachSql("SHOW BACKUPS IN 'userfile:///'")]) : [])],
    expect: `The backup job reports status succeeded; Helm lists ${TELEPORT_CHART} ${targetVersion}.`,
    sources: [SRC.upgradingOverview, SRC.cockroachBackup],
    inputs: { targetVersion, primary: primary ? [primary.id, kubeContext(primary), primary.kubernetes.cockroachNamespace] : null },
  });
}

function optionA({ plan, targetVersion }: RunbookContext, auth: PlanRegion, others: PlanRegion[], at: string): StepDraft[] {
  const current = plan.teleport.version;
  const isMesh = plan.connectivity.kind === "cilium-cluster-mesh";
  const authInputs = { current, targetVersion, auth: regionInputs(auth) };
  const suspendInputs = { targetVersion, auth: auth.id, others: others.map((r) => [r.id, kubeContext(r), r.kubernetes.teleportNamespace]), mesh: isMesh };
  const othersInputs = { targetVersion, others: others.map(regionInputs) };
  const sources = [SRC.updateStrategy, SRC.upgradingKubernetes];
  const steps: StepDraft[] = [];
  if (others.length > 0)
    steps.push(
      draft({
        key: `update.a.suspend${at}`,
        title: `Option A: suspend ${listText(others.map((r) => r.id))}`,
        what:
          `Keep Auth in ${auth.id} only. Take ${listText(others.map((r) => r.id))} out of GeoDNS, then scale their Auth and Proxy Services to zero so no proxy talks to an Auth Service of another version. ` +
          (isMesh
            ? "With Cilium ClusterMesh you can instead keep their proxies running and point them at the Auth Service in the kept region through a Cilium global service and a custom join token for the Proxy Service (not the default; see the blueprint)."
            : "The alternative, proxies joining the kept region's Auth Service, needs a Cilium cross-cluster service and a custom join token, which this plan does not have."),
        commands: others.map((r) => sh(kubectl(kubeContext(r), r.kubernetes.teleportNamespace, "scale", ...deployments, "--replicas=0"))),
        verify: others.map((r) => sh(kubectl(kubeContext(r), r.kubernetes.teleportNamespace, "get", ...deployments))),
        expect: `Both Deployments show 0/0 in ${listText(others.map((r) => r.id))}; DNS answers only with ${auth.id}.`,
        sources,
        inputs: suspendInputs,
      }),
    );
  steps.push(
    draft({
      key: `update.a.one-auth${at}`,
      title: `Option A: scale Auth to one pod in ${auth.id}`,
      what: `Still on ${current}, run a single Auth Service in ${auth.id} (${auth.authReplicas} today). Teleport's Kubernetes upgrade guide sets auth.highAvailability.replicaCount to 1 before upgrading.`,
      commands: [teleportHelmCommand(auth, current, ONE_AUTH)],
      verify: [sh(kubectl(kubeContext(auth), auth.kubernetes.teleportNamespace, "get", deployments[0]!))],
      expect: `${TELEPORT_RELEASE}-auth shows 1/1 ready.`,
      sources,
      inputs: authInputs,
    }),
    draft({
      key: `update.a.upgrade-auth${at}`,
      title: `Option A: upgrade ${auth.id} to ${targetVersion}`,
      what: `Upgrade the release in ${auth.id} to ${targetVersion}, still with one Auth pod. The chart upgrades the Auth Service first and its proxies wait until the new Auth Service answers: Auth before proxies, one major version at a time.`,
      commands: [teleportHelmCommand(auth, targetVersion, ONE_AUTH)],
      verify: [...teleportRolloutChecks(auth), tctlStatus(auth)],
      expect: `tctl status shows version ${targetVersion}; the proxies in ${auth.id} are ready.`,
      sources,
      inputs: authInputs,
    }),
  );
  if (others.length > 0)
    steps.push(
      draft({
        key: `update.a.other-regions${at}`,
        title: `Option A: upgrade ${listText(others.map((r) => r.id))}`,
        what: `Upgrade the suspended regions to ${targetVersion} with their normal values (this restores their replica counts), then put them back into GeoDNS.`,
        commands: others.map((r) => teleportHelmCommand(r, targetVersion)),
        verify: others.flatMap((r) => [...teleportRolloutChecks(r), tctlStatus(r)]),
        expect: `Every region reports version ${targetVersion}; the health checks turn healthy and DNS answers with every region again.`,
        sources,
        inputs: othersInputs,
      }),
    );
  steps.push(
    draft({
      key: `update.a.restore-auth${at}`,
      title: `Option A: restore ${auth.authReplicas} Auth pods in ${auth.id}`,
      what: `Run the release in ${auth.id} with its normal values again to bring Auth back to ${auth.authReplicas} pods on ${targetVersion}.`,
      commands: [teleportHelmCommand(auth, targetVersion)],
      verify: teleportRolloutChecks(auth),
      expect: `${TELEPORT_RELEASE}-auth shows ${auth.authReplicas}/${auth.authReplicas} ready.`,
      sources,
      inputs: authInputs,
    }),
  );
  return steps;
}

function optionB({ plan, targetVersion }: RunbookContext, check: Allowed, regions: PlanRegion[], at: string): StepDraft {
  return draft({
    key: `update.b.rolling${at}`,
    title: `Option B: rolling update of every region to ${targetVersion}`,
    what:
      `Instead of option A, upgrade each region's release in place, one region after another (${listText(regions.map((r) => r.id))}), in one short window. ` +
      "Trade-off (blueprint): Auth Services of both versions run concurrently, and resource fields introduced in the new version may not be set properly until every Auth Service is rolled out; acceptable only if the rollout is short and the version difference minimal. " +
      (check.kind === "major" ? `Not recommended here: ${plan.teleport.version} → ${targetVersion} crosses a major version.` : ""),
    commands: regions.map((r) => teleportHelmCommand(r, targetVersion)),
    verify: regions.map(tctlStatus),
    expect: `Every region reports version ${targetVersion}.`,
    sources: [SRC.updateStrategy, SRC.upgradingOverview],
    inputs: { current: plan.teleport.version, targetVersion, kind: check.kind, regions: regions.map(regionInputs) },
  });
}

function agentsStep({ plan, targetVersion }: RunbookContext, at: string): StepDraft {
  const auth = teleportRegionsInOrder(plan)[0]!;
  return draft({
    key: `update.agents${at}`,
    title: `Upgrade the agents to ${targetVersion}`,
    what: "Upgrade agents and tsh/tctl clients after every Auth and Proxy Service runs the new version: servers support clients one major version behind, never ahead.",
    verify: [sh(kubectl(kubeContext(auth), auth.kubernetes.teleportNamespace, "exec", deployments[0]!, "--", "tctl", "inventory", "ls", `--older-than=v${targetVersion}`))],
    expect: `No agent older than ${targetVersion} is listed.`,
    sources: [SRC.upgradingOverview],
    inputs: { targetVersion, auth: regionInputs(auth) },
  });
}

function regionInputs(r: PlanRegion) {
  return { id: r.id, context: kubeContext(r), ns: r.kubernetes.teleportNamespace, authReplicas: r.authReplicas, proxyReplicas: r.proxyReplicas };
}
