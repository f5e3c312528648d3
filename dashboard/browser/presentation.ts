/**
 * Presentation mode for forum talks: full screen, no sidebar or controls, larger type, one page per slide.
 * → / Bild ab: next page, ← / Bild auf: previous page, Esc: leave. The mode survives page changes (session
 * storage), so a talk walks through the dashboard's pages in sidebar order.
 */
import { el } from "./dom.js";

const KEY = "vernetzt-presentation";
const CLASS = "vz-present";

/** The pages in sidebar order, each once (the title link and "Überblick" both lead home). */
function pages(): string[] {
  const links = document.querySelectorAll<HTMLAnchorElement>("#observablehq-sidebar a[href]");
  return [...new Set([...links].map((a) => a.href))];
}

function go(step: number): void {
  const hrefs = pages();
  const here = new URL(location.href);
  here.search = "";
  here.hash = "";
  const current = hrefs.findIndex(
    (href) => href === here.href || href === here.href.replace(/\/index$/, "/"),
  );
  const next = hrefs[current + step];
  if (current >= 0 && next) location.assign(next);
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
}

/** Adds the presentation button (once per page) and the keyboard shortcuts. */
export function installPresentationMode(): void {
  if (document.getElementById("vz-present-toggle")) return;
  const button = el("button", { id: "vz-present-toggle", type: "button", class: "vz-present-toggle" });
  button.addEventListener("click", () => setMode(!document.body.classList.contains(CLASS), button));
  document.addEventListener("keydown", (event) => {
    if (!document.body.classList.contains(CLASS)) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, select, textarea")) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") go(1);
    else if (event.key === "ArrowLeft" || event.key === "PageUp") go(-1);
    else if (event.key === "Escape") setMode(false, button);
    else return;
    event.preventDefault();
  });
  document.body.append(button);
  setMode(sessionStorage.getItem(KEY) === "1", button);
}
