/**
 * The block structure of a generated city: districts as blocks, with each actor's rank, propensity,
 * sector and kind computed from its index on demand. Memory is O(districts), never O(actors).
 *
 * Layout: actors are numbered 0..n−1 district by district (a district is a contiguous index range).
 * District sizes are log-normal (σ = 0.5) shares of n, allocated by largest remainder, at least 1 each.
 *
 * Propensity (degree correction): inside a district of m actors the actor of rank r (0 = biggest hub) has
 * θ(r) = m · ((r + 2)^e − (r + 1)^e) / ((m + 1)^e − 1), e = 1 − a, a = 1 / (γ − 1): the probability mass
 * of the continuous Chung–Lu weight x^−a on [r + 1, r + 2), scaled so the district's mean θ is exactly 1.
 * Drawing an actor ∝ θ is then an O(1) inverse CDF (`powerLawRank`), and expected degrees follow
 * θ · meanDegree with a power-law tail P(k) ∝ k^−γ (Chung & Lu 2002, doi:10.1073/pnas.252631999).
 * Ranks are scattered over the district's index range by an affine permutation p ↦ (u·p + v) mod m
 * (u coprime to m), so hubs are not always the district's first rows.
 *
 * Sector: the rank-0 actor of every district is its city district office (sector "Stadtverwaltung", the
 * hub a coordinator's network usually has); every other actor's sector is drawn from the sector shares by
 * a hash of its index. Kind: the rank-0 actor is an organisation; others are persons with probability
 * `personShare`.
 */

import { createRng, hashSeed, hashUnit, type Rng } from "../random/rng.js";
import type { ResolvedGenerateNetworkOptions } from "./options.js";
import { allocate, cumulativeSums, logNormal } from "./sampling.js";
import { SECTORS } from "./vocabulary.js";

/** What the generator knows about one actor without building any strings. */
export interface ActorCore {
  index: number;
  district: number;
  /** Index into `SECTORS`. */
  sector: number;
  /** Rank inside the district: 0 is the district's biggest hub. */
  rank: number;
  /** Expected degree relative to the mean (the mean over a district is 1). */
  propensity: number;
  isPerson: boolean;
}

/** Index of the city office sector in `SECTORS`, given to every district's top hub. */
const CITY_OFFICE_SECTOR = 0;
const SECTOR_CUMULATIVE = cumulativeSums(SECTORS.map((s) => s.share));

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Inverse of u modulo m (u coprime to m), by the extended Euclidean algorithm. */
function modInverse(u: number, m: number): number {
  let [oldR, r] = [u % m, m];
  let [oldS, s] = [1, 0];
  while (r !== 0) {
    const q = Math.floor(oldR / r);
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

export class CityBlocks {
  readonly districtSizes: number[];
  /** First actor index of each district; one extra entry = n. */
  readonly districtStart: number[];
  /** Cumulative district sizes (to draw a district ∝ size). */
  readonly districtCumulative: number[];
  private readonly mul: number[];
  private readonly inv: number[];
  private readonly add: number[];
  /** Per district, (m + 1)^e − 1: the constant of the rank distribution's inverse CDF. */
  private readonly rankScale: number[];
  /** The exponent e = 1 − a of the rank distribution. */
  private readonly e: number;

  constructor(readonly options: ResolvedGenerateNetworkOptions) {
    const { actors, districts, seed } = options;
    const rng = createRng(seed, "districts");
    const weights = Array.from({ length: districts }, () => logNormal(rng, 0, 0.5));
    this.districtSizes = allocate(actors - districts, weights).map((x) => x + 1);
    this.districtCumulative = cumulativeSums(this.districtSizes);
    this.districtStart = [0, ...this.districtCumulative];
    this.e = 1 - 1 / (options.degreeExponent - 1);
    this.mul = [];
    this.inv = [];
    this.add = [];
    this.rankScale = this.districtSizes.map((m) => (m + 1) ** this.e - 1);
    for (let d = 0; d < districts; d++) {
      const m = this.districtSizes[d]!;
      let u = m > 1 ? 1 + Math.floor(hashUnit(seed, "perm", d) * (m - 1)) : 1;
      while (gcd(u, m) !== 1) u++;
      this.mul.push(u % m);
      this.inv.push(modInverse(u, m));
      this.add.push(hashSeed(seed, "shift", d) % m);
    }
  }

  /** The district of actor `index` (binary search over the district starts). */
  districtOf(index: number): number {
    let lo = 0;
    let hi = this.districtSizes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.districtStart[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Rank of actor `index` in district `d`. */
  rankOf(index: number, d: number): number {
    return (this.mul[d]! * (index - this.districtStart[d]!) + this.add[d]!) % this.districtSizes[d]!;
  }

  /** Actor index of the actor with rank `r` in district `d`. */
  indexOfRank(d: number, r: number): number {
    const m = this.districtSizes[d]!;
    return this.districtStart[d]! + ((this.inv[d]! * ((r - this.add[d]! + m) % m)) % m);
  }

  sectorOf(index: number, rank: number): number {
    if (rank === 0) return CITY_OFFICE_SECTOR;
    const x = hashUnit(this.options.seed, "sector", index) * SECTOR_CUMULATIVE[SECTOR_CUMULATIVE.length - 1]!;
    let sector = 0;
    while (SECTOR_CUMULATIVE[sector]! <= x) sector++;
    return sector;
  }

  /**
   * A rank in district `d` drawn ∝ θ: `powerLawRank` (see `sampling.ts`) with the district's constant
   * precomputed, since this is the generator's innermost loop.
   */
  private drawRank(rng: Rng, d: number): number {
    const m = this.districtSizes[d]!;
    return Math.min(m - 1, Math.floor((1 + rng() * this.rankScale[d]!) ** (1 / this.e)) - 1);
  }

  isPerson(index: number, rank: number): boolean {
    return rank > 0 && hashUnit(this.options.seed, "kind", index) < this.options.personShare;
  }

  core(index: number, district = this.districtOf(index)): ActorCore {
    const m = this.districtSizes[district]!;
    const rank = this.rankOf(index, district);
    const e = this.e;
    return {
      index,
      district,
      sector: this.sectorOf(index, rank),
      rank,
      propensity: (m * ((rank + 2) ** e - (rank + 1) ** e)) / ((m + 1) ** e - 1),
      isPerson: this.isPerson(index, rank),
    };
  }

  /** A random actor of district `d`, drawn in proportion to propensity. */
  draw(rng: Rng, d: number): number {
    return this.indexOfRank(d, this.drawRank(rng, d));
  }

  /**
   * A random actor of district `d` and sector `sector`, ∝ propensity (rejection sampling, at most
   * 64 draws; if none matches, the last draw of any sector).
   */
  drawInSector(rng: Rng, d: number, sector: number): number {
    let index = -1;
    for (let attempt = 0; attempt < 64; attempt++) {
      const rank = this.drawRank(rng, d);
      index = this.indexOfRank(d, rank);
      if (this.sectorOf(index, rank) === sector) return index;
    }
    return index;
  }

  /**
   * The organisation a person represents: an organisation of the person's district drawn ∝ propensity,
   * preferring the person's own sector (first 32 draws), so bigger organisations send more
   * representatives. Falls back to the district's top hub (always an organisation; a person is never
   * rank 0, so a person's district has one).
   */
  memberOf(person: ActorCore): number {
    const rng = createRng(this.options.seed, "member", person.index);
    for (let attempt = 0; attempt < 64; attempt++) {
      const rank = this.drawRank(rng, person.district);
      const index = this.indexOfRank(person.district, rank);
      if (index === person.index || this.isPerson(index, rank)) continue;
      if (attempt >= 32 || this.sectorOf(index, rank) === person.sector) return index;
    }
    return this.indexOfRank(person.district, 0);
  }
}
