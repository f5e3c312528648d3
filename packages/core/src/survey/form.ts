/**
 * The survey form of goal 6.3.3 ("Wer kennt wen?"): who gets a form, whom each form asks about, and in which
 * wave. One form per actor — organisations and groups, and persons only when they consented (`consent` = yes):
 * a person without consent is neither asked nor listed on anyone's form, because every form shows its list
 * of names to the one who fills it. Each form lists every other such actor, grouped by district and sector
 * (German collation; actors without a district or sector last), and asks for one of four answers per row.
 */
import { LEVEL_ALIASES } from "../io/aliases.js";
import type { Actor, Dataset } from "../model/types.js";
import { SurveyOptionError } from "./errors.js";

/** The four answers of a row, in order: 0 "kennen wir nicht" … 3 "arbeiten zusammen" (the XLSX contract). */
export const SURVEY_ANSWERS: readonly [string, string, string, string] = [
  LEVEL_ALIASES[0][1],
  LEVEL_ALIASES[1][1],
  LEVEL_ALIASES[2][1],
  LEVEL_ALIASES[3][1],
];

/** One actor on a form. */
export interface SurveyRow {
  id: string;
  name: string;
  /** District, `""` when unknown. */
  district: string;
  /** Sector (Bereich), `""` when unknown. */
  sector: string;
}

/** The form of one respondent. */
export interface SurveyForm {
  /** Title of the survey, e.g. the network's name. */
  title: string;
  wave: string;
  respondent: SurveyRow & { offers: string[]; needs: string[] };
  /** Every other actor asked about, grouped by district, then sector, then name. */
  rows: SurveyRow[];
  /** Empty rows for partners missing from the list. */
  writeInRows: number;
  /** Who receives the answers (name, e-mail, address), as the letter and forms say it; `""` when not given. */
  contact: string;
  /** Until when, as written (e.g. `31. März 2025`); `""` when not given. */
  deadline: string;
}

export interface SurveyFormOptions {
  /** The wave asked about. Default: `nextWave(dataset)`. */
  wave: string | null;
  /** Title on every form and letter. Default `null`: the dataset's name. */
  title: string | null;
  /** Who receives the answers. Default `""` (the letter keeps a placeholder). */
  contact: string;
  /** Until when to answer. Default `""` (the letter keeps a placeholder). */
  deadline: string;
  /** Empty rows for partners missing from the list. Default `10`. */
  writeInRows: number;
}

export const DEFAULT_SURVEY_FORM_OPTIONS: SurveyFormOptions = {
  wave: null,
  title: null,
  contact: "",
  deadline: "",
  writeInRows: 10,
};

/**
 * Whether an actor is asked and listed: every actor except a person without consent.
 *
 * @example
 * ```ts
 * import { isSurveyed } from "@vernetzt/core/survey";
 *
 * isSurveyed({ kind: "organisation" }) //=> true
 * isSurveyed({ kind: "person" }) //=> false
 * isSurveyed({ kind: "person", consent: true }) //=> true
 * ```
 */
export function isSurveyed(actor: Pick<Actor, "kind" | "consent">): boolean {
  return actor.kind !== "person" || actor.consent === true;
}

/**
 * The wave after the dataset's last wave with data (ties, respondents or meetings): `"1"` for an actor list
 * alone, the last number + 1 when every wave is a number; throws `SurveyOptionError` otherwise (then the wave
 * must be given).
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { nextWave } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name\na,A\nb,B" },
 *     { name: "ties.csv", data: "source,target,wave\na,b,2023" },
 *   ],
 * );
 * nextWave(dataset!) //=> "2024"
 * const { dataset: list } = await parseDataset([{ name: "actors.csv", data: "id,name\na,A" }], {
 *   requireTies: false,
 * });
 * nextWave(list!) //=> "1"
 * ```
 */
export function nextWave(dataset: Dataset): string {
  const used = new Set<string>();
  for (const tie of dataset.ties) used.add(tie.wave);
  for (const wave of Object.keys(dataset.respondents ?? {})) used.add(wave);
  for (const event of dataset.events) if (event.wave !== undefined) used.add(event.wave);
  const waves = dataset.waves.filter((wave) => used.has(wave));
  if (waves.length === 0) return "1";
  const numbers = waves.map(Number);
  if (numbers.every((n) => Number.isInteger(n))) return String(Math.max(...numbers) + 1);
  throw new SurveyOptionError("wave", waves.at(-1)!, "a new wave name, as the waves are not numbers");
}

const collator = new Intl.Collator("de-DE");

/** Rows in form order: district, sector, name (empty district or sector last), then id. */
function byGroup(a: SurveyRow, b: SurveyRow): number {
  const text = (x: string, y: string) => (x === "" ? 1 : 0) - (y === "" ? 1 : 0) || collator.compare(x, y);
  return (
    text(a.district, b.district) ||
    text(a.sector, b.sector) ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * An actor as a form row: the district by its name when the dataset has a districts table (actors hold its id).
 * Returns the function that makes the rows of `dataset`.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { surveyRowOf } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     { name: "actors.csv", data: "id,name,district\nk,Kita,NO" },
 *     { name: "districts.csv", data: "id,name\nNO,Nordstadt" },
 *   ],
 *   { requireTies: false },
 * );
 * surveyRowOf(dataset!)(dataset!.actors[0]!) //=> { id: "k", name: "Kita", district: "Nordstadt", sector: "" }
 * ```
 */
export function surveyRowOf(dataset: Dataset): (actor: Actor) => SurveyRow {
  const districtNames = new Map(dataset.districts.map((d) => [d.id, d.name]));
  return (actor) => {
    const district = actor.district ?? "";
    return {
      id: actor.id,
      name: actor.name,
      district: districtNames.get(district) ?? district,
      sector: actor.sector ?? "",
    };
  };
}

/**
 * Fills in the defaults and checks every option; throws `SurveyOptionError` naming the first bad one.
 *
 * @example
 * ```ts
 * import { resolveSurveyFormOptions } from "@vernetzt/core/survey";
 *
 * resolveSurveyFormOptions({ deadline: "31. März" }).writeInRows //=> 10
 * ```
 */
export function resolveSurveyFormOptions(options: Partial<SurveyFormOptions> = {}): SurveyFormOptions {
  const o = { ...DEFAULT_SURVEY_FORM_OPTIONS, ...options };
  if (o.wave !== null && o.wave.trim() === "") throw new SurveyOptionError("wave", o.wave, "a wave name");
  if (!Number.isInteger(o.writeInRows) || o.writeInRows < 0 || o.writeInRows > 100) {
    throw new SurveyOptionError("writeInRows", String(o.writeInRows), "an integer from 0 to 100");
  }
  return o;
}

/**
 * The forms of a survey: one per surveyed actor (input order), each listing every other surveyed actor.
 *
 * @example
 * ```ts
 * import { parseDataset } from "@vernetzt/core/io";
 * import { surveyForms } from "@vernetzt/core/survey";
 *
 * const { dataset } = await parseDataset(
 *   [
 *     {
 *       name: "actors.csv",
 *       data: "id,name,kind,district,consent\nk,Kita,Verein,Nord,\np,Petra P.,Person,Nord,nein\ns,Schule,,Süd,\nj,Jugendtreff,,Nord,",
 *     },
 *   ],
 *   { requireTies: false },
 * );
 * const forms = surveyForms(dataset!);
 * forms.map((form) => form.respondent.id) //=> ["k", "s", "j"]
 * forms[0]?.rows.map((row) => row.id) //=> ["j", "s"]
 * forms[0]?.wave //=> "1"
 * ```
 */
export function surveyForms(dataset: Dataset, options: Partial<SurveyFormOptions> = {}): SurveyForm[] {
  const o = resolveSurveyFormOptions(options);
  const wave = o.wave ?? nextWave(dataset);
  const surveyed = dataset.actors.filter(isSurveyed);
  const rowOf = surveyRowOf(dataset);
  const rows = surveyed.map(rowOf).sort(byGroup);
  return surveyed.map((actor) => ({
    title: o.title ?? dataset.name,
    wave,
    respondent: { ...rowOf(actor), offers: [...actor.offers], needs: [...actor.needs] },
    rows: rows.filter((row) => row.id !== actor.id),
    writeInRows: o.writeInRows,
    contact: o.contact,
    deadline: o.deadline,
  }));
}
