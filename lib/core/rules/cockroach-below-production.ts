import type { Rule } from "../analysis/types";
import { COCKROACH_DOC } from "../sources";
import { finding } from "./finding";
import { cockroachRegions } from "./plan-regions";

const ID = "cockroach-below-production";
const SOURCE = COCKROACH_DOC("Recommended production settings", "recommended-production-settings", "Hardware");

/**
 * Surfaces the sizing's notes where the CockroachDB pods fall below CockroachDB's production
 * recommendations. Info only: the blueprint itself runs 2 vCPU / 8 GiB nodes for 10,000 SSH
 * nodes, which CockroachDB calls suitable for testing.
 */
export const cockroachBelowProductionRule: Rule = {
  id: ID,
  title: "CockroachDB below production recommendations",
  source: SOURCE,
  check: ({ plan, sizing }) => {
    const notes = sizing.cockroach.belowProduction;
    const first = notes[0];
    if (!first) return [];
    return [
      finding(ID, {
        severity: "info",
        title: "CockroachDB nodes are below CockroachDB's production recommendations",
        explanation: notes.map((n) => n.message).join(" "),
        fix: "Consider larger CockroachDB nodes (8 vCPU and 4 GiB of memory per vCPU are CockroachDB's production recommendation), after load-testing the blueprint's sizing.",
        fields: ["cockroachdb.nodesPerZone", "cockroachdb.storagePerNodeGiB"],
        regions: cockroachRegions(plan).map((r) => r.id),
        source: first.source,
      }),
    ];
  },
};
