/**
 * No markup from the data runs in the handouts: a dataset whose names, ids, sectors, districts, topics, offers,
 * needs, extra columns and tie types hold script payloads is turned into handouts by the real CLI, and every
 * page is opened in headless Chromium (playwright-core, `/usr/bin/chromium`). Checked in the parsed DOM: no
 * payload ran, no dialog opened, the pages have no script, event-handler attribute or `javascript:` link, and
 * the payloads are shown as literal text. Skipped (with a message) when Chromium is not installed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_COMMAND } from "../cli/run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (path): path is string => typeof path === "string" && existsSync(path),
);
const work = mkdtempSync(join(tmpdir(), "vernetzt-markup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Payloads: each would count up `window.__ran` (or open a dialog) if the browser executed it. */
const PAYLOADS = [
  "<script>window.__ran=(window.__ran||0)+1</script>",
  '<img src=x onerror="window.__ran=(window.__ran||0)+1">',
  '"><svg onload="window.__ran=(window.__ran||0)+1">',
  "javascript:window.__ran=(window.__ran||0)+1",
  '\'><iframe srcdoc="<script>parent.__ran=1</script>">',
  "</style><script>alert(1)</script>",
  '<a href="javascript:alert(1)">Link</a>',
];

/** A CSV field, quoted (payloads contain quotes and semicolons). */
const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

function writeDataset(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const [script, img, svg, js, iframe, style, link] = PAYLOADS as [string, ...string[]];
  const actors = [
    ["ID", "Name", "Art", "Bereich", "Stadtteil", "Themen", "bietet", "sucht", "Webseite"],
    ["a", `Verein ${script}`, "Organisation", img!, svg!, `Kultur; ${js}`, `Räume; ${iframe}`, style!, link!],
    [svg!, `Treff ${img}`, "Gruppe", js!, "Mitte", `Kultur; ${script}`, style!, `Räume; ${iframe}`, js!],
    ["c", `Café ${style}`, "Organisation", link!, "Mitte", `Kultur; ${svg}`, "Räume", link!, ""],
    ["d", `Chor ${iframe}`, "Gruppe", "Kultur", svg!, `Kultur; ${img}`, `Räume; ${js}`, "", script],
  ];
  const ties = [
    ["Von", "Zu", "Art der Beziehung"],
    ["a", svg!, script],
    [svg!, "c", img!],
    ["c", "d", js!],
  ];
  const csv = (rows: string[][]) => `${rows.map((row) => row.map(q).join(";")).join("\r\n")}\r\n`;
  writeFileSync(join(dir, "akteure.csv"), csv(actors));
  writeFileSync(join(dir, "beziehungen.csv"), csv(ties));
}

let browser: Browser | undefined;
let pages: string[] = [];
beforeAll(async () => {
  const data = join(work, "data");
  writeDataset(data);
  const out = join(work, "handouts");
  const run = spawnSync(process.execPath, [...CLI_COMMAND, "handouts", data, "--out", out], {
    cwd: root,
    encoding: "utf8",
  });
  expect([run.status, run.stderr]).toEqual([0, expect.any(String)]);
  pages = readdirSync(out)
    .sort()
    .map((name) => join(out, name));
  if (CHROMIUM) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
  }
}, 120_000);
afterAll(async () => browser?.close());

describe.skipIf(!CHROMIUM)("handouts with markup in every field (headless Chromium)", () => {
  it("writes one page per actor and an index", () => {
    expect(pages).toHaveLength(5);
  });

  it("runs no payload, opens no dialog, and shows every payload as literal text", async () => {
    const page = await browser!.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const shown = new Set<string>();
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.waitForTimeout(50);
      const found = await page.evaluate(() => {
        const elements = [...document.querySelectorAll("*")];
        return {
          ran: (window as unknown as { __ran?: number }).__ran ?? 0,
          scripts: document.querySelectorAll("script, iframe, svg, img, object, embed").length,
          handlers: elements.flatMap((e) =>
            [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name),
          ),
          jsLinks: [...document.querySelectorAll("[href], [src]")]
            .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "")
            .filter((url) => url.trim().toLowerCase().startsWith("javascript:")),
          text: document.body.textContent ?? "",
        };
      });
      const name = file.slice(work.length);
      expect([name, found.ran, found.scripts, found.handlers, found.jsLinks]).toEqual([name, 0, 0, [], []]);
      for (const payload of PAYLOADS) if (found.text.includes(payload)) shown.add(payload);
    }
    expect(dialogs).toEqual([]);
    // every payload reaches some page as visible text (names, sectors, topics, offers, needs)
    expect([...shown].sort()).toEqual([...PAYLOADS].sort());
    await page.close();
  });
});

it.runIf(!CHROMIUM)("handouts markup test needs Chromium (apt-get install -y chromium)", () => {
  console.warn("skipped: no Chromium at /usr/bin/chromium or CHROMIUM_PATH");
});
