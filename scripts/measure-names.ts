/**
 * In how many source files each measure of the registry is named: the check behind the registry's promise
 * that a measure lives in one place. A file names a measure when its id stands in the code as a field name
 * (a property read, written, declared or destructured) or as a one-word string; comments, prose, import
 * paths and local variables do not count, and neither do longer words (`degreeMeasure` or `inDegree` for
 * `degree`). Source files: `packages/*\/src`, `dashboard/browser`,
 * `dashboard/loaders` and the dashboard's pages. `test/architecture/measure-names.test.ts` allows five.
 *
 *     node --conditions=@vernetzt/source --import tsx scripts/measure-names.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { MEASURES } from "@vernetzt/core/analysis";
import ts from "typescript";

const REPO = join(import.meta.dirname, "..");
const ROOTS = [
  "packages/core/src",
  "packages/cli/src",
  "dashboard/browser",
  "dashboard/loaders",
  "dashboard/src",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") ? [] : sourceFiles(path);
    return /\.(ts|md)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The field names and strings of a file's code (TypeScript's parser): property names in accesses, object
 * literals, destructuring, types and classes, and strings that are one word (a key such as `"degree"`; not
 * prose, not the module paths of imports); not comments, and not the names of local variables, parameters
 * and functions, which name a value in an algorithm rather than a measure's field. In Markdown pages, the
 * code forms `.field`, `field:` and `"field"`.
 */
function code(path: string): string {
  const text = readFileSync(path, "utf8");
  if (!path.endsWith(".ts")) {
    return [...text.matchAll(/\.([\w$]+)|([\w$]+):|["']([\w$]+)["']/g)]
      .map((m) => m[1] ?? m[2] ?? m[3])
      .join(" ");
  }
  const words: string[] = [];
  const nameOf = (name: ts.Node | undefined) => {
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))) {
      words.push(name.text);
    }
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) return;
    if (ts.isPropertyAccessExpression(node)) nameOf(node.name);
    else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) nameOf(node.name);
    else if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) nameOf(node.name);
    else if (ts.isMethodDeclaration(node) || ts.isMethodSignature(node) || ts.isGetAccessor(node))
      nameOf(node.name);
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent))
      nameOf(node.propertyName ?? node.name);
    else if (ts.isStringLiteralLike(node) && /^[\w$]+$/.test(node.text)) words.push(node.text);
    node.forEachChild(visit);
  };
  visit(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return words.join(" ");
}

/** Per measure id, the source files (relative to the repository) that name it. */
export function measureNameFiles(ids: readonly string[] = MEASURES.map((m) => m.id)): Map<string, string[]> {
  const files = ROOTS.flatMap((root) => sourceFiles(join(REPO, root))).map((path) => ({
    path: relative(REPO, path),
    code: code(path),
  }));
  return new Map(
    ids.map((id) => {
      // a hyphen joins words: the reason code `bridges-communities` names neither measure
      const word = new RegExp(`(?<![\\w$-])${id}(?![\\w$-])`);
      return [id, files.filter((file) => word.test(file.code)).map((file) => file.path)];
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [id, files] of [...measureNameFiles()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(files.length).padStart(3)}  ${id}: ${files.join(", ")}`);
  }
}
