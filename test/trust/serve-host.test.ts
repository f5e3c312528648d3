/**
 * `dashboard/scripts/serve.mjs` answers only loopback names (issue #17: DNS rebinding): a page on an attacker's
 * domain that resolves to 127.0.0.1 sends its own name as `Host` and must get nothing. Served from a folder the
 * test makes (no dashboard build needed).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serve = fileURLToPath(new URL("../../dashboard/scripts/serve.mjs", import.meta.url));
let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  const dist = join(mkdtempSync(join(tmpdir(), "vernetzt-serve-")), "dist");
  mkdirSync(join(dist, "_file/data"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!DOCTYPE html><title>Überblick</title>");
  writeFileSync(join(dist, "_file/data/network.0123abcd.json"), '{"nodes":[]}');
  server = spawn(process.execPath, [serve], {
    env: { ...process.env, VERNETZT_DASHBOARD_OUT: dist, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  port = await new Promise<number>((resolve, reject) => {
    let output = "";
    server.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    server.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(() => {
  server?.kill();
});

/** GET `path` with a chosen `Host` header (or none): status, headers and body. */
function get(path: string, host: string | undefined) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const headers: Record<string, string> = host === undefined ? {} : { host };
      const req = request({ host: "127.0.0.1", port, path, headers, setHost: host !== undefined }, (res) => {
        let body = "";
        res.setEncoding("utf8").on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("serve.mjs answers loopback names only", () => {
  it("pages and data files are served for 127.0.0.1, localhost and [::1] (with the port), with frame and referrer protection", async () => {
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      "localhost",
      `[::1]:${port}`,
      "LOCALHOST.",
    ]) {
      const page = await get("/", host);
      expect(page.status, host).toBe(200);
      expect(page.body).toContain("Überblick");
    }
    const data = await get("/_file/data/network.0123abcd.json", `localhost:${port}`);
    expect(data.body).toBe('{"nodes":[]}');
    expect(data.headers["x-frame-options"]).toBe("DENY");
    expect(data.headers["content-security-policy"]).toBe("frame-ancestors 'none'");
    expect(data.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("a request naming another host (DNS rebinding) or none gets 421 (400 without Host) and no data", async () => {
    for (const host of [
      `attacker.example:${port}`,
      "127.0.0.1.attacker.example",
      "localhost.attacker.example",
      `192.168.1.20:${port}`,
      undefined,
    ]) {
      const response = await get("/_file/data/network.0123abcd.json", host);
      // Node itself answers 400 to an HTTP/1.1 request without Host; serve.mjs answers 421 to a foreign name.
      expect(response.status, String(host)).toBe(host === undefined ? 400 : 421);
      expect(response.body).not.toContain("nodes");
    }
  });
});
