/**
 * Privacy end to end: every CLI command that outputs data, run on a fixture with persons with and without
 * consent (`fixture/README.md`). A person without consent never appears — not by name, id or phone number, not
 * in stdout, stderr, written files or file names; persons with consent do; `--pseudonymize` hides every person;
 * pseudonyms are the same in every command and every run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_COMMAND } from "../cli/run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixture", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "vernetzt-privacy-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What identifies each person of the fixture. */
const WITHOUT_CONSENT = ["Hiltrud", "Nichtgenannt", "pv-hiltrud", "0151-0000-4711"];
const WITH_CONSENT = ["Konrad Genannt", "pz-konrad"];
const NO_ANSWER = ["Ottilie Ohneangabe", "po-ottilie"];

interface Output {
  command: string;
  /** stdout, stderr and every written file, each with its name. */
  texts: Array<{ where: string; text: string }>;
}

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI_COMMAND, ...args], {
      cwd: root,
      env: { ...process.env, LANG: "de_DE.UTF-8", LC_ALL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every file under `path` (or the file itself), with its path relative to `out` (names are output too). */
function filesUnder(path: string): Array<{ where: string; text: string }> {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [{ where: path.slice(out.length), text: readFileSync(path, "utf8") }];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** The commands that output data; `{out}` is replaced by a fresh output path. */
const COMMANDS: string[][] = [
  ["analyze", "--json"],
  ["analyze"],
  ["gaps", "--json", "--permutations", "99"],
  ["gaps", "--permutations", "99"],
  ["indicator", "--json", "--replicates", "20"],
  ["indicator", "--replicates", "20"],
  ["compare", "--from", "1", "--to", "2", "--json"],
  ["compare", "--from", "1", "--to", "2"],
  ["recommend", "--json"],
  ["recommend"],
  ["handouts", "--out", "{out}"],
  ["export", "--format", "json", "--out", "{out}.json"],
  ["export", "--format", "gexf", "--out", "{out}.gexf"],
  ["export", "--format", "graphml", "--out", "{out}.graphml"],
  ["export", "--format", "csv", "--out", "{out}"],
];

async function runEvery(mode: string, extra: string[]): Promise<Output[]> {
  const outputs: Output[] = [];
  let next = 0;
  const worker = async () => {
    while (next < COMMANDS.length) {
      const i = next++;
      const target = join(out, `${mode}-${i}`);
      const args = COMMANDS[i]!.map((arg) => arg.replace("{out}", target));
      const [command, ...flags] = args;
      const run = await cli([command!, FIXTURE, ...flags, ...extra]);
      expect([args.join(" "), run.code, run.stderr]).toEqual([args.join(" "), 0, expect.any(String)]);
      const written = args.includes("--out") ? filesUnder(args[args.indexOf("--out") + 1]!) : [];
      outputs[i] = {
        command: args.join(" "),
        texts: [
          { where: "stdout", text: run.stdout },
          { where: "stderr", text: run.stderr },
          ...written.flatMap((file) => [file, { where: `name of ${file.where}`, text: file.where }]),
        ],
      };
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return outputs;
}

/** `needle` in any output: list of "command: where". */
function occurrences(outputs: Output[], needle: string): string[] {
  return outputs.flatMap((output) =>
    output.texts
      .filter(({ text }) => text.toLowerCase().includes(needle.toLowerCase()))
      .map(({ where }) => `${output.command}: ${where}`),
  );
}

let plain: Output[] = [];
let pseudonymized: Output[] = [];
beforeAll(async () => {
  [plain, pseudonymized] = await Promise.all([runEvery("plain", []), runEvery("pseudo", ["--pseudonymize"])]);
}, 300_000);

describe("persons without consent", () => {
  it("never appear in any output of any command (name, id, phone, file names)", () => {
    for (const needle of WITHOUT_CONSENT) expect([needle, occurrences(plain, needle)]).toEqual([needle, []]);
  });
  it("appear as a pseudonym instead", () => {
    expect(occurrences(plain, "Person 1").length).toBeGreaterThan(10);
  });
  it("persons with consent or without a consent value are named", () => {
    for (const command of ["analyze --json", "recommend --json", "handouts", "export"]) {
      const outputs = plain.filter((output) => output.command.startsWith(command));
      for (const needle of [...WITH_CONSENT, ...NO_ANSWER])
        expect([command, needle, occurrences(outputs, needle).length > 0]).toEqual([command, needle, true]);
    }
    for (const format of ["json", "gexf", "graphml", "csv"]) {
      const outputs = plain.filter((output) => output.command.includes(`--format ${format}`));
      expect([format, occurrences(outputs, "Konrad Genannt").length]).not.toEqual([format, 0]);
    }
  });
});

describe("--pseudonymize", () => {
  it("hides every person in every output", () => {
    for (const needle of [...WITHOUT_CONSENT, ...WITH_CONSENT, ...NO_ANSWER, "Konrad", "Ottilie"])
      expect([needle, occurrences(pseudonymized, needle)]).toEqual([needle, []]);
  });
  it("keeps organisations named", () => {
    expect(occurrences(pseudonymized, "Familienzentrum Ahornweg").length).toBeGreaterThan(5);
  });
});

describe("pseudonyms are stable", () => {
  const exported = (outputs: Output[]) =>
    JSON.parse(outputs.find((o) => o.command.includes("--format json"))!.texts[2]!.text) as {
      actors: Array<{ id: string; name: string; kind?: string; memberOf?: string; district?: string }>;
    };
  const analyzed = (outputs: Output[]) =>
    JSON.parse(outputs.find((o) => o.command === "analyze --json")!.texts[0]!.text) as {
      actors: Array<{ id: string; degree: number }>;
    };

  it("the person without consent is Person 1 in the export, with her district but not her organisation", () => {
    const person = exported(plain).actors.find((a) => a.id === "Person 1");
    expect(person).toMatchObject({ name: "Person 1", kind: "person", district: "Nord" });
    expect(person?.memberOf).toBeUndefined();
    expect(
      exported(pseudonymized)
        .actors.filter((a) => a.kind === "person")
        .map((a) => a.id),
    ).toEqual(["Person 1", "Person 2", "Person 3"]);
  });
  it("the same pseudonym stands for the same person in export and analysis, with and without --pseudonymize", () => {
    // Hiltrud's partners in wave 2 (fixture/beziehungen.csv): n2, n1, s3, pz-konrad, po-ottilie, m2
    for (const outputs of [plain, pseudonymized]) {
      expect(analyzed(outputs).actors.find((a) => a.id === "Person 1")?.degree).toBe(6);
    }
  });
  it("two runs write the same bytes", async () => {
    const again = await cli([
      "export",
      FIXTURE,
      "--format",
      "json",
      "--out",
      join(out, "again.json"),
      "--pseudonymize",
    ]);
    expect(again.code).toBe(0);
    const first = pseudonymized.find((o) => o.command.includes("--format json"))!.texts[2]!.text;
    expect(readFileSync(join(out, "again.json"), "utf8")).toBe(first);
  });
});
