/**
 * What the BUILT dashboard publishes (issue #17): the test makes a city with two small districts (Klein: two
 * associations and a person without consent; Winzig: two associations and a person with consent), builds the
 * site, and then attacks `dist/` as anyone who downloads it would:
 * - the suppressed district pairs that hold a person's ties cannot be recounted from the published data files
 *   (network nodes with their district, edges with their waves): the recount must differ from the true figure;
 * - no published file names the person without consent, her id, phone number, topics or organisation;
 * - every page's Content-Security-Policy allows its inline scripts by hash only (no `'unsafe-inline'`).
 * One build (the repository's `scripts/build.mjs`), about a minute on a loaded machine.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const dashboard = fileURLToPath(new URL("../../dashboard", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "vernetzt-built-site-"));
const data = join(root, "stadt");
const dist = join(root, "dist");

const ACTORS = [
  "ID;Name;Art;Bereich;Stadtteil;Themen;bietet;sucht;Mitglied von;Einwilligung;Telefon",
  ...["m1", "m2", "m3", "m4", "m5", "m6"].map(
    (id) => `${id};Verein ${id};Organisation;Sport;Mitte;Sport;;;;;`,
  ),
  ...["n1", "n2", "n3", "n4", "n5", "n6"].map(
    (id) => `${id};Verein ${id};Organisation;Kultur;Nord;Kultur;;;;;`,
  ),
  "k1;Kleingarten Klein;Organisation;Sport;Klein;Garten;;;;;",
  "k2;Chor Klein;Organisation;Kultur;Klein;Musik;;;;;",
  "hh;Hanna Heimlich;Person;Sport;Klein;Trauerbegleitung;Sterbebegleitung;Fahrdienst;k2;nein;0151-0000-9876",
  "w1;Winzigverein;Organisation;Sport;Winzig;Sport;;;;;",
  "w2;Winzigtreff;Organisation;Kultur;Winzig;Kultur;;;;;",
  "ww;Wilma Winzig;Person;Kultur;Winzig;Kultur;;;;ja;",
].join("\n");

const TIES = [
  "Von;Zu;Welle",
  ...["m1-m2", "m2-m3", "m3-m4", "m4-m5", "m5-m6", "n1-n2", "n2-n3", "n3-n4", "n4-n5", "n5-n6", "m1-n1"].map(
    (pair) => `${pair.replace("-", ";")};2024`,
  ),
  "k1;k2;2024",
  "k1;m1;2024",
  "hh;m2;2024",
  "hh;m3;2024",
  "hh;k2;2024",
  "w1;w2;2024",
  "w1;n1;2024",
  "ww;n2;2024",
  "ww;n3;2024",
  "ww;m4;2024",
].join("\n");

/** District of each actor in the data (the truth the site must not give away). */
const DISTRICT = Object.fromEntries(
  ACTORS.split("\n")
    .slice(1)
    .map((line) => {
      const cells = line.split(";");
      return [cells[0]!, cells[4]!];
    }),
);

/** True number of ties between two districts (both directions), read off the fixture. */
function trueCount(a: string, b: string): number {
  return TIES.split("\n")
    .slice(1)
    .map((line) => line.split(";"))
    .filter(([from, to]) => {
      const pair = [DISTRICT[from!], DISTRICT[to!]];
      return (pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a);
    }).length;
}

/** Every file below `dir` with its path relative to `dir`. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => {
    try {
      return readFileSync(join(dir, name)) !== undefined;
    } catch {
      return false;
    }
  });
}

interface PublishedNetwork {
  nodes: Array<{ id: string; name: string; kind?: string; district?: string; topics?: string[] }>;
  edges: Array<{ source: string; target: string; waves: string[] }>;
}

let network: PublishedNetwork;

beforeAll(() => {
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, "akteure.csv"), `${ACTORS}\n`);
  writeFileSync(join(data, "beziehungen.csv"), `${TIES}\n`);
  const result = spawnSync(process.execPath, [join(dashboard, "scripts/build.mjs")], {
    cwd: dashboard,
    encoding: "utf8",
    env: {
      ...process.env,
      VERNETZT_DATA: data,
      VERNETZT_DASHBOARD_OUT: dist,
      OBSERVABLE_TELEMETRY_DISABLE: "true",
    },
  });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stderr}`);
  const file = readdirSync(join(dist, "_file/data")).find((name) => /^network\.[0-9a-f]+\.json$/.test(name));
  network = JSON.parse(readFileSync(join(dist, "_file/data", file!), "utf8")) as PublishedNetwork;
}, 1_200_000);

describe("the built site gives away no suppressed figure and no protected person", () => {
  it("the suppressed district pairs with a person's ties cannot be recounted from the published network", () => {
    const published = new Map(network.nodes.map((node) => [node.id, node.district]));
    const recount = (a: string, b: string) =>
      network.edges.filter((edge) => {
        const pair = [published.get(edge.source), published.get(edge.target)];
        return (
          edge.waves.includes("2024") &&
          ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a))
        );
      }).length;
    for (const [small, other] of [
      ["Klein", "Mitte"],
      ["Winzig", "Nord"],
      ["Winzig", "Mitte"],
    ] as const) {
      expect(trueCount(small, other), `${small}–${other} in the fixture`).toBeGreaterThan(0);
      expect(recount(small, other), `${small}–${other} recounted from dist/`).not.toBe(
        trueCount(small, other),
      );
    }
    // The attacker's next try: the persons the site shows without a district, taken as the small districts.
    const unplaced = (other: string) =>
      network.edges.filter((edge) => {
        const pair = [published.get(edge.source), published.get(edge.target)];
        return pair.includes(other) && pair.includes(undefined);
      }).length;
    expect(recount("Klein", "Mitte") + unplaced("Mitte")).not.toBe(trueCount("Klein", "Mitte"));
    // Persons in a small district are published without it; associations keep theirs (not personal data).
    expect(network.nodes.filter((node) => node.kind === "person").map((node) => node.district)).toEqual([
      undefined,
      undefined,
    ]);
    expect(published.get("k1")).toBe("Klein");
  });

  it("no published file names the person without consent, her id, phone, topics or organisation", () => {
    for (const name of filesBelow(dist)) {
      const text = readFileSync(join(dist, name), "utf8");
      for (const secret of [
        "Hanna Heimlich",
        "Heimlich",
        "0151-0000-9876",
        "Trauerbegleitung",
        "Sterbebegleitung",
      ])
        expect(text.includes(secret), `${secret} in ${name}`).toBe(false);
    }
    const person = network.nodes.find((node) => node.name === "Person 1");
    expect(person).toMatchObject({ kind: "person", topics: [] });
    expect(JSON.stringify(person)).not.toContain("k2");
  });

  it("every page allows its inline scripts by SHA-256 hash, never 'unsafe-inline'", () => {
    const pages = readdirSync(dist).filter((name) => name.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), "utf8");
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
      expect(policy, page).toBeDefined();
      const scriptSrc = policy!.split(";").find((part) => part.trim().startsWith("script-src"));
      if (scriptSrc === undefined) {
        // a page the build writes itself (bericht.html): nothing may run at all
        expect(policy, page).toContain("default-src 'none'");
        expect(/<script\b/i.test(html), page).toBe(false);
        continue;
      }
      expect(scriptSrc, page).not.toContain("unsafe-inline");
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
      expect(inline.length, page).toBeGreaterThan(0);
      for (const [, body] of inline)
        expect(scriptSrc, page).toContain(
          `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`,
        );
    }
  });
});
