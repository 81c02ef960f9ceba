"use client";

import type { Plan } from "@/lib/schemas/plan";
import { CheckboxField, NumberField, SelectField, TextField, type Option } from "./fields";
import { FieldGroup } from "./section";

type ObjectStorage = Plan["objectStorage"];
type GeoDns = Plan["geoDns"];
type Connectivity = Plan["connectivity"];

const STORAGE_KINDS: readonly Option<ObjectStorage["kind"]>[] = [
  { value: "s3", label: "Amazon S3" },
  { value: "gcs", label: "Google Cloud Storage" },
  { value: "azure-blob", label: "Azure Blob Storage" },
  { value: "minio", label: "MinIO" },
];

const DNS_PROVIDERS: readonly Option<GeoDns["provider"]>[] = [
  { value: "route53", label: "Amazon Route 53" },
  { value: "cloudflare", label: "Cloudflare" },
  { value: "azure-traffic-manager", label: "Azure Traffic Manager" },
  { value: "gcp-cloud-dns", label: "Google Cloud DNS" },
  { value: "ns1", label: "NS1" },
  { value: "other", label: "Other" },
];

const CONNECTIVITY_KINDS: readonly Option<Connectivity["kind"]>[] = [
  { value: "vpc-peering", label: "VPC peering" },
  { value: "global-vpc", label: "One global VPC" },
  { value: "cilium-cluster-mesh", label: "Cilium cluster mesh" },
  { value: "service-mesh", label: "Service mesh" },
];

export function ObjectStorageFields({ value, onChange }: { value: ObjectStorage; onChange: (next: ObjectStorage) => void }) {
  const set = <K extends keyof ObjectStorage>(key: K, next: ObjectStorage[K]) => onChange({ ...value, [key]: next });
  return (
    <FieldGroup legend="Session recordings">
      <SelectField path="objectStorage.kind" label="Object storage" value={value.kind} options={STORAGE_KINDS} onChange={(v) => set("kind", v)} />
      <TextField path="objectStorage.bucketPrefix" label="Bucket name prefix" value={value.bucketPrefix} onChange={(v) => set("bucketPrefix", v)} />
      <TextField path="objectStorage.uploaderRole" label="Uploader IAM role" value={value.uploaderRole} onChange={(v) => set("uploaderRole", v)} />
      <CheckboxField
        path="objectStorage.multiRegionAccessPoint"
        label="Multi-region access point"
        checked={value.multiRegionAccessPoint}
        onChange={(v) => set("multiRegionAccessPoint", v)}
      />
      <CheckboxField path="objectStorage.versioning" label="Versioning" checked={value.versioning} onChange={(v) => set("versioning", v)} />
      <CheckboxField
        path="objectStorage.deleteMarkerReplication"
        label="Delete marker replication"
        checked={value.deleteMarkerReplication}
        onChange={(v) => set("deleteMarkerReplication", v)}
      />
      <CheckboxField path="objectStorage.autoCleanup" label="Automatic cleanup of incomplete uploads" checked={value.autoCleanup} onChange={(v) => set("autoCleanup", v)} />
    </FieldGroup>
  );
}

export function GeoDnsFields({ value, onChange }: { value: GeoDns; onChange: (next: GeoDns) => void }) {
  const set = <K extends keyof GeoDns>(key: K, next: GeoDns[K]) => onChange({ ...value, [key]: next });
  return (
    <FieldGroup legend="GeoDNS">
      <SelectField path="geoDns.provider" label="DNS provider" value={value.provider} options={DNS_PROVIDERS} onChange={(v) => set("provider", v)} />
      <NumberField path="geoDns.ttlSeconds" label="Record TTL" unit="seconds" value={value.ttlSeconds} onChange={(v) => set("ttlSeconds", v)} />
      <CheckboxField
        path="geoDns.healthCheck.enabled"
        label="Health check enabled"
        checked={value.healthCheck.enabled}
        onChange={(v) => set("healthCheck", { ...value.healthCheck, enabled: v })}
      />
      <TextField
        path="geoDns.healthCheck.path"
        label="Health check path"
        value={value.healthCheck.path}
        onChange={(v) => set("healthCheck", { ...value.healthCheck, path: v })}
      />
    </FieldGroup>
  );
}

export function ConnectivityFields({ value, onChange }: { value: Connectivity; onChange: (next: Connectivity) => void }) {
  const set = <K extends keyof Connectivity>(key: K, next: Connectivity[K]) => onChange({ ...value, [key]: next });
  return (
    <FieldGroup legend="Cross-region connectivity">
      <SelectField path="connectivity.kind" label="Pod connectivity" value={value.kind} options={CONNECTIVITY_KINDS} onChange={(v) => set("kind", v)} />
      <CheckboxField
        path="connectivity.proxyPeeringPortOpen"
        label="Proxy peering port 3021 open between regions"
        checked={value.proxyPeeringPortOpen}
        onChange={(v) => set("proxyPeeringPortOpen", v)}
      />
      <CheckboxField
        path="connectivity.cockroachPortOpen"
        label="CockroachDB port 26257 open between regions"
        checked={value.cockroachPortOpen}
        onChange={(v) => set("cockroachPortOpen", v)}
      />
    </FieldGroup>
  );
}
