/** The TrueType files of the figures' font (DejaVu Sans, regular and bold), from the `dejavu-fonts-ttf` package. */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** Paths of DejaVu Sans and DejaVu Sans Bold. */
export function figureFontFiles(): string[] {
  const folder = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return [join(folder, "DejaVuSans.ttf"), join(folder, "DejaVuSans-Bold.ttf")];
}
