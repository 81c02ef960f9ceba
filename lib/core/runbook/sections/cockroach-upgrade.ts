import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { cockroachReleases } from "@/lib/core/manifests/cockroach-zones";
import { COCKROACH_DOC } from "@/lib/core/sources";
import { sqlIdent, sqlLiteral } from "@/lib/core/text/quote";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { cockroachSql, throughTunnel } from "../cockroach-sql";
import { checkCockroachTarget, cockroachMajor, type CockroachTargetCheck } from "../cockroach-version";
import { AUDIT_DB, BACKEND_DB, COCKROACH_CHART, COCKROACH_CHART_VERSION, TELEPORT_RELEASE, cockroachRegions, kubeContext, listText, plural, teleportRegionsInOrder } from "../names";
import { kubectl, pipe, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

/** Sources of this section, beyond the runbook's shared ones. */
export const UPGRADE_SRC = {
  upgradeKubernetes: COCKROACH_DOC("Upgrade CockroachDB on Kubernetes", "upgrade-cockroachdb-kubernetes"),
  releaseSupport: { title: "CockroachDB docs: Release Support Policy", url: "https://www.cockroachlabs.com/docs/releases/release-support-policy" },
  releaseTypes: { title: "CockroachDB docs: Releases", section: "Major versions", url: "https://www.cockroachlabs.com/docs/releases/" },
  changefeedLoop: {
    title: "gravitational/teleport#69783: Auth cache can enter a rebuild loop after a backend changefeed restart",
    url: "https://github.com/gravitational/teleport/issues/69783",
  },
} as const;

/** The two log lines teleport#69783 names: the watcher dropped for a full buffer, then the cache re-initialised. */
export const CHANGEFEED_LOOP_LOG = "Re-init the cache on error|Closing watcher, buffer overflow";

type Allowed = Extract<CockroachTargetCheck, { isAllowed: true }>;

/**
 * The CockroachDB upgrade to `cockroachTargetVersion`: check the path (Regular releases are
 * required, Innovation releases may be skipped), back up and, for a major version, keep the
 * downgrade option; then roll one region at a time, primary region last, watching Teleport's
 * Auth logs between regions because every restarted node interrupts the changefeeds Teleport's
 * caches follow (teleport#69783); finally finalize. A target CockroachDB does not support from
 * the plan's version gets one step that says why.
 */
export function cockroachUpgradeSteps(ctx: RunbookContext): StepDraft[] {
  const current = ctx.plan.cockroachdb.version;
  const target = ctx.cockroachTargetVersion;
  const at = `@${target}`;
  const check = checkCockroachTarget(current, target);
  if (!check.isAllowed)
    return [
      draft({
        key: `cockroach-upgrade.refused${at}`,
        title: `No CockroachDB upgrade plan for ${target}`,
        what: check.reason,
        sources: [UPGRADE_SRC.upgradeKubernetes, UPGRADE_SRC.releaseTypes],
        inputs: { current, target },
      }),
    ];
  const primary = cockroachRegions(ctx.plan).find((r) => r.id === ctx.plan.cockroachdb.primaryRegion);
  if (!primary) return [];
  const order = upgradeOrder(ctx.plan);
  return [pathStep(ctx, check, primary, at), prepareStep(ctx, check, primary, at), ...order.map((r, i) => regionStep(ctx, r, order[i + 1], at)), finishStep(ctx, check, primary, at)];
}

/** Regions one at a time, the primary last: a defect of the new binary shows before the region holding the leaseholders restarts. */
export function upgradeOrder(plan: Plan): PlanRegion[] {
  const rank = (r: PlanRegion) => (r.id === plan.cockroachdb.primaryRegion ? 2 : r.id === plan.cockroachdb.secondaryRegion ? 1 : 0);
  return cockroachRegions(plan).sort((a, b) => rank(a) - rank(b));
}

function supportText(major: string): string {
  const m = cockroachMajor(major);
  if (m.ga === null) return `v${major} is not in the planner's release table; by the alternation it is ${m.type === "regular" ? "a Regular" : "an Innovation"} release.`;
  if (m.type === "innovation") return `v${major} is an Innovation release (GA ${m.ga}): Maintenance Support ends ${m.maintenanceEnds}, with no Assistance Support after.`;
  const lts = m.lts ? ` From LTS patch ${m.lts.patch}: maintenance to ${m.lts.maintenanceEnds}, assistance to ${m.lts.assistanceEnds}.` : "";
  return `v${major} is a Regular release (GA ${m.ga}): Maintenance Support ends ${m.maintenanceEnds}, Assistance Support ${m.assistanceEnds}.${lts}`;
}

function pathStep({ plan, cockroachTargetVersion: target }: RunbookContext, check: Allowed, primary: PlanRegion, at: string): StepDraft {
  const isMajor = check.kind === "major";
  return draft({
    key: `cockroach-upgrade.path${at}`,
    title: `Check the upgrade path from CockroachDB ${plan.cockroachdb.version} to ${target}`,
    what:
      (isMajor
        ? `A major-version upgrade (v${check.fromMajor} → v${check.toMajor}). Regular releases are required upgrades; an Innovation release can be skipped, and from one only the next Regular release is supported. ` +
          (check.skipped ? `This upgrade skips the Innovation release v${check.skipped}. ` : "") +
          "A major upgrade must start from a finalized cluster: the cluster version must already equal the running major version. "
        : `A patch upgrade within v${check.fromMajor}: no backward-incompatible changes and nothing to finalize. `) +
      `${supportText(check.fromMajor)} ${isMajor ? supportText(check.toMajor) : ""}`.trimEnd(),
    verify: throughTunnel(primary, [cockroachSql("SHOW CLUSTER SETTING version"), sh(["cockroach", "node", "status", "--certs-dir=certs", "--host=localhost:26257"])]),
    expect: `The cluster version is ${check.fromMajor}; every node runs v${plan.cockroachdb.version} and is live.`,
    sources: [UPGRADE_SRC.releaseTypes, UPGRADE_SRC.releaseSupport, UPGRADE_SRC.upgradeKubernetes],
    inputs: { current: plan.cockroachdb.version, target, check, primary: primary.id },
  });
}

function prepareStep({ plan, cockroachTargetVersion: target }: RunbookContext, check: Allowed, primary: PlanRegion, at: string): StepDraft {
  const backup = `BACKUP DATABASE ${sqlIdent(BACKEND_DB)}, ${sqlIdent(AUDIT_DB)} INTO ${sqlLiteral(`userfile:///cockroach-before-${target}`)} AS OF SYSTEM TIME '-10s'`;
  const keep = `SET CLUSTER SETTING cluster.preserve_downgrade_option = ${sqlLiteral(check.fromMajor)}`;
  const isMajor = check.kind === "major";
  return draft({
    key: `cockroach-upgrade.prepare${at}`,
    title: isMajor ? `Back up and keep the way back to v${check.fromMajor}` : "Back up before the patch upgrade",
    what:
      "Back up both Teleport databases first (the backup stays inside the cluster; use your external backup location for disaster recovery). " +
      (isMajor
        ? `By default a major upgrade finalizes itself once every node runs the new binary, and cannot be rolled back after that. Setting cluster.preserve_downgrade_option to ${check.fromMajor} stops that, so you can test Teleport on v${check.toMajor} and still roll back; the CockroachDB Helm chart does not support the newer cluster.auto_upgrade.enabled setting.`
        : ""),
    commands: throughTunnel(primary, [cockroachSql(backup), ...(isMajor ? [cockroachSql(keep)] : [])]),
    verify: throughTunnel(primary, [cockroachSql("SHOW BACKUPS IN 'userfile:///'"), ...(isMajor ? [cockroachSql("SHOW CLUSTER SETTING cluster.preserve_downgrade_option")] : [])]),
    expect: `The backup job succeeded${isMajor ? `; cluster.preserve_downgrade_option shows ${check.fromMajor}` : ""}.`,
    sources: [UPGRADE_SRC.upgradeKubernetes, SRC.cockroachBackup],
    inputs: { target, kind: check.kind, fromMajor: check.fromMajor, primary: [primary.id, kubeContext(primary), primary.kubernetes.cockroachNamespace] },
  });
}

function regionStep({ plan, cockroachTargetVersion: target }: RunbookContext, region: PlanRegion, next: PlanRegion | undefined, at: string): StepDraft {
  const context = kubeContext(region);
  const ns = region.kubernetes.cockroachNamespace;
  const teleport = teleportRegionsInOrder(plan);
  const releases = cockroachReleases(plan, region);
  return draft({
    key: `cockroach-upgrade.region.${region.id}${at}`,
    title: `Roll CockroachDB in ${region.id} to ${target}`,
    what:
      `Upgrade the ${plural(releases.length, "release")} in ${region.id} (${listText(releases.map((r) => r.release))}), one zone after the other, each with its values file and the new image; each StatefulSet restarts one pod at a time and waits for each to be ready. ` +
      "Each restarted node interrupts the changefeeds it serves, and Teleport's Auth Services follow the backend through a changefeed: after an interruption an Auth cache can keep rebuilding without recovering (teleport#69783, open). " +
      `So roll one region at a time, and before ${next ? `going on to ${next.id}` : "finalizing"}, read every region's Auth log: lines with "Re-init the cache on error" or "Closing watcher, buffer overflow" that keep coming back after the pods are ready mean the loop. ` +
      "Then restart that region's Auth Deployment (a fresh process builds its cache once) and wait until the log stays quiet before the next region.",
    // Zone by zone: each release's rollout finishes before the next zone's starts, so at most one node of the region restarts at a time.
    commands: releases.flatMap((r) => [
      sh(["helm", "upgrade", r.release, COCKROACH_CHART, "--version", COCKROACH_CHART_VERSION, "--kube-context", context, "--namespace", ns, "--values", BUNDLE_PATHS.cockroachValues(region.id, r.release), "--set", `image.tag=v${target}`]),
      sh(kubectl(context, ns, "rollout", "status", `statefulset/${r.release}`, "--timeout=30m")),
    ]),
    verify: [
      ...releases.map((r) => sh(kubectl(context, ns, "rollout", "status", `statefulset/${r.release}`, "--timeout=30m"))),
      ...teleport.map((t) => pipe(kubectl(kubeContext(t), t.kubernetes.teleportNamespace, "logs", `deployment/${TELEPORT_RELEASE}-auth`, "--since=15m"), ["grep", "-E", CHANGEFEED_LOOP_LOG])),
    ],
    expect: `Every pod in ${region.id} runs v${target} and is ready; the Auth logs show no such line in the last minutes (a few while the pods restarted are expected, a steady stream is not).`,
    files: releases.map((r) => BUNDLE_PATHS.cockroachValues(region.id, r.release)),
    sources: [UPGRADE_SRC.upgradeKubernetes, UPGRADE_SRC.changefeedLoop],
    inputs: { target, region: [region.id, context, ns], next: next?.id ?? null, teleport: teleport.map((t) => [t.id, kubeContext(t), t.kubernetes.teleportNamespace]) },
  });
}

function finishStep({ plan, cockroachTargetVersion: target }: RunbookContext, check: Allowed, primary: PlanRegion, at: string): StepDraft {
  const isMajor = check.kind === "major";
  const regions = listText(cockroachRegions(plan).map((r) => r.id));
  return draft({
    key: `cockroach-upgrade.finish${at}`,
    title: isMajor ? `Finalize v${check.toMajor} and record ${target} in the plan` : `Record ${target} in the plan`,
    what:
      (isMajor
        ? `Once every node in ${regions} runs ${target} and Teleport works (tctl status in each region, a login, a session), finalize: migrations then run that cannot be undone. Until then, rolling back means helm upgrade with the old image tag in each region. `
        : "") +
      `Set the plan's CockroachDB version to ${target} and download the bundle again: its values files pin the image, and an old bundle would downgrade the next region it is applied to.`,
    commands: isMajor ? throughTunnel(primary, [cockroachSql("RESET CLUSTER SETTING cluster.preserve_downgrade_option")]) : [],
    verify: throughTunnel(primary, [cockroachSql("SHOW CLUSTER SETTING version")]),
    expect: `The cluster version is ${check.toMajor} (finalization can take as long as the longest running schema change).`,
    sources: [UPGRADE_SRC.upgradeKubernetes],
    inputs: { target, kind: check.kind, toMajor: check.toMajor, primary: primary.id },
  });
}
