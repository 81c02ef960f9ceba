import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleContext } from "@/lib/core/bundle/context";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { sessionBucket, sessionsUri, supportsCompleteInitiators } from "./session-storage";

describe("supportsCompleteInitiators (gravitational/teleport#54869: 17.4.6+, 16.5.5+, 15.5.0+)", () => {
  test.each([
    ["18.0.0", true],
    ["17.4.6", true],
    ["17.4.5", false],
    ["17.5.0", true],
    ["16.5.5", true],
    ["16.5.4", false],
    ["16.6.0", true],
    ["15.5.0", true],
    ["15.4.99", false],
    ["14.9.9", false],
  ])("%s → %s", (version, expected) => {
    expect(supportsCompleteInitiators(version)).toBe(expected);
  });
});

function planWith(change: (plan: Plan) => void): Plan {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  change(plan);
  return plan;
}

describe("audit_sessions_uri per object store", () => {
  test.each([
    { name: "S3 with complete_initiators", plan: planWith(() => {}), expected: "s3://teleport-sessions-us-east-1/records?region=us-east-1&sse_kms_key=alias%2Fteleport-sessions-aws-us-east-1&complete_initiators=teleport-auth" },
    {
      name: "S3 on a Teleport too old for complete_initiators",
      plan: planWith((p) => (p.teleport.version = "17.4.5")),
      expected: "s3://teleport-sessions-us-east-1/records?region=us-east-1&sse_kms_key=alias%2Fteleport-sessions-aws-us-east-1",
    },
    { name: "S3 without an uploader role", plan: planWith((p) => (p.objectStorage.uploaderRole = "")), expected: "s3://teleport-sessions-us-east-1/records?region=us-east-1&sse_kms_key=alias%2Fteleport-sessions-aws-us-east-1" },
    {
      name: "S3 with an ARN as the role (encoded as one query value)",
      plan: planWith((p) => (p.objectStorage.uploaderRole = "arn:aws:iam::123456789012:role/teleport")),
      expected: "s3://teleport-sessions-us-east-1/records?region=us-east-1&sse_kms_key=alias%2Fteleport-sessions-aws-us-east-1&complete_initiators=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fteleport",
    },
    { name: "GCS: one multi-region bucket", plan: planWith((p) => (p.objectStorage.kind = "gcs")), expected: "gs://teleport-sessions?path=records&projectID=GCP_PROJECT_ID" },
    { name: "Azure Blob: a storage account per region", plan: planWith((p) => (p.objectStorage.kind = "azure-blob")), expected: "azblob://teleportsessionsuseast1.blob.core.windows.net" },
    {
      name: "MinIO: the same bucket on every site, endpoint placeholder",
      plan: planWith((p) => (p.objectStorage.kind = "minio")),
      expected: "s3://teleport-sessions/records?region=us-east-1&endpoint=minio.us-east-1.example.com",
    },
    {
      name: "a bucket prefix with URI syntax cannot add a path, query or fragment",
      plan: planWith((p) => (p.objectStorage.bucketPrefix = "a/b?c=d#e")),
      expected: "s3://a%2Fb%3Fc%3Dd%23e-us-east-1/records?region=us-east-1&sse_kms_key=alias%2Fa-b-c-d-e-aws-us-east-1&complete_initiators=teleport-auth",
    },
  ])("$name", ({ plan, expected }) => {
    const ctx = bundleContext(plan, analyzePlan(plan));
    expect(sessionsUri(ctx, plan.regions[0] as Plan["regions"][number])).toBe(expected);
  });

  test("a targetVersion decides complete_initiators for an upgrade", () => {
    const plan = planWith((p) => (p.teleport.version = "16.0.0"));
    const ctx = bundleContext(plan, analyzePlan(plan), { targetVersion: "17.4.6" });
    expect(sessionsUri(ctx, plan.regions[0] as Plan["regions"][number])).toContain("complete_initiators=teleport-auth");
  });

  test("S3 buckets for regions on other clouds live in the nearest AWS region", () => {
    const plan = planWith((p) => (p.regions[2] = { ...(p.regions[2] as Plan["regions"][number]), id: "gcp:europe-west1" }));
    expect(sessionBucket(plan, plan.regions[2] as Plan["regions"][number])).toEqual({ kind: "s3", name: "teleport-sessions-europe-west1", location: "eu-west-3" });
  });

  test("Azure account names keep the region part and fit 24 characters", () => {
    const plan = planWith((p) => {
      p.objectStorage.kind = "azure-blob";
      p.objectStorage.bucketPrefix = "Teleport-Session-Recordings-Prod";
      p.regions[0] = { ...(p.regions[0] as Plan["regions"][number]), id: "azure:australiasoutheast" };
    });
    expect(sessionBucket(plan, plan.regions[0] as Plan["regions"][number]).name).toBe("telepoaustraliasoutheast");
  });
});
