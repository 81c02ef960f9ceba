"use client";

import type { PlanRegion, Resources } from "@/lib/schemas/plan";
import { CheckboxField, NumberField, SelectField, TextField, type Option } from "./fields";
import { ResourcesFields } from "./resources-fields";
import { FieldGroup } from "./section";
import { ZonesField } from "./zones-field";
import { useFormContext } from "./form-context";
import styles from "./plan-form.module.css";

type Kubernetes = PlanRegion["kubernetes"];
type Overrides = NonNullable<PlanRegion["resources"]>;
export type OverrideKey = keyof Overrides;

const POD_NETWORKING: readonly Option<Kubernetes["podNetworking"]>[] = [
  { value: "native", label: "Native (VPC-routable pod IPs)" },
  { value: "overlay", label: "Overlay (pod IPs not routable)" },
];

const STORAGE_TYPES: readonly Option<PlanRegion["storageClass"]["type"]>[] = [
  { value: "ssd", label: "SSD" },
  { value: "hdd", label: "HDD" },
  { value: "unknown", label: "Unknown" },
];

const OVERRIDES: readonly { key: OverrideKey; label: string }[] = [
  { key: "teleportAuth", label: "Teleport auth" },
  { key: "teleportProxy", label: "Teleport proxy" },
  { key: "cockroach", label: "CockroachDB" },
];

export function RegionFields(props: {
  index: number;
  value: PlanRegion;
  /** Starting values when an override is ticked; computed then, not on every edit. */
  suggest: (key: OverrideKey) => Resources;
  onChange: (next: PlanRegion) => void;
}) {
  const { value, onChange } = props;
  const prefix = `regions.${props.index}`;
  const set = <K extends keyof PlanRegion>(key: K, next: PlanRegion[K]) => onChange({ ...value, [key]: next });
  const setK8s = <K extends keyof Kubernetes>(key: K, next: Kubernetes[K]) => set("kubernetes", { ...value.kubernetes, [key]: next });
  const setOverride = (key: OverrideKey, next: Resources | undefined) => {
    const resources: Overrides = { ...value.resources };
    if (next) resources[key] = next;
    else delete resources[key];
    const { resources: _dropped, ...rest } = value;
    // An empty overrides object is left out so plans stay as small as the template's.
    onChange(Object.keys(resources).length === 0 ? rest : { ...rest, resources });
  };
  const k8s = value.kubernetes;
  const { isReadOnly } = useFormContext();
  const hasOverrides = value.resources !== undefined && Object.keys(value.resources).length > 0;
  return (
    <>
      <FieldGroup legend="Placement">
        <ZonesField path={`${prefix}.zones`} regionId={value.id} value={value.zones} onChange={(v) => set("zones", v)} />
        <CheckboxField path={`${prefix}.runsTeleport`} label="Runs Teleport" checked={value.runsTeleport} onChange={(v) => set("runsTeleport", v)} />
        <CheckboxField path={`${prefix}.runsCockroach`} label="Runs CockroachDB" checked={value.runsCockroach} onChange={(v) => set("runsCockroach", v)} />
        <NumberField path={`${prefix}.proxyReplicas`} label="Proxy replicas" value={value.proxyReplicas} onChange={(v) => set("proxyReplicas", v)} />
        <NumberField path={`${prefix}.authReplicas`} label="Auth replicas" value={value.authReplicas} onChange={(v) => set("authReplicas", v)} />
      </FieldGroup>
      <FieldGroup legend="Kubernetes">
        <TextField path={`${prefix}.kubernetes.clusterName`} label="Kubernetes cluster name" value={k8s.clusterName} onChange={(v) => setK8s("clusterName", v)} />
        <TextField
          path={`${prefix}.kubernetes.teleportNamespace`}
          label="Teleport namespace"
          value={k8s.teleportNamespace}
          onChange={(v) => setK8s("teleportNamespace", v)}
        />
        <TextField
          path={`${prefix}.kubernetes.cockroachNamespace`}
          label="CockroachDB namespace"
          value={k8s.cockroachNamespace}
          onChange={(v) => setK8s("cockroachNamespace", v)}
        />
        <TextField path={`${prefix}.kubernetes.podCidr`} label="Pod CIDR" value={k8s.podCidr} onChange={(v) => setK8s("podCidr", v)} />
        <TextField path={`${prefix}.kubernetes.serviceCidr`} label="Service CIDR" value={k8s.serviceCidr} onChange={(v) => setK8s("serviceCidr", v)} />
        <SelectField
          path={`${prefix}.kubernetes.podNetworking`}
          label="Pod networking"
          value={k8s.podNetworking}
          options={POD_NETWORKING}
          onChange={(v) => setK8s("podNetworking", v)}
        />
        <CheckboxField
          path={`${prefix}.kubernetes.staticCpuManager`}
          label="Static CPU manager policy"
          checked={k8s.staticCpuManager}
          onChange={(v) => setK8s("staticCpuManager", v)}
        />
        <NumberField
          path={`${prefix}.kubernetes.ciliumClusterId`}
          label="Cilium cluster id"
          // Plans saved before ids were kept show the id the bundle derives: the region's position.
          value={k8s.ciliumClusterId ?? props.index + 1}
          hint="1 to 255, unique per cluster; changing it on a meshed cluster means reconnecting it (Cilium docs: Setting up Cluster Mesh)."
          onChange={(v) => setK8s("ciliumClusterId", v)}
        />
      </FieldGroup>
      <FieldGroup legend="Storage">
        <TextField
          path={`${prefix}.storageClass.name`}
          label="StorageClass name"
          value={value.storageClass.name}
          onChange={(v) => set("storageClass", { ...value.storageClass, name: v })}
        />
        <SelectField
          path={`${prefix}.storageClass.type`}
          label="Disk type"
          value={value.storageClass.type}
          options={STORAGE_TYPES}
          onChange={(v) => set("storageClass", { ...value.storageClass, type: v })}
        />
      </FieldGroup>
      <FieldGroup legend="Resource overrides">
        {isReadOnly && !hasOverrides ? <p className={styles.hint}>None: the sizing&apos;s resources apply.</p> : null}
        {OVERRIDES.map(({ key, label }) => (
          <ResourcesFields
            key={key}
            path={`${prefix}.resources.${key}`}
            label={label}
            value={value.resources?.[key]}
            suggest={() => props.suggest(key)}
            onChange={(next) => setOverride(key, next)}
          />
        ))}
      </FieldGroup>
    </>
  );
}
