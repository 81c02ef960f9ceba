import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle, bundleContext, bundleDocuments } from "@/lib/core/bundle";
import { nearestDatabaseRegion, regionCode } from "@/lib/core/bundle/context";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import { tfUnescape } from "@/lib/core/manifests/terraform";
import { wellFormed } from "@/lib/core/manifests/uri";
import type { Plan } from "@/lib/schemas/plan";
import { hostilePlan } from "./hostile";
import { at, parseShell } from "./parse";
import { readWithPyYaml, requirePyYaml } from "./readers/pyyaml";
import { expectRoundTrip, jsonNormalize } from "./round-trip";

/**
 * Hostile strings in every free-text field of the plan (cluster name, Kubernetes names,
 * namespaces, storage class names, bucket prefix, uploader role, TLS names, health-check path,
 * waiver ids and reasons) must not change the structure of any generated file: each file parses
 * back to exactly its intended object, and the hostile values sit, unchanged, where they belong.
 * The hostile plan deliberately skips PlanSchema.
 */
const decodeHost = (uri: string) => decodeURIComponent(new URL(uri).host.replace(/:\d+$/, ""));
const queryKeys = (uri: string) => [...new URL(uri).searchParams.keys()];

/** Every string in a Terraform JSON value must carry `${`/`%{` only escaped, unless it is one reference the builder wrote. */
function expectNoStrayInterpolation(value: unknown): void {
  if (typeof value === "string") {
    // References the builders write on purpose (ref()), anywhere in a string such as an IAM
    // policy, and the fixed expressions of locals and variable validations; what remains must
    // hold no unescaped template sequence.
    const fixed = value
      .replace(/\$\{(var|local)\.[a-z0-9_]+\}|\$\{(data\.)?aws_[a-z0-9_]+\.[a-z0-9_]+\.(id|arn|key_id)\}|\$\{(google|azurerm)_[a-z0-9_]+\.[a-z0-9_]+\.(id|name|email|principal_id|client_id|workload_identity_pool_id)\}/g, "")
      .replace(/^\$\{(element\(split\(":oidc-provider\/", var\.[a-z0-9_]+\), 1\)|trimprefix\(var\.[a-z0-9_]+, "https:\/\/"\)|startswith\(var\.[a-z0-9_]+, "https:\/\/"\)|can\(cidrhost\(format\("%s\/32", var\.[a-z0-9_]+\), 0\)\))\}$/, "");
    expect(fixed.replace(/\$\$\{|%%\{/g, ""), value).not.toMatch(/[$%]\{/);
  } else if (Array.isArray(value)) value.forEach(expectNoStrayInterpolation);
  else if (value !== null && typeof value === "object") Object.values(value).forEach(expectNoStrayInterpolation);
}

function checkPlacement(plan: Plan, files: Map<string, string>): void {
  const ctx = bundleContext(plan, analyzePlan(plan));
  const yaml = (path: string): unknown => fromYaml(files.get(path) ?? "");

  for (const region of plan.regions) {
    const slug = region.id.replace(":", "-");
    const values = yaml(`teleport/${slug}/values.yaml`);
    expect(at(values, "clusterName")).toBe(plan.teleport.clusterName);
    const tls = plan.teleport.tls;
    if (tls.mode === "existing-secret") expect(at(values, "tls")).toEqual({ existingSecretName: tls.secretName });
    else expect(at(values, "highAvailability", "certManager", "issuerName")).toBe(tls.issuerName);

    const storage = at(values, "auth", "teleportConfig", "teleport", "storage");
    const connString = String(at(storage, "conn_string"));
    const ns = nearestDatabaseRegion(ctx, region)?.kubernetes.cockroachNamespace ?? "";
    for (const uri of [connString, ...(at(storage, "audit_events_uri") as string[])]) {
      expect(decodeHost(uri)).toBe(wellFormed(`cockroachdb-public.${ns}.svc.cluster.local`));
      expect(new URL(uri).username).toBe("teleport");
      expect(new URL(uri).port).toBe("26257");
    }
    expect(queryKeys(connString)).toEqual(["sslmode", "pool_max_conns"]);

    const sessions = String(at(storage, "audit_sessions_uri"));
    const { kind, bucketPrefix, uploaderRole } = plan.objectStorage;
    if (kind === "s3") {
      expect(decodeHost(sessions)).toBe(wellFormed(`${bucketPrefix}-${regionCode(region.id)}`));
      expect(queryKeys(sessions)).toEqual(["region", "sse_kms_key", "complete_initiators"]);
      expect(new URL(sessions).searchParams.get("complete_initiators")).toBe(wellFormed(uploaderRole));
    } else if (kind === "gcs" || kind === "minio") {
      expect(decodeHost(sessions)).toBe(wellFormed(bucketPrefix));
      expect(queryKeys(sessions)).toEqual(kind === "minio" ? ["region", "endpoint"] : ["path", "projectID"]);
      if (kind === "gcs") expect(new URL(sessions).searchParams.get("path")).toBe("records");
    } else expect(decodeHost(sessions)).toMatch(/^[a-z0-9]{1,24}\.blob\.core\.windows\.net$/);

    // One release per zone; the blueprint's regions have three zones each, so the join list takes pod 0 of every zone.
    for (const zone of region.zones) {
      const cockroach = yaml(`cockroachdb/${slug}/cockroachdb-${zone}/values.yaml`);
      expect(at(cockroach, "storage", "persistentVolume", "storageClass")).toBe(region.storageClass.name);
      expect(at(cockroach, "conf", "join")).toEqual(plan.regions.flatMap((r) => r.zones.map((z) => `cockroachdb-${z}-0.cockroachdb-${z}.${r.kubernetes.cockroachNamespace}`)));
    }
    expect(at(yaml(`cockroachdb/${slug}/public-service.yaml`), "metadata", "namespace")).toBe(region.kubernetes.cockroachNamespace);
    // GCS outside Google Cloud: the credentials ConfigMap lands in the Teleport namespace and its file parses.
    if (kind === "gcs" && region.runsTeleport && !region.id.startsWith("gcp:")) {
      const configMap = yaml(`kubernetes/${slug}/gcp-credentials.yaml`);
      expect(at(configMap, "metadata", "namespace")).toBe(region.kubernetes.teleportNamespace);
      expect(at(JSON.parse(String(at(configMap, "data", "credential-configuration.json"))), "type")).toBe("external_account");
    }
    expect(at(yaml(`kubernetes/${slug}/storageclass.yaml`), "metadata", "name")).toBe(region.storageClass.name);
    if (region.kubernetes.podNetworking === "overlay") expect(at(yaml(`network/${slug}/cilium-values.yaml`), "cluster", "name")).toBe(region.kubernetes.clusterName);
  }

  const { commands } = parseShell(files.get("cockroachdb/certificates.sh") ?? "");
  const secrets = commands.filter((c) => c[0] === "kubectl");
  expect(secrets.map((c) => [c[4], c[5], c[6]])).toEqual([
    ...plan.regions.flatMap((r) => [COCKROACH_NODE, COCKROACH_ROOT].map((name) => [name, `--namespace=${r.kubernetes.cockroachNamespace}`, `--context=${r.kubernetes.clusterName}`])),
    ...plan.regions.map((r) => ["cockroach-certs", `--namespace=${r.kubernetes.teleportNamespace}`, `--context=${r.kubernetes.clusterName}`]),
  ]);

  for (const path of ["storage/main.tf.json", "dns/main.tf.json"]) {
    const text = files.get(path);
    if (text !== undefined) expectNoStrayInterpolation(JSON.parse(text));
  }
  const storageTf = files.get("storage/main.tf.json");
  if (storageTf && plan.objectStorage.kind === "gcs") {
    const tf: unknown = JSON.parse(storageTf);
    expect(tfUnescape(String(at(tf, "resource", "google_storage_bucket", "sessions", "name")))).toBe(plan.objectStorage.bucketPrefix);
    const members = Object.values((at(tf, "resource", "google_service_account_iam_member") ?? {}) as Record<string, unknown>).map((m) => tfUnescape(String(at(m, "member"))));
    const gke = [...new Set(plan.regions.filter((r) => r.id.startsWith("gcp:")).map((r) => r.kubernetes.teleportNamespace))];
    const federated = plan.regions.filter((r) => r.runsTeleport && !r.id.startsWith("gcp:"));
    const pool = "principal://iam.googleapis.com/${google_iam_workload_identity_pool.teleport_auth.name}/subject";
    expect(members).toEqual([
      ...gke.map((ns) => `serviceAccount:\${var.project_id}.svc.id.goog[${ns}/teleport-cluster]`),
      ...[...new Set(federated.map((r) => r.kubernetes.teleportNamespace))].map((ns) => `${pool}/system:serviceaccount:${ns}:teleport-cluster`),
    ]);
    // The attribute condition is a CEL comparison with a string literal holding the namespace verbatim.
    const conditions = Object.values((at(tf, "resource", "google_iam_workload_identity_pool_provider") ?? {}) as Record<string, unknown>).map((p) => tfUnescape(String(at(p, "attribute_condition"))));
    expect(conditions.map((c) => JSON.parse(c.replace(/^assertion\.sub == /, "")) as unknown)).toEqual(federated.map((r) => `system:serviceaccount:${r.kubernetes.teleportNamespace}:teleport-cluster`));
  }
  if (storageTf && plan.objectStorage.kind === "azure-blob") {
    const tf: unknown = JSON.parse(storageTf);
    const subjects = Object.values(at(tf, "resource", "azurerm_federated_identity_credential") as Record<string, unknown>).map((c) => tfUnescape(String(at(c, "subject"))));
    expect(subjects).toEqual(plan.regions.map((r) => `system:serviceaccount:${r.kubernetes.teleportNamespace}:teleport-cluster`));
  }
  if (storageTf && plan.objectStorage.kind === "s3") {
    const tf: unknown = JSON.parse(storageTf);
    const buckets = Object.values(at(tf, "resource", "aws_s3_bucket") as Record<string, unknown>);
    expect(buckets.map((b) => tfUnescape(String(at(b, "bucket"))))).toEqual(plan.regions.map((r) => `${plan.objectStorage.bucketPrefix}-${regionCode(r.id)}`));
    expect(tfUnescape(String(at(tf, "resource", "aws_s3control_multi_region_access_point", "sessions", "details", "name")))).toBe(plan.objectStorage.bucketPrefix);
    for (const config of Object.values(at(tf, "resource", "aws_s3_bucket_replication_configuration") as Record<string, unknown>))
      expect(at(config, "rule")).toHaveLength(plan.regions.length - 1);
  }
  const dnsTf = files.get("dns/main.tf.json");
  if (dnsTf) {
    const tf: unknown = JSON.parse(dnsTf);
    const records = Object.values(at(tf, "resource", "aws_route53_record") as Record<string, unknown>);
    expect(records.map((r) => tfUnescape(String(at(r, "name"))))).toEqual([...plan.regions.map(() => plan.teleport.clusterName), ...plan.regions.map(() => `*.${plan.teleport.clusterName}`)]);
    for (const check of Object.values(at(tf, "resource", "aws_route53_health_check") as Record<string, unknown>))
      expect(tfUnescape(String(at(check, "resource_path")))).toBe(plan.geoDns.healthCheck.path);
  }
  const savedPlan: unknown = JSON.parse(files.get("plan.json") ?? "null");
  expect((at(savedPlan, "waivers") as unknown[]).map((w) => at(w, "reason"))).toEqual(plan.waivers.map((w) => w.reason));
}

const COCKROACH_NODE = "cockroachdb-node";
const COCKROACH_ROOT = "cockroachdb-root";

const hasPyYaml = requirePyYaml();

/**
 * A second, independent YAML 1.1 reader (PyYAML: libyaml, the C library go-yaml was ported from,
 * and its pure-Python loader) gets the same values from every YAML file as the `yaml` library.
 */
function expectPyYamlAgrees(docs: ReturnType<typeof bundleDocuments>, files: ReturnType<typeof buildBundle>): void {
  const yamlDocs = docs.filter((d) => d.format === "yaml");
  const texts = yamlDocs.map((d) => files.find((f) => f.path === d.path)?.content ?? "");
  readWithPyYaml(texts).forEach((reading, i) => {
    const doc = yamlDocs[i]!;
    const expected = { value: jsonNormalize(doc.value) };
    expect(reading.c, `${doc.path} (PyYAML, libyaml)`).toEqual(expected);
    expect(reading.py, `${doc.path} (PyYAML, pure Python)`).toEqual(expected);
  });
}

describe("hostile plans", () => {
  test("every generated file keeps its structure and carries the hostile values verbatim", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostilePlan, (plan) => {
        const analysis = analyzePlan(plan);
        const docs = bundleDocuments(plan, analysis);
        const files = buildBundle(plan, analysis);
        expect(files.map((f) => f.path).sort()).toEqual(docs.map((d) => d.path).sort());
        for (const doc of docs) {
          const file = files.find((f) => f.path === doc.path);
          if (!file) throw new Error(`missing ${doc.path}`);
          expectRoundTrip(doc, file);
        }
        checkPlacement(plan, new Map(files.map((f) => [f.path, f.content])));
      }),
      { numRuns: 200 },
    );
  });

  // Fewer runs than above: each also starts a Python process, and the machine is shared.
  test.runIf(hasPyYaml)("every YAML file reads the same in PyYAML (libyaml and pure Python)", { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostilePlan, (plan) => {
        const analysis = analyzePlan(plan);
        expectPyYamlAgrees(bundleDocuments(plan, analysis), buildBundle(plan, analysis));
      }),
      { numRuns: 40 },
    );
  });
});
