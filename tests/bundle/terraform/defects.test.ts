import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { buildBundle } from "@/lib/core/bundle";
import { tfName } from "@/lib/core/bundle/context";
import { buildRunbook } from "@/lib/core/runbook";
import { fromYaml } from "@/lib/core/bundle/serialize/yaml";
import type { Plan } from "@/lib/schemas/plan";
import { MATRIX } from "../matrix";

/**
 * The three deploy-breaking defects of issue 10 this branch fixes, checked on the generated
 * files without the Terraform CLI (terraform.test.ts checks them with it):
 * 3. recordings replicate only if the rules select SSE-KMS objects and name a replica key;
 * 4. the Auth pods need an AWS identity for the buckets, on EKS and elsewhere;
 * 5. load balancers that answer with IPs need A records and IP health checks.
 */
type Json = Record<string, unknown>;
const files = (plan: Plan) => new Map(buildBundle(plan, analyzePlan(plan)).map((f) => [f.path, f.content]));
const get = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((v, k) => (v as Json | undefined)?.[k], value);
const s3Plans = MATRIX.filter((m) => m.plan.objectStorage.kind === "s3");
const route53Plans = MATRIX.filter((m) => m.plan.geoDns.provider === "route53");
const planNamed = (name: string) => MATRIX.find((m) => m.name === name)?.plan as Plan;

describe("defect 3: SSE-KMS recordings replicate", () => {
  test.each(s3Plans)("$name: n·(n−1) rules, each selecting SSE-KMS objects and re-encrypting with the destination's key", ({ plan }) => {
    const tf = JSON.parse(files(plan).get("storage/main.tf.json") ?? "{}") as Json;
    const n = plan.regions.filter((r) => r.runsTeleport).length;
    const configs = Object.entries(get(tf, "resource", "aws_s3_bucket_replication_configuration") as Record<string, Json>);
    const rules = configs.flatMap(([, c]) => c.rule as Json[]);
    expect(rules).toHaveLength(n * (n - 1));
    for (const rule of rules) {
      expect(get(rule, "source_selection_criteria", "sse_kms_encrypted_objects", "status")).toBe("Enabled");
      const target = String(get(rule, "id")).replace(/^to-/, "");
      expect(get(rule, "destination", "encryption_configuration", "replica_kms_key_id")).toBe(`\${aws_kms_key.sessions_${target}.arn}`);
    }
    for (const [, config] of configs) expect(config.role).toBe("${aws_iam_role.replication.arn}");
    const policy = JSON.parse(String(get(tf, "resource", "aws_iam_role_policy", "replication", "policy"))) as { Statement: { Action: string[] }[] };
    expect(policy.Statement.flatMap((s) => s.Action)).toEqual(expect.arrayContaining(["s3:ReplicateObject", "kms:Decrypt", "kms:Encrypt"]));
    const keys = Object.keys(get(tf, "resource", "aws_kms_key") as Json);
    expect(keys).toHaveLength(n);
  });

  test("Teleport writes with the region's key, which the bucket also uses by default", () => {
    const plan = planNamed("blueprint");
    const bundle = files(plan);
    const values = fromYaml(bundle.get("teleport/aws-us-east-1/values.yaml") ?? "");
    const uri = new URL(String(get(values, "auth", "teleportConfig", "teleport", "storage", "audit_sessions_uri")));
    expect(uri.searchParams.get("sse_kms_key")).toBe("alias/teleport-sessions-aws-us-east-1");
    const tf = JSON.parse(bundle.get("storage/main.tf.json") ?? "{}") as Json;
    expect(get(tf, "resource", "aws_kms_alias", "sessions_aws_us_east_1", "name")).toBe("alias/teleport-sessions-aws-us-east-1");
    expect(get(tf, "resource", "aws_s3_bucket_server_side_encryption_configuration", "sessions_aws_us_east_1", "rule")).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms", kms_master_key_id: "${aws_kms_key.sessions_aws_us_east_1.arn}" }, bucket_key_enabled: true },
    ]);
  });

  test("the runbook's check uploads like Teleport: multipart with SSE-KMS and the region's key", () => {
    const plan = planNamed("blueprint");
    const step = buildRunbook(plan, analyzePlan(plan)).sections.flatMap((s) => s.steps).find((s) => s.key === "object-storage.replication");
    const verify = step?.verify ?? [];
    expect(verify.find((c) => c.includes("create-multipart-upload"))).toBe(
      "UPLOAD_ID=\"$(aws s3api create-multipart-upload --bucket teleport-sessions-us-east-1 --key runbook-checks/replication-check --region us-east-1 --server-side-encryption aws:kms --ssekms-key-id alias/teleport-sessions-aws-us-east-1 --query UploadId --output text)\"",
    );
    expect(verify.some((c) => c.startsWith("aws s3api complete-multipart-upload"))).toBe(true);
    expect(verify.some((c) => c.includes("aws s3 cp"))).toBe(false);
    expect(verify.filter((c) => c.includes("head-object") && c.includes("SSEKMSKeyId"))).toHaveLength(2);
  });
});

describe("defect 4: the Auth pods have an AWS identity for the buckets", () => {
  test("EKS: the IRSA annotation on the Auth service account (auth.annotations.serviceAccount)", () => {
    const values = fromYaml(files(planNamed("load-balancer-ips")).get("teleport/aws-us-east-1/values.yaml") ?? "");
    expect(get(values, "auth", "annotations", "serviceAccount")).toEqual({ "eks.amazonaws.com/role-arn": "arn:aws:iam::111122223333:role/teleport-auth" });
    expect(get(values, "annotations")).toBeUndefined();
  });

  test.each(["gcp-europe-west1", "azure-westeurope"])("%s: web-identity federation with a projected token, no secret", (slug) => {
    const values = fromYaml(files(planNamed("load-balancer-ips")).get(`teleport/${slug}/values.yaml`) ?? "");
    expect(get(values, "auth", "annotations")).toBeUndefined();
    expect(get(values, "auth", "extraEnv")).toEqual(
      expect.arrayContaining([
        { name: "AWS_ROLE_ARN", value: "arn:aws:iam::111122223333:role/teleport-auth" },
        { name: "AWS_WEB_IDENTITY_TOKEN_FILE", value: "/var/run/secrets/aws-sts/token" },
      ]),
    );
    expect(get(values, "auth", "extraVolumes")).toEqual(
      expect.arrayContaining([{ name: "aws-sts-token", projected: { sources: [{ serviceAccountToken: { audience: "sts.amazonaws.com", expirationSeconds: 3600, path: "token" } }] } }]),
    );
    expect(get(values, "auth", "extraVolumeMounts")).toEqual(expect.arrayContaining([{ name: "aws-sts-token", mountPath: "/var/run/secrets/aws-sts", readOnly: true }]));
  });

  test("the Terraform trusts each region's Auth service account through its OIDC issuer", () => {
    const plan = planNamed("load-balancer-ips");
    const tf = JSON.parse(files(plan).get("storage/main.tf.json") ?? "{}") as Json;
    const trust = JSON.parse(String(get(tf, "resource", "aws_iam_role", "teleport_auth", "assume_role_policy"))) as { Statement: Json[] };
    expect(trust.Statement.map((s) => get(s, "Principal", "Federated"))).toEqual([
      "${var.eks_oidc_provider_arn_aws_us_east_1}",
      "${aws_iam_openid_connect_provider.sessions_gcp_europe_west1.arn}",
      "${aws_iam_openid_connect_provider.sessions_azure_westeurope.arn}",
    ]);
    for (const s of trust.Statement) expect(Object.values(get(s, "Condition", "StringEquals") as Json)).toEqual(["system:serviceaccount:teleport:teleport-cluster", "sts.amazonaws.com"]);
    expect(get(tf, "resource", "aws_iam_openid_connect_provider", "sessions_gcp_europe_west1", "client_id_list")).toEqual(["sts.amazonaws.com"]);
  });

  test("no AWS identity is written for a plan without S3", () => {
    const values = fromYaml(files(planNamed("gcp-global-vpc-gcs")).get("teleport/gcp-us-central1/values.yaml") ?? "");
    expect(JSON.stringify(values)).not.toMatch(/AWS_ROLE_ARN|eks\.amazonaws\.com/);
  });
});

describe("defect 5: GeoDNS records fit what each load balancer answers with", () => {
  test.each(route53Plans)("$name: one record per region and name, one health check per region", ({ plan }) => {
    const tf = JSON.parse(files(plan).get("dns/main.tf.json") ?? "{}") as Json;
    const regions = plan.regions.filter((r) => r.runsTeleport);
    expect(Object.keys(get(tf, "resource", "aws_route53_record") as Json)).toHaveLength(2 * regions.length);
    expect(Object.keys(get(tf, "resource", "aws_route53_health_check") as Json)).toHaveLength(regions.length);
    for (const record of Object.values(get(tf, "resource", "aws_route53_record") as Record<string, Json>)) expect(record.type).not.toBe("CNAME");
  });

  test("GKE and AKS: A records and health checks on the IP; AWS: an alias to the NLB", () => {
    const tf = JSON.parse(files(planNamed("load-balancer-ips")).get("dns/main.tf.json") ?? "{}") as Json;
    const record = (id: string) => get(tf, "resource", "aws_route53_record", `proxy_${tfName(id)}`) as Json;
    const check = (id: string) => get(tf, "resource", "aws_route53_health_check", `proxy_${tfName(id)}`) as Json;
    for (const id of ["gcp:europe-west1", "azure:westeurope"]) {
      expect(record(id)).toMatchObject({ type: "A", records: [`\${var.proxy_ip_${tfName(id)}}`], ttl: 60 });
      expect(check(id)).toMatchObject({ ip_address: `\${var.proxy_ip_${tfName(id)}}`, fqdn: "teleport-multi-region.example.org", type: "HTTPS", enable_sni: true });
    }
    expect(record("aws:us-east-1")).toMatchObject({
      type: "A",
      alias: { name: "${var.proxy_lb_dns_name_aws_us_east_1}", zone_id: "${data.aws_lb_hosted_zone_id.nlb_aws_us_east_1.id}", evaluate_target_health: true },
    });
    expect(record("aws:us-east-1").ttl).toBeUndefined();
    expect(check("aws:us-east-1")).toMatchObject({ fqdn: "${var.proxy_lb_dns_name_aws_us_east_1}" });
    expect(check("aws:us-east-1").ip_address).toBeUndefined();
  });

  test("a plan can say an AWS region's proxy has an IP (Elastic IPs), and a GKE one a DNS name", () => {
    const plan = structuredClone(planNamed("load-balancer-ips"));
    plan.regions = plan.regions.map((r) => ({ ...r, loadBalancerAddress: r.id.startsWith("aws:") ? "ip" : "hostname" }));
    const tf = JSON.parse(files(plan).get("dns/main.tf.json") ?? "{}") as Json;
    expect(get(tf, "resource", "aws_route53_record", "proxy_aws_us_east_1", "type")).toBe("A");
    expect(get(tf, "resource", "aws_route53_record", "proxy_aws_us_east_1", "records")).toEqual(["${var.proxy_ip_aws_us_east_1}"]);
    expect(get(tf, "resource", "aws_route53_record", "proxy_gcp_europe_west1", "type")).toBe("CNAME");
  });
});
