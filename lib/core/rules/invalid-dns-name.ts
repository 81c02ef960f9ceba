import type { Plan } from "@/lib/schemas/plan";
import type { RegionId, Rule, Source } from "../analysis/types";
import { getRegion } from "../catalog";
import { dns1123LabelProblem, dns1123SubdomainProblem, regionalBucketName, s3BucketNameProblem } from "../dns";
import { finding, type RuleFinding } from "./finding";
import { indexedRegions, teleportRegions } from "./plan-regions";

const ID = "invalid-dns-name";
const K8S_NAMES: Source = {
  title: "Kubernetes docs: Object Names and IDs",
  url: "https://kubernetes.io/docs/concepts/overview/working-with-objects/names/",
};
const S3_NAMES: Source = {
  title: "Amazon S3 docs: General purpose bucket naming rules",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html",
};

type Kind = { name: string; rule: string; source: Source; problem: (value: string) => string | null };

const LABEL: Kind = {
  name: "DNS-1123 label",
  rule: "at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit",
  source: K8S_NAMES,
  problem: dns1123LabelProblem,
};
const SUBDOMAIN: Kind = {
  name: "DNS-1123 subdomain",
  rule: "at most 253 lower-case letters, digits, '-' and '.', each dot-separated part starting and ending with a letter or digit",
  source: K8S_NAMES,
  problem: (value) => dns1123SubdomainProblem(value),
};
const HOSTNAME: Kind = {
  name: "DNS name",
  rule: "dot-separated parts of at most 63 lower-case letters, digits and '-', each starting and ending with a letter or digit",
  source: K8S_NAMES,
  problem: (value) => dns1123SubdomainProblem(value, { isHostname: true }),
};
const BUCKET: Kind = {
  name: "S3 bucket name",
  rule: "3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit",
  source: S3_NAMES,
  problem: s3BucketNameProblem,
};

type Name = { subject: string; what: string; value: string; kind: Kind; field: string; regions: RegionId[] };

/** Every name in the plan that ends up in a Kubernetes object, a DNS record or a bucket. */
function namesOf(plan: Plan): Name[] {
  const all = teleportRegions(plan).map((r) => r.id);
  const { tls } = plan.teleport;
  const names: Name[] = [
    { subject: "cluster-name", what: "Teleport cluster name", value: plan.teleport.clusterName, kind: HOSTNAME, field: "teleport.clusterName", regions: all },
    tls.mode === "existing-secret"
      ? { subject: "tls-secret", what: "TLS secret name", value: tls.secretName, kind: SUBDOMAIN, field: "teleport.tls.secretName", regions: all }
      : { subject: "tls-issuer", what: "cert-manager issuer name", value: tls.issuerName, kind: SUBDOMAIN, field: "teleport.tls.issuerName", regions: all },
  ];
  for (const { region, index, id } of indexedRegions(plan)) {
    const k = region.kubernetes;
    const at = (path: string) => `regions.${index}.${path}`;
    const regional = (subject: string, what: string, value: string, kind: Kind, field: string): Name => ({
      subject: `${id}:${subject}`,
      what: `${what} in ${id}`,
      value,
      kind,
      field: at(field),
      regions: [id],
    });
    names.push(regional("kubernetes-cluster-name", "Kubernetes cluster name", k.clusterName, LABEL, "kubernetes.clusterName"));
    if (region.runsTeleport) names.push(regional("teleport-namespace", "Teleport namespace", k.teleportNamespace, LABEL, "kubernetes.teleportNamespace"));
    if (region.runsCockroach) {
      names.push(regional("cockroach-namespace", "CockroachDB namespace", k.cockroachNamespace, LABEL, "kubernetes.cockroachNamespace"));
      names.push(regional("storage-class", "storage class name", region.storageClass.name, SUBDOMAIN, "storageClass.name"));
    }
  }
  return names;
}

/** One finding for all regional buckets: they share the prefix, so they share the fix. */
function bucketFindings(plan: Plan): RuleFinding[] {
  const { kind, bucketPrefix } = plan.objectStorage;
  if (kind !== "s3" && kind !== "minio") return [];
  const bad = teleportRegions(plan).flatMap(({ id }) => {
    const bucket = regionalBucketName(bucketPrefix, getRegion(id)?.code ?? id.slice(id.indexOf(":") + 1));
    const problem = BUCKET.problem(bucket);
    return problem === null ? [] : [{ id, bucket, problem }];
  });
  const first = bad[0];
  if (!first) return [];
  return [
    finding(ID, {
      subject: "bucket",
      severity: "critical",
      title: `Invalid session recording bucket name${bad.length === 1 ? "" : "s"}`,
      explanation:
        `Each region's bucket is named <bucket prefix>-<region code>. "${first.bucket}" (${first.id}) is not a valid ${BUCKET.name}. ${first.problem} ` +
        `Affected: ${bad.map((b) => b.bucket).join(", ")}. Bucket names must have ${BUCKET.rule}.`,
      fix: `Change the bucket prefix so that every "<prefix>-<region code>" has ${BUCKET.rule}.`,
      fields: ["objectStorage.bucketPrefix"],
      regions: bad.map((b) => b.id),
      source: BUCKET.source,
    }),
  ];
}

/**
 * Names Kubernetes, DNS or S3 would refuse, so the generated bundle would fail to apply.
 * Kubernetes (Object Names and IDs): namespaces are DNS-1123 labels; Secrets, StorageClasses and
 * cert-manager Issuers are DNS-1123 subdomains. The Teleport cluster name becomes the proxies'
 * public DNS name (teleport-cluster chart `clusterName`), so each of its parts must also fit a
 * DNS label. The Kubernetes cluster name is held to a label because it names generated objects
 * and files. Each region's bucket, `<prefix>-<region code>`, follows AWS's bucket naming rules.
 */
export const invalidDnsNameRule: Rule = {
  id: ID,
  title: "Name that Kubernetes, DNS or S3 refuses",
  source: K8S_NAMES,
  check: ({ plan }) => [
    ...namesOf(plan).flatMap((n): RuleFinding[] => {
      const problem = n.kind.problem(n.value);
      if (problem === null) return [];
      return [
        finding(ID, {
          subject: n.subject,
          severity: "critical",
          title: `Invalid ${n.what}`,
          explanation: `"${n.value}" is not a valid ${n.kind.name}. ${problem} The ${n.what} must be a ${n.kind.name} (${n.kind.rule}); the generated manifests would be refused.`,
          fix: `Rename it to a valid ${n.kind.name}: ${n.kind.rule}.`,
          fields: [n.field],
          regions: n.regions,
          source: n.kind.source,
        }),
      ];
    }),
    ...bucketFindings(plan),
  ],
};
