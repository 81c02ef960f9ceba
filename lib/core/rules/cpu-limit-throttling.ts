import type { PodGroup, Rule } from "../analysis/types";
import { BLUEPRINT } from "../sources";
import { COMPONENT_NAME, RESOURCE_KEY } from "./components";
import { finding } from "./finding";
import { asRegionId, regionIndex } from "./plan-regions";
import { parseCpu, parseMemoryGiB } from "../quantity";

const ID = "cpu-limit-throttling";
const SOURCE = BLUEPRINT("CockroachDB sizing");

/**
 * The static CPU manager policy gives exclusive cores only to Guaranteed pods (every request
 * equal to its limit) with a whole number of CPUs (Kubernetes docs: Control CPU Management
 * Policies on the Node); CockroachDB's Kubernetes performance guide asks for integer CPU limits
 * with limits exactly equal to requests. Any other pod with a CPU limit is throttled by CFS quota.
 */
function isPinned(group: PodGroup): boolean {
  const { requests, limits } = group.resources;
  if (limits.cpu === undefined) return false;
  const cpus = parseCpu(limits.cpu);
  return Number.isInteger(cpus) && cpus === parseCpu(requests.cpu) && limits.memory !== undefined && parseMemoryGiB(limits.memory) === parseMemoryGiB(requests.memory);
}

/**
 * CPU limits throttle Teleport and CockroachDB under load. Blueprint (CockroachDB sizing): "unless
 * you are using the static CPU policy we don't recommend setting CPU limits on either Teleport or
 * CockroachDB pods … will lead to a service disruption and very likely to a complete outage";
 * CockroachDB docs (Kubernetes performance, Resource limits) say the same.
 */
export const cpuLimitThrottlingRule: Rule = {
  id: ID,
  title: "CPU limit that throttles the pod",
  source: SOURCE,
  check: ({ plan, sizing }) =>
    sizing.regions.flatMap((regionSizing) => {
      const index = regionIndex(plan, regionSizing.region);
      const region = plan.regions[index];
      if (!region) return [];
      const hasStaticPolicy = region.kubernetes.staticCpuManager;
      return regionSizing.groups.flatMap((group) => {
        const cpuLimit = group.resources.limits.cpu;
        if (cpuLimit === undefined || (hasStaticPolicy && isPinned(group))) return [];
        const name = COMPONENT_NAME[group.component];
        const why = hasStaticPolicy
          ? `The node's static CPU manager policy pins cores only for pods whose CPU limit is a whole number equal to the CPU request, with the memory limit equal to the memory request; this pod (CPU request ${group.resources.requests.cpu}, limit ${cpuLimit}) does not qualify, so it is throttled like any other limited pod.`
          : "The region's nodes do not use the static CPU manager policy, so Kubernetes enforces the limit by throttling the pod's CPU time.";
        return [
          finding(ID, {
            subject: `${regionSizing.region}:${group.component}`,
            severity: "critical",
            title: `${name} in ${regionSizing.region} has a CPU limit of ${cpuLimit}`,
            explanation:
              `${why} Teleport and CockroachDB are multi-threaded, I/O-intensive programs that degrade as soon as they reach a CPU limit; ` +
              "the blueprint warns this leads to a service disruption and very likely to a complete outage.",
            fix: hasStaticPolicy
              ? "Set the CPU limit to the same whole number of CPUs as the request and the memory limit equal to the memory request, or remove the CPU limit."
              : "Remove the CPU limit and keep only a CPU request, or enable the static CPU manager policy on the region's nodes and use whole-CPU limits equal to the requests.",
            fields: [
              ...(group.isOverride ? [`regions.${index}.resources.${RESOURCE_KEY[group.component]}.limits.cpu`] : []),
              `regions.${index}.kubernetes.staticCpuManager`,
            ],
            regions: [asRegionId(region.id)],
            source: SOURCE,
          }),
        ];
      });
    }),
};
