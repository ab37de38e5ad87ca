// "Nearest to me" in the browser: the visitor's position (from the browser's geolocation) never reaches the server,
// so it is in no request and no log. The list is every matching centre at once, so sorting it here is cheap.
import type { PublicCentreSummary } from './CentreShared.tsx';

export interface Position {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine) in km: for a list sorted by distance, straight lines are close enough. */
export function distanceKm(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The distance to the centre's nearest point with coordinates; null when none of its points has them. */
export function centreDistance(centre: PublicCentreSummary, from: Position): number | null {
  const known = centre.locations.filter((l) => l.latitude !== null && l.longitude !== null);
  if (known.length === 0) return null;
  return Math.min(...known.map((l) => distanceKm(from, { latitude: l.latitude!, longitude: l.longitude! })));
}

/** Nearest first; centres without coordinates after them, in the order they came (alphabetical). */
export function byDistance(
  centres: readonly PublicCentreSummary[],
  from: Position,
): { centre: PublicCentreSummary; km: number | null }[] {
  const rows = centres.map((centre, index) => ({ centre, km: centreDistance(centre, from), index }));
  rows.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.index - b.index);
  return rows.map(({ centre, km }) => ({ centre, km }));
}
