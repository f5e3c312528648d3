/**
 * The dashboard's deck (`dashboardDeck`): the Überblick's button opens it in the browser, and the build
 * draws it in Node from the pages' data files as `bericht.pdf` / `bericht.html` (scripts/report-files.ts).
 * On the mini fixture (fictional: 14 actors in three districts, two waves) and the minimal fixture.
 */
import { join } from "node:path";
import { pseudonymize } from "@vernetzt/core";
import { loadDataset } from "@vernetzt/core/node";
import { deckSlides } from "@vernetzt/figures";
import { figureDocument } from "@vernetzt/figures/node";
import { describe, expect, it } from "vitest";
import { dashboardDeck } from "../../dashboard/browser/dashboard-figures.js";
import { dashboardDataOf } from "../../dashboard/loaders/dashboard-data.js";

const root = join(import.meta.dirname, "../..");
const dataOf = async (folder: string) =>
  dashboardDataOf(pseudonymize((await loadDataset(join(root, folder), { lang: "de" })).dataset!));

describe("dashboardDeck", () => {
  it("draws in Node with the options it is given (document, date): a title slide, then one per figure", async () => {
    const data = await dataOf("dashboard/fixtures/mini");
    const options = { date: "2026-12-07", document: figureDocument() };
    const deck = dashboardDeck(data, options);
    const { figures, slides } = deckSlides(deck, options);
    expect(slides).toHaveLength(figures.length + 1);
    expect(deck.title).toMatch(/^Netzwerkbericht: /);
    expect(deck.message).toMatch(/^14 Akteure, \d+ Verbindungen, Wellen /);
    for (const figure of figures) expect(figure.svg).toContain("Stand 07.12.2026");
  });

  it("names the waves as the pages do and says what it leaves out for a dataset with one wave and no districts", async () => {
    const data = await dataOf("test/fixtures/minimal");
    const deck = dashboardDeck(data, { document: figureDocument() });
    expect(deck.notes.join(" ")).toContain("eine Befragungswelle");
    expect(deck.notes.join(" ")).toContain("keinen Stadtteil");
    const label = data.overview.waves[0]!.label ?? data.overview.waves[0]!.wave;
    expect(deck.message).toContain(`Welle ${label}`);
  });
});
