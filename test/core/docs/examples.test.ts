/**
 * The API reference's examples are checked, so they cannot rot: every public function and class of
 * `@vernetzt/core` has an `@example`; every ```ts block in one is type-checked (one TypeScript program for all
 * of them, with the repository's strict options) and run (all in one Node process, imports resolved through
 * the `source` export condition), and every result it shows as `expression //=> value` is compared with what
 * the expression returns (numbers to the digits written; see `example-runner.ts`). A `//=>` line holds one
 * expression (no `if`, no declaration); one inside a `catch` must be reached, or the example fails.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { difference, type ManifestEntry, type RunResult } from "./example-runner.js";
import {
  CORE_SRC,
  compilerOptions,
  entryPoints,
  exampleBlocks,
  type PublicDeclaration,
  publicDeclarations,
  REPO,
} from "./public-api.js";

/** One ```ts block, written twice: as shown (type-checked) and with its `//=>` results turned into checks (run). */
interface Example {
  id: string;
  /** Where the block's first line is: `packages/core/src/…ts:LINE`. */
  file: string;
  line: number;
  code: string;
  markers: number;
  checkFile: string;
  runFile: string;
}

const MARKER = /^(\s*)(\S.*?);?\s*\/\/=>\s*(\S.*?)\s*$/;

/**
 * The block with each `expression //=> value` line replaced by `__expect(expression, value, index, digits)`,
 * `digits` being the most decimals of a number written in `value` (outside strings).
 */
function instrument(code: string): { code: string; markers: number } {
  let markers = 0;
  const lines = code.split("\n").map((line) => {
    const match = MARKER.exec(line);
    if (!match) return line;
    const numbers = match[3]!.replace(/"(\\.|[^"\\])*"|'(\\.|[^'\\])*'/g, "").match(/\d+\.\d+/g) ?? [];
    const digits = Math.max(0, ...numbers.map((n) => n.split(".")[1]!.length));
    return `${match[1]}__expect((${match[2]}), (${match[3]}), ${markers++}, ${digits});`;
  });
  return { code: lines.join("\n"), markers };
}

/** Wrong on purpose: the check must catch each of them (a wrong result, a type error, an exception). */
const SELF_TESTS = {
  wrongResult: `import { density } from "@vernetzt/core/structure";\nimport { parseEdgeList } from "@vernetzt/core/interop";\nimport { buildGraph } from "@vernetzt/core/model";\nconst { dataset } = parseEdgeList({ name: "path.edgelist", data: "a b\\nb c" });\ndensity(buildGraph(dataset!)) //=> 0.5\n`,
  typeError: `import { density } from "@vernetzt/core/structure";\nconst value: string = density;\nvalue //=> ""\n`,
  throws: `import { DEFAULT_WAVE } from "@vernetzt/core/model";\nDEFAULT_WAVE //=> "1"\nthrow new Error("boom");\n`,
};

const base = join(process.env.TMPDIR ?? tmpdir(), "vernetzt-doc-examples");
let declarations: PublicDeclaration[] = [];
let examples: Example[] = [];
const diagnostics = new Map<string, string[]>();
const results = new Map<string, string[]>();

beforeAll(() => {
  const options = compilerOptions();
  const apiProgram = ts.createProgram(entryPoints(), options);
  declarations = publicDeclarations(apiProgram);

  rmSync(base, { recursive: true, force: true });
  for (const dir of ["check", "run", "tmp", "node_modules/@vernetzt"])
    mkdirSync(join(base, dir), { recursive: true });
  symlinkSync(join(CORE_SRC, ".."), join(base, "node_modules/@vernetzt/core"), "dir");
  // examples that start from a graph the reader already has build it with graphology, as the reader would
  symlinkSync(
    join(CORE_SRC, "..", "node_modules", "graphology"),
    join(base, "node_modules/graphology"),
    "dir",
  );
  writeFileSync(join(base, "package.json"), '{ "type": "module" }\n');

  const blocks = declarations.flatMap((declaration) =>
    declaration.examples.map((block) => ({
      id: `${declaration.name} (${declaration.file}:${block.line})`,
      file: declaration.file,
      line: block.line,
      code: block.code,
    })),
  );
  for (const [name, code] of Object.entries(SELF_TESTS)) {
    blocks.push({ id: `self-test ${name}`, file: "self-test", line: 1, code });
  }
  examples = blocks.map((block, index) => {
    const stem = `example-${String(index).padStart(3, "0")}.ts`;
    const run = instrument(block.code);
    const example = {
      ...block,
      markers: run.markers,
      checkFile: join(base, "check", stem),
      runFile: join(base, "run", stem),
    };
    // `export {}` keeps every block a module, so blocks' top-level names do not collide.
    writeFileSync(example.checkFile, `${block.code}export {};\n`);
    writeFileSync(example.runFile, `${run.code}export {};\n`);
    return example;
  });

  const program = ts.createProgram(
    examples.map((e) => e.checkFile),
    options,
    undefined,
    apiProgram,
  );
  for (const example of examples) {
    const source = program.getSourceFile(example.checkFile);
    if (!source) throw new Error(`not compiled: ${example.checkFile}`);
    const found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    diagnostics.set(
      example.id,
      found.map((d) => {
        const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
        return `line ${example.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  }

  const manifest: ManifestEntry[] = examples.map((e) => ({ id: e.id, file: e.runFile, markers: e.markers }));
  writeFileSync(join(base, "manifest.json"), JSON.stringify(manifest));
  execFileSync(
    process.execPath,
    [
      "--conditions=@vernetzt/source",
      "--import",
      "tsx",
      join(import.meta.dirname, "example-runner.ts"),
      join(base, "manifest.json"),
      join(base, "results.json"),
    ],
    {
      cwd: REPO,
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 110_000,
      // Examples that write files (os.tmpdir()) write them here, removed with the rest on the next run.
      env: { ...process.env, TMPDIR: join(base, "tmp") },
    },
  );
  const run = JSON.parse(readFileSync(join(base, "results.json"), "utf8")) as RunResult[];
  for (const result of run) results.set(result.id, result.problems);
}, 120_000);

function listed(problems: Array<[string, string[]]>): string {
  return problems.map(([id, lines]) => `${id}\n    ${lines.join("\n    ")}`).join("\n");
}

const documented = () => examples.filter((e) => !e.id.startsWith("self-test"));

describe("API reference examples", () => {
  it("finds the public API (functions and classes of every entry point)", () => {
    const names = declarations.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(["buildGraph", "pagerank", "parseDataset", "loadDataset"]));
    expect(names).toEqual(expect.arrayContaining(["CsrGraph", "IssueCollector", "MetricOptionError"]));
    expect(declarations.length).toBeGreaterThan(200);
  });

  it("every public function and class has an @example", () => {
    const missing = declarations.filter((d) => !d.hasExample).map((d) => `${d.name} (${d.file}:${d.line})`);
    expect(missing, `without @example:\n${missing.join("\n")}`).toEqual([]);
  });

  it("every public method of a class is shown in the class's example or has its own", () => {
    const unshown = declarations.flatMap((d) =>
      d.members
        .filter((m) => !m.hasExample && !d.examples.some((b) => b.code.includes(`.${m.name}`)))
        .map((m) => `${d.name}.${m.name} (${d.file})`),
    );
    expect(declarations.some((d) => d.members.length > 0)).toBe(true);
    expect(unshown, `methods without an example:\n${unshown.join("\n")}`).toEqual([]);
  });

  it("every @example has a ```ts block that shows at least one result as `expression //=> value`", () => {
    const bare = declarations
      .filter(
        (d) =>
          d.hasExample &&
          (d.examples.length === 0 || d.examples.some((b) => instrument(b.code).markers === 0)),
      )
      .map((d) => `${d.name} (${d.file}:${d.line})`);
    expect(bare, `examples without a checked result:\n${bare.join("\n")}`).toEqual([]);
  });

  it("no line of an example continues a `//=>` line (a line starting with `(`, `[` or a backtick would)", () => {
    // Without semicolons, `x //=> 1` followed by `[a, b]` is read as `x[a, b]` by TypeScript, while the run
    // (where the marker became a statement) reads two statements: the check would not test what it shows.
    const hazards = documented().flatMap((e) =>
      e.code
        .split("\n")
        .flatMap((line, i, lines) =>
          i > 0 && MARKER.test(lines[i - 1]!) && /^\s*[[(`]/.test(line) ? [`${e.id} line ${e.line + i}`] : [],
        ),
    );
    expect(hazards, `lines continuing a //=> line:\n${hazards.join("\n")}`).toEqual([]);
  });

  it("every example type-checks", () => {
    const failing = documented()
      .map((e): [string, string[]] => [e.id, diagnostics.get(e.id) ?? ["not checked"]])
      .filter(([, lines]) => lines.length > 0);
    expect(failing.length, `type errors:\n${listed(failing)}`).toBe(0);
  });

  it("every example runs and returns the results it shows", () => {
    const failing = documented()
      .map((e): [string, string[]] => [e.id, results.get(e.id) ?? ["not run"]])
      .filter(([, lines]) => lines.length > 0);
    expect(failing.length, `failing examples:\n${listed(failing)}`).toBe(0);
  });

  it("catches a wrong result, a type error and an exception", () => {
    expect(results.get("self-test wrongResult")).toEqual([expect.stringContaining("expected 0.5")]);
    expect(diagnostics.get("self-test wrongResult")).toEqual([]);
    expect(diagnostics.get("self-test typeError")?.length).toBe(1);
    expect(results.get("self-test throws")).toEqual([expect.stringContaining("boom")]);
  });
});

describe("difference (how a shown result is compared)", () => {
  it("accepts a number shown rounded to its digits and rejects one beyond", () => {
    expect(difference(0.52173, 0.522, "")).toBeNull();
    expect(difference(0.5226, 0.522, "")).not.toBeNull();
    expect(difference(1.5e-7, 2e-7, "")).toBeNull();
    expect(difference(2.0000001, 2, "")).not.toBeNull();
    expect(difference(0.1458, 0.15, "", 4)).not.toBeNull();
    expect(difference(0.15004, 0.15, "", 4)).toBeNull();
  });

  it("compares arrays, typed arrays, Maps and objects element by element with the same keys", () => {
    expect(difference(new Float64Array([0.25, 0.75]), [0.25, 0.75], "")).toBeNull();
    expect(difference(new Map([["a", 1]]), [["a", 1]], "")).toBeNull();
    expect(difference({ a: 1, b: [0.333] }, { a: 1, b: [0.33] }, "")).toBeNull();
    expect(difference({ a: 1, b: 2 }, { a: 1 }, "")).toContain("keys");
    expect(difference([1, 2], [1, 2, 3], "")).toContain("3 elements");
    expect(difference("Medici", "Strozzi", "")).not.toBeNull();
  });

  it("reads ```ts blocks of @example tags only", () => {
    const comment =
      "/**\n * Text.\n * ```ts\n * notAnExample();\n * ```\n * @example\n * ```ts\n * f(); //=> 1\n * ```\n */";
    expect(exampleBlocks(comment, 10)).toEqual({
      hasExample: true,
      blocks: [{ code: "f(); //=> 1\n", line: 17 }],
    });
  });
});
