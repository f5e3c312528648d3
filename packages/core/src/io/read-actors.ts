/** The actors and districts tables → actors and districts (rules: `dataset-from-tables.ts`). */
import type { Actor, District } from "../model/types.js";
import { ActorNames } from "./actor-names.js";
import { booleanOf, isPersonKind, kindOf } from "./aliases.js";
import { withoutBidiControls } from "./bidi.js";
import { type Columns, type RowReader, rowsOf } from "./columns.js";
import { resolveName } from "./name-repairs.js";
import { coordinates, matchDistrict, optionalNumber, uniqueRows } from "./row-values.js";
import type { IssueCollector } from "./validation-report.js";

export function readDistricts(columns: Columns<"districts">, issues: IssueCollector): Map<string, District> {
  const districts = new Map<string, District>();
  const rows = uniqueRows(rowsOf(columns), (r) => r.id("id") || r.id("name"), issues);
  for (const { reader, id } of rows) {
    const name = reader.text("name") || withoutBidiControls(id);
    const district: District = { id, name, attributes: reader.attributes() };
    Object.assign(district, coordinates(reader, issues));
    const population = optionalNumber(reader, "population", issues);
    if (population !== undefined) district.population = population;
    districts.set(id, district);
  }
  return districts;
}

/**
 * Characters that do not show but make an id different (#17): soft hyphen, zero-width space/joiners, direction
 * marks and overrides, word joiner and invisible operators, BOM.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

export function readActors(
  columns: Columns<"actors">,
  districts: Map<string, District> | undefined,
  issues: IssueCollector,
): Map<string, Actor> {
  const actors = new Map<string, Actor>();
  const memberOf: Array<{ actor: Actor; reader: RowReader<"actors"> }> = [];
  const unknownKinds = new Map<string, { reader: RowReader<"actors">; rows: number }>();
  // without an id column, the name is the id
  const idOf =
    columns.index.id === undefined
      ? (r: RowReader<"actors">) => r.id("name")
      : (r: RowReader<"actors">) => r.id("id");
  for (const { reader, id } of uniqueRows(rowsOf(columns), idOf, issues)) {
    const invisible = INVISIBLE.exec(id);
    if (invisible)
      issues.warning("ID_INVISIBLE", reader.at(columns.index.id === undefined ? "name" : "id"), {
        value: id.replace(INVISIBLE_ALL, ""),
        detail: `U+${invisible[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
      });
    let name = reader.text("name");
    if (name === "") {
      issues.warning("NAME_EMPTY", reader.at("name"), { value: id });
      name = withoutBidiControls(id); // shown as the name: no control may flip it (the id keeps it: ID_INVISIBLE)
    }
    const actor: Actor = {
      id,
      name,
      topics: reader.list("topics"),
      offers: reader.list("offers"),
      needs: reader.list("needs"),
      attributes: reader.attributes(),
    };
    const kind = reader.text("kind");
    if (kind !== "") {
      // every value is kept: synonyms as the English word, anything else as written (reported once per value)
      const known = kindOf(kind);
      actor.kind = known ?? kind;
      if (known === undefined && !isPersonKind(kind)) {
        const seen = unknownKinds.get(kind);
        if (seen) seen.rows++;
        else unknownKinds.set(kind, { reader, rows: 1 });
      }
    }
    const sector = reader.text("sector");
    if (sector !== "") actor.sector = sector;
    const district = reader.id("district");
    if (district !== "")
      actor.district = districts ? matchDistrict(district, districts, reader, issues) : district;
    if (reader.text("memberOf") !== "") memberOf.push({ actor, reader });
    Object.assign(actor, coordinates(reader, issues));
    const consent = reader.text("consent");
    if (consent !== "") {
      const value = booleanOf(consent);
      if (value === undefined) issues.warning("CONSENT_INVALID", reader.at("consent"), { value: consent });
      actor.consent = value ?? false;
    }
    actors.set(id, actor);
  }
  for (const [kind, { reader, rows }] of unknownKinds) {
    issues.warning(
      "KIND_UNKNOWN",
      reader.at("kind"),
      rows > 1 ? { value: kind, detail: String(rows) } : { value: kind },
    );
  }
  const names = new ActorNames(actors);
  for (const { actor, reader } of memberOf) {
    const target = reader.id("memberOf");
    const found = resolveName(names, target, reader.at("memberOf"), issues);
    if (found !== undefined && found !== actor.id) actor.memberOf = found;
    else issues.warning("MEMBER_OF_UNKNOWN", reader.at("memberOf"), { value: target });
  }
  return actors;
}
