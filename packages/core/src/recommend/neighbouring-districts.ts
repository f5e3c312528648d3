/**
 * Which districts are neighbours, from coordinates: each district's `k` nearest districts by great-circle
 * (haversine) distance, made symmetric (A and B are neighbours when either is among the other's k nearest).
 * k-nearest rather than a distance threshold because districts of large and small cities differ in size by
 * an order of magnitude, so no single threshold fits every city. A district's coordinates are its own
 * `lat`/`lon`, else the mean of its actors' coordinates; districts without either have no neighbours.
 * Equal distances are broken by input order.
 */
import type { Actor, District } from "../model/types.js";

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance in km between two points given in degrees.
 *
 * @example
 * ```ts
 * import { haversineKm } from "@vernetzt/core/recommend";
 *
 * // one degree of latitude along a meridian: 2π · 6371.0088 km / 360
 * haversineKm(48, 9, 49, 9) //=> 111.195
 * haversineKm(48.5, 9.1, 48.5, 9.1) //=> 0
 * ```
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * District id → ids of its neighbouring districts (every district id seen among districts or actors).
 *
 * @example
 * ```ts
 * import type { District } from "@vernetzt/core/model";
 * import { neighbouringDistricts } from "@vernetzt/core/recommend";
 *
 * const district = (id: string, lat: number): District => ({ id, name: id, lat, lon: 9, attributes: {} });
 * // A and B 1.1 km apart, C 10 km north of A
 * const near = neighbouringDistricts([district("A", 48), district("B", 48.01), district("C", 48.1)], [], 1);
 * Array.from(near.get("B")!) //=> ["A", "C"]
 * Array.from(near.get("C")!) //=> ["B"]
 * ```
 */
export function neighbouringDistricts(
  districts: readonly District[],
  actors: readonly Actor[],
  k: number,
): Map<string, Set<string>> {
  const centre = new Map<string, [number, number]>();
  const sums = new Map<string, [number, number, number]>();
  for (const actor of actors) {
    if (!actor.district || actor.lat === undefined || actor.lon === undefined) continue;
    const sum = sums.get(actor.district) ?? [0, 0, 0];
    sums.set(actor.district, [sum[0] + actor.lat, sum[1] + actor.lon, sum[2] + 1]);
  }
  const ids = [
    ...new Set([...districts.map((d) => d.id), ...actors.flatMap((a) => (a.district ? [a.district] : []))]),
  ];
  for (const district of districts) {
    if (district.lat !== undefined && district.lon !== undefined)
      centre.set(district.id, [district.lat, district.lon]);
  }
  for (const [id, [lat, lon, n]] of sums) if (!centre.has(id)) centre.set(id, [lat / n, lon / n]);
  const result = new Map(ids.map((id) => [id, new Set<string>()]));
  const located = ids.filter((id) => centre.has(id));
  for (const id of located) {
    const [lat, lon] = centre.get(id)!;
    const nearest = located
      .filter((other) => other !== id)
      .map((other, order) => ({ other, order, km: haversineKm(lat, lon, ...centre.get(other)!) }))
      .sort((a, b) => a.km - b.km || a.order - b.order)
      .slice(0, k);
    for (const { other } of nearest) {
      result.get(id)!.add(other);
      result.get(other)!.add(id);
    }
  }
  return result;
}
