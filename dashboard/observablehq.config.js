/**
 * Observable Framework configuration of the vernetzt dashboard.
 *
 * Offline by design: no CDN (pages import only bundled local modules), no web fonts (`globalStylesheets: []`),
 * and a Content-Security-Policy that lets the browser talk to this server only. See docs/dashboard.md.
 */
const CSP = [
  "default-src 'self'",
  // Framework inlines each page's module script; everything else is a file of this site. scripts/build.mjs
  // replaces 'unsafe-inline' in every built page by the hashes of its inline scripts (preview keeps it).
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export default {
  root: "src",
  // The browser tests build into a temporary folder, so they never replace the dashboard you built.
  output: process.env.VERNETZT_DASHBOARD_OUT || "dist",
  title: "vernetzt",
  lang: "de-DE",
  theme: ["air", "alt"],
  globalStylesheets: [],
  style: "style.css",
  search: false,
  sidebar: true,
  pager: false,
  toc: false,
  pages: [
    { name: "Überblick", path: "/" },
    { name: "Netzwerk", path: "/netzwerk" },
    { name: "Lückenkarte", path: "/luecken" },
    { name: "Akteure", path: "/akteure" },
    { name: "Empfehlungen", path: "/empfehlungen" },
    { name: "Arbeitskreise", path: "/arbeitskreise" },
    { name: "Tischplan", path: "/tischplan" },
    { name: "Transferprojekte", path: "/transferprojekte" },
    { name: "Entwicklung", path: "/entwicklung" },
    { name: "Methodik", path: "/methodik" },
    { name: "Befragung", path: "/befragung" },
    { name: "Eigene Daten", path: "/eigene-daten" },
  ],
  head: `<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="icon" href="data:,">`,
  header: "",
  footer: "vernetzt · alle Daten bleiben auf diesem Rechner",
};
