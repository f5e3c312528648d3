/**
 * The public API of `@vernetzt/core` as the TypeScript compiler sees it: every function and class reachable from
 * the package's entry points (`.` → `src/index.ts`, `./*` → `src/<area>/index.ts`), with the ```ts blocks of
 * its `@example` tags. Used by `examples.test.ts`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const REPO = join(import.meta.dirname, "../../..");
export const CORE_SRC = join(REPO, "packages/core/src");

/** One public function or class. */
export interface PublicDeclaration {
  /** Exported name. */
  name: string;
  kind: "function" | "class";
  /** Source file relative to the repository. */
  file: string;
  /** Line (1-based) of the declaration. */
  line: number;
  /** Whether its doc comment has an `@example` tag. */
  hasExample: boolean;
  /** The ```ts blocks inside its `@example` tags. */
  examples: ExampleBlock[];
  /**
   * For a class that is not an error: its public methods and accessors (what users call), each with whether it
   * has an `@example` of its own.
   */
  members: Array<{ name: string; hasExample: boolean }>;
}

export interface ExampleBlock {
  code: string;
  /** Line (1-based) in the source file of the block's first code line. */
  line: number;
}

/** The package's entry points: `src/index.ts` and every `src/<area>/index.ts` (the `./*` subpath export). */
export function entryPoints(): string[] {
  const areas = readdirSync(CORE_SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(CORE_SRC, entry.name, "index.ts"))
    .filter((file) => existsSync(file));
  return [join(CORE_SRC, "index.ts"), ...areas.sort()];
}

/** Compiler options of the repository (`tsconfig.base.json`), without emitting. */
export function compilerOptions(): ts.CompilerOptions {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  const parsed = ts.getParsedCommandLineOfConfigFile(join(REPO, "tsconfig.json"), {}, host);
  if (!parsed) throw new Error("cannot read tsconfig.json");
  return { ...parsed.options, noEmit: true, typeRoots: [join(REPO, "node_modules/@types")] };
}

/** Every public function and class, in entry-point order, each declaration once. */
export function publicDeclarations(program: ts.Program): PublicDeclaration[] {
  const checker = program.getTypeChecker();
  const found = new Map<ts.Node, PublicDeclaration>();
  for (const entry of entryPoints()) {
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read entry point ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = (symbol.declarations ?? []).filter(isCallable);
      // An overloaded function is documented once: on its first signature, as typedoc shows it.
      const declaration = declarations[0];
      if (!declaration || found.has(declaration)) continue;
      found.set(declaration, describe(exported.name, declaration));
    }
  }
  return [...found.values()];
}

type Callable = ts.FunctionDeclaration | ts.ClassDeclaration | ts.VariableDeclaration;

function isCallable(node: ts.Declaration): node is Callable {
  if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) return true;
  return (
    ts.isVariableDeclaration(node) &&
    node.initializer !== undefined &&
    (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
  );
}

function describe(name: string, node: Callable): PublicDeclaration {
  const source = node.getSourceFile();
  // A variable's doc comment sits on its statement (`export const f = () => …`).
  const documented = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const docs = ts.getJSDocCommentsAndTags(documented).filter(ts.isJSDoc);
  const examples: ExampleBlock[] = [];
  let hasExample = false;
  for (const doc of docs) {
    const text = source.text.slice(doc.getStart(source), doc.getEnd());
    const firstLine = source.getLineAndCharacterOfPosition(doc.getStart(source)).line + 1;
    const parsed = exampleBlocks(text, firstLine);
    hasExample ||= parsed.hasExample;
    examples.push(...parsed.blocks);
  }
  return {
    name,
    kind: ts.isClassDeclaration(node) ? "class" : "function",
    file: relative(REPO, source.fileName),
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    hasExample,
    examples,
    members: ts.isClassDeclaration(node) && !extendsError(node) ? publicMembers(node) : [],
  };
}

function extendsError(node: ts.ClassDeclaration): boolean {
  return (node.heritageClauses ?? []).some((clause) =>
    clause.types.some((type) => /Error$/.test(type.expression.getText())),
  );
}

function publicMembers(node: ts.ClassDeclaration): Array<{ name: string; hasExample: boolean }> {
  return node.members
    .filter(
      (member) =>
        (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) &&
        member.name !== undefined &&
        ts.isIdentifier(member.name) &&
        !(ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
    )
    .map((member) => ({
      name: (member.name as ts.Identifier).text,
      hasExample: ts.getJSDocTags(member).some((tag) => tag.tagName.text === "example"),
    }));
}

/** The ```ts blocks after an `@example` tag of one doc comment (its raw text, starting at `firstLine`). */
export function exampleBlocks(
  comment: string,
  firstLine: number,
): { hasExample: boolean; blocks: ExampleBlock[] } {
  const lines = comment
    .split("\n")
    .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, "").replace(/\s*\*\/$/, ""));
  const blocks: ExampleBlock[] = [];
  let inExample = false;
  let hasExample = false;
  let code: string[] | null = null;
  let start = 0;
  lines.forEach((line, index) => {
    if (code) {
      if (/^\s*```\s*$/.test(line)) {
        if (inExample) blocks.push({ code: `${code.join("\n")}\n`, line: start });
        code = null;
      } else {
        code.push(line);
      }
      return;
    }
    const tag = /^\s*@(\w+)/.exec(line);
    if (tag) inExample = tag[1] === "example";
    hasExample ||= inExample;
    if (/^\s*```(ts|typescript)\s*$/.test(line)) {
      code = [];
      start = firstLine + index + 1;
    } else if (/^\s*```/.test(line)) {
      code = [];
      start = -1;
    }
  });
  return { hasExample, blocks: blocks.filter((block) => block.line > 0) };
}
