/** English texts of the groups and communities analyses (error messages and labels). */

/** The texts every language provides for the groups topic. */
export interface GroupsMessages {
  unknownAttribute(p: { attribute: string; available: readonly string[] }): string;
  invalidOption(p: { option: string; value: string; expected: string }): string;
  lengthMismatch(p: { first: number; second: number }): string;
  leftOut(p: { actors: number; attribute: string }): string;
  brokerageRoles: Record<
    "coordinator" | "itinerant" | "representative" | "gatekeeper" | "liaison" | "total",
    string
  >;
}

export const groupsMessagesEn: GroupsMessages = {
  unknownAttribute: (p) =>
    `No actor has a value for the attribute "${p.attribute}". ` +
    (p.available.length > 0
      ? `Attributes that have values: ${p.available.join(", ")}. Choose one of them.`
      : "The actors have no categorical attributes: add a column such as district or sector."),
  invalidOption: (p) => `Invalid option ${p.option}: got ${p.value}, expected ${p.expected}.`,
  lengthMismatch: (p) =>
    `The two labelings must describe the same actors: one has ${p.first} labels, the other ${p.second}.`,
  leftOut: (p) => `${p.actors} actor(s) have no value for "${p.attribute}" and were left out.`,
  brokerageRoles: {
    coordinator: "coordinator",
    itinerant: "itinerant",
    representative: "representative",
    gatekeeper: "gatekeeper",
    liaison: "liaison",
    total: "total",
  },
};
