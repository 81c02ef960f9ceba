import { expect, test } from "vitest";
import { coreReplicasInOneRegion, coreZoneConfig } from "./core-zone-config";

test.each([
  [1, { numReplicas: 3, pinnedPerRegion: 0, floating: 3 }, 3],
  [2, { numReplicas: 3, pinnedPerRegion: 1, floating: 1 }, 2],
  [3, { numReplicas: 3, pinnedPerRegion: 1, floating: 0 }, 1],
  [4, { numReplicas: 5, pinnedPerRegion: 1, floating: 1 }, 2],
  [5, { numReplicas: 5, pinnedPerRegion: 1, floating: 0 }, 1],
])("%i database regions", (regions, config, worstInOneRegion) => {
  expect(coreZoneConfig(regions)).toEqual(config);
  expect(coreReplicasInOneRegion(regions)).toBe(worstInOneRegion);
});
