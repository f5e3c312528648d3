/**
 * The reasons of a recommendation as data: a code and its parameters (offer and need, topics, common
 * partners, districts, sectors, communities), as `MetricWarning` is. Words come from one place,
 * `recommendReasonText` with the German and English texts of `i18n/<lang>/recommend.ts`, called by the CLI,
 * the dashboard, the handouts and the report.
 */
import type { Context, Profile } from "./context.js";

/** An actor named in a reason: its id for programs, its name for people. */
export interface ActorRef {
  id: string;
  name: string;
}

/** Why two actors should meet; `code` says which reason, `params` what fills it in. */
export type RecommendReason =
  /** `offerer` offers `items` that `seeker` needs (display spellings of the offerer). */
  | { code: "offer-sought"; params: { offerer: ActorRef; seeker: ActorRef; items: string[] } }
  /** Topics both work on. */
  | { code: "shared-topics"; params: { topics: string[] } }
  /** `count` common partners, the first three of them in `partners`. */
  | { code: "common-partners"; params: { count: number; partners: ActorRef[] } }
  /** Both are in the district named `district`. */
  | { code: "same-district"; params: { district: string } }
  /** Their districts neighbour (display names). */
  | { code: "neighbouring-districts"; params: { from: string; to: string } }
  /** Their districts are far apart: the introduction bridges them. */
  | { code: "bridges-districts"; params: { from: string; to: string } }
  /** Different sectors. */
  | { code: "bridges-sectors"; params: { from: string; to: string } }
  /** Different communities of the network, both with ties. */
  | { code: "bridges-communities"; params: Record<string, never> };

/** The code of a reason. */
export type RecommendReasonCode = RecommendReason["code"];

/** Display spellings of the items `offerer` offers and `seeker` needs. */
function complementaryItems(offerer: Profile, seeker: Profile): string[] {
  return [...offerer.offers].filter(([key]) => seeker.needs.has(key)).map(([, display]) => display);
}

const MAX_NAMED = 3;

export function reasonsFor(context: Context, a: number, b: number): RecommendReason[] {
  const { snap, profiles } = context;
  const x = snap.actors[a];
  const y = snap.actors[b];
  const ref = (i: number): ActorRef => ({ id: snap.actors[i].id, name: snap.actors[i].name });
  const reasons: RecommendReason[] = [];
  const fromB = complementaryItems(profiles[b], profiles[a]);
  if (fromB.length > 0)
    reasons.push({ code: "offer-sought", params: { offerer: ref(b), seeker: ref(a), items: fromB } });
  const fromA = complementaryItems(profiles[a], profiles[b]);
  if (fromA.length > 0)
    reasons.push({ code: "offer-sought", params: { offerer: ref(a), seeker: ref(b), items: fromA } });
  const topics = [...profiles[a].topics].filter(([key]) => profiles[b].topics.has(key)).map(([, t]) => t);
  if (topics.length > 0) reasons.push({ code: "shared-topics", params: { topics } });
  const partnersOfB = new Set(snap.neighbours[b]);
  const partners = snap.neighbours[a].filter((v) => partnersOfB.has(v));
  if (partners.length > 0) {
    reasons.push({
      code: "common-partners",
      params: { count: partners.length, partners: partners.slice(0, MAX_NAMED).map(ref) },
    });
  }
  const name = context.districtName;
  if (x.district && y.district) {
    const districts = { from: name(x.district), to: name(y.district) };
    if (x.district === y.district)
      reasons.push({ code: "same-district", params: { district: districts.from } });
    else if (context.neighbouring.get(x.district)?.has(y.district)) {
      reasons.push({ code: "neighbouring-districts", params: districts });
    } else reasons.push({ code: "bridges-districts", params: districts });
  }
  if (x.sector && y.sector && x.sector !== y.sector) {
    reasons.push({ code: "bridges-sectors", params: { from: x.sector, to: y.sector } });
  }
  const bothTied = snap.neighbours[a].length > 0 && snap.neighbours[b].length > 0;
  if (bothTied && context.community[a] !== context.community[b]) {
    reasons.push({ code: "bridges-communities", params: {} });
  }
  return reasons;
}
