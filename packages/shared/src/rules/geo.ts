/**
 * Distances between cities from their centroids (cities.csv: GCJ-02, off WGS-84 by < 1 km, far
 * below what "how far is the college" needs). Great-circle distance, not road distance.
 */
export interface CityPoint { name: string; lon: number; lat: number }
export type CityIndex = Readonly<Record<string, CityPoint>>

const EARTH_RADIUS_KM = 6371.0088 // IUGG mean radius
const rad = (deg: number) => (deg * Math.PI) / 180

export function haversineKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** 0 for the same city; undefined when either city is unknown. */
export function cityDistanceKm(cities: CityIndex, from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined
  if (from === to) return 0
  const a = cities[from]
  const b = cities[to]
  return a && b ? haversineKm(a, b) : undefined
}

/** Builds the lookup from reference rows (`reference().cities` or the BFF's city list). */
export function indexCities(rows: readonly { adcode: string; name: string; lon: number; lat: number }[]): CityIndex {
  return Object.fromEntries(rows.map((r) => [r.adcode, { name: r.name, lon: r.lon, lat: r.lat }]))
}
