/** English texts of the two-mode (affiliation) analyses. */

/** The texts every language provides for the two-mode topic. */
export interface TwoModeMessages {
  noMode(p: { node: string }): string;
  unknownMode(p: { mode: string; modes: readonly string[] }): string;
  notBipartite(p: { source: string; target: string; mode: string }): string;
  tooManyModes(p: { modes: readonly string[] }): string;
  sameKey(p: { key: string }): string;
  invalidOption(p: { option: string; value: string; expected: string }): string;
}

export const twoModeMessagesEn: TwoModeMessages = {
  noMode: (p) =>
    `Node "${p.node}" has no mode: every node of a two-mode network needs the attribute "mode" (e.g. "person" or "event").`,
  unknownMode: (p) =>
    `The network has no mode "${p.mode}"; its modes are: ${p.modes.join(", ")}. Choose one of them.`,
  notBipartite: (p) =>
    `"${p.source}" and "${p.target}" are tied but both have the mode "${p.mode}": in a two-mode network ties only join a member to a group. Remove the tie or correct the mode.`,
  tooManyModes: (p) =>
    `A two-mode network has exactly two modes, this one has ${p.modes.length}: ${p.modes.join(", ")}.`,
  sameKey: (p) =>
    `"${p.key}" is both a member and a group. Give members and groups different ids (e.g. a prefix for the groups).`,
  invalidOption: (p) => `Invalid option ${p.option}: got ${p.value}, expected ${p.expected}.`,
};
