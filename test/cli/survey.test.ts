/**
 * The survey cycle end to end through the CLI, on a fictional city generated here (seeded): `survey make`,
 * forms filled by this script with planted answers (XLSX cells patched in the sheet XML as inline strings in
 * other case and with spaces, XLSX re-written by another writer, saved HTML forms), 20 % not returned, some
 * returned twice, one broken file, one empty form, one form without its ID; `survey collect --json`; then
 * every count of the report and the per-level indicator (`indicator --json`) checked against values computed
 * here from the planted answers, independently of the code under test.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  strFromU8,
  strToU8,
  unzipSync,
  zipSync,
} from "../../packages/core/node_modules/fflate/esm/index.mjs";
import writeXlsxFile from "../../packages/core/node_modules/write-excel-file/node/index.js";
import { runCli } from "./run-cli.js";

const LABELS = ["kennen wir nicht", "wissen voneinander", "kennen uns", "arbeiten zusammen"];
/** How a script or another program might type each label: other case, extra spaces. */
const TYPED = ["  KENNEN WIR NICHT", "Wissen  voneinander ", " kennen uns", "Arbeiten zusammen  "];

/** mulberry32: a small seeded generator, independent of core's. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Actor {
  id: string;
  name: string;
  district: string;
  sector: string;
  kind: string;
  consent: string;
}

const DISTRICTS = ["Nord", "Süd", "Ost"];
const SECTORS = ["Kita", "Schule", "Verein", "Kirche"];

/** 30 organisations, a person with consent and two persons without. */
function city(): Actor[] {
  const actors: Actor[] = [];
  for (let i = 1; i <= 30; i++) {
    const district = DISTRICTS[i % 3]!;
    const sector = SECTORS[i % 4]!;
    const name = i === 7 ? "Stadtteilbüro Nord" : `${sector} ${district} ${i}`;
    actors.push({
      id: `X${String(i).padStart(2, "0")}`,
      name,
      district,
      sector,
      kind: "Organisation",
      consent: "",
    });
  }
  actors.push({
    id: "P1",
    name: "Anna Beispiel",
    district: "Nord",
    sector: "Verein",
    kind: "Person",
    consent: "ja",
  });
  actors.push({
    id: "P2",
    name: "Bernd Muster",
    district: "Süd",
    sector: "Verein",
    kind: "Person",
    consent: "nein",
  });
  actors.push({
    id: "P3",
    name: "Carla Probe",
    district: "Ost",
    sector: "Kita",
    kind: "Person",
    consent: "",
  });
  return actors;
}

type Answers = Map<string, number>; // other id → 0..3 (absent = row left empty)

interface Planted {
  actors: Actor[];
  surveyed: Actor[];
  /** What each respondent's used return says (the later or identical one for duplicates). */
  final: Map<string, Answers>;
  /** Returners whose return has answers. */
  answered: string[];
  empty: string;
  writeIns: Map<string, Array<{ name: string; level: number }>>;
}

function plant(): Planted {
  const random = rng(18);
  const actors = city();
  const surveyed = actors.filter((a) => a.kind !== "Person" || a.consent === "ja");
  // the "true" level of each pair, then each side's noisy report
  const truth = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const a of surveyed) {
    for (const b of surveyed) {
      if (a.id >= b.id) continue;
      const u = random();
      truth.set(key(a.id, b.id), u < 0.5 ? 0 : u < 0.7 ? 1 : u < 0.85 ? 2 : 3);
    }
  }
  const final = new Map<string, Answers>();
  // 20 % do not return: every fifth surveyed actor; one more returns an empty form
  const returners = surveyed.filter((_, i) => i % 5 !== 4);
  const empty = returners.at(-1)!.id;
  for (const r of returners) {
    if (r.id === empty) continue;
    const answers: Answers = new Map();
    for (const other of surveyed) {
      if (other.id === r.id) continue;
      const u = random();
      if (u < 0.08) continue; // row left empty
      const t = truth.get(key(r.id, other.id))!;
      const noisy = u < 0.2 ? Math.max(0, Math.min(3, t + (random() < 0.5 ? -1 : 1))) : t;
      answers.set(other.id, noisy);
    }
    final.set(r.id, answers);
  }
  const writeIns = new Map([
    [returners[0]!.id, [{ name: "Stadtteilbüro  NORD e.V.", level: 3 }]],
    [returners[1]!.id, [{ name: "Foodsharing Süd", level: 2 }]],
    [
      returners[2]!.id,
      [
        { name: "foodsharing  süd", level: 1 },
        { name: "Tafel Ost", level: 0 },
      ],
    ],
  ]);
  return { actors, surveyed, final, answered: [...final.keys()], empty, writeIns };
}

// ------------------------------------------------------------------------------------------ filling

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

/** Sets a cell in sheet XML to an inline string: replaces the cell, else inserts it in column order. */
function setCell(xml: string, column: string, row: number, text: string): string {
  const ref = `${column}${row}`;
  const cell = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`);
  if (cell.test(xml)) return xml.replace(cell, inline(ref, text));
  const rowPattern = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>|<row r="${row}"[^>]*/>`);
  const found = rowPattern.exec(xml);
  if (!found) {
    const after = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > row);
    const markup = `<row r="${row}">${inline(ref, text)}</row>`;
    return after
      ? xml.slice(0, after.index) + markup + xml.slice(after.index)
      : xml.replace("</sheetData>", `${markup}</sheetData>`);
  }
  const cells = found[1] ?? "";
  const later = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].find((m) => m[1]! > column);
  const inner = later
    ? cells.slice(0, later.index) + inline(ref, text) + cells.slice(later.index)
    : cells + inline(ref, text);
  return xml.replace(found[0], `<row r="${row}">${inner}</row>`);
}

/** Fills an XLSX form by patching its sheet XML: inline strings, other case and spaces; ID optionally removed. */
function patchXlsx(
  form: Uint8Array,
  rowOf: Map<string, number>,
  answers: Answers,
  writeIns: Array<{ name: string; level: number }>,
  options: { dropId?: boolean; offers?: string } = {},
): Uint8Array {
  const files = unzipSync(form);
  let sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
  for (const [id, level] of answers) sheet = setCell(sheet, "E", rowOf.get(id)!, TYPED[level]!);
  let next = Math.max(...rowOf.values()) + 1;
  for (const { name, level } of writeIns) {
    sheet = setCell(sheet, "B", next, name);
    sheet = setCell(sheet, "E", next++, TYPED[level]!);
  }
  files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
  let about = strFromU8(files["xl/worksheets/sheet2.xml"]!);
  if (options.dropId) about = about.replace(/<c r="B1"[^>]*>[\s\S]*?<\/c>|<c r="B1"[^>]*\/>/, "");
  if (options.offers !== undefined) about = setCell(about, "B", 4, options.offers);
  files["xl/worksheets/sheet2.xml"] = strToU8(about);
  return zipSync(files);
}

/** Fills an XLSX form the way a script with another writer would: every sheet written anew. */
async function rewriteXlsx(
  sheets: { contacts: string[][]; about: string[][] },
  answers: Answers,
): Promise<Uint8Array> {
  const [header, ...rows] = sheets.contacts;
  const level = header!.indexOf("Stufe");
  const filled = rows.map((row) => {
    const copy = [...row];
    const answer = answers.get(row[0]!);
    if (answer !== undefined) copy[level] = LABELS[answer]!.toUpperCase();
    return copy;
  });
  const data = [
    { sheet: "KONTAKTE", data: [header!, ...filled].map((r) => r.map((value) => ({ value }))) },
    { sheet: "über uns", data: sheets.about.map((r) => r.map((value) => ({ value }))) },
  ];
  return new Uint8Array(await writeXlsxFile(data as never).toBuffer());
}

/** A saved HTML form: the answers block filled as the form's save button writes it. */
function fillHtml(
  html: string,
  respondent: string,
  answers: Answers,
  savedAt: string,
  writeIns: Array<{ name: string; level: number }> = [],
) {
  const block = JSON.stringify({
    format: "vernetzt-survey-answers",
    version: 1,
    respondent,
    wave: "1",
    savedAt,
    answers: Object.fromEntries(answers),
    writeIns: writeIns.map((w) => ({ ...w, district: "", sector: "" })),
    offers: "Räume",
    needs: "",
  }).replace(/</g, "\\u003c");
  return html.replace('id="vernetzt-survey-answers">null<', `id="vernetzt-survey-answers">${block}<`);
}

// ------------------------------------------------------------------------------ independent figures

/** Per level, the undirected edges of rule max from the final answers (write-ins included). */
function edgesAtLevel(planted: Planted, level: number, newActorIds: Map<string, string>): Set<string> {
  const edges = new Set<string>();
  const add = (a: string, b: string) => edges.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const [r, answers] of planted.final) {
    for (const [other, l] of answers) if (l >= level) add(r, other);
    for (const w of planted.writeIns.get(r) ?? []) if (w.level >= level) add(r, newActorIds.get(w.name)!);
  }
  return edges;
}

function components(ids: string[], edges: Set<string>) {
  const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const e of edges) {
    const [a, b] = e.split("|") as [string, string];
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  let within2 = 0;
  for (const u of ids) {
    const reach = new Set<string>();
    for (const v of neighbours.get(u)!) {
      reach.add(v);
      for (const w of neighbours.get(v)!) reach.add(w);
    }
    reach.delete(u);
    within2 += reach.size;
  }
  const seen = new Set<string>();
  let largest = 0;
  for (const start of ids) {
    if (seen.has(start)) continue;
    const stack = [start];
    seen.add(start);
    let size = 0;
    while (stack.length > 0) {
      const u = stack.pop()!;
      size++;
      for (const v of neighbours.get(u)!) {
        if (seen.has(v)) continue;
        seen.add(v);
        stack.push(v);
      }
    }
    largest = Math.max(largest, size);
  }
  const n = ids.length;
  const isolated = ids.filter((id) => neighbours.get(id)!.size === 0).length;
  return { connected: largest / n, reach2: within2 / (n * (n - 1)), isolated: 1 - isolated / n };
}

/** 1 − r, r Newman's nominal assortativity, capped at 1 (the definition in docs/indicator-6.3.3.md). */
function crossShare(edges: Set<string>, category: Map<string, string>): number {
  const e = new Map<string, number>();
  let m = 0;
  for (const edge of edges) {
    const [a, b] = edge.split("|") as [string, string];
    const ca = category.get(a);
    const cb = category.get(b);
    if (!ca || !cb) continue;
    for (const [x, y] of [
      [ca, cb],
      [cb, ca],
    ] as const)
      e.set(`${x}|${y}`, (e.get(`${x}|${y}`) ?? 0) + 1);
    m += 2;
  }
  const cats = [...new Set(category.values())];
  let trace = 0;
  let squares = 0;
  for (const c of cats) {
    trace += (e.get(`${c}|${c}`) ?? 0) / m;
    const a = cats.reduce((sum, d) => sum + (e.get(`${c}|${d}`) ?? 0), 0) / m;
    squares += a * a;
  }
  const r = (trace - squares) / (1 - squares);
  return Math.min(1, 1 - r);
}

// ------------------------------------------------------------------------------------------- the run

const work = mkdtempSync(join(tmpdir(), "vernetzt-survey-e2e-"));
const planted = plant();
let report: Record<string, unknown> & {
  answered: Array<{ id: string; inferred: boolean }>;
  missing: Array<{ id: string; reason: string }>;
  duplicates: Array<{ id: string; why: string; kept: string; dropped: string[] }>;
  broken: Array<{ file: string; reason: string }>;
  problems: unknown[];
  pairs: Record<string, number>;
  disagreements: unknown[];
  resolved: Array<{ name: string; actor: string; by: string[] }>;
  added: Array<{ name: string; id: string; by: string[] }>;
  writeInsWithoutTie: Array<{ name: string; by: string }>;
};
let indicatorJson: {
  waves: Array<{
    levels: Record<
      string,
      { ties: number; components: Record<string, number>; pairs: Record<string, number> }
    >;
    nonResponse: Record<string, number>;
  }>;
};
let inferred = "";
let duplicateLater = "";
let duplicateSame = "";

beforeAll(async () => {
  const dataset = join(work, "akteure");
  mkdirSync(dataset);
  const header = "ID;Name;Stadtteil;Bereich;Art;Einwilligung";
  const lines = planted.actors.map((a) => [a.id, a.name, a.district, a.sector, a.kind, a.consent].join(";"));
  writeFileSync(join(dataset, "akteure.csv"), `${[header, ...lines].join("\n")}\n`);
  const made = runCli(["survey", "make", dataset, "--out", join(work, "forms"), "--lang", "en"]);
  expect(made.code, made.stderr).toBe(0);
  const returns = join(work, "returns");
  mkdirSync(returns);
  const formPath = (kind: "xlsx" | "html", id: string) => {
    const folder = join(work, "forms", kind);
    const name = readdirSync(folder).find((f) => f.startsWith(`Fragebogen-${id.toLowerCase()}-`))!;
    return join(folder, name);
  };
  const { readXlsxSheets, arrayBufferOf, IssueCollector, cellText } = await import("@vernetzt/core/io");
  const returners = planted.surveyed.filter((_, i) => i % 5 !== 4);
  for (const [index, actor] of returners.entries()) {
    const answers = planted.final.get(actor.id) ?? new Map();
    const writeIns = planted.writeIns.get(actor.id) ?? [];
    const file = `Antwort (${index + 1})`;
    if (index % 3 === 2 && writeIns.length === 0) {
      const html = readFileSync(formPath("html", actor.id), "utf8");
      writeFileSync(join(returns, `${file}.html`), fillHtml(html, actor.id, answers, "2025-03-02T09:00:00Z"));
      continue;
    }
    const form = new Uint8Array(readFileSync(formPath("xlsx", actor.id)));
    const sheets = (await readXlsxSheets("f.xlsx", arrayBufferOf(form), new IssueCollector()))!;
    const rowOf = new Map(
      sheets[0]!.rows.flatMap((row) =>
        cellText(row.cells[0]) ? [[cellText(row.cells[0]), row.row!]] : [],
      ) as Array<[string, number]>,
    );
    if (index % 3 === 1 && writeIns.length === 0) {
      const contacts = [
        sheets[0]!.header,
        ...sheets[0]!.rows.map((r) => sheets[0]!.header.map((_, i) => cellText(r.cells[i]))),
      ];
      const about = [
        sheets[1]!.header,
        ...sheets[1]!.rows.map((r) => [cellText(r.cells[0]), cellText(r.cells[1])]),
      ];
      writeFileSync(join(returns, `${file}.xlsx`), await rewriteXlsx({ contacts, about }, answers));
      continue;
    }
    const dropId = inferred === "" && writeIns.length === 0 && answers.size > 0;
    if (dropId) inferred = actor.id;
    writeFileSync(
      join(returns, `${file}.xlsx`),
      patchXlsx(form, rowOf, answers, writeIns, { dropId, offers: "Räume; Beratung" }),
    );
  }
  // returned twice: identical copy under another name; and an earlier HTML version with fewer answers
  const copied = readdirSync(returns).find((f) => f.endsWith(".xlsx") && f !== undefined)!;
  writeFileSync(join(returns, "nochmal.xlsx"), readFileSync(join(returns, copied)));
  const htmlReturn = readdirSync(returns).find((f) => f.endsWith(".html"))!;
  const later = readFileSync(join(returns, htmlReturn), "utf8");
  duplicateLater = /"respondent":"([^"]+)"/.exec(later)![1]!;
  const earlier = later
    .replace("2025-03-02T09:00:00Z", "2025-02-20T08:00:00Z")
    .replace(/"answers":\{[^}]*\}/, '"answers":{}');
  writeFileSync(join(returns, "frueher.html"), earlier);
  duplicateSame = copied;
  // one broken file
  writeFileSync(join(returns, "Scan kaputt.xlsx"), new Uint8Array([80, 75, 3, 4, 1, 2, 3]));

  const collected = runCli(["survey", "collect", dataset, returns, "--out", join(work, "out"), "--json"]);
  expect(collected.code, collected.stderr).toBe(0);
  report = JSON.parse(collected.stdout);
  const measured = runCli([
    "indicator",
    join(work, "out"),
    "--json",
    "--replicates",
    "0",
    "--min-group-size",
    "1",
  ]);
  expect(measured.code, measured.stderr).toBe(0);
  indicatorJson = JSON.parse(measured.stdout);
}, 300_000);

describe("survey make", () => {
  it("makes one form per organisation and consenting person, in three formats, and a distribution list", () => {
    const ids = planted.surveyed.map((a) => a.id.toLowerCase());
    for (const folder of ["xlsx", "html", "papier"]) {
      const files = readdirSync(join(work, "forms", folder));
      expect(files).toHaveLength(planted.surveyed.length);
      expect(files.map((f) => f.split("-")[1]).sort()).toEqual([...ids].sort());
    }
    const list = readFileSync(join(work, "forms", "Verteiler.csv"), "utf8");
    expect(list.trim().split("\r\n")).toHaveLength(planted.surveyed.length + 1);
    expect(list).not.toContain("Bernd Muster");
    const form = readFileSync(
      join(work, "forms", "html", readdirSync(join(work, "forms", "html"))[0]!),
      "utf8",
    );
    expect(form).not.toContain("Bernd Muster");
    expect(form).toContain("Anna Beispiel");
  });
});

describe("survey collect", () => {
  it("counts who answered and lists the others to remind, with the reason", () => {
    expect(report.answered.map((a) => a.id).sort()).toEqual([...planted.answered].sort());
    const expectedMissing = planted.surveyed
      .filter((a) => !planted.answered.includes(a.id))
      .map((a) => ({ id: a.id, reason: a.id === planted.empty ? "empty" : "none" }));
    expect(report.missing.map((m) => ({ id: m.id, reason: m.reason }))).toEqual(expectedMissing);
    expect(report.answered.filter((a) => a.inferred).map((a) => a.id)).toEqual([inferred]);
  });

  it("detects the duplicates, lists the broken file and uses the rest", () => {
    expect(report.duplicates.map((d) => [d.id, d.why])).toEqual(
      expect.arrayContaining([
        [duplicateLater, "later"],
        [expect.any(String), "identical"],
      ]),
    );
    expect(report.duplicates).toHaveLength(2);
    const identical = report.duplicates.find((d) => d.why === "identical")!;
    expect([identical.kept, ...identical.dropped].sort()).toEqual(["nochmal.xlsx", duplicateSame].sort());
    expect(report.broken).toEqual([
      { file: "Scan kaputt.xlsx", reason: "UNREADABLE", detail: expect.any(String) },
    ]);
    expect(report.problems).toEqual([]);
  });

  it("counts confirmed and one-sided pairs and disagreements as computed from the planted answers", () => {
    const answered = new Set(planted.answered);
    let named = 0;
    let confirmed = 0;
    let otherAnswered = 0;
    let otherMissing = 0;
    let disagreements = 0;
    const ids = planted.surveyed.map((a) => a.id);
    for (const a of ids) {
      for (const b of ids) {
        if (a >= b) continue;
        const la = planted.final.get(a)?.get(b);
        const lb = planted.final.get(b)?.get(a);
        if (la === undefined && lb === undefined) continue;
        if (la !== undefined && lb !== undefined && la !== lb) disagreements++;
        const na = (la ?? 0) > 0;
        const nb = (lb ?? 0) > 0;
        if (!na && !nb) continue;
        named++;
        if (na && nb) confirmed++;
        else if (answered.has(na ? b : a)) otherAnswered++;
        else otherMissing++;
      }
    }
    expect(report.pairs).toEqual({
      named,
      confirmed,
      oneSidedOtherAnswered: otherAnswered,
      oneSidedOtherMissing: otherMissing,
    });
    expect(report.disagreements).toHaveLength(disagreements);
    expect(confirmed).toBeGreaterThan(10);
    expect(otherMissing).toBeGreaterThan(10);
  });

  it("resolves a written-in partner to its actor and adds a new one once for two spellings", () => {
    const [first, second, third] = [...planted.writeIns.keys()];
    expect(report.resolved).toEqual([{ name: "Stadtteilbüro  NORD e.V.", actor: "X07", by: [first] }]);
    expect(report.added).toEqual([
      { name: "Foodsharing Süd", id: "neu-foodsharing-sud", by: [second, third] },
    ]);
    expect(report.writeInsWithoutTie).toEqual([{ name: "Tafel Ost", by: third }]);
  });
});

describe("indicator per level after collect", () => {
  it("matches reach, connectedness, isolation and cross-district mixing computed from the planted answers", () => {
    const newIds = new Map([
      ["Stadtteilbüro  NORD e.V.", "X07"],
      ["Foodsharing Süd", "neu-foodsharing-sud"],
      ["foodsharing  süd", "neu-foodsharing-sud"],
      ["Tafel Ost", "unused"],
    ]);
    const ids = [...planted.actors.map((a) => a.id), "neu-foodsharing-sud"];
    const district = new Map(planted.actors.map((a) => [a.id, a.district]));
    const [wave] = indicatorJson.waves;
    const levels = wave!.levels;
    for (const [name, level] of [
      ["aware", 1],
      ["know", 2],
      ["cooperate", 3],
    ] as const) {
      const edges = edgesAtLevel(planted, level, newIds);
      const expected = components(ids, edges);
      expect(levels[name]!.ties).toBe(edges.size);
      expect(levels[name]!.components.reach2).toBeCloseTo(expected.reach2, 12);
      expect(levels[name]!.components.connected).toBeCloseTo(expected.connected, 12);
      expect(levels[name]!.components.isolated).toBeCloseTo(expected.isolated, 12);
      expect(levels[name]!.components.crossDistrict).toBeCloseTo(crossShare(edges, district), 12);
    }
    // level 3 ⊆ level ≥ 2 ⊆ level ≥ 1: reach never rises with the level
    expect(levels.aware!.components.reach2).toBeGreaterThanOrEqual(levels.know!.components.reach2!);
    expect(levels.know!.components.reach2).toBeGreaterThanOrEqual(levels.cooperate!.components.reach2!);
    const n = ids.length;
    const r = planted.answered.length;
    expect(wave!.nonResponse).toEqual({
      actors: n,
      respondents: r,
      pairs: (n * (n - 1)) / 2,
      pairsAnswered: (n * (n - 1)) / 2 - ((n - r) * (n - r - 1)) / 2,
      pairsBothAnswered: (r * (r - 1)) / 2,
    });
  });

  it("nests the levels in the collected dataset under every rule: ties of level 3 ⊆ ≥ 2 ⊆ ≥ 1", async () => {
    const { loadDataset } = await import("@vernetzt/core/node");
    const { LEVEL_RULES, tiesAtLevel } = await import("@vernetzt/core/model");
    const { dataset } = await loadDataset(join(work, "out"));
    const newIds = new Map([
      ["Stadtteilbüro  NORD e.V.", "X07"],
      ["Foodsharing Süd", "neu-foodsharing-sud"],
      ["foodsharing  süd", "neu-foodsharing-sud"],
    ]);
    const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    for (const rule of LEVEL_RULES) {
      const sets = ([1, 2, 3] as const).map(
        (minLevel) =>
          new Set(tiesAtLevel(dataset!, "1", { rule, minLevel }).map((t) => pairKey(t.source, t.target))),
      );
      expect(sets[2]!.size, rule).toBeGreaterThan(0);
      expect(
        [...sets[2]!].filter((p) => !sets[1]!.has(p)),
        rule,
      ).toEqual([]);
      expect(
        [...sets[1]!].filter((p) => !sets[0]!.has(p)),
        rule,
      ).toEqual([]);
      if (rule === "max") {
        // the same pairs as computed from the planted answers, level by level
        for (const level of [1, 2, 3] as const)
          expect([...sets[level - 1]!].sort()).toEqual([...edgesAtLevel(planted, level, newIds)].sort());
      }
    }
  });
});
