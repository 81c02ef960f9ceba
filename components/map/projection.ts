import { geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesTopology from "world-atlas/countries-110m.json";

/**
 * The map's fixed geometry, computed once per page load: a Natural Earth projection fitted to
 * the inhabited world (Antarctica dropped: no cloud region is there, and it would take a fifth
 * of the height) and the SVG path of every country. Zoom and pan transform these paths; they are
 * never recomputed.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

type CountryProps = { name: string };

const ANTARCTICA_ID = "010";

let cache: { projection: GeoProjection; countries: { id: string; name: string; d: string }[] } | null = null;

function build() {
  const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const inhabited: FeatureCollection<Geometry, CountryProps> = { ...all, features: all.features.filter((f) => String(f.id) !== ANTARCTICA_ID) };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    inhabited,
  );
  const path = geoPath(projection);
  const countries = inhabited.features.map((f: Feature<Geometry, CountryProps>, i) => ({
    id: `${String(f.id ?? i)}-${i}`,
    name: f.properties.name,
    d: path(f) ?? "",
  }));
  return { projection, countries };
}

function geometry() {
  cache ??= build();
  return cache;
}

export function getProjection(): GeoProjection {
  return geometry().projection;
}

export function getCountryPaths(): { id: string; name: string; d: string }[] {
  return geometry().countries;
}

/** Map coordinates of a longitude/latitude (before zoom and pan). */
export function projectPoint(lon: number, lat: number): [number, number] {
  const point = getProjection()([lon, lat]);
  return point ? [point[0], point[1]] : [0, 0];
}

/** The great-circle arc between two points as an SVG path in map coordinates. */
export function arcPath(a: [number, number], b: [number, number]): string {
  return geoPath(getProjection())({ type: "LineString", coordinates: [a, b] }) ?? "";
}
