/**
 * Pseudonymisation of persons (GDPR art. 4(5)), applied to a whole dataset before any analysis, so every output
 * (reports, JSON, exports, the dashboard, handouts) shows the pseudonym and never the name or id.
 *
 * Who: every actor of kind `person` whose `consent` is `false` (input `nein` / `no` / `false` / `0`), or every
 * person when `allPersons` is set (CLI `--pseudonymize`). Organisations and groups are never pseudonymised.
 *
 * How: the pseudonymised persons are numbered 1, 2, … in input order, and both id and name become
 * `"Person 1"`, `"Person 2"`, … (`prefix` configurable). The number depends only on the position among the
 * pseudonymised persons, so the pseudonym is stable for the same dataset and carries no information about the
 * name or id: nothing in the outputs allows reversing it (unlike a hash of the name, which a dictionary attack
 * reverses). Every reference to the id (ties, member_of, attendance, event hosts, respondents) is rewritten.
 *
 * What a pseudonym carries, field by field (issue #17; docs/data-protection.md):
 * - kept: `kind`, `sector`, `district`, `consent` and the person's ties, events and attendance — the figures of
 *   districts, sectors and organisations are counted from them (small groups are suppressed in what is
 *   published: `suppressSmall`, and the published network withholds a small group from a person);
 * - dropped: `topics`, `offers`, `needs` (free text about the person that no figure needs and that a colleague
 *   recognises), `memberOf` (her organisation, which names her to anyone who knows it), extra columns and
 *   lat/lon.
 */
import { isPersonKind } from "../io/aliases.js";
import type { Actor, Dataset } from "../model/types.js";

export interface PseudonymizeOptions {
  /** Pseudonymise every person, not only those without consent. Default `false`. */
  allPersons?: boolean;
  /** Text before the running number. Default `"Person"`. */
  prefix?: string;
}

export const DEFAULT_PSEUDONYMIZE_OPTIONS: Required<PseudonymizeOptions> = {
  allPersons: false,
  prefix: "Person",
};

/**
 * Whether `actor` must be pseudonymised under `options`.
 *
 * @example
 * ```ts
 * import { needsPseudonym } from "@vernetzt/core/privacy";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const actors =
 *   "id,name,kind,consent,member_of\nawo,AWO Ortsverein,Organisation,,\n" +
 *   "eb,Erika Beispiel,Person,nein,awo\nkb,Klaus Beispiel,Person,ja,awo";
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\neb,kb" },
 * ]);
 * dataset!.actors.map((actor) => needsPseudonym(actor)) //=> [false, true, false]
 * dataset!.actors.map((actor) => needsPseudonym(actor, { allPersons: true })) //=> [false, true, true]
 * ```
 */
export function needsPseudonym(actor: Actor, options: PseudonymizeOptions = {}): boolean {
  if (!isPersonKind(actor.kind)) return false;
  return (options.allPersons ?? DEFAULT_PSEUDONYMIZE_OPTIONS.allPersons) || actor.consent === false;
}

/**
 * Returns a copy of `dataset` in which persons without consent (or all persons) carry pseudonyms.
 * The input is not changed. Pseudonyms never collide with an existing actor id. Idempotent: pseudonymising the
 * result again returns it unchanged.
 *
 * @example
 * ```ts
 * import { pseudonymize } from "@vernetzt/core/privacy";
 * import { parseDataset } from "@vernetzt/core/io";
 *
 * const actors =
 *   "id,name,kind,consent,member_of\nawo,AWO Ortsverein,Organisation,,\n" +
 *   "eb,Erika Beispiel,Person,nein,awo\nkb,Klaus Beispiel,Person,ja,awo";
 * const { dataset } = await parseDataset([
 *   { name: "actors.csv", data: actors },
 *   { name: "ties.csv", data: "source,target\neb,kb" },
 * ]);
 * const safe = pseudonymize(dataset!);
 * safe.actors.map((actor) => actor.name) //=> ["AWO Ortsverein", "Person 1", "Klaus Beispiel"]
 * safe.ties.map((tie) => `${tie.source} – ${tie.target}`) //=> ["Person 1 – kb"]
 * safe.actors[1]?.memberOf //=> undefined
 * dataset!.actors[1]?.name //=> "Erika Beispiel"
 * ```
 */
export function pseudonymize(dataset: Dataset, options: PseudonymizeOptions = {}): Dataset {
  const prefix = options.prefix ?? DEFAULT_PSEUDONYMIZE_OPTIONS.prefix;
  const taken = new Set(dataset.actors.map((actor) => actor.id));
  const mapping = new Map<string, string>();
  let counter = 0;
  for (const actor of dataset.actors) {
    if (!needsPseudonym(actor, options)) continue;
    let pseudonym: string;
    // A pseudonym may equal the actor's own id (pseudonymising twice changes nothing), never another's.
    do pseudonym = `${prefix} ${++counter}`;
    while (taken.has(pseudonym) && pseudonym !== actor.id);
    mapping.set(actor.id, pseudonym);
  }
  if (mapping.size === 0) return dataset;
  const map = (id: string): string => mapping.get(id) ?? id;
  const mapOptional = <T extends string | undefined>(id: T): T => (id === undefined ? id : (map(id) as T));

  const actors = dataset.actors.map((actor): Actor => {
    const memberOf = mapOptional(actor.memberOf);
    if (!mapping.has(actor.id)) return memberOf === actor.memberOf ? actor : withMemberOf(actor, memberOf);
    const pseudonym = map(actor.id);
    const { lat: _lat, lon: _lon, memberOf: _memberOf, ...rest } = actor;
    return { ...rest, id: pseudonym, name: pseudonym, topics: [], offers: [], needs: [], attributes: {} };
  });
  const result: Dataset = {
    ...dataset,
    actors,
    // Only rows that name a pseudonymised actor are copied: a city-wide dataset keeps its other rows shared.
    ties: dataset.ties.map((tie) =>
      mapping.has(tie.source) || mapping.has(tie.target)
        ? {
            ...tie,
            source: map(tie.source),
            target: map(tie.target),
            ...(tie.reportedBy === undefined ? {} : { reportedBy: map(tie.reportedBy) }),
          }
        : tie,
    ),
    events: dataset.events.map((event) =>
      event.host !== undefined && mapping.has(event.host) ? { ...event, host: map(event.host) } : event,
    ),
    attendance: dataset.attendance.map((entry) =>
      mapping.has(entry.actor) ? { ...entry, actor: map(entry.actor) } : entry,
    ),
  };
  if (dataset.respondents) {
    result.respondents = Object.fromEntries(
      Object.entries(dataset.respondents).map(([wave, ids]) => [wave, ids.map(map)]),
    );
  }
  if (dataset.projects) {
    result.projects = dataset.projects.map((site) =>
      site.carriers.some((id) => mapping.has(id)) ? { ...site, carriers: site.carriers.map(map) } : site,
    );
  }
  return result;
}

function withMemberOf(actor: Actor, memberOf: string | undefined): Actor {
  const { memberOf: _old, ...rest } = actor;
  return memberOf === undefined ? rest : { ...rest, memberOf };
}
