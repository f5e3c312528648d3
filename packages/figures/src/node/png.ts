/**
 * SVG → PNG in Node with resvg (`@resvg/resvg-js`: Rust's resvg, prebuilt for each platform inside the npm
 * package, no download at install or run time). Text is set in DejaVu Sans from the `dejavu-fonts-ttf`
 * package, system fonts are not consulted: the same SVG gives the same PNG on every machine.
 */
import { Resvg } from "@resvg/resvg-js";
import { figureFontFiles } from "./fonts.js";

/** PNG width for slides (full HD). */
export const SLIDE_PNG_WIDTH = 1920;

/** Renders `svg` to a PNG `width` pixels wide (height in proportion), on white. */
export function svgToPng(svg: string, width: number = SLIDE_PNG_WIDTH): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    font: {
      fontFiles: figureFontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
  });
  return resvg.render().asPng();
}
