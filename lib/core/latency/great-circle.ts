export type LatLon = { lat: number; lon: number };

/** Mean Earth radius (IUGG), km. The sphere is within 0.5% of the ellipsoid, far below the routing uncertainty. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance in km between two points given in degrees, by the
 * haversine formula (numerically stable for nearby points, unlike the
 * spherical law of cosines).
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
