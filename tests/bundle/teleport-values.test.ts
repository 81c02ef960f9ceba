import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { bundleContext } from "@/lib/core/bundle/context";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import { teleportValues } from "@/lib/core/manifests/teleport-values";
import { moveRegion, variant } from "@/lib/core/rules/test-support";
import { at } from "./parse";

const valuesFor = (plan: Plan, index = 0) => {
  const ctx = bundleContext(plan, analyzePlan(plan));
  return teleportValues(ctx, plan.regions[index] as PlanRegion);
};
const edit = (change: (plan: Plan) => void): Plan => {
  const plan = structuredClone(BLUEPRINT_TEMPLATE);
  change(plan);
  return plan;
};

describe("teleport-cluster values", () => {
  test("keep the blueprint example's top-level keys and order", () => {
    expect(Object.keys(valuesFor(BLUEPRINT_TEMPLATE))).toEqual(["chartMode", "clusterName", "kubeClusterName", "persistence", "enterprise", "auth", "proxy", "tls", "highAvailability"]);
    expect(Object.keys(at(valuesFor(BLUEPRINT_TEMPLATE), "auth") as object)).toEqual(["teleportConfig", "annotations", "extraVolumes", "extraVolumeMounts", "extraEnv", "resources"]);
  });

  test("storage points at the region's own CockroachDB", () => {
    expect(at(valuesFor(BLUEPRINT_TEMPLATE, 1), "auth", "teleportConfig", "teleport", "storage")).toEqual({
      type: "cockroachdb",
      conn_string: "postgres://teleport@cockroachdb-public.us-east-2.svc.cluster.local:26257/teleport_backend?sslmode=verify-full&pool_max_conns=7",
      audit_events_uri: ["postgres://teleport@cockroachdb-public.us-east-2.svc.cluster.local:26257/teleport_audit?sslmode=verify-full&pool_max_conns=4"],
      audit_sessions_uri: "s3://teleport-sessions-us-east-2/records?region=us-east-2&sse_kms_key=alias%2Fteleport-sessions-aws-us-east-2&complete_initiators=teleport-auth",
      ttl_job_cron: "*/20 * * * *",
    });
  });

  test.each([
    // 6 vCPU per region → 24 connections; 2 Auth pods → 12 each − 1 change feed − 4 audit = 7.
    { name: "the template", nodesPerZone: 1, authReplicas: 2, pool: "7" },
    // 24 vCPU → 96; 48 each − 5 = 43, capped at the blueprint's 20.
    { name: "4 nodes per zone", nodesPerZone: 4, authReplicas: 2, pool: "20" },
  ])("pool_max_conns follows the connection budget: $name", ({ nodesPerZone, authReplicas, pool }) => {
    const plan = edit((p) => {
      p.cockroachdb.nodesPerZone = nodesPerZone;
      p.regions[0]!.authReplicas = authReplicas;
    });
    const storage = at(valuesFor(plan), "auth", "teleportConfig", "teleport", "storage") as { conn_string: string; audit_events_uri: string[] };
    expect(new URL(storage.conn_string).searchParams.get("pool_max_conns")).toBe(pool);
    expect(new URL(storage.audit_events_uri[0]!).searchParams.get("pool_max_conns")).toBe("4");
  });

  test.each(["auth", "proxy"])("%s raises connection_limits.max_connections to the scaling page's 65000", (component) => {
    expect(at(valuesFor(BLUEPRINT_TEMPLATE), component, "teleportConfig", "teleport", "connection_limits")).toEqual({ max_connections: 65000 });
  });

  test("each proxy advertises its own pod IP: no shared peer_public_addr, listen host unspecified", () => {
    for (const index of [0, 1, 2]) {
      const proxyService = at(valuesFor(BLUEPRINT_TEMPLATE, index), "proxy", "teleportConfig", "proxy_service") as Record<string, unknown>;
      expect(proxyService).not.toHaveProperty("peer_public_addr");
      expect(proxyService.peer_listen_addr).toBe("0.0.0.0:3021");
    }
  });

  test("AWS proxy load balancers balance across zones; other providers get no AWS annotation", () => {
    const plan = variant((p) => moveRegion(p, 2, "gcp:us-west1"));
    expect(at(valuesFor(plan, 0), "proxy", "annotations")).toEqual({ service: { "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true" } });
    expect(at(valuesFor(plan, 2), "proxy", "annotations")).toBeUndefined();
  });

  test("a region without CockroachDB uses the nearest CockroachDB region (lowest RTT)", () => {
    const plan = edit((p) => {
      p.regions[1] = { ...(p.regions[1] as PlanRegion), runsCockroach: false };
      p.cockroachdb.secondaryRegion = null;
    });
    // us-east-2 (Ohio) is nearer to us-east-1 (Virginia) than to us-west-2 (Oregon).
    // Its pods, not its cockroachdb-public Service: a ClusterIP routes only inside its own cluster.
    expect(at(valuesFor(plan, 1), "auth", "teleportConfig", "teleport", "storage", "conn_string")).toMatch(/@cockroachdb-us-east-1a-0\.cockroachdb-us-east-1a\.us-east-1\.svc\.cluster\.local:26257,/);
  });

  test.each([
    { name: "proxy peering on", plan: BLUEPRINT_TEMPLATE, auth: { tunnel_strategy: { type: "proxy_peering", agent_connection_count: 2 } }, proxy: { peer_listen_addr: "0.0.0.0:3021" } },
    { name: "proxy peering off", plan: edit((p) => (p.teleport.proxyPeering.enabled = false)), auth: undefined, proxy: undefined },
  ])("$name", ({ plan, auth, proxy }) => {
    const values = valuesFor(plan);
    expect(at(values, "auth", "teleportConfig", "auth_service")).toEqual(auth);
    expect(at(values, "proxy", "teleportConfig", "proxy_service")).toEqual(proxy);
  });

  test.each([
    { name: "existing secret", plan: BLUEPRINT_TEMPLATE, tls: { existingSecretName: "proxy-cert" }, ha: { replicaCount: 2, podDisruptionBudget: { enabled: true, minAvailable: 1 } } },
    {
      name: "cert-manager",
      plan: edit((p) => (p.teleport.tls = { mode: "cert-manager", issuerName: "letsencrypt", issuerKind: "ClusterIssuer" })),
      tls: undefined,
      ha: { replicaCount: 2, podDisruptionBudget: { enabled: true, minAvailable: 1 }, certManager: { enabled: true, issuerName: "letsencrypt", issuerKind: "ClusterIssuer" } },
    },
  ])("TLS from $name", ({ plan, tls, ha }) => {
    const values = valuesFor(plan);
    expect(at(values, "tls")).toEqual(tls);
    expect(at(values, "highAvailability")).toEqual(ha);
  });

  test("Auth replicas that differ from proxy replicas are set under auth.highAvailability", () => {
    const values = valuesFor(edit((p) => (p.regions[0] = { ...(p.regions[0] as PlanRegion), authReplicas: 3, proxyReplicas: 4 })));
    expect([at(values, "highAvailability", "replicaCount"), at(values, "auth", "highAvailability")]).toEqual([4, { replicaCount: 3 }]);
  });

  test("community edition sets enterprise: false", () => {
    expect(at(valuesFor(edit((p) => (p.teleport.edition = "community"))), "enterprise")).toBe(false);
  });

  test("resources come from the sizing: no CPU limit, and a CPU limit only with the static CPU manager", () => {
    expect(at(valuesFor(BLUEPRINT_TEMPLATE), "auth", "resources", "limits")).toEqual({ memory: "16Gi" });
    const pinned = valuesFor(edit((p) => (p.regions[0] = { ...(p.regions[0] as PlanRegion), kubernetes: { ...(p.regions[0] as PlanRegion).kubernetes, staticCpuManager: true } })));
    expect(at(pinned, "auth", "resources", "limits", "cpu")).toBe(at(pinned, "auth", "resources", "requests", "cpu"));
    expect(at(pinned, "auth", "resources", "limits", "cpu")).toBeDefined();
  });
});

test("each region registers its own Kubernetes cluster name (the chart defaults kubeClusterName to the Teleport cluster name, the same in every region)", () => {
  const names = BLUEPRINT_TEMPLATE.regions.map((_, i) => at(valuesFor(BLUEPRINT_TEMPLATE, i), "kubeClusterName"));
  expect(names).toEqual(BLUEPRINT_TEMPLATE.regions.map((r) => r.kubernetes.clusterName));
  expect(new Set(names).size).toBe(names.length);
});

test("a PodDisruptionBudget only where a drain can keep a pod of each kind: none with one proxy pod", () => {
  const single = edit((p) => p.regions.forEach((r) => ((r.proxyReplicas = 1), (r.authReplicas = 1))));
  expect(at(valuesFor(single), "highAvailability")).not.toHaveProperty("podDisruptionBudget");
  expect(at(valuesFor(BLUEPRINT_TEMPLATE), "highAvailability", "podDisruptionBudget")).toEqual({ enabled: true, minAvailable: 1 });
});
