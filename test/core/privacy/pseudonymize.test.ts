import type { Actor, Dataset } from "@vernetzt/core/model";
import { needsPseudonym, pseudonymize } from "@vernetzt/core/privacy";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function actor(id: string, extra: Partial<Actor> = {}): Actor {
  return { id, name: `Name of ${id}`, topics: [], offers: [], needs: [], attributes: {}, ...extra };
}

function dataset(actors: Actor[]): Dataset {
  const ids = actors.map((a) => a.id);
  return {
    name: "test",
    actors,
    ties: ids.slice(1).map((id, i) => ({
      source: ids[i],
      target: id,
      weight: 1,
      wave: "1",
      directed: false,
      attributes: {},
    })),
    districts: [],
    events: [{ id: "e1", host: ids[0], attributes: {} }],
    attendance: ids.map((id) => ({ event: "e1", actor: id })),
    waves: ["1"],
    directed: false,
    respondents: { "1": ids },
  };
}

describe("pseudonymize", () => {
  const input = dataset([
    actor("org", { kind: "organisation" }),
    actor("anna", {
      kind: "person",
      consent: false,
      memberOf: "org",
      sector: "Ehrenamt",
      district: "Nord",
      topics: ["Senioren"],
      offers: ["Fahrdienst"],
      needs: ["Räume"],
      lat: 48.9,
      attributes: { Telefon: "0711" },
    }),
    actor("bert", { kind: "person", consent: true, memberOf: "org" }),
    actor("cara", { kind: "person" }),
  ]);

  it("pseudonymize(dataset) replaces persons without consent and keeps the others", () => {
    const out = pseudonymize(input);
    expect(out.actors.map((a) => a.id)).toEqual(["org", "Person 1", "bert", "cara"]);
    expect(out.actors[1]).toMatchObject({ name: "Person 1", attributes: {} });
    expect(out.actors[1].lat).toBeUndefined();
  });

  it("a pseudonym keeps kind, sector, district and consent, and carries no topics, offers, needs or organisation", () => {
    const person = pseudonymize(input).actors[1]!;
    expect(person).toEqual({
      id: "Person 1",
      name: "Person 1",
      kind: "person",
      consent: false,
      sector: "Ehrenamt",
      district: "Nord",
      topics: [],
      offers: [],
      needs: [],
      attributes: {},
    });
    // persons with consent keep everything
    expect(pseudonymize(input).actors[2]).toMatchObject({ id: "bert", memberOf: "org" });
  });

  it("pseudonymize(dataset) rewrites every reference to the id", () => {
    const text = JSON.stringify(pseudonymize(input));
    expect(text).not.toContain("anna");
    expect(text).not.toContain("0711");
    const out = pseudonymize(input);
    expect(out.ties[0].target).toBe("Person 1");
    expect(out.attendance.map((a) => a.actor)).toContain("Person 1");
    expect(out.respondents?.["1"]).toContain("Person 1");
  });

  it("pseudonymize(dataset, {allPersons}) replaces every person, never organisations", () => {
    const out = pseudonymize(input, { allPersons: true });
    expect(out.actors.map((a) => a.id)).toEqual(["org", "Person 1", "Person 2", "Person 3"]);
  });

  it("pseudonymize(dataset) does not change its input", () => {
    const before = JSON.stringify(input);
    pseudonymize(input, { allPersons: true });
    expect(JSON.stringify(input)).toBe(before);
  });

  it("pseudonymize(pseudonymize(dataset)) equals pseudonymize(dataset)", () => {
    const once = pseudonymize(input, { allPersons: true });
    expect(pseudonymize(once, { allPersons: true })).toEqual(once);
    expect(pseudonymize(pseudonymize(input))).toEqual(pseudonymize(input));
  });

  it("pseudonymize(dataset) never collides with an existing id", () => {
    const out = pseudonymize(dataset([actor("Person 1"), actor("x", { kind: "person", consent: false })]));
    expect(out.actors.map((a) => a.id)).toEqual(["Person 1", "Person 2"]);
  });

  it("pseudonymize(dataset) leaves no trace of a non-consenting person and is deterministic (property)", () => {
    const arbActor = fc.record({
      secret: fc.stringMatching(/^[a-z]{12}$/),
      kind: fc.constantFrom("person" as const, "organisation" as const),
      consent: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbActor, { minLength: 1, maxLength: 12, selector: (a) => a.secret }),
        (specs) => {
          const actors = specs.map((s) =>
            actor(`id-${s.secret}`, {
              name: `name-${s.secret}`,
              kind: s.kind,
              ...(s.consent === undefined ? {} : { consent: s.consent }),
            }),
          );
          const out = pseudonymize(dataset(actors));
          const text = JSON.stringify(out);
          for (const a of actors) {
            if (needsPseudonym(a)) expect(text).not.toContain(a.id.slice(3));
            else expect(text).toContain(a.id);
          }
          expect(JSON.stringify(pseudonymize(dataset(actors)))).toBe(text);
          expect(new Set(out.actors.map((a) => a.id)).size).toBe(actors.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
