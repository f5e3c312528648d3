/**
 * A dataset folder read straight into typed columns, for networks of a region (10⁵–10⁶ actors) where one
 * object per actor and per tie costs more time and memory than every measure together.
 *
 * The reader takes the documented format in its plain form: `actors.csv`, `ties.csv` and optionally
 * `districts.csv`, UTF-8, comma-separated, headers named as documented (`id, name, kind, sector, district,
 * topics, offers, needs, member_of, lat, lon, consent`; `source, target, weight, type, wave`; `id, name, lat,
 * lon, population`). It checks every row in the same pass as it reads it, with the rules of the normal reader
 * (`parse-dataset.ts`): ids present and unique, tie ends that are actor ids, no self-loops, no duplicate ties
 * (same wave, type and ends), weights that are plain numbers > 0, known kinds, consent words, coordinates in
 * range, waves that are whole numbers, district values that are district ids, `member_of` another actor's id.
 *
 * A row the normal reader would accept only with a repair, a warning or an error — or anything else this
 * reader does not take (another file, another column, a `sep=` line, a non-ASCII id, a bidi control or an
 * invisible character anywhere, a name instead of an id) — ends the column reading with `unsupported` (file,
 * row and reason): the caller then reads the dataset with the normal reader, which reports every problem with
 * its code, file, row and column. So a dataset the column reader accepts is one the normal reader accepts with
 * no issue at all, and both give the same actors, ties and waves (tested on generated data).
 */

import { countingOrder } from "../graph/csr.js";
import { DEFAULT_WAVE } from "../model/types.js";
import { sortWaves } from "../model/waves.js";
import { booleanOf, isPersonKind, kindOf } from "./aliases.js";
import { ByteKeys } from "./byte-keys.js";
import type { InputFile } from "./input-file.js";

/** One categorical actor column: distinct values in order of first appearance and each actor's value. */
export interface CodedColumn {
  /** Distinct values (trimmed, non-empty), in order of first appearance. */
  readonly values: readonly string[];
  /** Per actor, the index of its value in `values`, or -1 when the cell is empty. */
  readonly codes: Int32Array;
}

/** The tie rows of `ties.csv`, in file order (every row is a tie: the reader took no other). */
export interface TieColumns {
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  /** Index into `ColumnDataset.waves` of each tie's wave. */
  readonly wave: Int32Array;
}

/** A dataset as typed columns. Actor indices are input (row) order, as `buildGraph`'s node order. */
export interface ColumnDataset {
  name: string;
  /** Actor ids in input order. */
  ids: string[];
  indexOf: Map<string, number>;
  /** The categorical actor fields, coded (empty columns when the file has no such column). */
  fields: { kind: CodedColumn; sector: CodedColumn; district: CodedColumn };
  ties: TieColumns;
  /** Waves, sorted as the normal reader sorts them (`sortWaves`). */
  waves: string[];
  directed: boolean;
}

/** Why the column reader handed a dataset back: the caller reads it with the normal reader. */
export interface ColumnReadUnsupported {
  file: string | null;
  /** 1-based row (the header is row 1), or null for the file as a whole. */
  row: number | null;
  reason: string;
}

export type ColumnReadResult = { dataset: ColumnDataset } | { unsupported: ColumnReadUnsupported };

/** Options of {@link readColumnDataset}. */
export interface ColumnDatasetOptions {
  /** Name of the dataset. Default `"dataset"`. */
  name?: string;
  /** Ties are directed ("A names B"), as `LoadOptions.directed`. Default `false`. */
  directed?: boolean;
}

const ACTOR_FIELDS: Record<string, string> = {
  id: "id",
  name: "name",
  kind: "kind",
  sector: "sector",
  district: "district",
  topics: "topics",
  offers: "offers",
  needs: "needs",
  member_of: "memberOf",
  lat: "lat",
  lon: "lon",
  consent: "consent",
};
const TIE_FIELDS: Record<string, string> = {
  source: "source",
  target: "target",
  weight: "weight",
  type: "type",
  wave: "wave",
};
const DISTRICT_FIELDS: Record<string, string> = {
  id: "id",
  name: "name",
  lat: "lat",
  lon: "lon",
  population: "population",
};
const FILES = ["actors.csv", "districts.csv", "ties.csv"];
/** Bidi controls (TEXT_BIDI) and invisible characters (ID_INVISIBLE): the normal reader reports them. */
const REPORTED_CHARACTERS = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const PLAIN_ID = /^[!-~](?:[ -~]*[!-~])?$/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;
const WHOLE_WAVE = /^(?:0|[1-9]\d{0,8})$/;

/** Thrown inside the reader, returned as `unsupported`. */
class Unsupported {
  constructor(readonly at: ColumnReadUnsupported) {}
}

function unsupported(file: string | null, row: number | null, reason: string): never {
  throw new Unsupported({ file, row, reason });
}

/**
 * Reads `actors.csv`, `ties.csv` and `districts.csv` into typed columns, checking each row as it is read;
 * `unsupported` (with the first file and row it does not take) when the normal reader must read the dataset.
 *
 * @example
 * ```ts
 * import { readColumnDataset } from "@vernetzt/core/io";
 *
 * const result = readColumnDataset([
 *   { name: "actors.csv", data: "id,name,district\na,Kita,Nord\nb,Schule,Nord\nc,Verein,Süd" },
 *   { name: "ties.csv", data: "source,target,weight,wave\na,b,2,1\nb,c,1,2" },
 * ]);
 * "dataset" in result && result.dataset.ids //=> ["a", "b", "c"]
 * "dataset" in result && result.dataset.waves //=> ["1", "2"]
 * "dataset" in result && [...result.dataset.ties.target] //=> [1, 2]
 * "dataset" in result && result.dataset.fields.district.values //=> ["Nord", "Süd"]
 * const named = readColumnDataset([
 *   { name: "actors.csv", data: "id,name\na,Kita\nb,Schule" },
 *   { name: "ties.csv", data: "source,target\nKita,Schule" },
 * ]);
 * "unsupported" in named && named.unsupported.row //=> 2
 * ```
 */
export function readColumnDataset(
  files: readonly InputFile[],
  options: ColumnDatasetOptions = {},
): ColumnReadResult {
  try {
    return { dataset: read(files, options) };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.at };
    throw error;
  }
}

function read(files: readonly InputFile[], options: ColumnDatasetOptions): ColumnDataset {
  for (const file of files) {
    if (!FILES.includes(file.name)) unsupported(file.name, null, "a file the column reader does not read");
  }
  const text = (name: string) => {
    const file = files.find((f) => f.name === name);
    return file === undefined ? undefined : decode(file);
  };
  const tiesFile = files.find((f) => f.name === "ties.csv");
  const actorsText = text("actors.csv");
  if (actorsText === undefined || tiesFile === undefined)
    unsupported(null, null, "no actors.csv or ties.csv");
  decode(tiesFile); // checked as text; read as bytes
  const tiesBytes =
    typeof tiesFile.data === "string"
      ? new TextEncoder().encode(tiesFile.data)
      : new Uint8Array(tiesFile.data);
  const districtsText = text("districts.csv");
  const districts = districtsText === undefined ? null : readDistrictIds(districtsText);
  const actors = readActors(actorsText, districts);
  const directed = options.directed ?? false;
  return {
    name: options.name ?? "dataset",
    ...actors,
    ...readTies(tiesBytes, actors.ids, directed),
    directed,
  };
}

function decode(file: InputFile): string {
  if (file.byteLength !== undefined) unsupported(file.name, null, "the file was not read (too large)");
  const bytes = typeof file.data === "string" ? null : new Uint8Array(file.data);
  let text: string;
  try {
    text = bytes === null ? (file.data as string) : new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return unsupported(file.name, null, "not UTF-8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (REPORTED_CHARACTERS.test(text)) unsupported(file.name, null, "a bidi control or invisible character");
  return text;
}

/** Rows of a CSV text: the header's fields into `index` (field → column), then each data row's cells, trimmed. */
function eachRow(
  file: string,
  text: string,
  fields: Record<string, string>,
  required: readonly string[],
  index: Record<string, number>,
  onRow: (cells: string[], row: number) => void,
): void {
  let position = 0;
  let row = 0;
  const nextLine = (): string | null => {
    if (position >= text.length) return null;
    let end = text.indexOf("\n", position);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(position, end - 1) : text.slice(position, end);
    position = end + 1;
    row++;
    return line;
  };
  const header = nextLine();
  const width = readHeader(file, header, fields, required, index);
  for (let line = nextLine(); line !== null; line = nextLine()) {
    const at = row;
    if (line === "") {
      if (position >= text.length) break;
      unsupported(file, at, "an empty line");
    }
    const cells = line.includes('"') ? quotedCells(line, file, at) : line.split(",");
    if (cells.length !== width) unsupported(file, at, `${cells.length} cells, the header has ${width}`);
    for (let i = 0; i < width; i++) cells[i] = cells[i]!.trim();
    onRow(cells, at);
  }
}

/** The fields of a header line into `index` (field → column); its number of columns. */
function readHeader(
  file: string,
  header: string | null,
  fields: Record<string, string>,
  required: readonly string[],
  index: Record<string, number>,
): number {
  if (header === null || header.includes('"') || header.includes(";") || header.includes("\t")) {
    unsupported(file, 1, "the header is not a plain comma-separated line");
  }
  const names = header.split(",").map((name) => name.trim());
  names.forEach((name, i) => {
    const field = Object.hasOwn(fields, name) ? fields[name]! : undefined;
    if (field === undefined || index[field] !== undefined) unsupported(file, 1, `the column "${name}"`);
    index[field] = i;
  });
  for (const field of required) if (index[field] === undefined) unsupported(file, 1, `no column ${field}`);
  return names.length;
}

/** The cells of a line with quoted fields (`"a, b"`, `"say ""hi"""`); a line break inside quotes is not taken. */
function quotedCells(line: string, file: string, row: number): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      let value = "";
      let j = i + 1;
      for (;;) {
        const quote = line.indexOf('"', j);
        if (quote < 0) return unsupported(file, row, "a quoted cell over several lines");
        value += line.slice(j, quote);
        if (line.charCodeAt(quote + 1) === 34) {
          value += '"';
          j = quote + 2;
        } else {
          j = quote + 1;
          break;
        }
      }
      cells.push(value);
      if (j >= line.length) return cells;
      if (line.charCodeAt(j) !== 44) return unsupported(file, row, "text after a quoted cell");
      i = j + 1;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma < 0 ? line.length : comma;
      const value = line.slice(i, end);
      if (value.includes('"')) return unsupported(file, row, "a quote inside a cell");
      cells.push(value);
      if (comma < 0) return cells;
      i = comma + 1;
    }
  }
}

function checkCoordinate(file: string, row: number, text: string | undefined, limit: number): void {
  if (text === undefined || text === "") return;
  if (!PLAIN_NUMBER.test(text) || Math.abs(Number(text)) > limit)
    unsupported(file, row, `the coordinate "${text}"`);
}

function readDistrictIds(text: string): Set<string> {
  const file = "districts.csv";
  const ids = new Set<string>();
  const index: Record<string, number> = {};
  eachRow(file, text, DISTRICT_FIELDS, ["id"], index, (cells, row) => {
    const id = cells[index.id!]!;
    if (!PLAIN_ID.test(id) || ids.has(id)) unsupported(file, row, `the district id "${id}"`);
    if (index.name === undefined || cells[index.name] === "") unsupported(file, row, "no district name");
    checkCoordinate(file, row, index.lat === undefined ? undefined : cells[index.lat], 90);
    checkCoordinate(file, row, index.lon === undefined ? undefined : cells[index.lon], 180);
    const population = index.population === undefined ? "" : cells[index.population]!;
    if (population !== "" && !PLAIN_NUMBER.test(population))
      unsupported(file, row, `the population "${population}"`);
    ids.add(id);
  });
  return ids;
}

/** Whether a text is in Unicode NFC (remembered per text in `checked`: a column holds few distinct values). */
function isNfc(text: string, checked: Map<string, boolean>): boolean {
  let nfc = checked.get(text);
  if (nfc === undefined) {
    nfc = text.normalize("NFC") === text;
    checked.set(text, nfc);
  }
  return nfc;
}

/** A growing coded column. */
class Coder {
  readonly values: string[] = [];
  private readonly codeOf = new Map<string, number>();
  codes: Int32Array = new Int32Array(1024);
  set(i: number, value: string): void {
    if (i >= this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    if (value === "") {
      this.codes[i] = -1;
      return;
    }
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    this.codes[i] = code;
  }
  column(n: number): CodedColumn {
    return { values: this.values, codes: this.codes.slice(0, n) };
  }
}

function readActors(text: string, districts: Set<string> | null) {
  const file = "actors.csv";
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const kind = new Coder();
  const sector = new Coder();
  const district = new Coder();
  const kindChecked = new Map<string, string>();
  const nfcChecked = new Map<string, boolean>();
  const members: Array<{ row: number; actor: number; target: string }> = [];
  const index: Record<string, number> = {};
  const cell = (cells: string[], field: string) => (index[field] === undefined ? "" : cells[index[field]]!);
  eachRow(file, text, ACTOR_FIELDS, ["id", "name"], index, (cells, row) => {
    const id = cells[index.id!]!;
    if (!PLAIN_ID.test(id) || indexOf.has(id)) unsupported(file, row, `the id "${id}"`);
    if (cells[index.name!] === "") unsupported(file, row, "no name");
    const i = ids.length;
    ids.push(id);
    indexOf.set(id, i);
    const kindText = cell(cells, "kind");
    let known = kindChecked.get(kindText);
    if (known === undefined) {
      known = kindText === "" ? "" : (kindOf(kindText) ?? (isPersonKind(kindText) ? kindText : undefined));
      if (known === undefined) unsupported(file, row, `the kind "${kindText}"`);
      kindChecked.set(kindText, known);
    }
    kind.set(i, known);
    sector.set(i, cell(cells, "sector"));
    const districtText = cell(cells, "district");
    // an id cell: the normal reader reads it in Unicode NFC (and matches district names: not taken here)
    if (
      districtText !== "" &&
      (districts ? !districts.has(districtText) : !isNfc(districtText, nfcChecked))
    ) {
      unsupported(file, row, `the district "${districtText}"`);
    }
    district.set(i, districtText);
    const member = cell(cells, "memberOf");
    if (member !== "") members.push({ row, actor: i, target: member });
    checkCoordinate(file, row, cell(cells, "lat"), 90);
    checkCoordinate(file, row, cell(cells, "lon"), 180);
    const consent = cell(cells, "consent");
    if (consent !== "" && booleanOf(consent) === undefined)
      unsupported(file, row, `the consent "${consent}"`);
  });
  if (ids.length === 0) unsupported(file, null, "no actors");
  for (const { row, actor, target } of members) {
    const found = indexOf.get(target);
    if (found === undefined || found === actor) unsupported(file, row, `member_of "${target}"`);
  }
  const n = ids.length;
  return {
    ids,
    indexOf,
    fields: { kind: kind.column(n), sector: sector.column(n), district: district.column(n) },
  };
}

/** A growing typed array. */
function grow<T extends Int32Array | Float64Array>(array: T, size: number): T {
  if (size < array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  return grown;
}

/** Ties in typed arrays (room for `capacity`, growing if needed), with each tie's type code and row. */
class TieRows {
  count = 0;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  wave: Int32Array;
  type: Int32Array;
  row: Int32Array;
  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.source = new Int32Array(size);
    this.target = new Int32Array(size);
    this.weight = new Float64Array(size);
    this.wave = new Int32Array(size);
    this.type = new Int32Array(size);
    this.row = new Int32Array(size);
  }
  add(s: number, t: number, w: number, wave: number, type: number, row: number): void {
    const e = this.count++;
    if (e >= this.source.length) {
      this.source = grow(this.source, e);
      this.target = grow(this.target, e);
      this.weight = grow(this.weight, e);
      this.wave = grow(this.wave, e);
      this.type = grow(this.type, e);
      this.row = grow(this.row, e);
    }
    this.source[e] = s;
    this.target[e] = t;
    this.weight[e] = w;
    this.wave[e] = wave;
    this.type[e] = type;
    this.row[e] = row;
  }
}

/** The text of `bytes[start, end)` (UTF-8). */
const textOf = (bytes: Uint8Array, start: number, end: number) =>
  new TextDecoder().decode(bytes.subarray(start, end));

/** Number of lines from `start` on (line breaks, plus a last line without one). */
function lineCount(bytes: Uint8Array, start: number): number {
  let count = 0;
  let at = bytes.indexOf(10, start);
  for (; at >= 0; at = bytes.indexOf(10, at + 1)) count++;
  return count + 1;
}

/** Whether `bytes[a, aEnd)` and `bytes[b, bEnd)` are the same bytes. */
function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (bytes[a + i] !== bytes[b + i]) return false;
  return true;
}

/** The actor index of a tie end's cell `bytes[start, end)`. */
function actorAt(
  actors: ByteKeys,
  bytes: Uint8Array,
  start: number,
  end: number,
  row: number,
  name: string,
): number {
  const code = actors.find(bytes, start, end, ByteKeys.hash(bytes, start, end));
  if (code < 0) unsupported("ties.csv", row, `the ${name} "${textOf(bytes, start, end)}" is not an actor id`);
  return code;
}

/**
 * Reads the tie rows from the bytes of `ties.csv` (checked as UTF-8 text before): ends, types, waves and
 * weights are looked up by their bytes (`ByteKeys`), so no string is made per cell.
 */
function readTies(bytes: Uint8Array, ids: readonly string[], directed: boolean) {
  const file = "ties.csv";
  if (bytes.indexOf(34) >= 0) unsupported(file, null, "quoted cells");
  let position = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let lineEnd = bytes.indexOf(10, position);
  if (lineEnd < 0) lineEnd = bytes.length;
  const index: Record<string, number> = {};
  const width = readHeader(
    file,
    textOf(bytes, position, lineEnd).replace(/\r$/, ""),
    TIE_FIELDS,
    ["source", "target"],
    index,
  );
  position = lineEnd + 1;
  const actors = new ByteKeys(ids.length);
  for (const id of ids) actors.addAscii(id);
  const types = new ByteKeys();
  const waves = new ByteKeys();
  const waveTexts: string[] = [];
  const weights = new ByteKeys();
  const weightValues: number[] = [];
  const rows = new TieRows(lineCount(bytes, position));
  const starts = new Int32Array(width);
  const ends = new Int32Array(width);
  const field = (name: string) => index[name] ?? -1;
  const [sourceAt, targetAt, weightAt, typeAt, waveAt] = ["source", "target", "weight", "type", "wave"].map(
    field,
  );
  const defaultWave = new TextEncoder().encode(DEFAULT_WAVE);
  let lastSource = -1;
  let lastSourceStart = 0;
  let lastSourceEnd = -1;
  let row = 1;
  while (position < bytes.length) {
    row++;
    let cell = 0;
    starts[0] = position;
    let p = bytes.indexOf(10, position);
    if (p < 0) p = bytes.length;
    // the commas of the line (indexOf is the engine's own search: faster than a loop over every byte)
    for (
      let comma = bytes.indexOf(44, position);
      comma >= 0 && comma < p;
      comma = bytes.indexOf(44, comma + 1)
    ) {
      if (++cell >= width) unsupported(file, row, `more cells than the header has (${width})`);
      ends[cell - 1] = comma;
      starts[cell] = comma + 1;
    }
    const next = p + 1;
    if (p > position && bytes[p - 1] === 13) p--;
    ends[cell] = p;
    if (p === position && cell === 0) {
      if (next >= bytes.length) break;
      unsupported(file, row, "an empty line");
    }
    if (cell !== width - 1) unsupported(file, row, `${cell + 1} cells, the header has ${width}`);
    for (let i = 0; i < width; i++) {
      let a = starts[i]!;
      let b = ends[i]!;
      while (a < b && (bytes[a] === 32 || bytes[a] === 9)) a++;
      while (b > a && (bytes[b - 1] === 32 || bytes[b - 1] === 9)) b--;
      starts[i] = a;
      ends[i] = b;
    }
    // files are often sorted by source: the same bytes as the last row's source need no lookup
    const sourceStart = starts[sourceAt!]!;
    const sourceEnd = ends[sourceAt!]!;
    if (!sameBytes(bytes, sourceStart, sourceEnd, lastSourceStart, lastSourceEnd)) {
      lastSource = actorAt(actors, bytes, sourceStart, sourceEnd, row, "source");
    }
    lastSourceStart = sourceStart;
    lastSourceEnd = sourceEnd;
    const s = lastSource;
    const t = actorAt(actors, bytes, starts[targetAt!]!, ends[targetAt!]!, row, "target");
    if (s === t) unsupported(file, row, "a tie of an actor with itself");
    let w = 1;
    if (weightAt! >= 0 && ends[weightAt!]! > starts[weightAt!]!) {
      const a = starts[weightAt!]!;
      const b = ends[weightAt!]!;
      const h = ByteKeys.hash(bytes, a, b);
      let code = weights.find(bytes, a, b, h);
      if (code < 0) {
        const text = textOf(bytes, a, b);
        const value = PLAIN_NUMBER.test(text) && !THOUSANDS.test(text) ? Number(text) : 0;
        if (!(value > 0)) unsupported(file, row, `the weight "${text}"`);
        code = weights.add(bytes, a, b, h);
        weightValues.push(value);
      }
      w = weightValues[code]!;
    }
    let wave = 0;
    {
      const source = waveAt! >= 0 ? bytes : defaultWave;
      const a = waveAt! >= 0 ? starts[waveAt!]! : 0;
      const b = waveAt! >= 0 ? ends[waveAt!]! : defaultWave.length;
      const h = ByteKeys.hash(source, a, b);
      wave = waves.find(source, a, b, h);
      if (wave < 0) {
        const text = textOf(source, a, b);
        if (!WHOLE_WAVE.test(text)) unsupported(file, row, `the wave "${text}"`);
        wave = waves.add(source, a, b, h);
        waveTexts.push(text);
      }
    }
    let type = 0;
    if (typeAt! >= 0) {
      const a = starts[typeAt!]!;
      const b = ends[typeAt!]!;
      const h = ByteKeys.hash(bytes, a, b);
      type = types.find(bytes, a, b, h);
      if (type < 0) type = types.add(bytes, a, b, h);
    }
    rows.add(s, t, w, wave, type, row);
    position = next;
  }
  const count = rows.count;
  if (count === 0) unsupported(file, null, "no ties");
  const duplicate = firstDuplicateRow(rows, ids.length, directed);
  if (duplicate !== null) unsupported(file, duplicate, "a tie given twice");
  // the waves sorted as the normal reader sorts them; the codes follow
  const sorted = sortWaves(waveTexts);
  const order = waveTexts.map((wave) => sorted.indexOf(wave));
  const waveOf = rows.wave.slice(0, count);
  for (let e = 0; e < count; e++) waveOf[e] = order[waveOf[e]!]!;
  return {
    ties: {
      source: rows.source.slice(0, count),
      target: rows.target.slice(0, count),
      weight: rows.weight.slice(0, count),
      wave: waveOf,
    },
    waves: sorted,
  };
}

/**
 * The row of the first tie (in row order) that repeats an earlier one — same wave, type and ends, A–B = B–A
 * when undirected: the row where the normal reader reports TIE_DUPLICATE — or null. Two stable counting sorts
 * (by the second end, then the first) put equal ends next to each other in row order; within a run of equal
 * ends, a tie whose (wave, type) was seen earlier in the run is a repeat.
 */
function firstDuplicateRow(rows: TieRows, n: number, directed: boolean): number | null {
  const count = rows.count;
  const low = new Int32Array(count);
  const high = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const s = rows.source[e]!;
    const t = rows.target[e]!;
    const swap = !directed && t < s;
    low[e] = swap ? t : s;
    high[e] = swap ? s : t;
  }
  const order = countingOrder(n, low, countingOrder(n, high, null));
  let first: number | null = null;
  for (let j = 0; j < count; ) {
    let k = j + 1;
    const a = order[j]!;
    while (k < count && low[order[k]!] === low[a] && high[order[k]!] === high[a]) k++;
    for (let x = j + 1; x < k; x++) {
      const e = order[x]!;
      for (let y = j; y < x; y++) {
        const earlier = order[y]!;
        if (rows.wave[earlier] === rows.wave[e] && rows.type[earlier] === rows.type[e]) {
          if (first === null || rows.row[e]! < first) first = rows.row[e]!;
          break;
        }
      }
    }
    j = k;
  }
  return first;
}
