/**
 * What every figure must be: a standalone SVG. Checks the text (XML declaration, no CSS, no external
 * references) and converts it with ImageMagick and rsvg-convert, which reject malformed XML. The converters
 * are Debian packages (`imagemagick`, `librsvg2-bin`; `.ci/run` installs them); without them the conversion is
 * skipped with a message, the text checks still run.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "@vernetzt/figures";
import { expect } from "vitest";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
export const converters = { imagemagick: has("convert"), rsvg: has("rsvg-convert") };
if (!converters.imagemagick || !converters.rsvg)
  console.warn(
    "figures tests: ImageMagick or rsvg-convert missing; SVG conversion not checked (apt-get install imagemagick librsvg2-bin)",
  );

const folder = () => {
  mkdirSync(join(tmpdir(), "vernetzt-figures-test"), { recursive: true });
  return mkdtempSync(join(tmpdir(), "vernetzt-figures-test", "svg-"));
};

/** Width and height of a PNG (IHDR). */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Asserts that `svg` is a standalone SVG document that ImageMagick and rsvg-convert render. */
export function expectStandaloneSvg(svg: string, size?: { width: number; height: number }): void {
  expect(
    svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
  ).toBe(true);
  expect(svg).not.toMatch(
    /var\(--|currentColor|<style|class="|<foreignObject|paint-order|@import|url\((?!#)/i,
  );
  expect(svg).not.toMatch(/(?:href|src)="(?!#)/);
  expect(svg).not.toMatch(/NaN|undefined|Infinity|\[object/);
  const dir = folder();
  const file = join(dir, "figure.svg");
  writeFileSync(file, svg);
  if (converters.rsvg) {
    const rsvg = spawnSync("rsvg-convert", [file, "-o", join(dir, "rsvg.png")], { encoding: "utf8" });
    expect(rsvg.stderr, "rsvg-convert").toBe("");
    expect(rsvg.status).toBe(0);
  }
  if (converters.imagemagick) {
    const out = join(dir, "magick.png");
    const magick = spawnSync("convert", [file, out], { encoding: "utf8" });
    expect(magick.status, magick.stderr).toBe(0);
    if (size) {
      const identify = spawnSync("identify", ["-format", "%w %h", out], { encoding: "utf8" });
      expect(identify.stdout).toBe(`${size.width} ${size.height}`);
    }
  }
}

/** Asserts that `figure` is standalone and carries its title, message and source line. */
export function expectStandalone(figure: Figure): void {
  expectStandaloneSvg(figure.svg, { width: figure.width, height: figure.height });
  expect(figure.svg).toContain(`<title>`);
  expect(figure.message.length).toBeGreaterThan(10);
  expect(figure.svg).toMatch(/Quelle: vernetzt|Source: vernetzt/);
}
