#!/usr/bin/env node
/**
 * Serves `dashboard/dist` (or `VERNETZT_DASHBOARD_OUT`) on http://127.0.0.1:<PORT> (default 3000), loopback only, no dependencies.
 * Paths without an extension get `.html` (Framework's clean URLs); `/` is `index.html`.
 * Every file but the pages has a content hash in its name (Framework's build), so the browser may keep it for
 * good; pages are revalidated on every visit, so a new build is seen at once.
 * Only requests for a loopback name (`localhost`, `127.0.0.1`, `[::1]`, any port) are answered: a web page
 * whose domain an attacker points at 127.0.0.1 (DNS rebinding) sends its own name as `Host` and gets 421.
 * Pages may not be framed (`frame-ancestors 'none'`) and send no referrer.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const dashboard = fileURLToPath(new URL("..", import.meta.url));
const dist = resolve(dashboard, process.env.VERNETZT_DASHBOARD_OUT || "dist");
const port = Number(process.env.PORT ?? 3000);
const host = "127.0.0.1";

/** `name.<8 hex digits>.ext`: content-hashed by Framework, never changes under the same name. */
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/** The file for a URL path, or null when it is outside `dist` or missing. */
function fileFor(urlPath) {
  try {
    let path = decodeURIComponent(urlPath.split("?")[0]);
    if (path.endsWith("/")) path += "index";
    if (!extname(path)) path += ".html";
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep)) return null;
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Loopback names a browser on this computer sends as `Host` (with or without a port). */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a `Host` header names this computer's loopback interface. */
function isLoopbackHost(value) {
  if (typeof value !== "string") return false;
  const name = value
    .trim()
    .toLowerCase()
    .replace(/:\d{1,5}$/, "")
    .replace(/\.$/, "");
  return LOOPBACK_HOSTS.has(name) || name.endsWith(".localhost");
}

const server = createServer((request, response) => {
  if (!isLoopbackHost(request.headers.host)) {
    response
      .writeHead(421, { "content-type": "text/plain; charset=utf-8" })
      .end("Dieses Dashboard antwortet nur unter http://127.0.0.1 oder http://localhost.\n");
    return;
  }
  const file = fileFor(request.url ?? "/");
  if (!file) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Nicht gefunden.\n");
    return;
  }
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "x-content-type-options": "nosniff",
    "content-security-policy": "frame-ancestors 'none'",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
    "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
  });
  createReadStream(file).pipe(response);
});

server.on("error", (error) => {
  process.stderr.write(`vernetzt dashboard: cannot serve on ${host}:${port}: ${error.message}\n`);
  process.exit(2);
});
server.listen(port, host, () => {
  const { port: actual } = server.address();
  process.stdout.write(`vernetzt dashboard: http://${host}:${actual}/\n`);
});
