import { analysisMessagesDe, analysisMessagesEn } from "@vernetzt/core/analysis";
import { describe, expect, it } from "vitest";

describe("analysis summary heading", () => {
  it("uses the singular for one actor or one tie, in German and English", () => {
    const one = { wave: "1", actors: "2", ties: "1", directed: true };
    expect(analysisMessagesDe.heading(one)).toBe("Welle 1: 2 Akteure, 1 gerichtete Verbindung");
    expect(analysisMessagesEn.heading(one)).toBe("Wave 1: 2 actors, 1 directed tie");
    const many = { wave: "2", actors: "1.200", ties: "3", directed: false };
    expect(analysisMessagesDe.heading(many)).toBe("Welle 2: 1.200 Akteure, 3 Verbindungen");
    expect(analysisMessagesEn.heading({ ...many, actors: "1" })).toBe("Wave 2: 1 actor, 3 ties");
  });
});
