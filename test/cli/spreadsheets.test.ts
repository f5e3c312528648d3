/**
 * Coordinators' own spreadsheets (issue #16) through the real CLI: each fixture of
 * `test/fixtures/spreadsheets` (twenty-one shapes, other words for every field; see its README) loads in one try
 * with the right actors, ties, waves, weights and districts, `validate --json` lists the mapping and every
 * repair with the original and the resolved value, and `export --format json` gives the dataset.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, vernetzt } from "./run-cli.js";

const fixture = (name: string) => join(ROOT, "test/fixtures/spreadsheets", name);

interface Expected {
  actors: Array<[string, string | null]>;
  /** source name – target name: weight @ wave */
  ties: string[];
  waves: string[];
  repairs?: Array<[string, string, string]>;
  tables?: Array<[string, string | null]>;
}

const EXPECTED: Record<string, Expected> = {
  "01-arbeitsmappe": {
    actors: [
      ["Kita Altstadt", "Altstadt"],
      ["Sportverein Nordstadt", "Nordstadt"],
      ["Schule am Markt", "Altstadt"],
      ["Jugendtreff Süd", "Südstadt"],
      ["Familienzentrum Mitte", "Mitte"],
      ["Stadtteilbüro Nordstadt", "Nordstadt"],
      ["Musikschule West", null],
    ],
    ties: [
      "Kita Altstadt–Schule am Markt:1@2024",
      "Sportverein Nordstadt–Stadtteilbüro Nordstadt:1@2024",
      "Jugendtreff Süd–Familienzentrum Mitte:1@2024",
      "Kita Altstadt–Familienzentrum Mitte:1@2025",
      "Schule am Markt–Musikschule West:1@2025",
      "Sportverein Nordstadt–Jugendtreff Süd:1@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [
      ["NAME_TYPO", "Sportveren Nordstadt", "Sportverein Nordstadt"],
      ["NAME_VARIANT", "kita altstadt", "Kita Altstadt"],
      ["ACTOR_ADDED", "Musikschule West", "Musikschule West"],
    ],
    tables: [
      ["Einrichtungen", "actors"],
      ["Kooperationen", "ties"],
      ["Legende", null],
    ],
  },
  "02-nummerierte-listen": {
    actors: [
      ["Bürgerhaus „Brücke“", "Süd"],
      ["Jugendtreff Süd", "Süd"],
      ["Seniorenbüro Ost", "Ost"],
      ["Grundschule Lindenstraße", "Ost"],
      ["Kirchengemeinde St. Jakob", "Süd"],
    ],
    ties: [
      "Bürgerhaus „Brücke“–Jugendtreff Süd:3@1",
      "Bürgerhaus „Brücke“–Kirchengemeinde St. Jakob:2@1",
      "Jugendtreff Süd–Grundschule Lindenstraße:1@1",
      "Seniorenbüro Ost–Kirchengemeinde St. Jakob:2@1",
      "Grundschule Lindenstraße–Seniorenbüro Ost:1@1",
    ],
    waves: ["1"],
    repairs: [],
    tables: [
      ["Export_1.csv", "actors"],
      ["Export_2.csv", "ties"],
    ],
  },
  "03-eine-tabelle.xlsx": {
    actors: [
      ["Nachbarschaftsladen Ost", "Ost"],
      ["Quartiersmanagement Ost", "Ost"],
      ["Sportclub Am Park", "West"],
      ["Offene Ganztagsschule West", "West"],
      ["Tafel Lindenau", "Mitte"],
    ],
    ties: [
      "Nachbarschaftsladen Ost–Quartiersmanagement Ost:5@1",
      "Quartiersmanagement Ost–Sportclub Am Park:4@1",
      "Sportclub Am Park–Offene Ganztagsschule West:3@1",
      "Nachbarschaftsladen Ost–Tafel Lindenau:4@1",
    ],
    waves: ["1"],
    repairs: [
      ["WEIGHT_SCALE", "wöchentlich", "5"],
      ["WEIGHT_SCALE", "monatlich", "4"],
      ["WEIGHT_SCALE", "vierteljährlich", "3"],
    ],
  },
  "04-kooperationen.csv": {
    actors: [
      ["Stadtbibliothek", null],
      ["Volkshochschule", null],
      ["Integrationsbeirat", null],
    ],
    ties: [
      "Stadtbibliothek–Volkshochschule:2.5@2023",
      "Volkshochschule–Integrationsbeirat:1@2023",
      "Stadtbibliothek–Integrationsbeirat:1.5@2024",
      "Volkshochschule–Stadtbibliothek:3@2024",
    ],
    waves: ["2023", "2024"],
    repairs: [],
  },
  "05-tabelle1-tabelle2.xlsx": {
    actors: [
      ["Beratungsstelle Mitte", "Mitte"],
      ["Kinder- und Jugendhaus", "Nord"],
      ["Mehrgenerationenhaus", "Nord"],
      ["Sozialamt", "Mitte"],
    ],
    ties: [
      "Beratungsstelle Mitte–Sozialamt:4@2023",
      "Kinder- und Jugendhaus–Mehrgenerationenhaus:2@2023",
      "Beratungsstelle Mitte–Mehrgenerationenhaus:1@2024",
      "Sozialamt–Kinder- und Jugendhaus:3@2024",
    ],
    waves: ["2023", "2024"],
    repairs: [],
  },
  "06-english.xlsx": {
    actors: [
      ["Riverside Food Bank", "Riverside"],
      ["Hillview Primary School", "Hillview"],
      ["Riverside Youth Club", "Riverside"],
      ["City Housing Office", "Centre"],
    ],
    ties: [
      "Riverside Food Bank–City Housing Office:3@2024",
      "Hillview Primary School–Riverside Youth Club:2@2024",
      "Riverside Youth Club–Riverside Food Bank:1@2024",
    ],
    waves: ["2024"],
    repairs: [],
  },
  "07-ids-und-namen": {
    actors: [
      ["Kita Regenbogen", "Ost"],
      ["Jugendmigrationsdienst", "Ost"],
      ["Stadtteilbibliothek Ost", "Ost"],
      ["Hausaufgabenhilfe e. V.", "West"],
    ],
    ties: [
      "Kita Regenbogen–Stadtteilbibliothek Ost:2@1",
      "Jugendmigrationsdienst–Hausaufgabenhilfe e. V.:1@1",
      "Jugendmigrationsdienst–Kita Regenbogen:3@1",
    ],
    waves: ["1"],
    repairs: [
      ["NAME_VARIANT", "Hausaufgabenhilfe e.V.", "Hausaufgabenhilfe e. V."],
      ["NAME_TYPO", "Kita Regenbogn", "Kita Regenbogen"],
    ],
  },
  "08-partnerlisten.xlsx": {
    actors: [
      ["Frauenhaus Lindenau", "Mitte"],
      ["Beratungsstelle Mitte", "Mitte"],
      ["Polizeirevier Mitte", "Mitte"],
      ["Jobcenter", "Nord"],
    ],
    // named by both sides: one tie, weights summed (TIE_DUPLICATE)
    ties: [
      "Frauenhaus Lindenau–Beratungsstelle Mitte:2@1",
      "Frauenhaus Lindenau–Polizeirevier Mitte:1@1",
      "Beratungsstelle Mitte–Jobcenter:2@1",
    ],
    waves: ["1"],
    repairs: [],
  },
  "09-drei-blaetter.xlsx": {
    actors: [
      ["Kita Sonnenblume", "Nord"],
      ["Elterninitiative Spielplatz", "Nord"],
      ["Erika Beispiel", "Süd"],
      ["Runder Tisch Süd", "Süd"],
    ],
    ties: [
      "Kita Sonnenblume–Elterninitiative Spielplatz:4@1",
      "Elterninitiative Spielplatz–Runder Tisch Süd:2@1",
      "Erika Beispiel–Runder Tisch Süd:3@2",
      "Kita Sonnenblume–Runder Tisch Süd:1@2",
    ],
    waves: ["1", "2"],
    repairs: [],
    tables: [
      ["Akteursliste", "actors"],
      ["Stadtbezirke", "districts"],
      ["Netzwerk", "ties"],
      ["Legende", null],
    ],
  },
  "10-ohne-ueberschrift": {
    actors: [
      ["Museum Lindenau", null],
      ["Theatergruppe Ost", null],
      ["Heimatverein", null],
    ],
    ties: [
      "Museum Lindenau–Heimatverein:1@2023",
      "Theatergruppe Ost–Museum Lindenau:1@2024",
      "Heimatverein–Theatergruppe Ost:1@2024",
    ],
    waves: ["2023", "2024"],
    repairs: [],
  },
  "13-ohne-kopfzeile.xlsx": {
    actors: [
      ["Gemeinwesenarbeit Süd", null],
      ["Kinderschutzbund", null],
      ["Erziehungsberatung", null],
      ["Bürgerstiftung", null],
    ],
    ties: [
      "Gemeinwesenarbeit Süd–Kinderschutzbund:2@1",
      "Kinderschutzbund–Erziehungsberatung:3@1",
      "Erziehungsberatung–Gemeinwesenarbeit Süd:1@1",
      "Gemeinwesenarbeit Süd–Bürgerstiftung:2@1",
    ],
    waves: ["1"],
    repairs: [],
    tables: [["Blatt1", "ties"]],
  },
  "14-titel-und-anmerkungen.xlsx": {
    actors: [
      ["Familienzentrum Lindenhof", "Süd"],
      ["Jugendclub Kiste", "Süd"],
      ["Seniorentreff Am Anger", "West"],
      ["Grundschule an der Aue", "Süd"],
      ["Stadtteilbibliothek Süd", "Süd"],
      ["Quartiersmanagement Anger", "West"],
      ["Sportverein Anger 1921", null],
    ],
    ties: [
      "Familienzentrum Lindenhof–Jugendclub Kiste:4@2024",
      "Familienzentrum Lindenhof–Grundschule an der Aue:5@2024",
      "Jugendclub Kiste–Stadtteilbibliothek Süd:1@2024",
      "Seniorentreff Am Anger–Quartiersmanagement Anger:4@2025",
      "Familienzentrum Lindenhof–Jugendclub Kiste:5@2025",
      "Grundschule an der Aue–Stadtteilbibliothek Süd:4@2025",
      "Quartiersmanagement Anger–Sportverein Anger 1921:1@2025",
      "Stadtteilbibliothek Süd–Familienzentrum Lindenhof:4@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [
      ["WEIGHT_SCALE", "monatlich", "4"],
      ["WEIGHT_SCALE", "wöchentlich", "5"],
      ["WEIGHT_SCALE", "selten", "1"],
      ["ACTOR_ADDED", "Sportverein Anger 1921", "Sportverein Anger 1921"],
      ["NAME_VARIANT", "Stadtteilbibliothek  süd", "Stadtteilbibliothek Süd"],
      ["NAME_TYPO", "Familienzentrum Lindenhoff", "Familienzentrum Lindenhof"],
    ],
    tables: [
      ["Übersicht Akteure", "actors"],
      ["Kontakte 2024-2025", "ties"],
    ],
  },
  "15-libreoffice-english.xlsx": {
    actors: [
      ["Eastside Youth Hub", "Eastside"],
      ["Riverside Library", "Riverside"],
      ["Harbour Food Bank", "Harbour"],
      ["St. Mary's Primary", "Eastside"],
      ["Greenway Allotments", "Riverside"],
      ["Town Hall Events Team", null],
    ],
    ties: [
      "Eastside Youth Hub–Riverside Library:4@2024",
      "Eastside Youth Hub–Harbour Food Bank:5@2024",
      "Harbour Food Bank–Greenway Allotments:1@2025",
      "St. Mary's Primary–Riverside Library:4@2025",
      "Riverside Library–Town Hall Events Team:5@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [
      ["WEIGHT_SCALE", "monthly", "4"],
      ["WEIGHT_SCALE", "weekly", "5"],
      ["WEIGHT_SCALE", "rarely", "1"],
      ["NAME_VARIANT", "St. Marys Primary", "St. Mary's Primary"],
      ["ACTOR_ADDED", "Town Hall Events Team", "Town Hall Events Team"],
    ],
    tables: [
      ["Members", "actors"],
      ["Links", "ties"],
    ],
  },
  "16-liste-mit-titel.csv": {
    actors: [
      ["AWO Treff West", null],
      ["Kita Regenbogen", null],
      ["Grundschule West", null],
      ["Stadtteilbüro West", null],
    ],
    ties: [
      "AWO Treff West–Kita Regenbogen:3@2024",
      "Kita Regenbogen–Grundschule West:2@2024",
      "AWO Treff West–Stadtteilbüro West:1@2025",
      "Grundschule West–Stadtteilbüro West:3@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [
      ["WEIGHT_SCALE", "hoch", "3"],
      ["WEIGHT_SCALE", "mittel", "2"],
      ["WEIGHT_SCALE", "gering", "1"],
    ],
  },
  "17-online-umfrage.csv": {
    actors: [
      ["Kita Sonnenschein", "Nord"],
      ["Grundschule Nord", "Nord"],
      ["Jugendtreff Nord", "Nord"],
      ["Hort am Park", "Mitte"],
    ],
    ties: [
      "Kita Sonnenschein–Grundschule Nord:9@1",
      "Kita Sonnenschein–Jugendtreff Nord:4@1",
      "Grundschule Nord–Hort am Park:9@1",
      "Jugendtreff Nord–Grundschule Nord:1@1",
      "Hort am Park–Kita Sonnenschein:4@1",
    ],
    waves: ["1"],
    tables: [["17-online-umfrage.csv", "ties"]],
  },
  "19-fruehe-hilfen.xlsx": {
    actors: [
      ["Familienzentrum Am Bach", "Südviertel"],
      ["Kita Regenbogen", "Südviertel"],
      ["Jugendtreff Südpol", "Bahnhofsviertel"],
      ["Beratungsstelle Lichtblick", "Altstadt"],
      ["Stadtteilbibliothek Süd", "Südviertel"],
      ["Hebammenpraxis Wiegenlied", "Altstadt"],
      ["Grundschule am Park", "Bahnhofsviertel"],
      ["TuS Süd 1920 e.V.", "Südviertel"],
      ["Quartiersmanagement Süd", null],
    ],
    ties: [
      "Familienzentrum Am Bach–Kita Regenbogen:3@2024",
      "Familienzentrum Am Bach–Beratungsstelle Lichtblick:2@2024",
      "Kita Regenbogen–Grundschule am Park:2@2024",
      "Jugendtreff Südpol–TuS Süd 1920 e.V.:1@2024",
      "Familienzentrum Am Bach–Kita Regenbogen:3@2025",
      "Hebammenpraxis Wiegenlied–Familienzentrum Am Bach:3@2025",
      "Stadtteilbibliothek Süd–Grundschule am Park:2@2025",
      "Jugendtreff Südpol–Quartiersmanagement Süd:2@2025",
      "Kita Regenbogen–Stadtteilbibliothek Süd:1@2025",
      "Grundschule am Park–Jugendtreff Südpol:3@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [
      ["NAME_VARIANT", "Familienzentrum am Bach", "Familienzentrum Am Bach"],
      ["NAME_TYPO", "Kita Regenbogn", "Kita Regenbogen"],
      ["ACTOR_ADDED", "Quartiersmanagement Süd", "Quartiersmanagement Süd"],
      ["NAME_VARIANT", "kita regenbogen", "Kita Regenbogen"],
      ["WEIGHT_SCALE", "oft", "3"],
    ],
    tables: [
      ["Akteursübersicht", "actors"],
      ["Zusammenarbeit", "ties"],
    ],
  },
  "20-kontaktliste.csv": {
    actors: [
      ["Kita Regenbogen", "Südviertel"],
      ["Familienzentrum Am Bach", "Südviertel"],
      ["Beratungsstelle Lichtblick", "Altstadt"],
      ["Jugendtreff Südpol", "Bahnhofsviertel"],
      ["TuS Süd 1920 e.V.", "Südviertel"],
    ],
    ties: [
      "Kita Regenbogen–Familienzentrum Am Bach:5@2024",
      "Familienzentrum Am Bach–Beratungsstelle Lichtblick:4@2024",
      "Jugendtreff Südpol–TuS Süd 1920 e.V.:1@2024",
      "Beratungsstelle Lichtblick–Kita Regenbogen:3@2025",
      "Jugendtreff Südpol–Familienzentrum Am Bach:4@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [
      ["WEIGHT_SCALE", "wöchentlich", "5"],
      ["WEIGHT_SCALE", "monatlich", "4"],
      ["WEIGHT_SCALE", "selten", "1"],
      ["WEIGHT_SCALE", "mehrmals im Jahr", "3"],
      ["WEIGHT_SCALE", "14-tägig", "4"],
    ],
    tables: [["20-kontaktliste.csv", "ties"]],
  },
  "21-blatt-je-jahr.xlsx": {
    actors: [
      ["Kinderhaus Pusteblume", "Weststadt"],
      ["Stadtteiltreff Linde", "Weststadt"],
      ["Gesamtschule West", "Nordweststadt"],
      ["Beratungsstelle Kompass", "Mitte"],
    ],
    ties: [
      "Kinderhaus Pusteblume–Stadtteiltreff Linde:2@2024",
      "Stadtteiltreff Linde–Gesamtschule West:2@2024",
      "Kinderhaus Pusteblume–Stadtteiltreff Linde:2@2025",
      "Gesamtschule West–Beratungsstelle Kompass:2@2025",
      "Beratungsstelle Kompass–Kinderhaus Pusteblume:2@2025",
    ],
    waves: ["2024", "2025"],
    repairs: [["NAME_TYPO", "Beratungsstelle Kompas", "Beratungsstelle Kompass"]],
    tables: [
      ["Einrichtungen", "actors"],
      ["Kooperationen 2024", "ties"],
      ["Kooperationen 2025", "ties"],
    ],
  },
  "11-befragung.csv": {
    actors: [
      ["Pflegestützpunkt", null],
      ["Seniorenbüro Ost", null],
      ["Hausarztpraxis am Markt", null],
      ["Nachbarschaftshilfe", null],
    ],
    ties: [
      "Pflegestützpunkt–Seniorenbüro Ost:8@2024",
      "Pflegestützpunkt–Hausarztpraxis am Markt:5@2024",
      "Seniorenbüro Ost–Nachbarschaftshilfe:1@2024",
    ],
    waves: ["2024"],
    repairs: [
      ["WEIGHT_SCALE", "monatlich", "4"],
      ["WEIGHT_SCALE", "wöchentlich", "5"],
      ["WEIGHT_SCALE", "jährlich", "1"],
    ],
  },
};

interface Exported {
  actors: Array<{ id: string; name: string; district?: string }>;
  ties: Array<{ source: string; target: string; weight: number; wave: string }>;
  waves: string[];
}

function exported(path: string, extra: string[] = []): { dataset: Exported; stderr: string; code: number } {
  const out = join(mkdtempSync(join(tmpdir(), "vernetzt-sheets-")), "x.json");
  const run = vernetzt("export", path, "--format", "json", "--out", out, ...extra);
  return {
    dataset: run.code === 0 ? JSON.parse(readFileSync(out, "utf8")) : null,
    stderr: run.stderr,
    code: run.code,
  };
}

function tiesOf(dataset: Exported): string[] {
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.ties.map((t) => `${name.get(t.source)}–${name.get(t.target)}:${t.weight}@${t.wave}`);
}

EXPECTED["18-libreoffice.ods"] = EXPECTED["14-titel-und-anmerkungen.xlsx"]!; // the same workbook, saved by LibreOffice

describe("a coordinator's own spreadsheet loads in one try (vernetzt export / validate)", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: the right actors, ties, waves, weights and districts, every repair listed`, () => {
      const { dataset, stderr, code } = exported(fixture(name));
      expect(code, stderr).toBe(0);
      expect(dataset.actors.map((a) => [a.name, a.district ?? null])).toEqual(expected.actors);
      expect(tiesOf(dataset)).toEqual(expected.ties);
      expect(dataset.waves).toEqual(expected.waves);
      const validate = vernetzt("validate", fixture(name), "--json");
      expect(validate.code).toBe(0);
      const report = JSON.parse(validate.stdout);
      expect(report.ok).toBe(true);
      if (expected.repairs) {
        expect(
          report.repairs.map((r: { code: string; original: string; resolved: string }) => [
            r.code,
            r.original,
            r.resolved,
          ]),
        ).toEqual(expected.repairs);
      }
      if (expected.tables) {
        expect(
          report.mapping.tables.map((t: { file: string; kind: string | null }) => [t.file, t.kind]),
        ).toEqual(expected.tables);
      }
      // the printed --columns lines reproduce the same dataset
      const again = exported(
        fixture(name),
        report.columns.flatMap((line: string) => ["--columns", line]),
      );
      expect(again.dataset).toEqual(dataset);
    });
  }

  it("12-mit-fehlern.xlsx: bad rows are listed with file, row, column and what to do; --skip-bad-rows uses the rest", () => {
    const path = fixture("12-mit-fehlern.xlsx");
    const validate = vernetzt("validate", path, "--json");
    expect(validate.code).toBe(1);
    const report = JSON.parse(validate.stdout);
    expect(
      report.issues.map(
        (i: { code: string; file: string; row: number; column: string }) =>
          `${i.code}@${i.file}:${i.row}:${i.column}`,
      ),
    ).toEqual(["WEIGHT_INVALID@Beziehungen:3:Gewicht", "TIE_ENDPOINT_EMPTY@Beziehungen:4:Zu"]);
    const strict = exported(path);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("--skip-bad-rows");
    const partial = exported(path, ["--skip-bad-rows"]);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toContain("WEIGHT_INVALID");
    expect(tiesOf(partial.dataset)).toEqual([
      "Bürgerverein Mitte–Stadtteilzeitung:2@1",
      "Bürgerverein Mitte–Werkstatt für alle:1.5@1",
    ]);
  });

  it("validate prints what it understood and the --columns that reproduce it, in German", () => {
    const { stdout } = runCli(["validate", fixture("02-nummerierte-listen"), "--lang", "de"]);
    expect(stdout).toContain("„Export_2.csv“ → Beziehungen (5 Zeilen) (an den Spalten erkannt)");
    expect(stdout).toContain("„Nr. Partner“ → Zu (an der Überschrift erkannt)");
    expect(stdout).toContain("als Zusatzspalten behalten: „Ansprechpartner“");
    expect(stdout).toContain("--columns 'Export_2.csv/Nr. Partner=target'");
  });

  it("--columns and --mapping override a guess; a line naming nothing is a usage error listing what there is", () => {
    const path = fixture("04-kooperationen.csv");
    const swapped = exported(path, ["--columns", "Akteur 1=target", "--columns", "Akteur 2=source"]);
    expect(tiesOf(swapped.dataset)[0]).toBe("Volkshochschule–Stadtbibliothek:2.5@2023");
    const file = join(mkdtempSync(join(tmpdir(), "vernetzt-mapping-")), "zuordnung.txt");
    writeFileSync(file, "# Zuordnung\nAkteur 1=target\nAkteur 2=source\n");
    expect(exported(path, ["--mapping", file]).dataset).toEqual(swapped.dataset);
    const wrong = vernetzt("validate", path, "--columns", "Farbe=weight");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('no column "Farbe"');
    expect(wrong.stderr).toContain("Akteur 1, Akteur 2, Stärke, Erhebungsjahr");
    expect(wrong.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("keeps every kind as written and groups by it, or by any extra column", () => {
    const english = runCli([
      "analyze",
      fixture("06-english.xlsx"),
      "--group-by",
      "kind",
      "--min-group-size",
      "1",
      "--json",
    ]);
    expect(english.code, english.stderr).toBe(0);
    expect(JSON.parse(english.stdout).groups.kind.categories).toEqual(["charity", "organisation", "school"]);
    const workbook = runCli([
      "analyze",
      fixture("01-arbeitsmappe"),
      "--group-by",
      "Träger",
      "--min-group-size",
      "1",
      "--json",
    ]);
    expect(JSON.parse(workbook.stdout).groups.Träger.categories).toEqual([
      "AWO",
      "Diakonie",
      "Stadt Lindenau",
      "Verein",
    ]);
  });

  it("vernetzt template writes the template; filled in as it is, it loads", () => {
    const dir = mkdtempSync(join(tmpdir(), "vernetzt-template-"));
    const file = join(dir, "vorlage.xlsx");
    expect(vernetzt("template", "--out", file).code).toBe(0);
    expect(vernetzt("template", "--out", file).code).toBe(2); // kept unless --force
    expect(vernetzt("template", "--out", file, "--force").code).toBe(0);
    const report = JSON.parse(vernetzt("validate", file, "--json").stdout);
    expect(report.ok).toBe(true);
    expect(report.mapping.tables.map((t: { file: string; kind: string | null }) => [t.file, t.kind])).toEqual(
      [
        ["Akteure", "actors"],
        ["Beziehungen", "ties"],
        ["Hinweise", null],
      ],
    );
    expect(report.columns).toEqual([]);
    expect(report.issues.map((i: { code: string }) => i.code)).toEqual(["ACTOR_ADDED"]);
  });
});
