import type { Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { COMPONENT_NAME, RESOURCE_KEY } from "./components";
import { finding } from "./finding";
import { asRegionId, regionIndex } from "./plan-regions";
import { parseMemoryGiB } from "../quantity";

const ID = "memory-limit";
const SOURCE = BLUEPRINT("CockroachDB sizing");

/**
 * Memory limit missing or different from the request. Blueprint (CockroachDB sizing): "memory
 * limit is set to the same value as memory request"; CockroachDB docs (Kubernetes performance,
 * Resource limits) call memory limits strongly recommended. Without a limit, CockroachDB sizes
 * its cache from the host's memory and gets OOM-killed (cockroachdb/cockroach#35622); with a
 * limit above the request the pod is evicted first when the node runs short of memory. A limit
 * below the request is refused by Kubernetes outright, so that case is critical.
 */
export const memoryLimitRule: Rule = {
  id: ID,
  title: "Memory limit not equal to the request",
  source: SOURCE,
  check: ({ plan, sizing }) =>
    sizing.regions.flatMap((regionSizing) => {
      const index = regionIndex(plan, regionSizing.region);
      const region = plan.regions[index];
      if (!region) return [];
      return regionSizing.groups.flatMap((group) => {
        const key = RESOURCE_KEY[group.component];
        const request = group.resources.requests.memory;
        const limit = group.resources.limits.memory;
        const isMissing = limit === undefined || limit === "";
        if (!isMissing && parseMemoryGiB(limit) === parseMemoryGiB(request)) return [];
        const name = COMPONENT_NAME[group.component];
        const isBelowRequest = !isMissing && parseMemoryGiB(limit) < parseMemoryGiB(request);
        return [
          finding(ID, {
            subject: `${regionSizing.region}:${group.component}`,
            severity: isBelowRequest ? "critical" : "warning",
            title: isMissing
              ? `${name} in ${regionSizing.region} has no memory limit`
              : `${name} in ${regionSizing.region} has a memory limit (${limit}) different from its request (${request})`,
            explanation:
              (isMissing
                ? "Without a memory limit the pod can grow until the node runs out of memory; CockroachDB then sizes its cache from the node's memory rather than its own share and gets OOM-killed (cockroachdb/cockroach#35622). "
                : isBelowRequest
                  ? "Kubernetes refuses a pod whose memory limit is below its memory request, so this component would not start. "
                  : "A memory limit above the request makes the pod Burstable: when the node runs short of memory it is among the first to be evicted or OOM-killed, and CockroachDB's cache is sized for memory the node may not have. ") +
              "The blueprint sets the memory limit to the same value as the memory request.",
            fix: `Set the memory limit equal to the memory request (${request}).`,
            fields: [`regions.${index}.resources.${key}.limits.memory`, `regions.${index}.resources.${key}.requests.memory`],
            regions: [asRegionId(region.id)],
            source: SOURCE,
          }),
        ];
      });
    }),
};
