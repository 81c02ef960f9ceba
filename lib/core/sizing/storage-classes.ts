import type { StorageClassAdvice } from "../analysis/types";
import { SIZING_SOURCES } from "./sources";

/**
 * An SSD StorageClass per cloud for CockroachDB volumes. The blueprint asks for SSDs and warns
 * that the default StorageClass "might not be the one offering the best latency and
 * throughput"; CockroachDB's cloud-specific recommendations name gp3 on AWS, pd-ssd on GCP and
 * Premium Storage on Azure (CockroachDB docs: Recommended production settings). ext4 is one of
 * the two file systems CockroachDB supports; `csi.storage.k8s.io/fstype` is read by the CSI
 * external provisioner for every driver.
 */

export type CloudProvider = StorageClassAdvice["provider"];

/** CockroachDB docs: Recommended production settings, Disk I/O: 500 IOPS per vCPU. */
export const IOPS_PER_VCPU = 500;
/** CockroachDB docs: Recommended production settings, Disk I/O: 30 MB/s per vCPU (provisioned as 30 MiB/s, slightly more). */
export const THROUGHPUT_MBPS_PER_VCPU = 30;
/** gp3 baseline without extra provisioning (CockroachDB docs: Cloud-specific recommendations; AWS: EBS volume types). */
export const GP3_DEFAULT = { iops: 3_000, throughputMiBps: 125 } as const;
/** gp3 ceilings every AWS region accepts (AWS docs: gp3 3,000–16,000 IOPS, 125–1,000 MiB/s). */
export const GP3_MAX = { iops: 16_000, throughputMiBps: 1_000 } as const;

/** Default name of the StorageClass the planner proposes. */
export const DEFAULT_STORAGE_CLASS_NAME = "cockroachdb-ssd";

const FSTYPE = { "csi.storage.k8s.io/fstype": "ext4" } as const;

/** The disk I/O a node of this many vCPU needs. */
export function diskNeed(vcpu: number): { iops: number; throughputMBps: number } {
  return { iops: IOPS_PER_VCPU * vcpu, throughputMBps: THROUGHPUT_MBPS_PER_VCPU * vcpu };
}

/** gp3 parameters for a node: at least the gp3 baseline, at most gp3's ceilings. */
export function gp3Provisioning(vcpu: number): { iops: number; throughputMiBps: number } {
  const need = diskNeed(vcpu);
  return {
    iops: Math.min(GP3_MAX.iops, Math.max(GP3_DEFAULT.iops, need.iops)),
    throughputMiBps: Math.min(GP3_MAX.throughputMiBps, Math.max(GP3_DEFAULT.throughputMiBps, need.throughputMBps)),
  };
}

/** The advice for one cloud, with gp3 IOPS and throughput sized for nodes of `vcpuPerNode`. */
export function storageClassFor(provider: CloudProvider, vcpuPerNode: number, name: string = DEFAULT_STORAGE_CLASS_NAME): StorageClassAdvice {
  switch (provider) {
    case "aws": {
      const gp3 = gp3Provisioning(vcpuPerNode);
      return {
        provider,
        name,
        provisioner: "ebs.csi.aws.com",
        parameters: { type: "gp3", iops: String(gp3.iops), throughput: String(gp3.throughputMiBps), ...FSTYPE },
        source: SIZING_SOURCES.cockroachCloud,
      };
    }
    case "gcp":
      // pd-ssd IOPS and throughput grow with disk size and VM vCPUs; there is nothing to provision.
      return { provider, name, provisioner: "pd.csi.storage.gke.io", parameters: { type: "pd-ssd", ...FSTYPE }, source: SIZING_SOURCES.cockroachCloud };
    case "azure":
      // Premium SSD performance grows with disk size.
      return { provider, name, provisioner: "disk.csi.azure.com", parameters: { skuName: "Premium_LRS", ...FSTYPE }, source: SIZING_SOURCES.cockroachCloud };
  }
}

/** Per-cloud advice for the blueprint's 2 vCPU node (gp3 at its baseline, which covers 2 vCPU). */
export const STORAGE_CLASSES: Readonly<Record<CloudProvider, StorageClassAdvice>> = {
  aws: storageClassFor("aws", 2),
  gcp: storageClassFor("gcp", 2),
  azure: storageClassFor("azure", 2),
};

/** The provider part of a region id ("aws:us-east-1" ⇒ "aws"). */
export function providerOf(regionId: string): CloudProvider {
  const prefix = regionId.slice(0, regionId.indexOf(":"));
  if (prefix === "aws" || prefix === "gcp" || prefix === "azure") return prefix;
  throw new RangeError(`Region id without a known provider: ${regionId}`);
}
