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
    hookTimeout: 120_000,
  },
});
