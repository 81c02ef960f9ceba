import type { Resources } from "@/lib/schemas/plan";
import type { ResourceBlock } from "../analysis/types";
import { formatCpu, formatMemoryGiB, parseCpu, parseMemoryGiB } from "../quantity";

/**
 * The `resources` block the planner writes for a pod it sized: CPU and memory requests, a
 * memory limit equal to the memory request, and no CPU limit.
 *
 * Sources: Multi-region Blueprint ("unless you are using the static CPU policy we don't
 * recommend setting CPU limits on either Teleport or CockroachDB pods"; "memory limit is set to
 * the same value as memory request"); CockroachDB docs, Kubernetes performance, Resource
 * limits ("Do not set CPU limits unless the Static CPU Manager policy is enabled; then use
 * integer CPU limits equal to the requests"). With the static policy the CPU limit is set equal
 * to a whole-CPU request, which gives the pod Guaranteed QoS and exclusive cores; a fractional
 * request gets no CPU limit, because the static policy only pins whole CPUs.
 */
export function resourceBlock(vcpu: number, memoryGiB: number, hasStaticCpuManager: boolean): ResourceBlock {
  const cpu = formatCpu(vcpu);
  const memory = formatMemoryGiB(memoryGiB);
  const canPinCpu = hasStaticCpuManager && Number.isInteger(vcpu) && vcpu >= 1;
  return {
    requests: { cpu, memory },
    limits: canPinCpu ? { memory, cpu } : { memory },
  };
}

/**
 * A region's `resources` override, exactly as the plan wrote it, so the manifests carry what the
 * architect chose and the risk rules judge that same block (a missing memory limit or a CPU
 * limit is reported as a finding, not silently corrected).
 */
export function overrideBlock(resources: Resources): ResourceBlock {
  const { cpu, memory } = resources.limits ?? {};
  return {
    requests: { cpu: resources.requests.cpu, memory: resources.requests.memory },
    limits: { ...(memory !== undefined ? { memory } : {}), ...(cpu !== undefined ? { cpu } : {}) },
  };
}

/** vCPU and GiB requested by a resources block. */
export function requestedSize(block: ResourceBlock): { vcpu: number; memoryGiB: number } {
  return { vcpu: parseCpu(block.requests.cpu), memoryGiB: parseMemoryGiB(block.requests.memory) };
}
