/**
 * The CLI on broken input, as a user runs it (the real CLI in child processes): every run ends with exit code
 * 0, 1 or 2 and a message, never a stack trace; `--debug` shows the stack of an internal error. Inputs: an empty
 * folder, binary garbage named .csv/.xlsx/.json/.gexf/.graphml, a folder named actors.csv, a file without read
 * permission, a path that does not exist, a file above the size limit, and unwritable `--out` paths.
 * Spawning costs 1–2 s per run, so runs go three at a time.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_COMMAND } from "./run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * As root, the CLI runs as the unprivileged uid 65534, so that a file without read permission is unreadable to
 * it (root reads every file). That user must be able to reach the repository: a checkout inside a folder only
 * root may enter (e.g. `mktemp -d`, mode 0700) cannot run that way, and then the unreadable-file case is left out.
 */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };
const asUnprivileged =
  process.getuid?.() === 0 &&
  spawnSync(
    process.execPath,
    ["-e", `require("node:fs").accessSync(${JSON.stringify(join(root, "node_modules/tsx/package.json"))})`],
    UNPRIVILEGED,
  ).status === 0;
/** Whether a file without read permission is unreadable to the CLI runs. */
const permissionsApply = process.getuid?.() !== 0 || asUnprivileged;
const base = mkdtempSync(join(tmpdir(), "vernetzt-robust-"));
chmodSync(base, 0o755);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const ACTORS = "id;name\na;Verein A\nb;Treff B\n";
const TIES = "source;target\na;b\n";
/** Deterministic garbage: every byte value, NULs, a zip signature and broken UTF-8. */
const GARBAGE = Uint8Array.from({ length: 4096 }, (_, i) =>
  i < 4 ? [0x50, 0x4b, 0x03, 0x04][i]! : (i * 7919) % 256,
);

function write(path: string, data: string | Uint8Array): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, data);
  return path;
}

const inputs: Record<string, string> = {};
beforeAll(() => {
  inputs.empty = join(base, "empty");
  mkdirSync(inputs.empty);
  inputs.garbageCsv = join(base, "garbage-csv");
  write(join(inputs.garbageCsv, "actors.csv"), GARBAGE);
  write(join(inputs.garbageCsv, "ties.csv"), GARBAGE.slice(100));
  for (const ext of ["xlsx", "json", "gexf", "graphml"])
    inputs[ext] = write(join(base, `garbage.${ext}`), GARBAGE);
  inputs.folderAsFile = join(base, "folder-as-file");
  mkdirSync(join(inputs.folderAsFile, "actors.csv"), { recursive: true });
  write(join(inputs.folderAsFile, "ties.csv"), TIES);
  inputs.unreadable = join(base, "unreadable");
  write(join(inputs.unreadable, "actors.csv"), ACTORS);
  write(join(inputs.unreadable, "ties.csv"), TIES);
  chmodSync(join(inputs.unreadable, "actors.csv"), 0o000);
  inputs.missing = join(base, "does-not-exist");
  inputs.valid = join(base, "valid");
  write(join(inputs.valid, "actors.csv"), ACTORS);
  write(join(inputs.valid, "ties.csv"), TIES);
  inputs.outFile = write(join(base, "out", "existing.json"), "{}");
  // the runs use an unprivileged user when the tests run as root (root reads files without permission)
  if (asUnprivileged) chownSync(join(base, "out"), UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  // …and that user needs a temporary folder of its own: tsx keeps its cache there, and a TMPDIR only root may
  // write (a per-branch TMPDIR made by root) stopped every run with EACCES before the CLI started
  if (asUnprivileged) {
    mkdirSync(join(base, "tmp"));
    chownSync(join(base, "tmp"), UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  }
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vernetzt(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, ...CLI_COMMAND, ...args], {
      cwd: root,
      env: {
        ...process.env,
        LANG: "en_US.UTF-8",
        LC_ALL: "",
        ...(asUnprivileged ? { TMPDIR: join(base, "tmp") } : {}),
        ...env,
      },
      ...(asUnprivileged ? UNPRIVILEGED : {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs at most three CLI processes at once. */
async function runAll(cases: Array<{ args: string[]; env?: Record<string, string> }>): Promise<Run[]> {
  const results: Run[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await vernetzt(cases[i]!.args, cases[i]!.env ?? {});
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

/** A line of a JavaScript stack trace. */
const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

function expectCleanFailure(run: Run, codes: number[], label: string): void {
  expect([label, run.code]).toSatisfy(([, code]) => codes.includes(code as number));
  expect(run.stderr, label).not.toMatch(STACK_LINE);
  expect(run.stdout, label).not.toMatch(STACK_LINE);
  expect((run.stderr + run.stdout).trim(), `${label}: says what it did`).not.toBe("");
  expect(run.stderr, `${label}: bad input is not an internal error`).not.toContain("internal error");
}

describe("the CLI on broken input", () => {
  // expected exit codes per input: 1 = the data have errors (reported), 2 = the path cannot be used;
  // a folder named actors.csv is skipped, and the ties.csv beside it may load as an edge list (interop): 0
  const expected: Record<string, number[]> = {
    empty: [1],
    garbageCsv: [1],
    xlsx: [1],
    json: [1],
    gexf: [1],
    graphml: [1],
    folderAsFile: [0, 1],
    unreadable: [2],
    missing: [2],
  };
  const commands: Record<string, (path: string) => string[]> = {
    validate: (path) => ["validate", path],
    "validate --json": (path) => ["validate", path, "--json"],
    analyze: (path) => ["analyze", path, "--json"],
    export: (path) => ["export", path, "--format", "json", "--out", join(base, "out", "x.json")],
  };

  it("validate, analyze and export end with exit 1 or 2 and a message, never a stack trace", async () => {
    const cases = Object.entries(commands).flatMap(([command, args]) =>
      Object.keys(expected)
        // every input for validate; for analyze and export the inputs that reach different code
        .filter((input) => command === "validate" || ["garbageCsv", "json", "unreadable"].includes(input))
        .filter((input) => input !== "unreadable" || permissionsApply)
        .map((input) => ({ command, input, args: args(inputs[input]!) })),
    );
    const runs = await runAll(cases);
    console.log(`robustness: ${runs.length} CLI runs on broken input`);
    if (!permissionsApply) {
      console.log(
        "robustness: the unreadable-file case is left out (root, and uid 65534 cannot reach the repository)",
      );
    }
    cases.forEach(({ command, input }, i) => {
      const run = runs[i]!;
      const label = `${command} ${input}`;
      expectCleanFailure(run, expected[input]!, label);
      if (command === "validate --json" && expected[input]![0] === 1) {
        const report = JSON.parse(run.stdout);
        expect(report.ok, label).toBe(false);
        expect(report.issues.length, label).toBeGreaterThan(0);
      }
      if (input === "unreadable") expect(run.stderr, label).toContain("permission denied");
      if (input === "missing") expect(run.stderr, label).toContain("does not exist");
    });
  }, 180_000);

  it("a file above VERNETZT_MAX_FILE_MB is reported as FILE_TOO_LARGE (exit 1); a bad value is a usage error", async () => {
    const [tooLarge, badValue] = await runAll([
      { args: ["validate", inputs.valid!, "--json"], env: { VERNETZT_MAX_FILE_MB: "0.00001" } },
      { args: ["validate", inputs.valid!], env: { VERNETZT_MAX_FILE_MB: "viel" } },
    ]);
    expect(tooLarge!.code).toBe(1);
    expect(JSON.parse(tooLarge!.stdout).issues.map((i: { code: string }) => i.code)).toEqual([
      "FILE_TOO_LARGE",
      "FILE_TOO_LARGE",
    ]);
    expectCleanFailure(badValue!, [2], "VERNETZT_MAX_FILE_MB=viel");
    expect(badValue!.stderr).toContain("VERNETZT_MAX_FILE_MB");
  });

  it("export to an unusable --out path ends with exit 2 and names the path", async () => {
    const targets = {
      missingFolder: join(base, "no", "such", "folder", "x.json"),
      folder: join(base, "out"),
      underFile: join(inputs.outFile!, "x.json"),
    };
    const runs = await runAll(
      Object.values(targets).map((out) => ({
        args: ["export", inputs.valid!, "--format", "json", "--out", out],
      })),
    );
    Object.entries(targets).forEach(([label, out], i) => {
      expectCleanFailure(runs[i]!, [2], label);
      expect(runs[i]!.stderr, label).toContain(out);
    });
  });
});

describe("stack traces only with --debug", () => {
  /** Makes reading ties.csv fail with a programming error: an internal failure as a bug would cause one. */
  const fault = join(base, "fault.mjs");
  beforeAll(() => {
    writeFileSync(
      fault,
      'import fs from "node:fs";\nimport { syncBuiltinESMExports } from "node:module";\n' +
        "const read = fs.promises.readFile;\n" +
        'fs.promises.readFile = (path, ...rest) => String(path).endsWith("ties.csv")\n' +
        '  ? Promise.reject(new TypeError("injected fault")) : read(path, ...rest);\n' +
        "syncBuiltinESMExports();\n",
    );
    chmodSync(fault, 0o644);
  });

  it("an internal error prints one message and a hint, no stack; --debug prints the stack", async () => {
    const [plain, debug] = await Promise.all([
      vernetzt(["validate", inputs.valid!], {}, ["--import", fault]),
      vernetzt(["validate", inputs.valid!, "--debug"], {}, ["--import", fault]),
    ]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("internal error");
    expect(plain.stderr).not.toContain("injected fault"); // an exception's text is shown only with --debug
    expect(plain.stderr).toContain("--debug");
    expect(plain.stderr).not.toMatch(STACK_LINE);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toContain("TypeError: injected fault");
    expect(debug.stderr).toMatch(STACK_LINE);
  });
});
