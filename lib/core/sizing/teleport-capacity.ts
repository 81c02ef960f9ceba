import type { Workload } from "@/lib/schemas/plan";

/**
 * What one Teleport pod can carry, read from Teleport's scaling guidance (Teleport docs:
 * Scaling, Hardware recommendations):
 *
 * | SSH nodes | Proxy                  | Auth                    |
 * |-----------|------------------------|-------------------------|
 * | 10,000    | 2× 4 vCPU, 8 GB RAM    | 2× 8 vCPU, 16 GB RAM    |
 * | 50,000    | 2× 4 vCPU, 16 GB RAM   | 2× 8 vCPU, 16 GB RAM    |
 *
 * and the load measured on one Cloud tenant: 1,000 SSH session starts per second and 2,000
 * concurrent logins, both limited by Auth CPU.
 *
 * ASSUMPTIONS (ours): the two pods of a row share its load, so one pod carries half of it
 * (a proxy of 4 vCPU / 8 GiB: 5,000 SSH-node equivalents; of 4 vCPU / 16 GiB: 25,000; an auth
 * pod of 8 vCPU / 16 GiB: 25,000); the measured tenant had two auth pods, so one auth pod takes
 * 500 session starts/s and 1,000 concurrent logins; "GB" in the table is provisioned as GiB
 * (slightly more). A pod smaller than the table's gets proportionally less.
 */

export const PROXY_SMALL = { vcpu: 4, memoryGiB: 8 } as const;
export const PROXY_LARGE = { vcpu: 4, memoryGiB: 16 } as const;
export const AUTH_POD = { vcpu: 8, memoryGiB: 16 } as const;
/** Upper end of the table's first row: proxies of 8 GB suffice up to here. */
export const SMALL_PROXY_MAX_EQUIVALENTS = 10_000;
/** Pods per component in each row of the table, and the HA minimum per region. */
export const MIN_PODS_PER_REGION = 2;
export const PROXY_SMALL_CAPACITY = 10_000 / 2;
export const PROXY_LARGE_CAPACITY = 50_000 / 2;
export const AUTH_CAPACITY = 50_000 / 2;
/** 1,000 SSH session starts per second per measured tenant, over its two auth pods. */
export const SESSION_STARTS_PER_AUTH_POD = 1_000 / 2;
/** 2,000 concurrent logins per measured tenant, over its two auth pods. */
export const CONCURRENT_LOGINS_PER_AUTH_POD = 2_000 / 2;
/**
 * ASSUMPTION: at most a tenth of the concurrent sessions start within the same second (the plan
 * records concurrency, the measured limit is a start rate).
 */
export const SESSION_START_FRACTION = 0.1;

export type PodCapacity = { equivalents: number; sessionStartsPerSecond: number; concurrentLogins: number };

export function authPodCapacity(vcpu: number, memoryGiB: number): PodCapacity {
  const scale = Math.min(1, vcpu / AUTH_POD.vcpu, memoryGiB / AUTH_POD.memoryGiB);
  return {
    equivalents: AUTH_CAPACITY * scale,
    sessionStartsPerSecond: SESSION_STARTS_PER_AUTH_POD * scale,
    concurrentLogins: CONCURRENT_LOGINS_PER_AUTH_POD * scale,
  };
}

/** Proxies carry connections, not logins or session starts (those were Auth CPU limits). */
export function proxyPodCapacity(vcpu: number, memoryGiB: number): PodCapacity {
  const cpuScale = Math.min(1, vcpu / PROXY_LARGE.vcpu);
  const equivalents =
    memoryGiB >= PROXY_LARGE.memoryGiB
      ? PROXY_LARGE_CAPACITY * cpuScale
      : PROXY_SMALL_CAPACITY * Math.min(cpuScale, memoryGiB / PROXY_SMALL.memoryGiB);
  return { equivalents, sessionStartsPerSecond: Number.POSITIVE_INFINITY, concurrentLogins: Number.POSITIVE_INFINITY };
}

/** The three demands the Teleport pods must meet. */
export type TeleportDemand = { equivalents: number; sessionStartsPerSecond: number; concurrentLogins: number };

/** ASSUMPTION: a login is in flight for about a second, so logins per second ≈ concurrent logins. */
export function teleportDemand(equivalents: number, workload: Workload): TeleportDemand {
  return {
    equivalents,
    sessionStartsPerSecond: workload.concurrentSessions * SESSION_START_FRACTION,
    concurrentLogins: workload.loginsPerSecond,
  };
}
