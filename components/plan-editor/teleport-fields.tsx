"use client";

import { KNOWN_TELEPORT_RELEASES } from "@/lib/core/rules/teleport-releases";
import type { Plan } from "@/lib/schemas/plan";
import { CheckboxField, NumberField, SelectField, TextField, type Option } from "./fields";
import { FieldGroup } from "./section";

type Teleport = Plan["teleport"];
type Workload = Teleport["workload"];
type Tls = Teleport["tls"];

const EDITIONS: readonly Option<Teleport["edition"]>[] = [
  { value: "enterprise", label: "Enterprise" },
  { value: "community", label: "Community" },
];

const LOAD_BALANCERS: readonly Option<NonNullable<Teleport["proxyLoadBalancer"]>>[] = [
  { value: "internet-facing", label: "Internet-facing" },
  { value: "internal", label: "Internal (VPC only)" },
];

const TLS_MODES: readonly Option<Tls["mode"]>[] = [
  { value: "existing-secret", label: "Existing Kubernetes secret" },
  { value: "cert-manager", label: "cert-manager issuer" },
];

const ISSUER_KINDS: readonly Option<"Issuer" | "ClusterIssuer">[] = [
  { value: "ClusterIssuer", label: "ClusterIssuer" },
  { value: "Issuer", label: "Issuer" },
];

const WORKLOAD_FIELDS: readonly { key: keyof Workload; label: string }[] = [
  { key: "sshNodes", label: "SSH nodes" },
  { key: "kubernetesClusters", label: "Kubernetes clusters" },
  { key: "databases", label: "Databases" },
  { key: "applications", label: "Applications" },
  { key: "desktops", label: "Windows desktops" },
  { key: "concurrentSessions", label: "Concurrent sessions" },
  { key: "loginsPerSecond", label: "Logins per second" },
];

/** Switching TLS mode starts the other variant with the names the Helm chart's docs use. */
function tlsForMode(mode: Tls["mode"]): Tls {
  return mode === "cert-manager"
    ? { mode, issuerName: "letsencrypt-production", issuerKind: "ClusterIssuer" }
    : { mode, secretName: "proxy-cert" };
}

export function TeleportFields({ value, onChange }: { value: Teleport; onChange: (next: Teleport) => void }) {
  const set = <K extends keyof Teleport>(key: K, next: Teleport[K]) => onChange({ ...value, [key]: next });
  const { tls } = value;
  return (
    <>
      <FieldGroup legend="Cluster">
        <TextField path="teleport.clusterName" label="Cluster name" value={value.clusterName} onChange={(v) => set("clusterName", v)} />
        <TextField
          path="teleport.version"
          label="Teleport version"
          value={value.version}
          onChange={(v) => set("version", v)}
          suggestions={KNOWN_TELEPORT_RELEASES}
          hint="Known releases are listed; the findings name the first release without a known defect."
        />
        <SelectField path="teleport.edition" label="Edition" value={value.edition} options={EDITIONS} onChange={(v) => set("edition", v)} />
        <SelectField
          path="teleport.proxyLoadBalancer"
          label="Proxy load balancer"
          value={value.proxyLoadBalancer ?? "internet-facing"}
          options={LOAD_BALANCERS}
          onChange={(v) => set("proxyLoadBalancer", v)}
        />
        <CheckboxField
          path="teleport.trustedClusters"
          label="Uses trusted clusters"
          checked={value.trustedClusters}
          onChange={(v) => set("trustedClusters", v)}
        />
      </FieldGroup>
      <FieldGroup legend="Workload">
        {WORKLOAD_FIELDS.map(({ key, label }) => (
          <NumberField
            key={key}
            path={`teleport.workload.${key}`}
            label={label}
            value={value.workload[key]}
            onChange={(v) => set("workload", { ...value.workload, [key]: v })}
          />
        ))}
      </FieldGroup>
      <FieldGroup legend="Proxy peering">
        <CheckboxField
          path="teleport.proxyPeering.enabled"
          label="Proxy peering enabled"
          checked={value.proxyPeering.enabled}
          onChange={(v) => set("proxyPeering", { ...value.proxyPeering, enabled: v })}
        />
        <NumberField
          path="teleport.proxyPeering.agentConnectionCount"
          label="agent_connection_count"
          hint="Tunnels each agent keeps to distinct proxies; the blueprint uses 2."
          value={value.proxyPeering.agentConnectionCount}
          onChange={(v) => set("proxyPeering", { ...value.proxyPeering, agentConnectionCount: v })}
        />
      </FieldGroup>
      <FieldGroup legend="TLS for the proxy">
        <SelectField path="teleport.tls.mode" label="TLS mode" value={tls.mode} options={TLS_MODES} onChange={(mode) => set("tls", tlsForMode(mode))} />
        {tls.mode === "cert-manager" ? (
          <>
            <TextField path="teleport.tls.issuerName" label="Issuer name" value={tls.issuerName} onChange={(v) => set("tls", { ...tls, issuerName: v })} />
            <SelectField
              path="teleport.tls.issuerKind"
              label="Issuer kind"
              value={tls.issuerKind}
              options={ISSUER_KINDS}
              onChange={(v) => set("tls", { ...tls, issuerKind: v })}
            />
          </>
        ) : (
          <TextField path="teleport.tls.secretName" label="TLS secret name" value={tls.secretName} onChange={(v) => set("tls", { ...tls, secretName: v })} />
        )}
      </FieldGroup>
    </>
  );
}
