import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../packages/cli/src/util/json-out.js";

/** Runs writeJson into memory, with a stream that asks for `drain` after every write when `slow`. */
async function written(value: unknown, depth?: number, slow = false): Promise<string> {
  const chunks: string[] = [];
  const out = new Writable({
    highWaterMark: slow ? 1 : 1 << 16,
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      setImmediate(callback);
    },
  });
  await writeJson(value, out, depth);
  return chunks.join("");
}

const expected = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("writeJson", () => {
  it("writes exactly JSON.stringify(value, null, 2) and a line break, for any JSON value and depth", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), async (value, depth) => {
        expect(await written(value, depth)).toBe(expected(value));
      }),
      { numRuns: 300 },
    );
  });

  it("follows JSON.stringify for undefined, functions, toJSON, boxed values and empty containers", async () => {
    const value = {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 2, Symbol("s"), new Date(Date.UTC(2026, 10, 21)), new Number(3), "text"],
      nested: { empty: {}, none: [], deep: { a: [1, { b: null }] } },
      custom: { toJSON: (key: string) => `toJSON(${key})` },
    };
    for (const depth of [0, 1, 2, 3, 6]) expect(await written(value, depth)).toBe(expected(value));
  });

  it("waits for drain on a slow stream and still writes every byte of a large document", async () => {
    const actors = Array.from({ length: 30_000 }, (_, i) => ({
      id: `a${i}`,
      name: `Akteur „${i}“`,
      x: i / 7,
    }));
    expect(await written({ actors }, 3, true)).toBe(expected({ actors }));
  });
});
