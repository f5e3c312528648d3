/** The reasons of a recommendation, in words: offer and need, topics, common partners, districts, sectors. */
import type { RecommendMessages } from "../i18n/en/recommend.js";
import type { Context, Profile } from "./context.js";

/** Display spellings of the items `offerer` offers and `seeker` needs. */
function complementaryItems(offerer: Profile, seeker: Profile): string[] {
  return [...offerer.offers].filter(([key]) => seeker.needs.has(key)).map(([, display]) => display);
}

const MAX_NAMED = 3;

export function reasonsFor(context: Context, a: number, b: number, messages: RecommendMessages): string[] {
  const { snap, profiles } = context;
  const x = snap.actors[a];
  const y = snap.actors[b];
  const reasons: string[] = [];
  const fromB = complementaryItems(profiles[b], profiles[a]);
  if (fromB.length > 0)
    reasons.push(messages.offersSought({ offerer: y.name, items: fromB, seeker: x.name }));
  const fromA = complementaryItems(profiles[a], profiles[b]);
  if (fromA.length > 0)
    reasons.push(messages.offersSought({ offerer: x.name, items: fromA, seeker: y.name }));
  const topics = [...profiles[a].topics].filter(([key]) => profiles[b].topics.has(key)).map(([, t]) => t);
  if (topics.length > 0) reasons.push(messages.sharedTopics({ topics }));
  const partnersOfB = new Set(snap.neighbours[b]);
  const partners = snap.neighbours[a].filter((v) => partnersOfB.has(v)).map((v) => snap.actors[v].name);
  if (partners.length > 0) {
    reasons.push(
      messages.commonPartners({
        count: partners.length,
        names: partners.slice(0, MAX_NAMED),
        more: Math.max(0, partners.length - MAX_NAMED),
      }),
    );
  }
  const name = context.districtName;
  if (x.district && y.district) {
    if (x.district === y.district) reasons.push(messages.sameDistrict({ district: name(x.district) }));
    else if (context.neighbouring.get(x.district)?.has(y.district)) {
      reasons.push(messages.neighbouringDistricts({ from: name(x.district), to: name(y.district) }));
    } else reasons.push(messages.bridgesDistricts({ from: name(x.district), to: name(y.district) }));
  }
  if (x.sector && y.sector && x.sector !== y.sector) {
    reasons.push(messages.bridgesSectors({ from: x.sector, to: y.sector }));
  }
  const bothTied = snap.neighbours[a].length > 0 && snap.neighbours[b].length > 0;
  if (bothTied && context.community[a] !== context.community[b]) reasons.push(messages.bridgesCommunities);
  return reasons;
}
