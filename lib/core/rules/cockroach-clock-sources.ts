import type { Rule } from "../analysis/types";
import { COCKROACH_DOC } from "../sources";
import { providerOf } from "../sizing/storage-classes";
import { finding, listText } from "./finding";
import { cockroachRegions } from "./plan-regions";

const ID = "cockroach-clock-sources";
const SOURCE = COCKROACH_DOC("Recommended production settings", "recommended-production-settings", "Clock synchronization");
/** A node shuts down when its clock is off from at least half the others by 80% of `--max-offset` (production checklist). */
export const SHUTDOWN_FRACTION = 0.8;
/** The bundle's `--max-offset` for multi-region clusters (lib/core/manifests/cockroach-clock.ts). */
const MAX_OFFSET_MS = 250;

const PROVIDER_NAMES = { aws: "AWS", gcp: "Google Cloud", azure: "Azure" } as const;

/**
 * CockroachDB's production checklist asks for the same time source on every node, and a node
 * whose clock drifts past 80% of `--max-offset` from half the others shuts itself down; with
 * the 250ms the bundle sets, that is 200ms. Each cloud serves its own time (Amazon Time Sync,
 * Google's metadata NTP, Azure's host clock), so nodes on different providers do not share a
 * source unless the operator configures one; Azure VMs take their time from the Hyper-V host
 * unless chrony is pointed at a source (Microsoft docs: Time sync for Linux VMs in Azure).
 */
export const cockroachClockSourcesRule: Rule = {
  id: ID,
  title: "CockroachDB nodes may not share a time source",
  source: SOURCE,
  check: ({ plan }) => {
    const regions = cockroachRegions(plan);
    const providers = [...new Set(regions.map((r) => providerOf(r.id)))];
    const azure = regions.filter((r) => providerOf(r.id) === "azure");
    const isMixed = providers.length > 1;
    if (!isMixed && azure.length === 0) return [];
    const shutdownMs = SHUTDOWN_FRACTION * MAX_OFFSET_MS;
    const affected = isMixed ? regions : azure;
    return [
      finding(ID, {
        severity: "warning",
        title: isMixed
          ? `CockroachDB spans ${listText(providers.map((p) => PROVIDER_NAMES[p]))}: give every node one time source`
          : "CockroachDB runs on Azure: configure the nodes' time source",
        explanation:
          (isMixed
            ? `CockroachDB nodes run on ${listText(providers.map((p) => PROVIDER_NAMES[p]))}, and each provider serves its own time, so the nodes do not share a clock source by default. `
            : "Azure VMs take their time from the Hyper-V host unless chrony is configured with a source. ") +
          `CockroachDB's production checklist asks for the same time source on every node: a node whose clock is off from at least half the others by ${SHUTDOWN_FRACTION * 100}% of --max-offset shuts down, which with the ${MAX_OFFSET_MS}ms the bundle sets for multi-region clusters is ${shutdownMs}ms.`,
        fix: isMixed
          ? "Point chrony on every Kubernetes node that runs CockroachDB at one NTP source that all regions can reach, and monitor the clock offset metric."
          : "Configure chrony on the Azure nodes (Microsoft: Time sync for Linux VMs in Azure) and use the same source in every region.",
        fields: affected.map((r) => `regions.${r.index}.id`),
        regions: affected.map((r) => r.id),
        source: SOURCE,
      }),
    ];
  },
};
