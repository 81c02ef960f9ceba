import { BUNDLE_PATHS } from "@/lib/core/bundle/paths";
import { cockroachReleases } from "@/lib/core/manifests/cockroach-zones";
import { coreZoneConfig } from "@/lib/core/sizing/core-zone-config";
import type { PlanRegion } from "@/lib/schemas/plan";
import { cockroachLocal, cockroachSql, cockroachSqlFile, sqlIdent, throughTunnel } from "../cockroach-sql";
import {
  AUDIT_DB,
  BACKEND_DB,
  COCKROACH_CHART,
  COCKROACH_CHART_VERSION,
  COCKROACH_PUBLIC,
  TELEPORT_DB_CERTS_SECRET,
  cockroachLocalities,
  cockroachNodes,
  cockroachRegionName,
  cockroachRegions,
  kubeContext,
  listText,
  plural,
  providerOf,
  regionLabel,
} from "../names";
import { kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";

/**
 * CockroachDB from storage to SQL: SSD storage classes, one CA and its certificates, one Helm
 * release per zone of each region and the region's `cockroachdb-public` Service, a single `cockroach init`, the blueprint's databases and user, then the
 * multi-region configuration (Multi-region Blueprint, "Teleport backend configuration";
 * CockroachDB docs: multi-cluster Kubernetes, ALTER DATABASE).
 */
export function cockroachSteps(ctx: RunbookContext): StepDraft[] {
  const { plan } = ctx;
  const regions = cockroachRegions(plan);
  const primary = regions.find((r) => r.id === plan.cockroachdb.primaryRegion) ?? regions[0];
  if (!primary) return [];
  return [
    ...regions.map((r) => storageClassStep(ctx, r)),
    certificatesStep(ctx),
    ...regions.map((r) => deployStep(ctx, r, regions)),
    initStep(ctx, primary, regions),
    databasesStep(ctx, primary),
    regionsStep(ctx, primary, regions),
  ];
}

function storageClassStep({ plan, analysis }: RunbookContext, region: PlanRegion): StepDraft {
  const context = kubeContext(region);
  const sc = region.storageClass;
  const advice = analysis.sizing.storageClasses.find((a) => a.provider === providerOf(region.id));
  const params = advice ? Object.entries(advice.parameters).map(([k, v]) => `${k}=${v}`) : [];
  return draft({
    key: `cockroachdb.storage-class.${region.id}`,
    title: `Create the SSD storage class in ${region.id}`,
    what:
      `Create the StorageClass ${sc.name} in ${context}${advice ? ` with provisioner ${advice.provisioner}${params.length ? ` and ${listText(params)}` : ""}` : ""}. ` +
      (sc.type === "ssd" ? "" : `The plan marks this class as ${sc.type === "hdd" ? "HDD" : "of unknown type"}: CockroachDB needs SSDs. `) +
      "The blueprint stores CockroachDB's state on SSDs and warns that the default storage class may not offer the best latency and throughput.",
    commands: [sh(kubectl(context, null, "apply", "--filename", BUNDLE_PATHS.storageClass(region.id)))],
    verify: [sh(kubectl(context, null, "get", "storageclass", sc.name, "--output=jsonpath={.provisioner} {.parameters}"))],
    expect: advice ? `Provisioner ${advice.provisioner}${params.length ? ` with ${listText(params)}` : ""}.` : `The class ${sc.name} exists.`,
    files: [BUNDLE_PATHS.storageClass(region.id)],
    sources: [SRC.cockroachProduction, ...(advice ? [advice.source] : [])],
    inputs: { id: region.id, storageClass: sc, advice, storagePerNodeGiB: plan.cockroachdb.storagePerNodeGiB },
  });
}

function certificatesStep({ plan }: RunbookContext): StepDraft {
  const teleportRegions = plan.regions.filter((r) => r.runsTeleport);
  return draft({
    key: "cockroachdb.certificates",
    title: "Create the CockroachDB certificates",
    what:
      "Run the certificates script from the bundle's folder (later steps use the certs/ folder it leaves there): it creates one CA shared by every region, a node certificate per region carrying that region's service names, and client certificates for root and for the teleport user, then stores them as Kubernetes Secrets. " +
      `Teleport's Auth pods read ca.crt, client.teleport.crt and client.teleport.key from the Secret ${TELEPORT_DB_CERTS_SECRET} in ${listText(teleportRegions.map((r) => `${r.kubernetes.teleportNamespace} (${kubeContext(r)})`))}. Keep the CA key offline after the run.`,
    commands: [sh(["sh", BUNDLE_PATHS.cockroachCertificates])],
    verify: [sh(["cockroach", "cert", "list", "--certs-dir=certs"]), ...teleportRegions.map((r) => sh(kubectl(kubeContext(r), r.kubernetes.teleportNamespace, "describe", "secret", TELEPORT_DB_CERTS_SECRET)))],
    expect: `cockroach cert list shows the CA, node and client certificates (root, teleport); each ${TELEPORT_DB_CERTS_SECRET} Secret holds ca.crt, client.teleport.crt and client.teleport.key.`,
    files: [BUNDLE_PATHS.cockroachCertificates],
    sources: [SRC.backend, SRC.cockroachCert, SRC.cockroachMultiCluster],
    inputs: {
      version: plan.cockroachdb.version,
      regions: plan.regions.map((r) => ({
        id: r.id,
        context: kubeContext(r),
        namespaces: [r.kubernetes.teleportNamespace, r.kubernetes.cockroachNamespace],
        runsTeleport: r.runsTeleport,
        runsCockroach: r.runsCockroach,
      })),
    },
  });
}

function deployStep({ plan, analysis }: RunbookContext, region: PlanRegion, all: PlanRegion[]): StepDraft {
  const context = kubeContext(region);
  const ns = region.kubernetes.cockroachNamespace;
  const nodes = cockroachNodes(plan, region);
  const group = analysis.sizing.regions.find((r) => r.region === region.id)?.groups.find((g) => g.component === "cockroachdb");
  const releases = cockroachReleases(plan, region);
  const service = BUNDLE_PATHS.cockroachPublicService(region.id);
  const isZoned = releases.some((r) => r.zoneLabel !== null);
  const pods = releases.map((r) => (r.replicas === 1 ? `${r.release}-0` : `${r.release}-0 to ${r.release}-${r.replicas - 1}`));
  return draft({
    key: `cockroachdb.deploy.${region.id}`,
    title: `Deploy CockroachDB in ${region.id}`,
    what:
      `Install CockroachDB ${plan.cockroachdb.version} in ${regionLabel(region.id)}: ${plural(nodes, "node")} (${plural(plan.cockroachdb.nodesPerZone, "node")} in each of ${listText(region.zones)}), ` +
      `each with ${plan.cockroachdb.storagePerNodeGiB} GiB on ${region.storageClass.name}` +
      (group ? ` and requests of ${group.resources.requests.cpu} CPU / ${group.resources.requests.memory} memory` : "") +
      (isZoned
        ? `. One Helm release per zone (${listText(releases.map((r) => r.release))}): the chart gives every pod of a release the same locality, so each release runs on its zone's nodes (topology.kubernetes.io/zone) with locality ${listText(releases.map((r) => r.locality))}. `
        : `. The region has no availability zones, so one release (${releases[0]?.release ?? ""}) runs it with locality ${listText(releases.map((r) => r.locality))}. `) +
      `Then the Service ${COCKROACH_PUBLIC} in front of all of them, which Teleport and the SQL steps use. The nodes join the pods of all ${plural(all.length, "region")}, so install every region before initialising. ` +
      "Pods stay unready until the cluster is initialised." +
      (isZoned ? " A pod that stays Pending has no schedulable node in its zone: the cluster's node groups must span every zone of the plan." : ""),
    commands: [
      ...releases.map((r) => sh(["helm", "upgrade", "--install", r.release, COCKROACH_CHART, "--version", COCKROACH_CHART_VERSION, "--kube-context", context, "--namespace", ns, "--values", BUNDLE_PATHS.cockroachValues(region.id, r.release)])),
      sh(kubectl(context, ns, "apply", "--filename", service)),
    ],
    verify: [
      sh(kubectl(context, ns, "get", "pods", "--selector=app.kubernetes.io/name=cockroachdb,app.kubernetes.io/component=cockroachdb", "--output=wide")),
      // The NODE column above against each node's zone label.
      ...(isZoned ? [sh(kubectl(context, null, "get", "nodes", "--label-columns=topology.kubernetes.io/zone"))] : []),
      sh(kubectl(context, ns, "get", "service", COCKROACH_PUBLIC, "--output=jsonpath={.spec.selector}")),
    ],
    expect:
      `${plural(nodes, "pod")} (${listText(pods)}) Running` +
      (isZoned ? `, each release's pods on nodes of its own zone (${listText(releases.map((r) => r.zoneLabel ?? ""))})` : "") +
      `; ${COCKROACH_PUBLIC} selects app.kubernetes.io/name and app.kubernetes.io/component cockroachdb.`,
    files: [...releases.map((r) => BUNDLE_PATHS.cockroachValues(region.id, r.release)), service],
    sources: [SRC.cockroachMultiCluster, SRC.backend],
    inputs: {
      region: { id: region.id, context, ns, zones: region.zones, storageClass: region.storageClass.name, resources: region.resources?.cockroach ?? null },
      cockroach: { version: plan.cockroachdb.version, nodesPerZone: plan.cockroachdb.nodesPerZone, storagePerNodeGiB: plan.cockroachdb.storagePerNodeGiB },
      group: group ?? null,
      releases,
      join: all.map((r) => ({ id: r.id, ns: r.kubernetes.cockroachNamespace, nodes: cockroachNodes(plan, r) })),
    },
  });
}

function initStep({ plan }: RunbookContext, primary: PlanRegion, all: PlanRegion[]): StepDraft {
  const total = all.reduce((sum, r) => sum + cockroachNodes(plan, r), 0);
  const needsKey = plan.cockroachdb.licence !== "core";
  const localities = all.flatMap((r) => cockroachReleases(plan, r).map((rel) => `${rel.locality} (${plural(rel.replicas, "node")})`));
  return draft({
    key: "cockroachdb.init",
    title: "Initialise the CockroachDB cluster",
    what:
      `Run cockroach init once, against ${primary.id}, from the folder where the certificates script ran (it uses certs/ through a port-forward); every node of every region then joins the one cluster. ` +
      "The releases list other pods in conf.join, so the chart runs no init job of its own. " +
      (needsKey ? "Then set the licence key from the environment variable COCKROACH_LICENSE." : "The plan has no licence key: since 24.3 the cluster is throttled 7 days after initialisation without one."),
    commands: throughTunnel(primary, [
      sh(cockroachLocal(["init"])),
      // The key comes from the operator's environment, never from the plan: a fixed statement around "$COCKROACH_LICENSE".
      ...(needsKey ? [`${sh(cockroachLocal(["sql"]))} --execute "SET CLUSTER SETTING enterprise.license = '$COCKROACH_LICENSE'"`] : []),
    ]),
    // Every node's locality as gossip knows it (crdb_internal.gossip_nodes: node_id, locality; cockroachdb/cockroach pkg/sql/crdb_internal.go).
    verify: throughTunnel(primary, [sh(cockroachLocal(["node", "status"])), cockroachSql("SELECT node_id, locality FROM crdb_internal.gossip_nodes ORDER BY node_id")]),
    expect: `${plural(total, "node")}, all is_live true, with localities ${listText(localities)}.`,
    sources: [SRC.cockroachMultiCluster, SRC.cockroachNodeStatus, SRC.cockroachLicensing],
    inputs: {
      primary: [primary.id, kubeContext(primary), primary.kubernetes.cockroachNamespace],
      licence: plan.cockroachdb.licence,
      nodes: all.map((r) => ({ id: r.id, nodes: cockroachNodes(plan, r), localities: cockroachLocalities(plan, r) })),
    },
  });
}

function databasesStep({ plan }: RunbookContext, primary: PlanRegion): StepDraft {
  const dbs = `${sqlIdent(BACKEND_DB)}, ${sqlIdent(AUDIT_DB)}`;
  return draft({
    key: "cockroachdb.databases",
    title: "Create the Teleport databases and user",
    what:
      `Create the databases ${BACKEND_DB} (cluster state) and ${AUDIT_DB} (audit events) and the user teleport with CREATE on both, and turn on kv.rangefeed.enabled: Teleport's backend watches changes through changefeeds, which need rangefeeds. ` +
      "These are the blueprint's statements.",
    commands: throughTunnel(primary, [cockroachSqlFile(BUNDLE_PATHS.cockroachInitSql)]),
    verify: throughTunnel(primary, [cockroachSql(`SHOW GRANTS ON DATABASE ${dbs} FOR ${sqlIdent("teleport")}`), cockroachSql("SHOW CLUSTER SETTING kv.rangefeed.enabled")]),
    expect: `teleport holds CREATE on ${BACKEND_DB} and ${AUDIT_DB}; kv.rangefeed.enabled is true.`,
    files: [BUNDLE_PATHS.cockroachInitSql],
    sources: [SRC.backend, SRC.backends],
    inputs: { primary: [primary.id, kubeContext(primary), primary.kubernetes.cockroachNamespace] },
  });
}

function regionsStep({ plan }: RunbookContext, primary: PlanRegion, all: PlanRegion[]): StepDraft {
  const { primaryRegion, secondaryRegion, survivalGoal, licence } = plan.cockroachdb;
  const name = cockroachRegionName;
  const isCore = licence === "core";
  const core = coreZoneConfig(all.length);
  const goal = isCore || survivalGoal === "zone" ? "ZONE" : "REGION";
  const databases = [BACKEND_DB, AUDIT_DB];
  return draft({
    key: "cockroachdb.regions",
    title: isCore ? "Spread the Teleport databases over the regions (zone configuration)" : "Make the Teleport databases multi-region",
    what: isCore
      ? `With CockroachDB core the physical regions ${listText(all.map((r) => name(r.id)))} are declared to CockroachDB as zones (locality zone=…). Core has no database regions, so no survival goal (SURVIVE ZONE FAILURE on a database without regions is an error); instead a zone configuration gives both databases ${core.numReplicas} replicas${core.pinnedPerRegion ? ", one pinned to each region," : ""} with leases preferred in ${name(primaryRegion)}. The blueprint does not recommend core for production: it lacks the multi-region features.`
      : `Set ${name(primaryRegion)} as the primary region` +
        (secondaryRegion ? ` and ${name(secondaryRegion)} as the secondary region` : "") +
        ` of ${BACKEND_DB} and ${AUDIT_DB}, add ${listText(all.map((r) => name(r.id)))} as database regions and make both databases SURVIVE ${goal} FAILURE. ` +
        (survivalGoal === "region"
          ? "With a region survival goal every write waits for a second region, at least one round trip to the nearest other region (CockroachDB docs, Multi-region survival goals)."
          : "With a zone survival goal the databases stay available when a zone fails, not when a whole region does."),
    commands: throughTunnel(primary, [cockroachSqlFile(BUNDLE_PATHS.cockroachRegionsSql)]),
    verify: throughTunnel(
      primary,
      databases.flatMap((db) => [
        ...(isCore
          ? [cockroachSql(`SHOW ZONE CONFIGURATION FROM DATABASE ${sqlIdent(db)}`)]
          : [cockroachSql(`SHOW REGIONS FROM DATABASE ${sqlIdent(db)}`), cockroachSql(`SHOW SURVIVAL GOAL FROM DATABASE ${sqlIdent(db)}`)]),
      ]),
    ),
    expect: isCore
      ? `Both zone configurations show num_replicas = ${core.numReplicas}${core.pinnedPerRegion ? ` and one +zone constraint per region (${listText(all.map((r) => name(r.id)))})` : ""}, lease_preferences +zone=${name(primaryRegion)}.`
      : `Each database lists ${listText(all.map((r) => name(r.id)))}, with ${name(primaryRegion)} primary` +
        (secondaryRegion ? ` and ${name(secondaryRegion)} secondary` : "") +
        `; the survival goal is ${goal.toLowerCase()}.`,
    files: [BUNDLE_PATHS.cockroachRegionsSql],
    sources: [SRC.backend, SRC.cockroachAlterDatabase, SRC.cockroachSurvival],
    inputs: { primary: [primary.id, kubeContext(primary), primary.kubernetes.cockroachNamespace], primaryRegion, secondaryRegion, survivalGoal, licence, regions: all.map((r) => r.id) },
  });
}
