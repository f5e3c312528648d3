import {
  GroupsOptionError,
  groupsErrorMessage,
  groupsMessages,
  LabelingLengthError,
  UnknownAttributeError,
} from "@vernetzt/core/groups";
import { describe, expect, it } from "vitest";

describe("groupsErrorMessage", () => {
  it("tells in German which attribute is missing and which ones have values", () => {
    const text = groupsErrorMessage(new UnknownAttributeError("Stadtteil", ["district", "sector"]), "de")!;
    expect(text).toContain("„Stadtteil“");
    expect(text).toContain("district, sector");
  });

  it("names the option, the value and what is expected, in both languages", () => {
    const error = new GroupsOptionError("permutations", -1, "a whole number ≥ 0");
    expect(groupsErrorMessage(error, "en")).toBe(
      "Invalid option permutations: got -1, expected a whole number ≥ 0.",
    );
    expect(groupsErrorMessage(error, "de")).toContain("permutations");
    expect(groupsErrorMessage(new LabelingLengthError(3, 4), "de")).toContain("3");
  });

  it("returns undefined for errors that are not from the groups area", () => {
    expect(groupsErrorMessage(new Error("x"), "en")).toBeUndefined();
  });

  it("has the same role labels in both languages", () => {
    expect(Object.keys(groupsMessages("de").brokerageRoles)).toEqual(
      Object.keys(groupsMessages("en").brokerageRoles),
    );
  });
});
