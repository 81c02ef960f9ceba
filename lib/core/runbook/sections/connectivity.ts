import type { Plan, PlanRegion } from "@/lib/schemas/plan";
import {
  COCKROACH_PORT,
  LISTENER_IMAGE,
  PROBE_IMAGE,
  PROXY_PEERING_PORT,
  kubeContext,
  listText,
  providerOf,
  regionCode,
  regionLabel,
} from "../names";
import { dnsProtocol } from "@/lib/core/manifests/cross-cluster-dns";
import { dnsForwardTargets } from "@/lib/core/manifests/cross-cluster-dns-targets";
import { capture, envRef, envSuffix, kubectl, sh } from "../shell";
import { SRC } from "../sources";
import { draft, type RunbookContext } from "../step";
import type { StepDraft } from "../types";
import { crossClusterDnsSteps } from "./cross-cluster-dns";

type Rule = { port: number; purpose: string; from: PlanRegion[]; protocol?: "tcp" | "udp" };

/** Cross-cluster DNS (53) is checked by the forwarding step's lookups, not by the throw-away listener. */
const DNS_PORT = 53;

/** The namespace a region's checks run in: Teleport's when it runs Teleport, else CockroachDB's. */
const workNamespace = (r: PlanRegion): string => (r.runsTeleport ? r.kubernetes.teleportNamespace : r.kubernetes.cockroachNamespace);

/** Inbound rules one region needs: proxy peering from the other Teleport regions, CockroachDB from the other database regions. */
function rulesFor(plan: Plan, region: PlanRegion): Rule[] {
  const others = plan.regions.filter((r) => r.id !== region.id);
  const rules: Rule[] = [];
  const teleportPeers = others.filter((r) => r.runsTeleport);
  if (region.runsTeleport && teleportPeers.length > 0) rules.push({ port: PROXY_PEERING_PORT, purpose: "Teleport proxy peering", from: teleportPeers });
  const databasePeers = others.filter((r) => r.runsCockroach);
  if (region.runsCockroach && databasePeers.length > 0) rules.push({ port: COCKROACH_PORT, purpose: "CockroachDB inter-node and SQL", from: databasePeers });
  const resolvers = others.filter((r) => dnsForwardTargets(plan, r).some((t) => t.id === region.id));
  if (resolvers.length > 0)
    rules.push({ port: DNS_PORT, purpose: "cross-cluster DNS for CockroachDB names", from: resolvers, protocol: dnsProtocol(region) === "UDP" ? "udp" : "tcp" });
  return rules;
}

/** The provider's CLI command(s) that open one port to the given source CIDRs on the region's nodes. */
function firewallCommands(region: PlanRegion, rule: Rule): string[] {
  const code = regionCode(region.id);
  const suffix = envSuffix(code);
  const cidrs = rule.from.map((r) => r.kubernetes.podCidr);
  const protocol = rule.protocol ?? "tcp";
  switch (providerOf(region.id)) {
    case "aws":
      return cidrs.map((cidr) =>
        sh(["aws", "ec2", "authorize-security-group-ingress", "--region", code, "--group-id", envRef(`NODE_SG_${suffix}`), "--protocol", protocol, "--port", String(rule.port), "--cidr", cidr]),
      );
    case "gcp":
      return [
        sh(["gcloud", "compute", "firewall-rules", "create", `allow-${rule.port}-into-${code}`, "--network", envRef("VPC_NETWORK"), "--direction=INGRESS", "--action=ALLOW", `--rules=${protocol}:${rule.port}`, `--source-ranges=${cidrs.join(",")}`]),
      ];
    case "azure":
      return [
        sh([
          "az", "network", "nsg", "rule", "create",
          "--resource-group", envRef(`AKS_RESOURCE_GROUP_${suffix}`), "--nsg-name", envRef(`NODE_NSG_${suffix}`),
          "--name", `allow-${rule.port}`, "--priority", String(rule.port === PROXY_PEERING_PORT ? 300 : rule.port === DNS_PORT ? 320 : 310),
          "--direction", "Inbound", "--access", "Allow", "--protocol", protocol === "udp" ? "Udp" : "Tcp",
          "--destination-port-ranges", String(rule.port), "--source-address-prefixes", ...cidrs,
        ]),
      ];
  }
}

/**
 * One step per region: open the ports the blueprint needs (3021 between proxy pods, 26257
 * between CockroachDB pods) from the other regions' pod CIDRs, then prove it before anything
 * is deployed with a throw-away listener in this region and `nc -vz` from the others.
 */
export function connectivitySteps(ctx: RunbookContext): StepDraft[] {
  const { plan } = ctx;
  const ports = plan.regions.flatMap((region) => {
    const rules = rulesFor(plan, region);
    return rules.length === 0 ? [] : [firewallStep(plan, region, rules)];
  });
  return [...ports, ...crossClusterDnsSteps(ctx)];
}

function firewallStep(plan: Plan, region: PlanRegion, rules: Rule[]): StepDraft {
  const context = kubeContext(region);
  const ns = workNamespace(region);
  const ipVar = `PORT_CHECK_IP_${envSuffix(regionCode(region.id))}`;
  const tcpRules = rules.filter((r) => r.port !== DNS_PORT);
  const listeners = tcpRules.map((r) => `python -m http.server ${r.port} &`).join(" ");
  const probes = tcpRules.flatMap((rule) =>
    rule.from.map((peer) =>
      sh(kubectl(kubeContext(peer), workNamespace(peer), "run", "port-probe", "--rm", "--stdin", "--restart=Never", `--image=${PROBE_IMAGE}`, "--", "nc", "-vz", "-w", "5", envRef(ipVar), String(rule.port))),
    ),
  );
  const planNotes = [
    rules.some((r) => r.port === PROXY_PEERING_PORT) && !plan.connectivity.proxyPeeringPortOpen ? `The plan records port ${PROXY_PEERING_PORT} as not open yet.` : "",
    rules.some((r) => r.port === COCKROACH_PORT) && !plan.connectivity.cockroachPortOpen ? `The plan records port ${COCKROACH_PORT} as not open yet.` : "",
  ].filter(Boolean);
  return draft({
    key: `connectivity.ports.${region.id}`,
    title: `Open ${listText(rules.map((r) => String(r.port)))} into ${region.id}`,
    what:
      rules.map((r) => `Allow inbound ${(r.protocol ?? "tcp").toUpperCase()} ${r.port} (${r.purpose}) into ${regionLabel(region.id)} from ${listText(r.from.map((p) => `${p.kubernetes.podCidr} (${p.id})`))}.`).join(" ") +
      " The blueprint requires proxy pods to dial each other on port 3021; CockroachDB's multi-cluster guide opens 26257 between the regions. " +
      (planNotes.length ? `${planNotes.join(" ")} ` : "") +
      (tcpRules.length ? "The check starts a temporary listener in this region and connects to it from the other regions with nc." : "The DNS forwarding step checks port 53 with real lookups."),
    commands: rules.flatMap((rule) => firewallCommands(region, rule)),
    verify: tcpRules.length === 0 ? [] : [
      sh(kubectl(context, ns, "run", "port-check", `--image=${LISTENER_IMAGE}`, "--restart=Never", "--", "sh", "-c", `${listeners} wait`)),
      sh(kubectl(context, ns, "wait", "--for=condition=Ready", "pod/port-check", "--timeout=120s")),
      capture(ipVar, kubectl(context, ns, "get", "pod", "port-check", "--output=jsonpath={.status.podIP}")),
      ...probes,
      sh(kubectl(context, ns, "delete", "pod", "port-check")),
    ],
    expect: tcpRules.length ? `Every nc line ends in "open" (a timeout means a firewall rule or route is missing).` : "",
    sources: [SRC.dependencies, SRC.networking, SRC.cockroachMultiCluster],
    inputs: {
      id: region.id,
      rules: rules.map((r) => ({ port: r.port, protocol: r.protocol ?? "tcp", from: r.from.map((p) => ({ id: p.id, podCidr: p.kubernetes.podCidr, context: kubeContext(p), ns: workNamespace(p) })) })),
      ports: plan.connectivity,
    },
  });
}
