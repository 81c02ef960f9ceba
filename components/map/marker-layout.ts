import { REGIONS, type CatalogRegion } from "@/lib/core/catalog";
import { projectPoint } from "./projection";

export type MarkerPlace = {
  region: CatalogRegion;
  /** Map coordinates before zoom and pan. */
  x: number;
  y: number;
  /** Screen offset in px that keeps co-located regions (one metro, several providers) apart at every zoom. */
  dx: number;
  dy: number;
};

/** Regions closer than this (map units) share a spot and are fanned out around it. */
const SAME_SPOT = 3.5;

function layout(): MarkerPlace[] {
  const points = REGIONS.map((region) => {
    const [x, y] = projectPoint(region.lon, region.lat);
    return { region, x, y };
  });
  const clusters: (typeof points)[] = [];
  for (const point of points) {
    const cluster = clusters.find(([first]) => first && Math.hypot(first.x - point.x, first.y - point.y) < SAME_SPOT);
    if (cluster) cluster.push(point);
    else clusters.push([point]);
  }
  return clusters.flatMap((cluster) => {
    if (cluster.length === 1) return cluster.map((p) => ({ ...p, dx: 0, dy: 0 }));
    const radius = 5 + cluster.length * 1.6;
    return cluster.map((p, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / cluster.length;
      return { ...p, dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
    });
  });
}

let cache: { places: MarkerPlace[]; byId: Map<string, MarkerPlace> } | null = null;

/** Every catalog region's place on the map, computed once: the catalog does not change at run time. */
export function markerPlaces(): { places: MarkerPlace[]; byId: Map<string, MarkerPlace> } {
  if (!cache) {
    const places = layout();
    cache = { places, byId: new Map(places.map((p) => [p.region.id, p])) };
  }
  return cache;
}
