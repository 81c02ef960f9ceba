import { describe, expect, test } from "vitest";
import { greatCircleScreen } from "./failure-arrows";
import { markerPlaces } from "./marker-layout";
import { arcPath } from "./projection";

const place = (id: string) => {
  const p = markerPlaces().byId.get(id);
  if (!p) throw new Error(id);
  return p;
};
const identity = { k: 1, x: 0, y: 0 };
const subpaths = (d: string) => d.split("M").length - 1;

describe("failure arrows take the latency lines' way round the globe", () => {
  test("us-east-1 to ap-southeast-2 crosses the Pacific: cut at the antimeridian like the arc", () => {
    const east = place("aws:us-east-1");
    const sydney = place("aws:ap-southeast-2");
    const parts = greatCircleScreen(east, sydney, identity);
    expect(parts).toHaveLength(2);
    expect(subpaths(arcPath([east.region.lon, east.region.lat], [sydney.region.lon, sydney.region.lat]))).toBe(2);
    // The first part leaves the US westwards (x falls), the last arrives at Sydney from the east edge.
    const [first, last] = [parts[0]!, parts[1]!];
    expect(first[first.length - 1]![0]).toBeLessThan(first[0]![0]);
    expect(last[0]![0]).toBeGreaterThan(last[last.length - 1]![0]);
  });

  test("us-east-1 to eu-west-1 is one part that starts and ends on the markers", () => {
    const east = place("aws:us-east-1");
    const ireland = place("aws:eu-west-1");
    const parts = greatCircleScreen(east, ireland, identity);
    expect(parts).toHaveLength(1);
    const only = parts[0]!;
    expect(only[0]![0]).toBeCloseTo(east.x + east.dx, 5);
    expect(only[only.length - 1]![1]).toBeCloseTo(ireland.y + ireland.dy, 5);
  });
});
