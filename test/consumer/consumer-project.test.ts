/**
 * @vernetzt/core as a researcher gets it: packed (`npm pack`, exactly the published files), installed into a
 * fresh project outside the workspace, type-checked there under `moduleResolution: "NodeNext"` (with a
 * `customConditions: ["source"]` of the project's own) and `"Bundler"` with every README example, and the
 * README's example for a graph you already have run with a plain graphology graph — compiled, against the
 * package's JavaScript, and as TypeScript through the package's development condition: both print the same.
 *
 * Offline, as CI is: core is built from its sources into a temporary copy and packed there (the workspace's
 * `dist` is left alone, other tests may be reading it); "installing" unpacks the tarball into the project's
 * `node_modules` and links each dependency the package declares to the copy the workspace lockfile installed
 * (the layout pnpm gives a package: its dependencies next to it, nothing hoisted), so the project resolves
 * exactly what a registry install of these versions would give it, without a registry.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "..", "..");
const CORE = join(REPO, "packages", "core");
const TSC = join(REPO, "node_modules", "typescript", "lib", "tsc.js");

let root = "";
let app = "";

/** Runs a command; on failure the error carries its output, so the test shows what went wrong. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** Builds core from its sources into `root/pkg` and packs it; returns the tarball's path. */
function packCore(): string {
  const pkg = join(root, "pkg");
  mkdirSync(pkg);
  for (const entry of ["package.json", "README.md", "src"])
    cpSync(join(CORE, entry), join(pkg, entry), { recursive: true });
  symlinkSync(join(CORE, "node_modules"), join(pkg, "node_modules"), "dir");
  writeFileSync(
    join(pkg, "tsconfig.json"),
    JSON.stringify({
      extends: join(REPO, "tsconfig.base.json"),
      compilerOptions: {
        outDir: "dist",
        rootDir: "src",
        declaration: true,
        noEmit: false,
        typeRoots: [join(REPO, "node_modules", "@types")],
      },
      include: ["src"],
    }),
  );
  run(process.execPath, [TSC, "-p", "tsconfig.json"], pkg);
  const name = run("npm", ["pack", "--silent", "--pack-destination", root], pkg).trim().split("\n").at(-1)!;
  return join(root, name);
}

/** Unpacks the tarball into the project and links the dependencies it declares (see the file comment). */
function install(tarball: string): void {
  const target = join(app, "node_modules", "@vernetzt", "core");
  mkdirSync(target, { recursive: true });
  run("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"], app);
  const manifest = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies)) {
    const link = join(target, "node_modules", dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(CORE, "node_modules", dependency)), link, "dir");
  }
  // the project's own dependency: the graphology its graphs come from
  symlinkSync(
    realpathSync(join(CORE, "node_modules", "graphology")),
    join(app, "node_modules", "graphology"),
    "dir",
  );
}

/** The ```ts blocks of the package README under a heading (all of them without one). */
function readmeBlocks(heading?: string): string[] {
  const readme = readFileSync(join(CORE, "README.md"), "utf8");
  const section =
    heading === undefined ? readme : (readme.split(/^## /m).find((part) => part.startsWith(heading)) ?? "");
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

const README_GRAPH = "A graph you already have";

/** Type checks that fail when the API's types degrade to `any`. */
const TYPED = `import { MultiGraph } from "graphology";
import { fromGraphology, measureNetwork, type VernetztGraph } from "@vernetzt/core";
import { parseEdgeList } from "@vernetzt/core/interop";
import { buildGraph } from "@vernetzt/core/model";

const network: VernetztGraph = fromGraphology(new MultiGraph());
const rows = measureNetwork(network).actors;
const first: number | undefined = rows[0]?.pagerank;
// @ts-expect-error a number is not a graph: an error here unless the parameter type is \`any\`
measureNetwork(42);
// @ts-expect-error an actor row has no field "nonsense": an error unless the rows are \`any\`
rows[0]?.nonsense;
// @ts-expect-error the graph's node attributes are typed actors
network.getNodeAttribute("a", "nonsense");
const { dataset } = parseEdgeList({ name: "g.edgelist", data: "a b" });
const graph: VernetztGraph = buildGraph(dataset!);
export { first, graph };
`;

function tsconfig(resolution: "NodeNext" | "Bundler"): string {
  return JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM", "DOM.Iterable"],
      module: resolution === "NodeNext" ? "NodeNext" : "ESNext",
      moduleResolution: resolution,
      // a condition of the project's own: it must not lead into vernetzt's TypeScript sources
      customConditions: ["source"],
      strict: true,
      skipLibCheck: false,
      types: [],
      outDir: `dist-${resolution}`,
      rootDir: "src",
    },
    include: ["src"],
  });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "vernetzt-consumer-"));
  app = join(root, "app");
  mkdirSync(join(app, "src"), { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  install(packCore());
  readmeBlocks(README_GRAPH).forEach((code, i) => {
    writeFileSync(join(app, "src", `readme-graph-${i}.ts`), code);
  });
  // every other example of the README is type-checked too (they read files or need a page, so they do not run)
  readmeBlocks().forEach((code, i) => {
    writeFileSync(join(app, "src", `readme-${i}.ts`), `${code}\nexport {};\n`);
  });
  writeFileSync(join(app, "src", "typed.ts"), TYPED);
  for (const resolution of ["NodeNext", "Bundler"] as const)
    writeFileSync(join(app, `tsconfig.${resolution}.json`), tsconfig(resolution));
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("@vernetzt/core in a fresh project", () => {
  it("ships compiled JavaScript and declarations, and no development condition", () => {
    const manifest = JSON.parse(
      readFileSync(join(app, "node_modules", "@vernetzt", "core", "package.json"), "utf8"),
    ) as { exports: Record<string, Record<string, string>> };
    for (const conditions of Object.values(manifest.exports)) {
      expect(Object.keys(conditions)).not.toContain("source");
      expect(conditions.types).toMatch(/^\.\/dist\/.*\.d\.ts$/);
    }
  });

  it("has README examples for a graph you already have", () => {
    expect(readmeBlocks(README_GRAPH).length).toBeGreaterThan(0);
  });

  it.each(["NodeNext", "Bundler"] as const)(
    "type-checks under moduleResolution %s, with the API typed (not any)",
    (resolution) => {
      run(process.execPath, [TSC, "-p", `tsconfig.${resolution}.json`], app);
    },
  );

  it("runs the README's example with a plain graphology graph, as the package's sources compute it", () => {
    run(process.execPath, [TSC, "-p", "tsconfig.NodeNext.json"], app);
    const outputs = readmeBlocks(README_GRAPH).map((_, i) =>
      run(process.execPath, [join(app, "dist-NodeNext", `readme-graph-${i}.js`)], app),
    );
    const fromSources = readmeBlocks(README_GRAPH).map((_, i) =>
      run(
        process.execPath,
        ["--conditions=@vernetzt/source", "--import", "tsx", join(app, "src", `readme-graph-${i}.ts`)],
        REPO,
      ),
    );
    expect(outputs.join("")).toMatch(/pagerank/);
    expect(outputs).toEqual(fromSources);
  });
});
