import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { variant } from "@/lib/core/rules/test-support";
import type { Plan } from "@/lib/schemas/plan";
import { buildRunbook } from "../build-runbook";

const step = (plan: Plan) =>
  buildRunbook(plan, analyzePlan(plan))
    .sections.flatMap((s) => s.steps)
    .find((s) => s.key === "verification.proxy-peer-addresses");

describe("verification.proxy-peer-addresses", () => {
  test("lists every region's proxy pod IPs and the peer addresses the cluster knows", () => {
    const found = step(variant());
    expect(found?.commands).toEqual([
      `kubectl --context teleport-us-east-1 --namespace teleport get pods --selector=app.kubernetes.io/instance=teleport-cluster,app.kubernetes.io/component=proxy '--output=jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'`,
      `kubectl --context teleport-us-east-2 --namespace teleport get pods --selector=app.kubernetes.io/instance=teleport-cluster,app.kubernetes.io/component=proxy '--output=jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'`,
      `kubectl --context teleport-us-west-2 --namespace teleport get pods --selector=app.kubernetes.io/instance=teleport-cluster,app.kubernetes.io/component=proxy '--output=jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}'`,
    ]);
    expect(found?.verify).toEqual(["kubectl --context teleport-us-east-1 --namespace teleport exec deployment/teleport-cluster-auth -- tctl get proxies --format=json"]);
    expect(found?.expect).toBe("tctl lists 6 proxies; each spec.peer_addr is one of the pod IPs above followed by :3021, and no two proxies share an address.");
  });

  test("absent when proxy peering is off", () => {
    expect(step(variant((p) => void (p.teleport.proxyPeering.enabled = false)))).toBeUndefined();
  });
});
