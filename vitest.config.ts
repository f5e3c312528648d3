import { defineConfig } from "vitest/config";

/**
 * Tests run the TypeScript sources, never a stale `dist`: the workspace packages' `source` export condition
 * comes first for browser-style resolution (`resolve`), for Node tests (`ssr.resolve`, e.g. `vitest run
 * test/dashboard`) and for dependencies Node loads itself (`externalConditions`). The other conditions are
 * Vite's defaults for each environment.
 */
export default defineConfig({
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  ssr: {
    resolve: {
      conditions: ["source", "module", "node", "development|production"],
      externalConditions: ["source"],
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
