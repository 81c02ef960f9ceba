import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { finding } from "./finding";
import { cockroachRegions } from "./plan-regions";

const ID = "storage-class-not-ssd";
const SOURCE = BLUEPRINT("CockroachDB sizing");

/**
 * CockroachDB state must live on SSDs. Blueprint (CockroachDB sizing): "Make sure to store
 * CockroachDB's state on SSDs … the default storage class might not be the one offering the best
 * latency". CockroachDB docs (Recommended production settings, Kubernetes performance): SSDs are
 * strongly recommended, healthy command-commit latency is 1–100 ms on SSD against up to 1 s on
 * HDD, and the GCE default StorageClass is HDD. HDD is critical; an unknown type is a warning
 * because the class may be fine but nobody has checked.
 */
export const storageClassNotSsdRule: Rule = {
  id: ID,
  title: "CockroachDB storage is not SSD",
  source: SOURCE,
  check: ({ plan }) =>
    cockroachRegions(plan).flatMap(({ region, index, id }) => {
      const { type, name } = region.storageClass;
      if (type === "ssd") return [];
      const isHdd = type === "hdd";
      return [
        finding(ID, {
          subject: id,
          severity: isHdd ? "critical" : "warning",
          title: isHdd ? `CockroachDB in ${id} stores data on HDD` : `Storage type of CockroachDB in ${id} is unknown`,
          explanation:
            (isHdd
              ? `The storage class "${name}" provisions hard disks. `
              : `Nobody has confirmed that the storage class "${name}" provisions SSDs; Kubernetes defaults are often slow (HDD on GCE, SSD without provisioned IOPS on AWS). `) +
            "CockroachDB writes every commit to its Raft log with an fsync, so disk latency becomes Teleport's write latency: healthy commit latency is 1–100 ms on SSD and up to 1 s on HDD. " +
            "The blueprint requires CockroachDB's state on SSDs.",
          fix: `Use an SSD storage class (AWS gp3 or io2, Google Cloud pd-ssd, Azure Premium SSD) for CockroachDB in ${id}.`,
          fields: [`regions.${index}.storageClass.type`, `regions.${index}.storageClass.name`],
          regions: [id],
          source: SOURCE,
        }),
      ];
    }),
};
