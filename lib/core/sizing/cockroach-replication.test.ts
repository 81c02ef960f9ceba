import { expect, test } from "vitest";
import { BLUEPRINT_TEMPLATE } from "../templates/blueprint";
import { replicationOf } from "./cockroach-replication";
import { extraRegion, withCockroach, withRegion, withRegions } from "./test-fixtures";

const [east1, east2, west2] = BLUEPRINT_TEMPLATE.regions;
if (!east1 || !east2 || !west2) throw new Error("template changed");
const euWest1 = extraRegion("aws:eu-west-1", ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
const euWest2 = extraRegion("aws:eu-west-2", ["eu-west-2a", "eu-west-2b", "eu-west-2c"]);

test.each([
  ["template: REGION, 3 regions, secondary", BLUEPRINT_TEMPLATE, { effectiveGoal: "region", voters: 5, replicas: 5, isRegionGoalRefused: false }],
  ["ZONE, 3 regions", withCockroach({ survivalGoal: "zone" }), { effectiveGoal: "zone", voters: 3, replicas: 5, isRegionGoalRefused: false }],
  ["REGION asked with 2 regions: refused, ZONE", withRegion(2, { runsCockroach: false }), { effectiveGoal: "zone", voters: 3, replicas: 4, isRegionGoalRefused: true }],
  ["ZONE, 1 region", withCockroach({ survivalGoal: "zone", secondaryRegion: null }, withRegion(1, { runsCockroach: false }, withRegion(2, { runsCockroach: false }))), { effectiveGoal: "zone", voters: 3, replicas: 3, isRegionGoalRefused: false }],
  ["REGION, 4 regions, secondary", withRegions([east1, east2, west2, euWest1]), { effectiveGoal: "region", voters: 5, replicas: 6, isRegionGoalRefused: false }],
  ["REGION, 5 regions, no secondary", withCockroach({ secondaryRegion: null }, withRegions([east1, east2, west2, euWest1, euWest2])), { effectiveGoal: "region", voters: 5, replicas: 6, isRegionGoalRefused: false }],
  ["REGION, 3 regions, no secondary", withCockroach({ secondaryRegion: null }), { effectiveGoal: "region", voters: 5, replicas: 5, isRegionGoalRefused: false }],
] as const)("%s", (_name, plan, expected) => {
  expect(replicationOf(plan)).toMatchObject(expected);
});
