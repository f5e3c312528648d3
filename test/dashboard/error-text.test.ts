import { describe, expect, it, vi } from "vitest";
import { errorText, failureText } from "../../dashboard/browser/error-text.js";

describe("what a dashboard page shows of a failure (#17)", () => {
  it("shows a vernetzt message without its module prefix", () => {
    expect(errorText(new Error("vernetzt/seating: 3 tables need at least 6 participants"))).toBe(
      "3 tables need at least 6 participants",
    );
    expect(errorText(new Error("vernetzt: unknown wave"))).toBe("unknown wave");
  });
  it("never shows a JavaScript exception's text: the page's own sentence says what to do", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const thrown = new TypeError("Cannot read properties of undefined (reading 'id')");
    const text = failureText("Der Plan ließ sich nicht berechnen", thrown, "Bitte die Seite neu laden.");
    expect(text).toBe("Der Plan ließ sich nicht berechnen. Bitte die Seite neu laden.");
    expect(text).not.toContain("undefined");
    expect(errorText("a string")).toBeUndefined();
    expect(errorText(new RangeError("Invalid array length"))).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(thrown); // kept for whoever debugs it, in the console
    warn.mockRestore();
  });
  it("puts a vernetzt message after the page's lead", () => {
    expect(
      failureText("Der Plan ließ sich nicht berechnen", new Error("vernetzt/seating: zu wenige"), "x"),
    ).toBe("Der Plan ließ sich nicht berechnen: zu wenige");
  });
});
