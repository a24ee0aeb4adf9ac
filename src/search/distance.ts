/**
 * Distances from where the person is, worked out here and never sent
 * anywhere: the position stays in the page's memory.
 */
import type { Resource } from '../catalogue/schema.js';

export interface Point {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371;
const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine), close enough for "which is nearer". */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * `items` nearest first; entries without coordinates (phone lines, online
 * services) keep their order after the located ones. Returns the distances too.
 */
export function sortByDistance(items: readonly Resource[], from: Point): { items: Resource[]; km: Map<Resource, number> } {
  const km = new Map<Resource, number>();
  for (const r of items) if (r.coordinates) km.set(r, distanceKm(from, r.coordinates));
  const located = items.filter((r) => km.has(r)).sort((a, b) => km.get(a)! - km.get(b)!);
  return { items: [...located, ...items.filter((r) => !km.has(r))], km };
}
