/**
 * Ids, districts, sectors, topics, tie types and meeting ids named like members of `Object.prototype`
 * (`constructor`, `__proto__`, `toString`, …) must analyse exactly like any other name: every graph and every
 * map keyed by them (graphology's adjacency, result records, the CLI's JSON, the dashboard's data, exports)
 * must treat them as data. The sample dataset is loaded twice, once with some of its names replaced by those
 * words and once by the same words with an `x` appended (which sorts the same); every output of the second,
 * with the `x` removed again, must equal the output of the first, byte for byte.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type InputFile, parseDataset, pseudonymize, renderHandouts } from "@vernetzt/core";
import { exportInterop, INTEROP_EXPORT_FORMATS, parseAnyDataset } from "@vernetzt/core/interop";
import { datasetToJson, EXPORT_FORMATS, exportDataset } from "@vernetzt/core/io";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardDataOf } from "../../dashboard/loaders/dashboard-data.js";
import { main } from "../../packages/cli/src/main.js";
import { ROOT } from "../cli/run-cli.js";

/** Words that are properties of every plain JavaScript object. */
const HOSTILE = [
  "constructor",
  "__proto__",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__defineGetter__",
  "__lookupSetter__",
];

/** Names of the sample replaced: actor ids, a district id and name, a sector, a topic, a tie type, a meeting. */
const REPLACED: Record<string, string> = {
  A001: "constructor",
  A002: "__proto__",
  A003: "toString",
  A004: "valueOf",
  A005: "hasOwnProperty",
  A031: "isPrototypeOf",
  A032: "propertyIsEnumerable",
  OS: "toLocaleString",
  Oststadt: "__defineGetter__",
  Stadtverwaltung: "__lookupSetter__",
  Kooperation: "constructor",
  Integration: "__proto__",
  "AK-MI-2023-1": "toString",
};

const SAMPLE = join(ROOT, "data/sample");

function sampleWith(rename: (word: string) => string): InputFile[] {
  return readdirSync(SAMPLE)
    .filter((name) => name.endsWith(".csv"))
    .map((name) => {
      let text = readFileSync(join(SAMPLE, name), "utf8");
      for (const [from, to] of Object.entries(REPLACED)) {
        text = text.replace(new RegExp(`(?<![\\w-])${from}(?![\\w-])`, "g"), rename(to));
      }
      return { name, data: text };
    });
}

/** The benign twin's text with the marker removed: then it must equal the hostile dataset's output. */
const unmark = (text: string): string => text.replace(new RegExp(`(${HOSTILE.join("|")})x`, "g"), "$1");

let folders: { hostile: string; benign: string };

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), "vernetzt-hostile-ids-"));
  folders = { hostile: join(base, "hostile"), benign: join(base, "benign") };
  for (const [variant, rename] of [
    ["hostile", (w: string) => w],
    ["benign", (w: string) => `${w}x`],
  ] as const) {
    const folder = folders[variant];
    await import("node:fs/promises").then((fs) => fs.mkdir(folder));
    for (const file of sampleWith(rename)) writeFileSync(join(folder, file.name), file.data as string);
  }
});

afterAll(async () => {
  await rm(join(folders.hostile, ".."), { recursive: true, force: true });
});

/** Runs the CLI in this process and returns what it printed to stdout (and its exit code). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(String(chunk));
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await main(["node", "vernetzt", ...args]);
    return { code, stdout: chunks.join("") };
  } finally {
    process.stdout.write = write;
    process.exitCode = undefined;
  }
}

async function loaded(variant: "hostile" | "benign") {
  const { dataset, report } = await parseDataset(
    sampleWith(variant === "hostile" ? (w) => w : (w) => `${w}x`),
    { lang: "de" },
  );
  expect(report.ok).toBe(true);
  return dataset!;
}

describe("names like Object.prototype members", () => {
  it("load as the dataset's own data, with no report of their own", async () => {
    const hostile = await loaded("hostile");
    const benign = await loaded("benign");
    expect(hostile.actors.map((a) => a.id)).toContain("__proto__");
    expect(unmark(datasetToJson(benign))).toBe(datasetToJson(hostile));
  });

  for (const args of [
    ["validate", "--json"],
    ["analyze", "--json"],
    ["analyze", "--json", "--group-by", "Rechtsform", "--wave", "1"],
    ["gaps", "--json", "--by", "district"],
    ["gaps", "--json", "--by", "sector", "--min-group-size", "1"],
    ["indicator", "--json", "--replicates", "20"],
    ["compare", "--json", "--from", "2", "--to", "3"],
    ["recommend", "--json", "--top", "3"],
    ["ties", "--json"],
    ["cut", "--json", "--by", "district", "--from", "__defineGetter__", "--to", "Mitte"],
    ["cut", "--json", "--from", "constructor", "--to", "__proto__"],
  ]) {
    it(`give the same \`vernetzt ${args.join(" ")}\` as any other name`, async () => {
      const mark = (a: string) => (HOSTILE.includes(a) ? `${a}x` : a);
      const hostile = await cli(args[0]!, folders.hostile, ...args.slice(1));
      const benign = await cli(args[0]!, folders.benign, ...args.slice(1).map(mark));
      expect(hostile.code).toBe(0);
      expect(hostile.stdout).not.toContain("internal error");
      expect(unmark(benign.stdout).replaceAll(folders.benign, folders.hostile)).toBe(
        hostile.stdout.replace(/benign/g, "hostile"),
      );
    });
  }

  it("give the same dashboard data (every page's JSON) as any other name", async () => {
    const hostile = dashboardDataOf(pseudonymize(await loaded("hostile")));
    const benign = dashboardDataOf(pseudonymize(await loaded("benign")));
    expect(unmark(JSON.stringify(benign))).toBe(JSON.stringify(hostile));
  });

  it("give the same handouts as any other name", async () => {
    const hostile = renderHandouts(await loaded("hostile"), { lang: "de", top: 3 });
    const benign = renderHandouts(await loaded("benign"), { lang: "de", top: 3 });
    // file names are slugs of the ids: `__proto__x` → `proto-x`
    const slugs = HOSTILE.map((word) => word.replace(/_/g, "").toLowerCase()).join("|");
    const paths = (text: string) => text.replace(new RegExp(`(${slugs})-?x\\.html`, "g"), "$1.html");
    expect(paths(unmark(JSON.stringify(benign)))).toBe(JSON.stringify(hostile));
  });

  for (const format of [...EXPORT_FORMATS, ...INTEROP_EXPORT_FORMATS]) {
    it(`survive the ${format} export and its import like any other name`, async () => {
      const files = async (variant: "hostile" | "benign") => {
        const dataset = await loaded(variant);
        return (EXPORT_FORMATS as readonly string[]).includes(format)
          ? exportDataset(dataset, format as (typeof EXPORT_FORMATS)[number])
          : await exportInterop(dataset, format as (typeof INTEROP_EXPORT_FORMATS)[number]);
      };
      const text = (exported: Awaited<ReturnType<typeof files>>) =>
        JSON.stringify(
          (Array.isArray(exported) ? exported : [exported]).map((f) => ({
            name: f.name,
            data: typeof f.data === "string" ? f.data : Buffer.from(f.data as Uint8Array).toString("base64"),
          })),
        );
      const hostile = await files("hostile");
      const benign = await files("benign");
      // the XLSX of `kumu` is compressed: its bytes differ by more than the marker
      if (format !== "kumu") expect(unmark(text(benign))).toBe(text(hostile));
      const back = async (exported: typeof hostile) => {
        const read = await parseAnyDataset(Array.isArray(exported) ? exported : [exported], { lang: "de" });
        return read.dataset ? datasetToJson(read.dataset) : JSON.stringify(read.report);
      };
      expect(unmark(await back(benign))).toBe(await back(hostile));
    });
  }
});

describe("waves named like Object.prototype members", () => {
  const files = (rename: (w: string) => string): InputFile[] => [
    {
      name: "akteure.csv",
      data: "ID;Name;Art;Stadtteil;Sektor\na;A;Organisation;Nord;X\nb;B;Organisation;Nord;Y\nc;C;Organisation;Süd;X\nd;D;Organisation;Süd;Y\ne;E;Organisation;Süd;X",
    },
    {
      name: "beziehungen.csv",
      data: `Von;Zu;Welle\na;b;${rename("constructor")}\nb;c;${rename("constructor")}\nc;d;${rename("__proto__")}\nd;e;${rename("__proto__")}\na;e;${rename("toString")}`,
    },
    {
      name: "antworten.csv",
      data: `Akteur;Welle\na;${rename("constructor")}\nb;${rename("constructor")}\nc;${rename("__proto__")}\nd;${rename("toString")}`,
    },
  ];

  it("analyse every wave like any other wave name", async () => {
    const read = async (rename: (w: string) => string) => {
      const { dataset, report } = await parseDataset(files(rename));
      expect(report.ok).toBe(true);
      return JSON.stringify(dashboardDataOf(pseudonymize(dataset!)));
    };
    const hostile = await read((w) => w);
    expect(JSON.parse(hostile).overview.waves.map((w: { wave: string }) => w.wave)).toEqual([
      "constructor",
      "__proto__",
      "toString",
    ]);
    expect(unmark(await read((w) => `${w}x`))).toBe(hostile);
  });
});
