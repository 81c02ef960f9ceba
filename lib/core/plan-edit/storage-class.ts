import type { Provider } from "@/lib/core/catalog";
import { STORAGE_CLASSES } from "@/lib/core/sizing";

/**
 * StorageClass name a new region gets: the sizing's SSD class for its cloud (gp3 on AWS, pd-ssd
 * on GCP, Premium SSD on Azure; CockroachDB docs: Recommended production settings). The
 * default class is HDD on GCE and SSD without provisioned IOPS on AWS, so the blueprint's
 * "store CockroachDB's state on SSDs" needs a dedicated class.
 */
export function ssdStorageClassName(provider: Provider): string {
  return STORAGE_CLASSES[provider].name;
}
