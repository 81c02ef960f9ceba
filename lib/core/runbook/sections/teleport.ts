import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import type { PlanRegion } from "@/lib/schemas/plan";
import {
  COCKROACH_PORT,
  COCKROACH_RELEASE,
  TELEPORT_CHART,
  TELEPORT_DB_CERTS_SECRET,
  TELEPORT_LICENSE_SECRET,
  TELEPORT_RELEASE,
  databaseRegionFor,
  kubeContext,
  plural,
  regionLabel,
  teleportRegionsInOrder,
} from "../names";
import { kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";
import { sessionBuckets } from "./object-storage";

/** The `helm upgrade --install` line for one region's Teleport release, pinned to `version`. */
export function teleportHelmCommand(region: PlanRegion, version: string, extra: readonly string[] = []): string {
  return sh([
    "helm", "upgrade", "--install", TELEPORT_RELEASE, TELEPORT_CHART,
    "--kube-context", kubeContext(region),
    "--namespace", region.kubernetes.teleportNamespace,
    "--version", version,
    "--values", BUNDLE_PATHS.teleportValues(region.id),
    ...extra,
    "--wait", "--timeout", "10m",
  ]);
}

/** Rollout checks for a region's Auth and Proxy Deployments. */
export function teleportRolloutChecks(region: PlanRegion): string[] {
  return ["auth", "proxy"].map((c) => sh(kubectl(kubeContext(region), region.kubernetes.teleportNamespace, "rollout", "status", `deployment/${TELEPORT_RELEASE}-${c}`, "--timeout=10m")));
}

/** `tctl status` inside a region's Auth Service. */
export function tctlStatus(region: PlanRegion): string {
  return sh(kubectl(kubeContext(region), region.kubernetes.teleportNamespace, "exec", `deployment/${TELEPORT_RELEASE}-auth`, "--", "tctl", "status"));
}

/** Per Teleport region, primary database region first: its Secrets, then its Helm release (Multi-region Blueprint, "Deploying Teleport"). */
export function teleportSteps(ctx: RunbookContext): StepDraft[] {
  const regions = teleportRegionsInOrder(ctx.plan);
  return regions.flatMap((region, index) => [secretsStep(ctx, region), deployStep(ctx, region, index === 0 ? null : regions[0]!)]);
}

function secretsStep({ plan }: RunbookContext, region: PlanRegion): StepDraft {
  const context = kubeContext(region);
  const ns = region.kubernetes.teleportNamespace;
  const tls = plan.teleport.tls;
  const isEnterprise = plan.teleport.edition === "enterprise";
  const secrets = [...(isEnterprise ? [TELEPORT_LICENSE_SECRET] : []), ...(tls.mode === "existing-secret" ? [tls.secretName] : []), TELEPORT_DB_CERTS_SECRET];
  return draft({
    key: `teleport.secrets.${region.id}`,
    title: `Store the Teleport secrets in ${region.id}`,
    what:
      `Create the Secrets the release in ${ns} (${context}) mounts: ` +
      [
        isEnterprise ? `the Enterprise licence as ${TELEPORT_LICENSE_SECRET}` : null,
        tls.mode === "existing-secret"
          ? `the proxy's TLS certificate for ${plan.teleport.clusterName} and *.${plan.teleport.clusterName} as the kubernetes.io/tls Secret ${tls.secretName}`
          : null,
      ]
        .filter(Boolean)
        .join(" and ") +
      (isEnterprise || tls.mode === "existing-secret" ? ". " : "none beyond the database certificates. ") +
      (tls.mode === "cert-manager" ? `cert-manager issues the proxy certificate through the ${tls.issuerKind} ${tls.issuerName}. ` : "") +
      `The ${TELEPORT_DB_CERTS_SECRET} Secret comes from the certificates step.`,
    commands: [
      ...(isEnterprise ? [sh(kubectl(context, ns, "create", "secret", "generic", TELEPORT_LICENSE_SECRET, "--from-file=license.pem"))] : []),
      ...(tls.mode === "existing-secret" ? [sh(kubectl(context, ns, "create", "secret", "tls", tls.secretName, "--cert=tls.crt", "--key=tls.key"))] : []),
    ],
    verify: [
      sh(kubectl(context, ns, "get", "secrets", ...secrets)),
      ...(tls.mode === "cert-manager"
        ? [sh(kubectl(context, tls.issuerKind === "Issuer" ? ns : null, "get", tls.issuerKind.toLowerCase(), tls.issuerName))]
        : []),
    ],
    expect: `${plural(secrets.length, "Secret")} listed: ${secrets.join(", ")}${tls.mode === "cert-manager" ? `; the ${tls.issuerKind} ${tls.issuerName} is READY True` : ""}.`,
    sources: [SRC.deploying, SRC.helmChart],
    inputs: { id: region.id, context, ns, edition: plan.teleport.edition, tls, clusterName: plan.teleport.clusterName },
  });
}

function deployStep({ plan, analysis }: RunbookContext, region: PlanRegion, first: PlanRegion | null): StepDraft {
  const context = kubeContext(region);
  const ns = region.kubernetes.teleportNamespace;
  const { version, proxyPeering, clusterName } = plan.teleport;
  const database = databaseRegionFor(plan, analysis.latency, region);
  const bucket = sessionBuckets(plan).find((b) => b.region === region.id) ?? sessionBuckets(plan)[0];
  const groups = analysis.sizing.regions.find((r) => r.region === region.id)?.groups.filter((g) => g.component !== "cockroachdb") ?? [];
  const dbHost = database ? `${COCKROACH_RELEASE}-public.${database.kubernetes.cockroachNamespace}.svc.cluster.local:${COCKROACH_PORT}` : null;
  return draft({
    key: `teleport.deploy.${region.id}`,
    title: `Deploy Teleport in ${region.id}`,
    what:
      `Install the teleport-cluster chart ${version} in ${regionLabel(region.id)} with this region's values: ${plural(region.authReplicas, "Auth Service pod")} and ${plural(region.proxyReplicas, "Proxy Service pod")} for ${clusterName}, ` +
      (dbHost ? `cluster state and audit events in CockroachDB through ${dbHost}${database && database.id !== region.id ? ` (the nearest database region, ${database.id})` : ""}, ` : "") +
      (bucket ? `session recordings in ${bucket.name}, ` : "") +
      (proxyPeering.enabled
        ? `and proxy peering with agent_connection_count ${proxyPeering.agentConnectionCount}. `
        : "and the default agent mesh (proxy peering is off in the plan). ") +
      `The version is pinned so every regional release runs the same one. ` +
      (first ? `Deploy after ${first.id} is healthy: its Auth Service initialises the cluster's state.` : "Deploy this region first: it is the CockroachDB primary region, and its Auth Service initialises the cluster's state."),
    commands: [teleportHelmCommand(region, version)],
    verify: [...teleportRolloutChecks(region), tctlStatus(region)],
    expect: `Both rollouts finish (${region.authReplicas} auth, ${region.proxyReplicas} proxy pods ready); tctl status shows cluster ${clusterName} on version ${version}.`,
    files: [BUNDLE_PATHS.teleportValues(region.id)],
    sources: [SRC.deploying, SRC.backend, SRC.proxyPeering],
    inputs: {
      region: { id: region.id, context, ns, authReplicas: region.authReplicas, proxyReplicas: region.proxyReplicas, resources: region.resources ?? null },
      teleport: { ...plan.teleport, workload: undefined },
      groups,
      database: database ? { id: database.id, ns: database.kubernetes.cockroachNamespace } : null,
      storage: { ...plan.objectStorage, bucket },
      first: first?.id ?? null,
    },
  });
}
