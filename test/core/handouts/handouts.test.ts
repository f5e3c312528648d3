import { escapeHtml, renderHandouts, slug } from "@vernetzt/core/handouts";
import { describe, expect, it } from "vitest";
import { makeDataset } from "../gaps/graph-fixture.js";

const dataset = makeDataset(
  [
    {
      id: "nord-kita",
      name: 'Kita <script>alert("x")</script>',
      district: "N",
      sector: "Kita",
      offers: ["Räume"],
    },
    { id: "sued-chor", name: "Chor & Co", district: "S", sector: "Verein", needs: ["Räume"] },
    { id: "nord-treff", name: "Treff Nord", district: "N", sector: "Verein" },
    { id: "p1", name: "Erika Beispiel", kind: "person", consent: false, district: "S" },
  ],
  {
    "1": [["nord-kita", "nord-treff"]],
    "2": [
      ["nord-kita", "nord-treff"],
      ["nord-treff", "sued-chor"],
      ["p1", "sued-chor"],
    ],
  },
  {
    districts: [
      { id: "N", name: "Nordstadt", attributes: {} },
      { id: "S", name: "Südstadt", attributes: {} },
    ],
  },
);

describe("renderHandouts", () => {
  it("renderHandouts(dataset) writes an index and one A4 page per actor", () => {
    const files = renderHandouts(dataset);
    expect(files.map((f) => f.path)).toEqual([
      "index.html",
      "001-nord-kita.html",
      "002-sued-chor.html",
      "003-nord-treff.html",
      "004-person-1.html",
    ]);
    for (const file of files) {
      expect(file.html).toContain("@page { size: A4;");
      expect(file.html).toContain('<html lang="de">');
    }
    expect(files[0].html).toContain('href="001-nord-kita.html"');
  });

  it("renderHandouts(dataset) escapes every name, so markup in the data stays text", () => {
    const files = renderHandouts(dataset);
    const all = files.map((f) => f.html).join("\n");
    expect(all).not.toContain("<script>");
    expect(all).toContain("Kita &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(all).toContain("Chor &amp; Co");
    expect(all).not.toMatch(/Chor & Co/);
  });

  it("renderHandouts(dataset) shows partners, position and recommended contacts with reasons in German", () => {
    const page = renderHandouts(dataset)[2].html; // sued-chor, latest wave 2
    expect(page).toContain("<h1>Chor &amp; Co</h1>");
    expect(page).toContain("Stadtteil: Südstadt · Bereich: Verein");
    expect(page).toContain("Chor &amp; Co hat 2 Partner");
    expect(page).toContain("<li>Treff Nord");
    expect(page).toContain("Wen Sie kennenlernen könnten");
    expect(page).toContain("bietet, was Chor &amp; Co sucht: Räume");
  });

  it("renderHandouts(dataset) pseudonymises persons without consent on every page", () => {
    const all = renderHandouts(dataset)
      .map((f) => f.html)
      .join("\n");
    expect(all).not.toContain("Erika");
    expect(all).toContain("Person 1");
  });

  it("renderHandouts(dataset, {lang: 'en', wave}) speaks English and describes the chosen wave", () => {
    const files = renderHandouts(dataset, { lang: "en", wave: "1" });
    expect(files[0].html).toContain("Handouts: test, wave 1");
    expect(files[2].html).toContain("No tie has been recorded for this wave yet.");
  });

  it("renderHandouts(dataset) is deterministic", () => {
    expect(JSON.stringify(renderHandouts(dataset))).toBe(JSON.stringify(renderHandouts(dataset)));
  });

  it("escapeHtml and slug make data safe for HTML and file names", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(slug("Straße der Begegnung Ü18")).toBe("strasse-der-begegnung-u18");
    expect(slug("<<>>")).toBe("akteur");
  });
});

describe("renderHandouts: the share of actors with fewer partners", () => {
  // A star of 200 leaves around one hub: 200 of 201 actors (99.5 %) have fewer partners than the hub.
  const leaves = Array.from({ length: 200 }, (_, i) => ({ id: `l${i}`, name: `Blatt ${i}`, district: "N" }));
  const star = makeDataset([{ id: "hub", name: "Drehscheibe", district: "N" }, ...leaves], {
    "1": leaves.map((leaf) => ["hub", leaf.id] as [string, string]),
  });

  it("never says 'more than 100 %': the share is rounded down", () => {
    const hub = renderHandouts(star).find((f) => f.path.endsWith("-hub.html"))!.html;
    expect(hub).toContain("Drehscheibe hat 200 Partner – mehr als 99 % der Akteure.");
    expect(hub).not.toContain("100 %");
  });

  it("leaves the share out when no actor has fewer partners", () => {
    const leaf = renderHandouts(star, { lang: "en" }).find((f) => f.path.endsWith("-l0.html"))!.html;
    expect(leaf).toContain("Blatt 0 has 1 partner.");
    expect(leaf).not.toContain("more than 0 %");
  });
});
