import { describe, expect, test } from "vitest";
import { resolveClick, type HitMarker } from "./hit-test";
import { markerPlaces } from "./marker-layout";

/** Every catalog marker at world zoom (identity view), as the map draws them. */
const worldMarkers = (planned: ReadonlySet<string> = new Set()): HitMarker[] =>
  markerPlaces().places.map((p) => ({ id: p.region.id, sx: p.x + p.dx, sy: p.y + p.dy, isPlanned: planned.has(p.region.id) }));

describe("a click on a marker's centre acts on that marker or offers a choice", () => {
  test("at world zoom, every one of the 135 centres resolves to its own marker or a chooser that lists it first", () => {
    const markers = worldMarkers();
    expect(markers).toHaveLength(135);
    for (const m of markers) {
      const result = resolveClick(markers, m.sx, m.sy);
      if (result.kind === "act") expect(result.id).toBe(m.id);
      else expect(result).toMatchObject({ kind: "choose", ids: expect.arrayContaining([m.id]) });
      if (result.kind === "choose") expect(result.ids[0]).toBe(m.id);
    }
  });

  test("the centre of AWS Frankfurt never adds GCP europe-west4", () => {
    const markers = worldMarkers();
    const frankfurt = markers.find((m) => m.id === "aws:eu-central-1")!;
    const result = resolveClick(markers, frankfurt.sx, frankfurt.sy);
    expect(result.kind === "act" ? result.id : result.kind === "choose" ? result.ids[0] : null).toBe("aws:eu-central-1");
  });

  test("the same with the blueprint's regions planned (larger click areas)", () => {
    const markers = worldMarkers(new Set(["aws:us-east-1", "aws:us-east-2", "aws:us-west-2"]));
    for (const m of markers) {
      const result = resolveClick(markers, m.sx, m.sy);
      expect(result.kind === "act" ? result.id : result.kind === "choose" ? result.ids[0] : null).toBe(m.id);
    }
  });

  test("between two markers the person chooses; off every marker nothing happens", () => {
    const two: HitMarker[] = [
      { id: "a", sx: 100, sy: 100, isPlanned: false },
      { id: "b", sx: 106, sy: 100, isPlanned: false },
    ];
    expect(resolveClick(two, 103, 100)).toEqual({ kind: "choose", ids: ["a", "b"] });
    expect(resolveClick(two, 100, 100)).toEqual({ kind: "act", id: "a" });
    expect(resolveClick(two, 300, 300)).toEqual({ kind: "none" });
  });
});
