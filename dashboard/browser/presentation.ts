/**
 * Presentation mode for forum talks: full screen, no sidebar or controls, larger type, **one view per
 * slide** — the network, each chart, the gap map, the indicator with its components, a recommendation
 * list, the overview's key figures. → / Bild ab: next view (after a page's last view, the next page's
 * first), ← / Bild auf: previous view, Esc: leave. The mode and the position survive page changes
 * (session storage), so a talk walks through the dashboard's views in sidebar order. A page without views
 * (Methodik, Eigene Daten) is passed by when stepping (shown, fitted, only when the talk starts there). Laid out for a projector's 1280×720:
 * - a chart with a figure behind its export buttons is shown as that figure (`@vernetzt/figures`), drawn
 *   for the screen's free space, so chart text is 18 px and the slide's title is the figure's sentence;
 * - `[data-slide-items]` makes each child its own slide (one recommendation per slide), `[data-slide-skip]`
 *   leaves a view out, `.vz-present-only` shows only here (Akteure: the best-connected actors);
 * - controls, tables and export buttons are hidden (style.css), the network's labels are 18 px;
 * - a view taller than the screen is scaled to fit, never cut.
 */
import { el } from "./dom.js";
import { figureOf } from "./export.js";
import { installPrintView } from "./print.js";

const KEY = "vernetzt-presentation";
/** Which view to show when a page opens: "first" or "last" (after stepping back). */
const ENTRY_KEY = "vernetzt-presentation-entry";
const CLASS = "vz-present";
const SLIDES_CLASS = "vz-slides";
const CURRENT = "vz-slide-current";
const PATH = "vz-slide-path";

/** What counts as a view; `data-slide="Titel"` marks one explicitly. */
const VIEW_SELECTOR = [
  "[data-slide]",
  ".vz-network",
  ".vz-chart",
  "figure.vz-map",
  ".vz-actors",
  ".vz-recommendations",
  ".grid",
].join(", ");

let current = 0;
/** How this page was reached in presentation mode: 1 stepping forward, -1 back, 0 started here. */
let arrivedBy: 1 | -1 | 0 = 0;
/** Waiting to pass a page without views by. */
let passing: ReturnType<typeof setTimeout> | null = null;
const PASS_BY_MS = 1500;
/** After stepping back into a page: stay on its last view while its cells are still rendering. */
let followLast = false;

/** The views of this page in document order; a view inside another is part of it. */
function slides(): HTMLElement[] {
  const main = document.querySelector("main");
  if (!main) return [];
  const found = [...main.querySelectorAll<HTMLElement>(VIEW_SELECTOR)].filter(
    (v) => !v.closest("[data-slide-skip]"),
  );
  const outer = found.filter((view) => !found.some((other) => other !== view && other.contains(view)));
  return outer.flatMap((view) =>
    view.hasAttribute("data-slide-items") ? ([...view.children] as HTMLElement[]) : [view],
  );
}

/** The network view's label size on the page, and on a slide (projector: 18 px). */
const LABEL_SIZE = { page: 13, slide: 18 } as const;
const FIGURE_CLASS = "vz-slide-figure";

/**
 * Shows the figure behind a chart's export buttons in place of the chart, drawn for the free space (1 SVG
 * unit = 1 px: chart text 18 px); returns its sentence. Nothing for the network, which stays interactive.
 */
function showFigure(view: HTMLElement, suffix: string): string | null {
  view.querySelector(`:scope > .${FIGURE_CLASS}`)?.remove();
  view.classList.remove("vz-has-figure");
  const make = view.matches(".vz-network") ? undefined : figureOf(view);
  if (!make) return null;
  // The sentence first: it becomes the slide's title, which may take a second line above the figure.
  const main = document.querySelector<HTMLElement>("main");
  const message = make({}).message;
  if (main) main.dataset.slideTitle = `${message}${suffix}`;
  // Measure the holder itself (a figure element has margins): 1 SVG unit must be 1 px.
  const holder = el("div", { class: FIGURE_CLASS, role: "img" });
  view.prepend(holder);
  view.classList.add("vz-has-figure");
  const box = holder.getBoundingClientRect();
  const width = Math.max(320, Math.min(4000, Math.floor(box.width || innerWidth - 64)));
  const free = Math.max(200, Math.floor(innerHeight - Math.max(0, box.top) - 16));
  // The slide's title already says what the figure shows: its own title is left out, the room goes to the chart.
  const figure = make({ width, height: free, heading: false });
  holder.setAttribute("aria-label", figure.message);
  holder.innerHTML = figure.svg.replace(/^<\?xml[^>]*>\s*/, "");
  // A figure that needs more than the free height (a matrix of many districts) is scaled down to it. CSS
  // zoom cannot do that here: the SVG is as wide as the slide, and a zoomed block of full width stays as tall.
  // Only what would leave the screen is scaled (the 16 px asked for above are slack, not a limit).
  const room = Math.floor(innerHeight - Math.max(0, box.top) - 2);
  const svg = holder.querySelector<SVGSVGElement>("svg");
  if (svg && figure.height > room) {
    svg.style.height = `${room}px`;
    svg.style.width = "auto";
  }
  return figure.message;
}

/** Scales a view that is taller than the screen so nothing is cut (CSS zoom; 1 when it fits). */
function fitToScreen(view: HTMLElement): void {
  view.style.removeProperty("zoom");
  const box = view.getBoundingClientRect();
  const free = innerHeight - Math.max(0, box.top) - 8;
  const needed = Math.max(box.height, view.scrollHeight);
  if (needed > free && free > 0) view.style.setProperty("zoom", String(Math.max(0.5, free / needed)));
}

function setNetworkLabels(on: boolean): void {
  const sigma = (window as unknown as { vernetztSigma?: { setSetting(key: string, value: number): void } })
    .vernetztSigma;
  sigma?.setSetting("labelSize", on ? LABEL_SIZE.slide : LABEL_SIZE.page);
}

/** The slide's title: `data-slide`, else its list's label, else the chart's label, else the nearest heading before it. */
function titleOf(view: HTMLElement): string {
  const explicit = view.dataset.slide;
  if (explicit) return explicit;
  const list = view.parentElement?.hasAttribute("data-slide-items")
    ? view.parentElement.getAttribute("aria-label")
    : null;
  if (list) return list;
  const label = view.querySelector("svg[aria-label]")?.getAttribute("aria-label");
  if (label) return label;
  const headings = [...document.querySelectorAll("main h1, main h2, main h3")];
  const before = headings.filter(
    (h) => h.compareDocumentPosition(view) & Node.DOCUMENT_POSITION_FOLLOWING && !view.contains(h),
  );
  return (before.at(-1) ?? headings[0])?.textContent?.trim() ?? document.title;
}

/** The pages in sidebar order, each once (the title link and "Überblick" both lead home). */
function pages(): string[] {
  const links = document.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar a[href]");
  return [...new Set([...links].map((a) => a.href))];
}

function goToPage(step: number): void {
  const hrefs = pages();
  const here = new URL(location.href);
  here.search = "";
  here.hash = "";
  const index = hrefs.findIndex((href) => href === here.href || href === here.href.replace(/\/index$/, "/"));
  const next = hrefs[index + step];
  if (index >= 0 && next) {
    sessionStorage.setItem(ENTRY_KEY, step < 0 ? "last" : "first");
    location.assign(next);
  }
}

/** Shows view `current` of this page (or the whole page when it has none). */
function showSlide(): void {
  const main = document.querySelector("main");
  for (const node of document.querySelectorAll(`.${CURRENT}, .${PATH}`)) node.classList.remove(CURRENT, PATH);
  const on = document.body.classList.contains(CLASS);
  for (const figure of document.querySelectorAll(`.${FIGURE_CLASS}`)) figure.remove();
  for (const view of document.querySelectorAll<HTMLElement>(".vz-has-figure"))
    view.classList.remove("vz-has-figure");
  for (const view of document.querySelectorAll<HTMLElement>("[style*=zoom]"))
    view.style.removeProperty("zoom");
  if (!on) setNetworkLabels(false);
  const views = on ? slides() : [];
  document.body.classList.toggle(SLIDES_CLASS, views.length > 0);
  if (!main || views.length === 0) {
    main?.removeAttribute("data-slide-title");
    // A page without views (Methodik, Eigene Daten) is text to read, not a slide: stepping passes it by.
    // Its cells render after this runs: decide once they had time to.
    if (on && arrivedBy !== 0 && !passing) {
      const direction = arrivedBy;
      passing = setTimeout(() => {
        if (document.body.classList.contains(CLASS) && slides().length === 0) goToPage(direction);
      }, PASS_BY_MS);
    } else if (on && main) fitToScreen(main);
    return;
  }
  if (followLast) current = views.length - 1;
  current = Math.max(0, Math.min(current, views.length - 1));
  const view = views[current]!;
  view.classList.add(CURRENT);
  for (let node = view.parentElement; node && node !== main; node = node.parentElement)
    node.classList.add(PATH);
  const suffix = ` (${current + 1}/${views.length})`;
  main.dataset.slideTitle = `${titleOf(view)}${suffix}`;
  showFigure(view, suffix);
  setNetworkLabels(true);
  // Sigma and Plot measure their container: let a network resize to the slide.
  window.dispatchEvent(new Event("resize"));
  fitToScreen(view);
}

function step(direction: 1 | -1): void {
  followLast = false;
  const count = slides().length;
  const next = current + direction;
  if (count > 0 && next >= 0 && next < count) {
    current = next;
    showSlide();
  } else goToPage(direction);
}

function setMode(on: boolean, button: HTMLButtonElement): void {
  document.body.classList.toggle(CLASS, on);
  button.setAttribute("aria-pressed", String(on));
  button.textContent = on ? "Präsentation beenden (Esc)" : "Präsentation";
  if (on) sessionStorage.setItem(KEY, "1");
  else sessionStorage.removeItem(KEY);
  if (on && !document.fullscreenElement)
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  showSlide();
}

/** Adds the presentation button (once per page) and the keyboard shortcuts. */
export function installPresentationMode(): void {
  installPrintView();
  if (document.getElementById("vz-present-toggle")) return;
  const button = el("button", { id: "vz-present-toggle", type: "button", class: "vz-present-toggle" });
  button.addEventListener("click", () => {
    current = 0;
    setMode(!document.body.classList.contains(CLASS), button);
  });
  document.addEventListener("keydown", (event) => {
    if (!document.body.classList.contains(CLASS)) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, select, textarea")) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") step(1);
    else if (event.key === "ArrowLeft" || event.key === "PageUp") step(-1);
    else if (event.key === "Escape") setMode(false, button);
    else return;
    event.preventDefault();
  });
  document.body.append(button);
  // The page's cells render after this runs: follow them until the views are there.
  const entry = sessionStorage.getItem(ENTRY_KEY);
  sessionStorage.removeItem(ENTRY_KEY);
  current = 0;
  followLast = entry === "last";
  arrivedBy = entry === "last" ? -1 : entry === "first" ? 1 : 0;
  let scheduled = false;
  const main = document.querySelector("main");
  if (main) {
    new MutationObserver(() => {
      if (scheduled || !document.body.classList.contains(CLASS)) return;
      if (document.querySelector(`.${CURRENT}`) && !followLast) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        showSlide();
      });
    }).observe(main, { childList: true, subtree: true });
  }
  setMode(sessionStorage.getItem(KEY) === "1", button);
}
