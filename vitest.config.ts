import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@vernetzt/source"] },
  // Tests run in Vite's server environment, whose conditions are separate: without the source condition here a
  // test that imports a workspace package by name (`@vernetzt/figures`) ran against its stale `dist`. Vite's
  // default server conditions follow.
  ssr: { resolve: { conditions: ["@vernetzt/source", "module", "node", "development|production"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // A browser test's beforeAll builds a dashboard: about a minute on a free machine, five on one shared by
    // other jobs (measured 296 s at load 25); a limit below that fails the test for the load, not for a bug.
    hookTimeout: 600_000,
  },
});
