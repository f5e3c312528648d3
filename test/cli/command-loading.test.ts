import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COMMANDS, commandModulesFor } from "../../packages/cli/src/main.js";

// commander is the CLI's dependency, not the workspace's: resolved from the CLI package.
const { Command } = (await import(
  createRequire(new URL("../../packages/cli/package.json", import.meta.url)).resolve("commander")
)) as { Command: new (name: string) => { commands: Array<{ name(): string }> } };

const argv = (...words: string[]) => ["node", "vernetzt", ...words];

describe("the command line loads only the command it runs", () => {
  it.each(Object.entries(COMMANDS))("the module listed as %s registers that command", async (name, load) => {
    const program = new Command("vernetzt");
    (await load()).register(program as never);
    expect(program.commands.map((command) => command.name())).toContain(name);
  });

  it("a named command loads its module alone, past global options and their values", () => {
    expect(commandModulesFor(argv("validate", "data/sample"))).toEqual([COMMANDS.validate]);
    expect(commandModulesFor(argv("--lang", "de", "--columns", "x=id", "gaps", "data"))).toEqual([
      COMMANDS.gaps,
    ]);
    expect(commandModulesFor(argv("--debug", "analyze", "--json"))).toEqual([COMMANDS.analyze]);
  });

  it("help, no command, an unknown or misspelt command or a prototype name load every module", () => {
    const all = Object.values(COMMANDS);
    for (const words of [
      [],
      ["--help"],
      ["help", "validate"],
      ["valdate"],
      ["constructor"],
      ["--", "validate"],
    ])
      expect(commandModulesFor(argv(...words))).toEqual(all);
  });
});
