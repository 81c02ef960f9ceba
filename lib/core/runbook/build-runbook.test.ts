import { describe, expect, test } from "vitest";
import { analyzePlan } from "@/lib/core/analyze";
import { BLUEPRINT_TEMPLATE } from "@/lib/core/templates/blueprint";
import type { Plan } from "@/lib/schemas/plan";
import { buildRunbook } from "./build-runbook";
import { shellWords } from "./shell-words.test-helper";

const template = () => structuredClone(BLUEPRINT_TEMPLATE);
const build = (plan: Plan, targetVersion?: string) => buildRunbook(plan, analyzePlan(plan), targetVersion ? { targetVersion } : {});
const steps = (plan: Plan) => build(plan).sections.flatMap((s) => s.steps);
const step = (plan: Plan, key: string) => {
  const found = steps(plan).find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key}`);
  return found;
};

const E1 = "aws:us-east-1";
const E2 = "aws:us-east-2";
const W2 = "aws:us-west-2";

describe("the template's runbook", () => {
  const runbook = build(template());

  test("sections come in the blueprint's order", () => {
    expect(runbook.sections.map((s) => s.id)).toEqual([
      "prerequisites",
      "networks",
      "connectivity",
      "object-storage",
      "cockroachdb",
      "teleport",
      "geodns",
      "verification",
      "update",
      "cockroach-upgrade",
    ]);
  });

  test("step keys are stable names, not positions", () => {
    expect(runbook.sections.map((s) => s.steps.map((x) => x.key))).toEqual([
      ["prerequisites.tools", "prerequisites.licences", `prerequisites.cluster.${E1}`, `prerequisites.cluster.${E2}`, `prerequisites.cluster.${W2}`],
      ["networks.connect", `networks.pod-cidr.${E1}`, `networks.pod-cidr.${E2}`, `networks.pod-cidr.${W2}`],
      [
        `connectivity.ports.${E1}`,
        `connectivity.ports.${E2}`,
        `connectivity.ports.${W2}`,
        `connectivity.dns-endpoint.${E1}`,
        `connectivity.dns-endpoint.${E2}`,
        `connectivity.dns-endpoint.${W2}`,
        `connectivity.dns-forward.${E1}`,
        `connectivity.dns-forward.${E2}`,
        `connectivity.dns-forward.${W2}`,
      ],
      ["object-storage.buckets", "object-storage.replication", "object-storage.access"],
      [
        `cockroachdb.storage-class.${E1}`,
        `cockroachdb.storage-class.${E2}`,
        `cockroachdb.storage-class.${W2}`,
        "cockroachdb.certificates",
        `cockroachdb.deploy.${E1}`,
        `cockroachdb.deploy.${E2}`,
        `cockroachdb.deploy.${W2}`,
        "cockroachdb.init",
        "cockroachdb.databases",
        "cockroachdb.regions",
      ],
      [`teleport.secrets.${E1}`, `teleport.deploy.${E1}`, `teleport.secrets.${E2}`, `teleport.deploy.${E2}`, `teleport.secrets.${W2}`, `teleport.deploy.${W2}`],
      ["geodns.endpoints", "geodns.records", "geodns.health-checks"],
      ["verification.cluster-status", "verification.database-regions", "verification.proxy-peering", "verification.proxy-peer-addresses", "verification.failover-drill", "verification.failover-restore"],
      [
        "update.strategy@18.11.0",
        "update.prepare@18.11.0",
        "update.a.suspend@18.11.0",
        "update.a.one-auth@18.11.0",
        "update.a.upgrade-auth@18.11.0",
        "update.a.other-regions@18.11.0",
        "update.a.restore-auth@18.11.0",
        "update.b.rolling@18.11.0",
        "update.agents@18.11.0",
      ],
      [
        "cockroach-upgrade.path@26.4.0",
        "cockroach-upgrade.prepare@26.4.0",
        `cockroach-upgrade.region.${W2}@26.4.0`,
        `cockroach-upgrade.region.${E2}@26.4.0`,
        `cockroach-upgrade.region.${E1}@26.4.0`,
        "cockroach-upgrade.finish@26.4.0",
      ],
    ]);
  });

  test("Teleport is installed per region with context, namespace, pinned version and the region's values file", () => {
    expect(step(template(), `teleport.deploy.${E2}`).commands).toEqual([
      "helm upgrade --install teleport-cluster teleport/teleport-cluster --kube-context teleport-us-east-2 --namespace teleport --version 18.10.0 --values teleport/aws-us-east-2/values.yaml --wait --timeout 10m",
    ]);
    expect(step(template(), `teleport.deploy.${E2}`).files).toEqual(["teleport/aws-us-east-2/values.yaml"]);
  });

  test("each region's pod CIDR step names its CIDRs", () => {
    const s = step(template(), `networks.pod-cidr.${W2}`);
    expect(s.title).toBe("Check pod CIDR 10.18.0.0/16 in aws:us-west-2");
    expect(s.expect).toBe("The pod's address is inside 10.18.0.0/16; the kubernetes Service's cluster IP is inside 172.18.0.0/16.");
  });

  test("connectivity opens 3021, 26257 and DNS (53) from the other regions' pod CIDRs and checks the TCP ports with nc", () => {
    const s = step(template(), `connectivity.ports.${E1}`);
    expect(s.commands).toEqual([
      'aws ec2 authorize-security-group-ingress --region us-east-1 --group-id "$NODE_SG_US_EAST_1" --protocol tcp --port 3021 --cidr 10.17.0.0/16',
      'aws ec2 authorize-security-group-ingress --region us-east-1 --group-id "$NODE_SG_US_EAST_1" --protocol tcp --port 3021 --cidr 10.18.0.0/16',
      'aws ec2 authorize-security-group-ingress --region us-east-1 --group-id "$NODE_SG_US_EAST_1" --protocol tcp --port 26257 --cidr 10.17.0.0/16',
      'aws ec2 authorize-security-group-ingress --region us-east-1 --group-id "$NODE_SG_US_EAST_1" --protocol tcp --port 26257 --cidr 10.18.0.0/16',
      'aws ec2 authorize-security-group-ingress --region us-east-1 --group-id "$NODE_SG_US_EAST_1" --protocol tcp --port 53 --cidr 10.17.0.0/16',
      'aws ec2 authorize-security-group-ingress --region us-east-1 --group-id "$NODE_SG_US_EAST_1" --protocol tcp --port 53 --cidr 10.18.0.0/16',
    ]);
    expect(s.verify.filter((v) => v.includes("nc -vz"))).toHaveLength(4);
  });

  test("the SQL steps feed the bundle's files through a port-forward with the certificates script's certs", () => {
    expect(step(template(), "cockroachdb.databases").commands).toEqual([
      "kubectl --context teleport-us-east-1 --namespace us-east-1 port-forward service/cockroachdb-public 26257:26257 &",
      "sleep 3",
      "cockroach sql --certs-dir=certs --host=localhost:26257 < cockroachdb/01-databases.sql",
      'kill "$!"',
    ]);
    expect(step(template(), "cockroachdb.regions").verify[2]).toBe(`cockroach sql --certs-dir=certs --host=localhost:26257 --execute 'SHOW REGIONS FROM DATABASE "teleport_backend"'`);
    expect(step(template(), "cockroachdb.certificates").commands).toEqual(["sh cockroachdb/certificates.sh"]);
  });

  test("CockroachDB core declares regions as zones and checks the zone configurations, not a survival goal (issue 10, defect 2)", () => {
    const plan = template();
    plan.cockroachdb.licence = "core";
    plan.cockroachdb.survivalGoal = "zone";
    const regions = step(plan, "cockroachdb.regions");
    expect(regions.title).toBe("Spread the Teleport databases over the regions (zone configuration)");
    expect(regions.verify.filter((v) => v.includes("--execute"))).toEqual([
      `cockroach sql --certs-dir=certs --host=localhost:26257 --execute 'SHOW ZONE CONFIGURATION FROM DATABASE "teleport_backend"'`,
      `cockroach sql --certs-dir=certs --host=localhost:26257 --execute 'SHOW ZONE CONFIGURATION FROM DATABASE "teleport_audit"'`,
    ]);
    expect(regions.expect).toBe("Both zone configurations show num_replicas = 3 and one +zone constraint per region (us-east-1, us-east-2 and us-west-2), lease_preferences +zone=us-east-1.");
    expect(step(plan, `cockroachdb.deploy.${E2}`).what).toContain("locality zone=us-east-2,az=us-east-2a, zone=us-east-2,az=us-east-2b and zone=us-east-2,az=us-east-2c");
    expect(step(plan, "cockroachdb.init").commands.some((c) => c.includes("enterprise.license"))).toBe(false);
  });

  test("the failover drill takes down a region whose loss keeps quorum and says where users go", () => {
    const drill = step(template(), "verification.failover-drill");
    // us-west-2 holds one voter (primary and secondary hold two each), so it is the gentlest drill.
    expect(drill.title).toBe("Failover drill: take aws:us-west-2 down");
    expect(drill.what).toContain("Its users go to aws:us-east-2 and aws:us-east-1");
    expect(drill.commands).toEqual([
      "kubectl --context teleport-us-west-2 --namespace teleport scale deployment/teleport-cluster-auth deployment/teleport-cluster-proxy --replicas=0",
      "kubectl --context teleport-us-west-2 --namespace us-west-2 scale statefulset/cockroachdb-us-west-2a statefulset/cockroachdb-us-west-2b statefulset/cockroachdb-us-west-2c --replicas=0",
    ]);
  });

  test("every step cites a source", () => {
    expect(steps(template()).filter((s) => s.sources.length === 0).map((s) => s.key)).toEqual([]);
  });
});

describe("hashing", () => {
  test("the same plan gives the same hashes, whatever the key order of its objects", () => {
    const a = steps(template());
    const reordered = JSON.parse(JSON.stringify(template(), Object.keys(template()).reverse())) as Plan;
    const shuffled: Plan = { ...reordered, ...template(), regions: template().regions.map((r) => ({ ...r, kubernetes: { ...r.kubernetes } })) };
    expect(steps(shuffled).map((s) => s.hash)).toEqual(a.map((s) => s.hash));
    expect(steps(template()).map((s) => s.hash)).toEqual(a.map((s) => s.hash));
    expect(new Set(a.map((s) => s.hash)).size).toBe(a.length);
    for (const s of a) expect(s.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  // Which plan fields reset which steps: exactly these and no others.
  test.each<[string, (p: Plan) => void, string[]]>([
    ["a region's pod CIDR", (p) => void (p.regions[1]!.kubernetes.podCidr = "10.19.0.0/16"), ["networks.connect", `networks.pod-cidr.${E2}`, `connectivity.ports.${E1}`, `connectivity.ports.${W2}`]],
    ["a region's service CIDR", (p) => void (p.regions[1]!.kubernetes.serviceCidr = "172.19.0.0/16"), ["networks.connect", `networks.pod-cidr.${E2}`, `connectivity.dns-forward.${E1}`, `connectivity.dns-forward.${W2}`]],
    ["a region's storage class", (p) => void (p.regions[2]!.storageClass.name = "fast-ssd"), [`cockroachdb.storage-class.${W2}`, `cockroachdb.deploy.${W2}`]],
    // One CockroachDB release per zone: the zones change every region's join list, the node count and us-west-2's releases.
    [
      "a region's zones",
      (p) => void (p.regions[2]!.zones = p.regions[2]!.zones.slice(0, 2)),
      [
        `prerequisites.cluster.${W2}`,
        `cockroachdb.deploy.${E1}`,
        `cockroachdb.deploy.${E2}`,
        `cockroachdb.deploy.${W2}`,
        "cockroachdb.init",
        "verification.database-regions",
        "verification.failover-drill",
        "verification.failover-restore",
        `cockroach-upgrade.region.${W2}@26.4.0`,
      ],
    ],
    // Enterprise and Enterprise Free start nodes with the same locality, so the releases stay as they are.
    ["the licence between Enterprise kinds", (p) => void (p.cockroachdb.licence = "enterprise-free"), ["prerequisites.licences", "cockroachdb.init", "cockroachdb.regions", "verification.database-regions"]],
    ["the DNS TTL", (p) => void (p.geoDns.ttlSeconds = 30), ["geodns.records", "verification.failover-drill"]],
    ["the agent connection count", (p) => void (p.teleport.proxyPeering.agentConnectionCount = 3), [`teleport.deploy.${E1}`, `teleport.deploy.${E2}`, `teleport.deploy.${W2}`, "verification.proxy-peering"]],
    ["the waivers", (p) => void (p.waivers = [{ findingId: "x", reason: "accepted", waivedAt: "2026-01-01T00:00:00Z" }]), []],
  ])("changing %s changes exactly the steps that use it", (_, edit, expected) => {
    const before = new Map(steps(template()).map((s) => [s.key, s.hash]));
    const plan = template();
    edit(plan);
    const changed = steps(plan).filter((s) => before.get(s.key) !== s.hash).map((s) => s.key);
    expect(changed).toEqual(expected);
  });

  test("changing one region's proxy replicas resets its Teleport release, not the other regions'", () => {
    const before = new Map(steps(template()).map((s) => [s.key, s.hash]));
    const plan = template();
    plan.regions[1]!.proxyReplicas = 3;
    const changed = new Set(steps(plan).filter((s) => before.get(s.key) !== s.hash).map((s) => s.key));
    expect(changed.has(`teleport.deploy.${E2}`)).toBe(true);
    expect(changed.has(`teleport.deploy.${E1}`)).toBe(false);
    expect(changed.has(`teleport.secrets.${E2}`)).toBe(false);
    expect([...changed].filter((k) => !k.startsWith("verification.") && !k.startsWith("update."))).toEqual([`teleport.deploy.${E2}`]);
  });
});

describe("hostile names stay quoted", () => {
  const HOSTILE = `x'; rm -rf ~; echo "$(id)" \`id\` | tee /tmp/p & #`;

  test("a cluster name with shell syntax is one argument everywhere", () => {
    const plan = template();
    plan.regions[0]!.kubernetes.clusterName = HOSTILE;
    const all = steps(plan).flatMap((s) => [...s.commands, ...s.verify]);
    const withContext = all.filter((c) => shellWords(c).some((t, i, ts) => t.value === "--context" && ts[i + 1]?.value === HOSTILE));
    expect(withContext.length).toBeGreaterThan(10);
    for (const line of all) {
      const tokens = shellWords(line);
      // The only operators are the fixed ones the builders write: pipes, input files, and a background port-forward.
      tokens.forEach((t, i) => {
        if (t.kind !== "op") return;
        expect(["|", "<", "&"]).toContain(t.value);
        if (t.value === "&") expect(i).toBe(tokens.length - 1);
      });
      expect(tokens.filter((t) => t.kind === "word" && t.value.includes("rm -rf") && t.value !== HOSTILE && !t.value.endsWith(HOSTILE))).toEqual([]);
    }
  });

  test("a namespace with quotes is quoted in helm and kubectl", () => {
    const plan = template();
    plan.regions[2]!.kubernetes.teleportNamespace = "it's $HOME";
    const deploy = step(plan, `teleport.deploy.${W2}`).commands[0]!;
    expect(deploy).toContain(`--namespace 'it'\\''s $HOME'`);
    const words = shellWords(deploy).map((t) => t.value);
    expect(words[words.indexOf("--namespace") + 1]).toBe("it's $HOME");
  });
});

describe("target versions", () => {
  const update = (target?: string) => build(template(), target).sections.find((s) => s.id === "update")!;

  test("the default target is the next minor release", () => {
    expect(build(template()).targetVersion).toBe("18.11.0");
  });

  test.each([
    ["20.0.0", "20.0.0 is 2 major versions ahead of 18.10.0. Teleport must be upgraded one major version at a time"],
    ["18.9.0", "18.9.0 is lower than the plan's version 18.10.0."],
    ["17.4.8", "17.4.8 is lower than the plan's version 18.10.0."],
    ["18.10.0", "The plan already runs Teleport 18.10.0"],
  ])("%s is refused with the reason in the section", (target, reason) => {
    const section = update(target);
    expect(section.steps.map((s) => s.key)).toEqual([`update.refused@${target}`]);
    expect(section.steps[0]!.what.startsWith(reason)).toBe(true);
    expect(section.steps[0]!.what.endsWith("Pick a version above 18.10.0 and below 20.0.0.")).toBe(true);
    expect(section.steps[0]!.commands).toEqual([]);
  });

  test("the next major is allowed, with option A recommended and option B's trade-off stated", () => {
    const section = update("19.0.0");
    expect(section.steps).toHaveLength(9);
    expect(section.steps[0]!.what).toContain("For a major version, use option A.");
    const rolling = section.steps.find((s) => s.key === "update.b.rolling@19.0.0")!;
    expect(rolling.what).toContain("Auth Services of both versions run concurrently");
    expect(rolling.what).toContain("Not recommended here: 18.10.0 → 19.0.0 crosses a major version.");
  });

  test("option A keeps auth in the primary region, scaled to one, before upgrading", () => {
    const section = update("18.11.0");
    const oneAuth = section.steps.find((s) => s.key === "update.a.one-auth@18.11.0")!;
    expect(oneAuth.commands).toEqual([
      "helm upgrade --install teleport-cluster teleport/teleport-cluster --kube-context teleport-us-east-1 --namespace teleport --version 18.10.0 --values teleport/aws-us-east-1/values.yaml --set auth.highAvailability.replicaCount=1 --wait --timeout 10m",
    ]);
    const upgrade = section.steps.find((s) => s.key === "update.a.upgrade-auth@18.11.0")!;
    expect(upgrade.commands[0]).toContain("--version 18.11.0");
    expect(section.steps.find((s) => s.key === "update.a.suspend@18.11.0")!.commands).toEqual([
      "kubectl --context teleport-us-east-2 --namespace teleport scale deployment/teleport-cluster-auth deployment/teleport-cluster-proxy --replicas=0",
      "kubectl --context teleport-us-west-2 --namespace teleport scale deployment/teleport-cluster-auth deployment/teleport-cluster-proxy --replicas=0",
    ]);
  });
});
