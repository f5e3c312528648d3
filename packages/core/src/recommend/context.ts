/**
 * The recommendation context: everything ranking and reasons need, computed once per graph — offers, needs
 * and topics integer-coded (sorted id lists per actor, actor lists per id), seeded Louvain communities,
 * district and sector codes, and which districts are neighbours. Internal to the recommend area.
 */
import { louvainCommunities } from "../communities/louvain.js";
import { type Snapshot, snapshot } from "../gaps/snapshot.js";
import type { VernetztGraph } from "../model/types.js";
import { neighbouringDistricts } from "./neighbouring-districts.js";
import { itemKeys } from "./normalise-item.js";
import type { ResolvedRecommendOptions } from "./recommend.js";

/** Per actor: normalised key → display spelling. */
export interface Profile {
  topics: Map<string, string>;
  offers: Map<string, string>;
  needs: Map<string, string>;
}

/** Everything the scoring needs, computed once per graph; lists of item ids are sorted ascending. */
export interface Context {
  snap: Snapshot;
  profiles: Profile[];
  community: Int32Array;
  neighbouring: Map<string, Set<string>>;
  districtName: (id: string) => string;
  /** Per actor, ids of its topics, offers and needs (offers and needs share one id space). */
  topics: Int32Array[];
  offers: Int32Array[];
  needs: Int32Array[];
  /** Per item id, the actors offering / seeking it; per topic id, the actors working on it. */
  offerers: number[][];
  seekers: number[][];
  holders: number[][];
  /** District and sector codes (−1 = none) and whether two district codes are neighbours. */
  district: Int32Array;
  sector: Int32Array;
  near: (x: number, y: number) => boolean;
}

/** Assigns ids to keys in order of first appearance. */
class Dictionary {
  readonly ids = new Map<string, number>();
  encode(keys: Iterable<string>): Int32Array {
    const codes: number[] = [];
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      codes.push(id);
    }
    return Int32Array.from(codes).sort();
  }
}

function membersOf(lists: readonly Int32Array[], size: number): number[][] {
  const members: number[][] = Array.from({ length: size }, () => []);
  lists.forEach((list, actor) => {
    for (const id of list) members[id].push(actor);
  });
  return members;
}

export function buildContext(graph: VernetztGraph, o: ResolvedRecommendOptions): Context {
  const snap = snapshot(graph);
  const profiles = snap.actors.map((actor) => ({
    topics: itemKeys(actor.topics),
    offers: itemKeys(actor.offers),
    needs: itemKeys(actor.needs),
  }));
  const items = new Dictionary();
  const topicIds = new Dictionary();
  const offers = profiles.map((p) => items.encode(p.offers.keys()));
  const needs = profiles.map((p) => items.encode(p.needs.keys()));
  const topics = profiles.map((p) => topicIds.encode(p.topics.keys()));
  const { communities } = louvainCommunities(graph, { seed: o.seed, weighted: false });
  const community = Int32Array.from(snap.actors, (actor) => communities[actor.id] ?? -1);
  const names = new Map(o.districts.map((d) => [d.id, d.name]));
  const neighbouring = neighbouringDistricts(o.districts, snap.actors, o.nearestDistricts);
  const districtIds = [...neighbouring.keys()];
  const districtCode = new Map(districtIds.map((id, i) => [id, i]));
  const near = new Uint8Array(districtIds.length * districtIds.length);
  districtIds.forEach((id, x) => {
    for (const other of neighbouring.get(id)!) near[x * districtIds.length + districtCode.get(other)!] = 1;
  });
  const sectorCode = new Map<string, number>();
  return {
    snap,
    profiles,
    community,
    neighbouring,
    districtName: (id) => names.get(id) ?? id,
    topics,
    offers,
    needs,
    offerers: membersOf(offers, items.ids.size),
    seekers: membersOf(needs, items.ids.size),
    holders: membersOf(topics, topicIds.ids.size),
    district: Int32Array.from(snap.actors, (a) => (a.district ? districtCode.get(a.district)! : -1)),
    sector: Int32Array.from(snap.actors, (a) => {
      if (!a.sector) return -1;
      if (!sectorCode.has(a.sector)) sectorCode.set(a.sector, sectorCode.size);
      return sectorCode.get(a.sector)!;
    }),
    near: (x, y) => near[x * districtIds.length + y] === 1,
  };
}
